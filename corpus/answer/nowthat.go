package answer

import (
	"strings"

	"factdesk/corpus/lex"
)

// "Now" opens a clause of time as "now that" does ("who runs the mill
// now the foreman is gone", "who is treasurer now that he quit"): the clause
// says after what the asked state holds, as "after" does, which the
// reader takes in (occasion). Read as a word, "now" became the action
// asked ("whos the new treasurer now he's out": predicate "now"), and the
// clause's words were searched as the question's own.
//
// nowAsAfter rewrites such a "now" as "after", and drops the "that"
// after it. "now" as an adverb is left as typed: at the end ("who is in
// charge now"), or before a verb or an adjective ("are the fees now due
// soon", "when is she now coming back", "rents now are").
func nowAsAfter(ws []Word) []Word {
	for i := 1; i+2 < len(ws); i++ {
		if ws[i].Fold != "now" {
			continue
		}
		j := i + 1
		that := ws[j].Fold == "that"
		if that {
			j++
		}
		if !that && !clauseAfter(ws, j) {
			continue
		}
		ws[i].Fold = "after"
		if that {
			ws = append(ws[:i+1:i+1], ws[i+2:]...)
		}
		return ws
	}
	return ws
}

// clauseAfter reports whether ws from j on is a clause with a subject and
// a verb: a first word that is no verb, adverb or adjective ("ten",
// "she", "the foreman's"), then within a few words an auxiliary, a participle
// ("gone", "sacked"), "got", or a contracted "is" closing the question
// or before one ("he's out", "the foreman's gone").
func clauseAfter(ws []Word, j int) bool {
	if j >= len(ws) {
		return false
	}
	first := ws[j].Fold
	if auxiliaries[first] || participle(first) || strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ly") ||
		lex.Known(lex.Lemma(first, lex.Adj), lex.Adj) && !lex.Known(lex.Lemma(first, lex.Noun), lex.Noun) {
		return false
	}
	for k := j + 1; k < len(ws) && k <= j+4; k++ {
		f := ws[k].Fold
		if auxiliaries[f] || participle(f) || f == "got" || f == "gets" {
			return true
		}
	}
	for k := j; k < len(ws) && k <= j+3; k++ {
		if strings.HasSuffix(ws[k].Fold, "'s") && (k+1 == len(ws) || k+2 == len(ws)) {
			return true // "now he's out", "now the foreman's gone"
		}
	}
	return false
}
