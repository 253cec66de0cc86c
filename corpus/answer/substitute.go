package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// substitutes reports whether the sentence of proposal ans puts another
// thing where question qu names one its article never writes: the
// question's word w stands beside a word h that the sentence holds, and
// in the sentence h has, on the same side, another word of w's kind (two
// numbers, two names) that the question does not hold. "How many seats
// did the party win in the 2019 election" is not answered by "won 40
// seats in the 2017 election" from an article that never writes 2019,
// nor "how many pupils were at Camp Birch" by a sentence on Camp Alder.
// The article must lack w altogether: a sentence that names the thing
// otherwise ("the camp" for "Camp Alder") stands in an article that
// names it, and a word said otherwise (a plan for a strategy) is no
// substitution, so only numbers and names are compared.
//
// It returns the question's word and the sentence's, as written, or ""
// when the sentence puts nothing in the place of the question's words.
func (a *Answerer) substitutes(qu Question, ans corpus.Answer) (asked, put string) {
	if qu.Kind == KindWhoSaid || ans.Quote == "" {
		return "", "" // a fragment's words are the quotation's, recalled
	}
	art, ok := a.articleOf.find(ans.File)
	if !ok {
		return "", "" // no article to show the word absent from
	}
	text := ans.Quote
	toks := index.Words.Tokenize(text)
	if len(toks) < 2 {
		return "", ""
	}
	// The question's stems ("" for a small word), then, for each word of
	// the sentence that can be a name or a number, the words beside it:
	// most of a sentence is never stemmed.
	var buf [32]string
	qs := buf[:0]
	for _, w := range qu.Words {
		qs = append(qs, a.stemOf(w.Fold))
	}
	for o, other := range toks {
		r, _ := utf8.DecodeRuneInString(text[other.Start:])
		if !unicode.IsDigit(r) && (!unicode.IsUpper(r) || o == 0) {
			continue // a capital opening the sentence is no name's
		}
		so := a.stemOf(other.Term)
		if so == "" || slices.Contains(qs, so) {
			continue
		}
		for _, side := range [2]int{-1, 1} {
			// h, beside w' at j = o+side in the sentence, stands at k
			// in the question, and w on the same side of it, at k-side.
			j := o + side
			if j < 0 || j >= len(toks) || !adjacent(text, toks, min(j, o)) {
				continue
			}
			h := a.stemOf(toks[j].Term)
			if h == "" {
				continue
			}
			for k, st := range qs {
				i := k - side
				if st != h || k < qu.Body || i < qu.Body || i >= len(qs) || qs[i] == "" || clipOf(so, qs[i]) {
					continue
				}
				kind := kindOfWord(dropPossessive(qu.Words[i].Fold))
				if kind == (substKind{}) || kindOfWord(other.Term) != kind {
					continue
				}
				if a.articleCoverage(art, []index.Group{a.expand(dropPossessive(qu.Words[i].Fold))}) == 0 {
					return qu.Words[i].Text, text[other.Start:other.End]
				}
			}
		}
	}
	return "", ""
}

// clipOf reports whether one of two stems opens the other: "Ty" for
// "Tyrone" is the same name clipped, not another.
func clipOf(x, y string) bool {
	return strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
}

// substKind is a word's kind, for substitutes: a number written in
// digits, a word WordNet does not know (a name, a clipping), or the
// lexicographer class of a noun's first sense (a person, a place, a
// group). The zero kind is a word of none of them (a verb, an adverb, an
// adjective), which nothing substitutes.
type substKind struct {
	digits, unknown bool
	class           lex.Class
}

// kindOfWord is the kind of the folded word f.
func kindOfWord(f string) substKind {
	f = index.Number(f)
	if f == "" {
		return substKind{}
	}
	if r, _ := utf8.DecodeRuneInString(f); unicode.IsDigit(r) {
		return substKind{digits: true}
	}
	if l := lex.Lemma(f, lex.Noun); l != "" && lex.Known(l, lex.Noun) {
		return substKind{class: lex.FirstClass(l, lex.Noun)}
	}
	if lex.KnownWord(f) {
		return substKind{}
	}
	return substKind{unknown: true}
}

// adjacent reports whether tokens j and j+1 of text stand side by side,
// only spaces or a hyphen between them.
func adjacent(text string, toks []index.Token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	gap := text[toks[j].End:toks[j+1].Start]
	return strings.Trim(gap, " -") == ""
}
