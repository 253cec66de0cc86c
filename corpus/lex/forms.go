package lex

import (
	"slices"
	"strings"
	"sync"
)

// Forms returns the irregular forms WordNet's exception list gives for
// verb lemma ("pay": paid; "sell": sold; "rise": rose, risen): the forms
// a stemmer cannot bring back to the lemma, so that a question's "pay"
// finds an article's "paid". Nil for a regular verb or a word WordNet does
// not know as a verb.
func Forms(lemma string) []string {
	formsOnce.Do(buildForms)
	return verbForms[normWord(lemma)]
}

// NounForms returns the irregular plurals WordNet's exception list gives
// for noun lemma ("child": children; "woman": women; "crisis": crises):
// a question's "kids", whose synonym is "child", finds an article's
// "children", which no stemmer brings back to "child". Nil for a regular
// noun or a word WordNet does not know as a noun.
func NounForms(lemma string) []string {
	formsOnce.Do(buildForms)
	w := normWord(lemma)
	forms := nounForms[w]
	if strings.HasSuffix(w, "man") && IsLemma(w, Noun) {
		// "woman": women, by the rule WordNet's lemmatizer reverses, not
		// by its exceptions.
		forms = append(slices.Clip(forms), strings.TrimSuffix(w, "man")+"men")
	}
	return forms
}

var (
	formsOnce sync.Once
	verbForms map[string][]string
	nounForms map[string][]string
)

// buildForms inverts the verb exceptions once, on first use: the table
// keeps them under the form (for Lemma), not under the lemma. It reads
// every word's record, a few milliseconds.
func buildForms() {
	t := tab()
	verbForms, nounForms = map[string][]string{}, map[string][]string{}
	for i := 0; i < t.n; i++ {
		_, _, excs := t.record(i)
		for _, e := range excs {
			forms := verbForms
			switch e.pos {
			case Verb:
			case Noun:
				forms = nounForms
			default:
				continue
			}
			form, base := t.word(i), t.word(e.base)
			if form != "" && base != "" && form != base {
				forms[base] = append(forms[base], form)
			}
		}
	}
}

// IsLemma reports whether word is itself a lemma of part of speech pos,
// not only a form of one: "media" is a noun of its own (the press), while
// "children" is only a form of "child".
func IsLemma(word string, pos POS) bool {
	t := tab()
	id := t.find(normWord(word))
	return id >= 0 && t.hasPOS(id, pos)
}
