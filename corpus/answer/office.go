package answer

import (
	"strings"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// "When did X become port director" asks when X took an office, which
// articles word as the taking ("was appointed", "was named", "was sworn
// in", "was elected") or as the holding from a day ("headed the port authority
// from May 2"). "become" names none of it, and WordNet's synonyms of it
// (go, get, turn) are no help: the question's "become" before an office
// counts each of these words as itself. "led" and "took" are left out:
// "led to the ouster", "took part" are no office.

// becomeForms are the forms of "become".
var becomeForms = map[string]bool{"become": true, "became": true, "becomes": true, "becoming": true}

// officeWords take or hold an office.
var officeWords = []string{"appointed", "appoint", "appointment", "named", "elected", "sworn",
	"headed", "became", "become", "assumed", "installed", "nominated", "promoted"}

// maxOfficeGap bounds the words read after "become" for the office.
const maxOfficeGap = 4

// becomesOffice reports whether question word i is "become" before an
// office: a noun WordNet classes as a person within a few words ("become
// port director", "became the club's manager").
func (q Question) becomesOffice(i int) bool {
	if i < 0 || i >= len(q.Words) || !becomeForms[q.Words[i].Fold] {
		return false
	}
	for k := i + 1; k < len(q.Words) && k <= i+maxOfficeGap; k++ {
		w := strings.TrimSuffix(q.Words[k].Fold, "'s")
		if lex.FirstClass(lex.Lemma(w, lex.Noun), lex.Noun).Has(lex.NounPerson) {
			return true
		}
	}
	return false
}

// office widens group g of question word i, "become" before an office,
// to the words that take or hold one, each counted as the word itself.
func (a *Answerer) office(qu Question, i int, g index.Group) index.Group {
	if !qu.becomesOffice(i) {
		return g
	}
	return a.merge(g, officeWords...)
}
