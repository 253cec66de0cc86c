package lex

import "sync"

// Forms returns the irregular forms WordNet's exception list gives for
// verb lemma ("pay": paid; "sell": sold; "rise": rose, risen): the forms
// a stemmer cannot bring back to the lemma, so that a question's "pay"
// finds an article's "paid". Nil for a regular verb or a word WordNet does
// not know as a verb.
func Forms(lemma string) []string {
	formsOnce.Do(buildForms)
	return verbForms[normWord(lemma)]
}

var (
	formsOnce sync.Once
	verbForms map[string][]string
)

// buildForms inverts the verb exceptions once, on first use: the table
// keeps them under the form (for Lemma), not under the lemma. It reads
// every word's record, a few milliseconds.
func buildForms() {
	t := tab()
	verbForms = map[string][]string{}
	for i := 0; i < t.n; i++ {
		_, _, excs := t.record(i)
		for _, e := range excs {
			if e.pos != Verb {
				continue
			}
			form, base := t.word(i), t.word(e.base)
			if form != "" && base != "" && form != base {
				verbForms[base] = append(verbForms[base], form)
			}
		}
	}
}
