package answer

import (
	"strings"

	"factdesk/corpus/index"
)

// tallyFirst reads a question typed as its noun of asking alone, a tally
// noun first and a preposition after it ("score in the cup final",
// "final score v the rovers", "result in her first game as coach?"), as
// "what was the score in …", which asks the same. Typed bare, the
// question is read as a figure asked by its noun (figure.go), whose
// sentence must hold the question's other words, and "score" is a word
// the sentence giving "2-1" often lacks; Ask tries this reading when that
// one finds nothing, so the outlets the figure's reading lists stay where
// it answers. Anything else, and a tally noun followed by another noun
// ("vote tally on …"), is left as typed.
func tallyFirst(q string) string {
	toks := index.Words.Tokenize(q)
	i := 0
	for i < len(toks) && tallyOpeners[index.Fold(toks[i].Term)] {
		i++
	}
	if i+2 >= len(toks) || !tallies[index.Fold(toks[i].Term)] || !tallyLinks[index.Fold(toks[i+1].Term)] {
		return q
	}
	if strings.TrimSpace(q[:toks[0].Start]) != "" {
		return q // a mark or a topic before it: topicFirst's
	}
	body := q[toks[0].Start:]
	if index.Fold(toks[0].Term) != "the" {
		body = "the " + body
	}
	return "what was " + body
}

// tallyOpeners may stand before a tally noun typed first ("the final
// score in …").
var tallyOpeners = map[string]bool{"the": true, "final": true, "full": true, "full-time": true}

// tallyLinks are the words after a tally noun that say what game or vote
// it is of.
var tallyLinks = map[string]bool{"in": true, "of": true, "on": true, "at": true, "against": true, "from": true,
	"v": true, "vs": true, "versus": true, "for": true, "when": true}
