package answer

import (
	"strings"

	"factdesk/corpus/lex"
)

// holdsAction reports whether text holds the action pred as a verb the
// stems do not show (holdsPredicate reads stems): an irregular form
// ("bought" for buy, "underpaid" for underpay, which no stemmer brings
// back to its verb), or, for an act of saying, any verb of saying.
//
// News reports an act of saying in whichever verb of saying the writer
// chose: "when did Berg tell the board" by "Berg said to the board",
// and WordNet lists none of these as the others' synonyms. A predicate
// of saying is held by a sentence that reports words with any verb of
// saying (lex.IsCommunication: its first or second sense is
// verb.communication). The predicate must itself report words: one of
// the verbs of saying (reportVerbs) or a WordNet synonym of one, for a verb of communication may be
// another act ("approve", "plead").
func holdsAction(pred, text string) bool {
	if pred == "" || strings.Contains(pred, " ") || !lex.Known(pred, lex.Verb) {
		return false
	}
	saying := reportsWords(pred)
	for _, t := range lex.TagStatement(text) {
		if !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		if lex.Lemma(strings.ToLower(t.Text), lex.Verb) == pred {
			return true
		}
		if saying && !auxiliaryLemma[t.Lemma] && lex.IsCommunication(t.Text) {
			return true
		}
	}
	return false
}

// reportsWords reports whether pred reports words: a verb of saying
// (reportVerbs) or a WordNet synonym of one.
func reportsWords(pred string) bool {
	if reportVerbs[pred] {
		return true
	}
	for _, s := range lex.Synonyms(pred, lex.Verb) {
		if reportVerbs[s] {
			return true
		}
	}
	return false
}
