package person

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// placePreps put a place after them: "in Harlow Bay", "across Norland".
// "at", "from" and "to" are left out: "a call from Vell", "said to Vell".
var placePreps = segment.WordSet(`in near across throughout outside inside into around`)

// nameContext is what the text around the mentions of a name says of its
// type: how many mentions there are, and how many follow a preposition of
// place as the name's own ("in Norland", not "in Vell's view").
type nameContext struct {
	n, in int
}

// add reads one mention of a name at span s of text.
func (nc *nameContext) add(text string, s corpus.Span) {
	nc.n++
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return
	}
	rest := text[s.End:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s") || modifies(rest) {
		return // "in Vell's view", "in Vell country": the name is not the place
	}
	if prev := wordBefore(text, s.Start); prev != "" && prev == strings.ToLower(prev) && has(placePreps, prev) {
		nc.in++
	}
}

// place reports whether the contexts make the name a place's: a
// preposition of place before most of its mentions.
func (nc nameContext) place() bool { return 2*nc.in > nc.n }

// wordBefore is the word right before offset at, one space between.
func wordBefore(text string, at int) string {
	if at < 2 || at > len(text) || text[at-1] != ' ' {
		return ""
	}
	i := at - 1
	for i > 0 && (text[i-1] >= 'a' && text[i-1] <= 'z' || text[i-1] >= 'A' && text[i-1] <= 'Z') {
		i--
	}
	return text[i : at-1]
}

// modifies reports whether a lower-case noun, as written, or a hyphen
// follows the name, which then modifies it ("in Vell country", "the
// Vell-era rules") rather than standing alone; a verb's forms ("says",
// "voted") leave it alone.
func modifies(rest string) bool {
	if len(rest) > 1 && rest[0] == '-' {
		return true
	}
	w := nextWord(rest, 0)
	if w == "" {
		return false
	}
	return lex.Known(w, lex.Noun) || strings.HasPrefix(rest[1+len(w):], "-")
}

// typeByContext retypes, once the people are built, those that are no
// person by evidence the scanner could not see when it made them: the
// name they ended up with (made canonical after they were made: "Camp
// Harlow"), the dictionary's gazetteer for a name of several words
// ("Addis Ababa", "El Salvador"), and a preposition of place before most
// of their mentions, "the" before most of them, a plural verb or an
// institution's verb after them, or a group noun ending them
// (institution.go). A name opening with a given name stays a person's.
func (r *Resolver) typeByContext(arts []*corpus.Article) {
	for _, p := range r.people {
		if p.Kind != corpus.KindPerson {
			continue
		}
		first, more := firstField(p.Name)
		if first == "" || givenName(first) {
			continue
		}
		// the name typed once: kindFor would type it again
		if t := r.TypeOf(p.Name); typeKind(t, t == TypeOrg) != corpus.KindPerson {
			p.Kind = typeKind(t, t == TypeOrg)
			continue
		}
		if more && lex.FirstClass(strings.ToLower(p.Name), lex.Noun).Has(lex.NounLocation) {
			p.Kind = corpus.KindPlace
			continue
		}
		var nc nameContext
		var be bodyEvidence
		for _, m := range p.Mentions {
			if a := int(m.Article); a >= 0 && a < len(arts) && arts[a] != nil {
				nc.add(arts[a].Text, m.Span())
				be.add(arts[a].Text, m.Span())
			}
		}
		if nc.place() {
			p.Kind = corpus.KindPlace
			continue
		}
		if be.body() || more && groupHead(p.Name) {
			p.Kind = corpus.KindOrg
		}
	}
}

// firstField is strings.Fields(s)[0], "" when s has no field, and whether
// another field follows it, without the slice of them all: the first two
// fields, in an array on the stack.
func firstField(s string) (first string, more bool) {
	var buf [2]string
	f := AppendFieldsUpTo(buf[:0], s, 2)
	if len(f) == 0 {
		return "", false
	}
	return f[0], len(f) > 1
}
