package answer

import "factdesk/corpus"

// bodyActs reports whether span, at word i of q, names organisation p as
// the one that acts in the question, though typed in lower case as a
// common noun would be: the question's subject ("who did the landsting
// confirm"), by a word no dictionary holds. Such a body is a constraint
// on the answer as a person the question names is. The same words after
// a preposition ("a levy carried in the landsting") only set the scene,
// which articles write in their own words ("parliament").
func bodyActs(q Question, i int, span []Word, p *corpus.Person) bool {
	if !p.Kind.Org() || englishWord(dropPossessive(span[len(span)-1].Fold)) {
		return false
	}
	at := subjectAt(q)
	if at < 0 && q.Body > 0 && q.Body < len(q.Words) && auxiliaries[q.Words[q.Body-1].Fold] {
		at = q.Body // "who did the landsting confirm": the form took the auxiliary
	}
	if at >= 0 && at < i && determiners[q.Words[at].Fold] {
		at++ // "the landsting": the span may start after its article
	}
	return at >= 0 && i == at
}
