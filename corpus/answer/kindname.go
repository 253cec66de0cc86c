package answer

import (
	"slices"
	"strings"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// "What airline did Holm fly for" asks for a thing of a kind, and an
// article names it with the kind as its last word: "Trans Tarvik
// Airlines", "Brekke Free Church", "the Halden Harbour Court". The words
// after the question's last word in the sentence ("a pilot with a gift
// for mimicry") are no airline; a sentence of about the same match that
// gives the name answers instead.

// kindName is the name text gives a thing of kind thing: a run of
// capitalised words, one of them at least not among question qu's, that
// ends with the kind or a form of it; "" when there is none.
func kindName(text, thing string, qu Question) string {
	var asked func(string) bool // built only when a run is found
	lemma := lex.Lemma(thing, lex.Noun)
	toks := index.Words.Tokenize(text)
	for i, t := range toks {
		f := index.Fold(t.Term)
		if i == 0 || !isUpperWord(t.Term) || lex.Lemma(f, lex.Noun) != lemma && !index.SameThing(thing, index.Stem(f)) {
			continue
		}
		from := i
		for from > 0 && isUpperWord(toks[from-1].Term) && strings.TrimSpace(text[toks[from-1].End:toks[from].Start]) == "" {
			from--
		}
		for from < i && (index.IsStop(index.Fold(toks[from].Term)) || from == 0 && lex.Known(index.Fold(toks[from].Term), lex.Adj)) {
			from++ // "The Brekke Free Church"; "Local church leaders" opening a sentence
		}
		if from == i {
			continue // the kind alone
		}
		name := text[toks[from].Start:t.End]
		if asked == nil {
			asked = askedWords(qu)
		}
		news := false
		for _, w := range toks[from:i] {
			news = news || !asked(w.Term)
		}
		if news {
			return name
		}
	}
	return ""
}

// preferKindNamed moves ahead the first candidate whose line names a
// thing of the kind asked (kindName) when the first does not and it
// matched the question about as well (sameEventShare).
func preferKindNamed(cands []candidate) {
	preferWhen(cands, func(c candidate) bool { return c.kindNamed }, sameEventShare)
}

// preferWhen moves ahead the first candidate, not weak, that has what
// the first lacks when it matched the question at least share as well.
func preferWhen(cands []candidate, has func(candidate) bool, share float64) {
	if len(cands) < 2 || has(cands[0]) {
		return
	}
	k := slices.IndexFunc(cands, func(c candidate) bool { return has(c) && !c.weak })
	if k <= 0 || cands[k].score < cands[0].score*share {
		return
	}
	promote(cands, k)
}

// promote moves cands[k] to the front, the others keeping their order.
func promote(cands []candidate, k int) {
	best := cands[k]
	copy(cands[1:k+1], cands[:k])
	cands[0] = best
}
