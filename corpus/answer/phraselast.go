package answer

import (
	"strings"

	"factdesk/corpus/index"
)

// A reporter may type the asked phrase where the answer would stand, at
// the end ("the mayor says she has served how long") or after the thing
// it measures ("the ferry fare rose by how much in may"). Parse reads a
// question by its opening words, so such a question is read as a
// description of its first words. phraseLast puts the phrase first, as
// English asks it; Ask keeps that reading when the first one was not of
// the kind it asks.

// lateAsked are the two-word phrases that ask for a value or a time.
var lateAsked = map[string]bool{"how long": true, "how much": true, "how many": true, "how old": true, "how big": true, "how far": true}

// phraseLast returns question q with its asked phrase moved first, or q
// when q opens with a question word, puts the phrase after a dash or a
// comma, types a topic before a dash (topicFirst and frontedContext read
// those), or has none.
func phraseLast(q string) string {
	toks := index.Words.Tokenize(q)
	if len(toks) < 4 || questionWords[index.Fold(toks[0].Term)] || auxiliaries[index.Fold(toks[0].Term)] {
		return q
	}
	for i := 2; i+1 < len(toks); i++ {
		if !lateAsked[index.Fold(toks[i].Term)+" "+index.Fold(toks[i+1].Term)] {
			continue
		}
		before := q[:toks[i].Start]
		if strings.Contains(before, " - ") || strings.ContainsAny(before, ":–—") {
			return q // "the port strike - …": a topic typed first (topicFirst)
		}
		if strings.ContainsAny(strings.TrimSpace(before)[len(strings.TrimSpace(before))-1:], ",;:-–—") {
			return q
		}
		rest := strings.TrimSpace(q[toks[i+1].End:])
		return strings.TrimSpace(q[toks[i].Start:toks[i+1].End] + " " + strings.TrimSpace(before) + " " + rest)
	}
	return q
}
