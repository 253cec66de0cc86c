package answer

import (
	"slices"

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
	return q.officeWithin(i+1, i+maxOfficeGap)
}

// officeWithin reports whether a question word from..to (inclusive) is
// a noun WordNet classes as a person in any of its senses: the office.
// The sense most often meant need not be the person: "replacement" is
// most often the act, and after "hired as" it is the one hired.
func (q Question) officeWithin(from, to int) bool {
	for k := from; k < len(q.Words) && k <= to; k++ {
		w := dropPossessive(q.Words[k].Fold)
		if personNoun(w) || !index.IsStop(w) && lex.Classes(lex.Lemma(w, lex.Noun), lex.Noun).Has(lex.NounPerson) {
			return true
		}
	}
	return false
}

// takesAs reports whether question word i is a verb whose phrase runs,
// through at most a particle, to "as" and an office: "hired as head
// coach", "took over as foreign secretary", "filling in as minister".
// Whatever the verb, a party put in an office "as" it is what articles
// word as appointed, named or installed, which the verb's synonyms do
// not reach (hire and appoint share no WordNet synset).
func (q Question) takesAs(i int) bool {
	if i < 0 || i+1 >= len(q.Words) || q.Words[i].Upper || !lex.Known(q.Words[i].Fold, lex.Verb) {
		return false
	}
	j := i + 1
	if asParticles[q.Words[j].Fold] {
		j++
	}
	if j >= len(q.Words) || q.Words[j].Fold != "as" {
		return false
	}
	return q.officeWithin(j+1, j+maxOfficeGap)
}

// takesOn reports whether question word i is a verb of taking someone
// on for work, by WordNet: "employ" or a verb whose synonyms hold it
// ("hire", "engage"). "When did the club hire Berg" asks when Berg was
// put in the post, which articles word as appointed or named, and hire
// and appoint share no synset.
func (q Question) takesOn(i int) bool {
	if i < 0 || i >= len(q.Words) || q.Words[i].Upper || q.Words[i].Name {
		return false
	}
	l := lex.Lemma(q.Words[i].Fold, lex.Verb)
	if l == "" || !lex.Known(l, lex.Verb) {
		return false
	}
	return l == "employ" || slices.Contains(lex.Synonyms(l, lex.Verb), "employ")
}

// asParticles may stand between a verb and its "as": "took over as",
// "stepped in as", "filling in as".
var asParticles = map[string]bool{"over": true, "in": true, "on": true, "up": true}

// office widens group g of question word i, "become" before an office
// or a verb put "as" one,
// to the words that take or hold one, each counted as the word itself.
func (a *Answerer) office(qu Question, i int, g index.Group) index.Group {
	if !qu.becomesOffice(i) && !qu.takesAs(i) && !qu.takesOn(i) {
		return g
	}
	return a.merge(g, officeWords...)
}
