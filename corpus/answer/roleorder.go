package answer

import (
	"strings"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// roleSwapped reports whether text holds a role of frame fr only as the
// other role: the question's doer written after the action and not as
// its passive's "by" ("Voss was phoned by Lie" is Lie's phoning), or,
// when the question asks for the doer ("who phoned Lie"), the patient
// written before the action in the active voice ("Lie phoned Voss"). A
// sentence that holds the question's words with its people the other
// way round tells of another deed; coverage counts its words all the
// same. The action is found by its own forms and derivations; where it,
// or the role, is not in text, nothing is said (false).
func (a *Answerer) roleSwapped(qu Question, fr Frame, text string) bool {
	if fr.Predicate == "" || strings.Contains(fr.Predicate, " ") || auxiliaryLemma[fr.Predicate] ||
		qu.Kind == KindSaid || qu.Kind == KindWhoSaid || text == "" {
		return false
	}
	agent, patient := a.roleStems(fr.Agent), a.roleStems(fr.Patient)
	for st := range agent {
		if patient[st] {
			delete(agent, st) // a word of both roles says nothing of which is which
			delete(patient, st)
		}
	}
	if !mayHoldAction(fr.Predicate, text, false) {
		return false // tagging can only confirm a form the words hold
	}
	toks := lex.TagStatement(text)
	verb := -1
	var agentAt, patientAt []int
	for i, t := range toks {
		st := a.stemOf(t.Text)
		switch {
		case verb < 0 && strings.HasPrefix(t.Tag, "VB") && t.Lemma == fr.Predicate:
			verb = i
		case st == "":
		case agent[st]:
			agentAt = append(agentAt, i)
		case patient[st]:
			patientAt = append(patientAt, i)
		}
	}
	if verb < 0 {
		return false
	}
	if toks[verb].Tag == "VBN" || verb+1 < len(toks) && strings.EqualFold(toks[verb+1].Text, "by") {
		return false // the passive, or a participle's clause: its subject is what is done to
	}
	if len(agentAt) > 0 {
		for _, i := range agentAt {
			if i < verb || i > 0 && strings.EqualFold(toks[i-1].Text, "by") {
				return false
			}
		}
		return true
	}
	if fr.Agent == "" && len(patientAt) > 0 {
		for _, i := range patientAt {
			if i > verb {
				return false
			}
		}
		return true
	}
	return false
}

// roleStems is the set of the stems of a role's words, small words aside.
func (a *Answerer) roleStems(role string) map[string]bool {
	m := map[string]bool{}
	for _, t := range index.Words.Tokenize(role) {
		if index.IsStop(index.Fold(t.Term)) {
			continue
		}
		if st := a.stemOf(t.Term); st != "" {
			m[st] = true
		}
	}
	return m
}
