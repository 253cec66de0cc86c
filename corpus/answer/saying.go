package answer

import (
	"strings"

	"factdesk/corpus/index"
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
	if !mayHoldAction(pred, text, saying) {
		return false // tagging can only confirm a form the words hold
	}
	// Tagged up to the verb found, and no further than the last word that
	// could be it.
	for t := range lex.TagStatementThrough(text, func(w string) bool { return actionWord(pred, w, saying) }) {
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

// actionWord reports whether word w, as written, could be the verb
// holdsAction looks for, whatever its tag: a form of pred or, when pred
// reports words, a verb of communication.
func actionWord(pred, w string, saying bool) bool {
	return lex.Lemma(strings.ToLower(w), lex.Verb) == pred || saying && lex.IsCommunication(w)
}

// mayHoldAction reports whether a word of text could be what holdsAction
// looks for: a form of pred or, when pred reports words, a verb of
// communication. Tagging costs more than the rest of a question's
// scoring, so a text with neither is not tagged.
func mayHoldAction(pred, text string, saying bool) bool {
	for _, t := range index.Words.Tokenize(text) {
		w := strings.ToLower(t.Term)
		if lex.Lemma(w, lex.Verb) == pred || saying && lex.IsCommunication(w) {
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

// speaking reports whether verb pred names the act of speaking itself
// (WordNet's synset of "speak" and "talk", any of whose members pred is
// or has as a synonym): "where was X speaking", "which paper did X talk
// to" ask of an act any verb of saying reports ("X told the paper").
func speaking(pred string) bool {
	if pred == "speak" || pred == "talk" {
		return true
	}
	for _, s := range lex.Synonyms(pred, lex.Verb) {
		if s == "speak" || s == "talk" {
			return true
		}
	}
	return false
}

// spokeAsAsked reports whether text holds the act of speaking that a
// question for where someone spoke, or for the outlet they spoke to,
// asks of: any verb of saying ("X told the paper", "X said at the
// rally"). Only those two ask where or to whom the words went, which
// the sentence that reports them answers whatever its verb; for other
// questions speaking stays an act of its own.
func spokeAsAsked(qu Question, pred, text string) bool {
	return speaking(pred) && (qu.Kind == KindWhere || qu.asksOutlet()) && holdsAction("say", text)
}
