package person

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// pluralVerbs after a name make it a body of many: "Harlow Mutual have
// said", "the Landsting were". A person takes "has", "was", "says".
var pluralVerbs = segment.WordSet(`are were have`)

// bodyVerbs are what institutions do and people do not, by themselves:
// a parliament votes a motion through, a firm launches a craft.
var bodyVerbs = segment.WordSet(`voted approved adopted ratified passed launched`)

// bodyEvidence is what the text around a name's mentions says of it
// being a body (an institution, a firm, a parliament) and not a person.
type bodyEvidence struct {
	n       int // mentions read
	the     int // "the" right before, the name standing alone
	plural  int // a plural verb right after, no "and" before
	verb    int // an institution's verb right after
	noun    int // a noun right after (the name modifies it)
	possess int // a possessive right after
}

// add reads one mention of a name at span s of text.
func (be *bodyEvidence) add(text string, s corpus.Span) {
	be.n++
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return
	}
	rest := text[s.End:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s") {
		be.possess++
		return
	}
	prev := wordBefore(text, s.Start)
	the := prev == "the" || prev == "The"
	// The verb first: "have" and "are" are nouns too, to the dictionary.
	next := nextWord(text, s.End)
	switch {
	case next != "" && prev != "and" && has(pluralVerbs, next):
		be.plural++
	case next != "" && has(bodyVerbs, next):
		be.verb++
	case modifies(rest):
		be.noun++ // "the Vell campaign": the article is the noun's
		return
	}
	if the {
		be.the++
	}
}

// body reports whether the mentions make the name a body's: "the" before
// most of them, the name standing alone ("the Landsting voted", not "the
// Vell campaign"), or a plural verb or an institution's verb after most
// of those a verb could follow ("Harlow Mutual have confirmed"): a name
// modifying a noun or owning one says nothing of it.
func (be bodyEvidence) body() bool {
	if 2*be.the > be.n {
		return true
	}
	acts := be.plural + be.verb
	alone := be.n - be.noun - be.possess // mentions a verb could follow
	return acts > 0 && 2*acts > alone
}

// groupHead reports whether the last word of a name of several words is
// first, in WordNet, a noun of a group ("Harlow Institution", "Norland
// Caucus"): the name of a body, not a surname.
func groupHead(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	return lex.FirstClass(strings.ToLower(name[i+1:]), lex.Noun).Has(lex.NounGroup)
}

// theBody reports whether a speaker's name written after "the" ("The
// Harlow Courier added") is a body's: a person's name takes no article,
// unless the scanner ran a given name on after it.
func theBody(the bool, name string) bool {
	first, _ := firstField(name)
	return the && first != "" && !givenName(first)
}
