package answer

import (
	"strings"

	"factdesk/corpus/lex"
)

// whyBelieved reads a question for the reason someone holds a view ("why
// does the mayor think the ferry was late", "why did Lund say the talks
// failed") as the question of what that person said about why it is so
// ("what did the mayor say about why the ferry was late"). Such a reason
// is the person's own: a sentence that gives another's reason for the
// same thing does not answer it, and what the person is quoted saying
// about it does, with its "because", "to …" or "after" (givesWhy). The
// verb is read by its WordNet class, cognition or communication (think,
// believe, suspect, say, claim), not from a list; the person is the words
// between "why do/does/did" and it. It returns the question to ask
// instead, and false when q is no such question.
func whyBelieved(q Question) (string, bool) {
	why := -1
	for i := 0; i+1 < len(q.Words); i++ {
		if q.Words[i].Fold == "why" {
			why = i
			break
		}
	}
	if why < 0 || why+3 >= len(q.Words) || !doForms[q.Words[why+1].Fold] {
		return "", false
	}
	// The tagger reads a name typed in lower case as anything ("graham"
	// a verb, "ushakov" an adjective): the verb is the first word after
	// the person's that WordNet knows as a verb, not after "the" or a
	// possessive (a noun: "the report claims").
	for v := why + 3; v < len(q.Words) && v <= why+8; v++ {
		w, prev := q.Words[v], q.Words[v-1].Fold
		lemma := lex.Lemma(w.Fold, lex.Verb)
		if w.Name || determiners[prev] || possessives[prev] || !lex.Known(lemma, lex.Verb) {
			continue
		}
		if !lex.FirstClass(lemma, lex.Verb).Has(lex.Cognition|lex.Communication) || v+1 >= len(q.Words) {
			return "", false // "why did the council close the road": the deed's reason
		}
		rest := v + 1
		if q.Words[rest].Fold == "that" && rest+1 < len(q.Words) {
			rest++
		}
		who := strings.TrimSpace(q.Text[q.Words[why+2].Start:w.Start])
		return "what did " + who + " say about why " + strings.Trim(q.Text[q.Words[rest].Start:], "?!. "), true
	}
	return "", false
}
