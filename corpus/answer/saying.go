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
// chose: "which paper did Wright speak to" is answered by "Wright told
// the paper", "when did Berg tell the board" by "Berg said to the board",
// and WordNet lists none of these as the others' synonyms. A predicate
// of saying is held by a sentence that reports words with any verb of
// saying (lex.IsCommunication: its first or second sense is
// verb.communication).
func holdsAction(pred, text string) bool {
	if pred == "" || strings.Contains(pred, " ") || !lex.Known(pred, lex.Verb) {
		return false
	}
	saying := lex.IsCommunication(pred)
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
