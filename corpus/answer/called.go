package answer

import (
	"strings"

	"factdesk/corpus/index"
)

// calledAsked reads a question for the name of a thing asked with
// "called" ("what is the ferry yard called", "the yard that refitted
// the ferry: what was it called", "builders who refitted the ferry,
// whats the yard called") as "what is the name of …", which asks the same: "called" is
// the asking, not a word the answering sentence writes. A pronoun after
// the question word stands for the topic typed first; a noun there says
// what kind of thing the topic is, and stays before it. q itself when it
// asks no such thing.
func calledAsked(q string) string {
	toks := index.Words.Tokenize(q)
	n := len(toks)
	if n < 3 || index.Fold(toks[n-1].Term) != "called" || strings.Trim(q[toks[n-1].End:], "?!. ") != "" {
		return q
	}
	// The question word, with "is" typed onto it or after it, and at
	// most four words of what is asked between it and "called".
	open, np := -1, -1
	for i := n - 2; i >= 0 && i >= n-7; i-- {
		f := index.Fold(toks[i].Term)
		if contractedIs[f] && f == "whats" || f == "what's" {
			open, np = i, i+1
			break
		}
		if f == "what" && i+1 < n-1 && copulas[index.Fold(toks[i+1].Term)] {
			open, np = i, i+2
			break
		}
	}
	if open < 0 || np >= n-1 {
		return q
	}
	what := strings.TrimSpace(q[toks[np].Start:toks[n-2].End])
	if open == 0 {
		return nameOf(what)
	}
	gap := q[toks[open-1].End:toks[open].Start]
	if !strings.ContainsAny(gap, "-–—:,") {
		return q // "what" inside the words: no question of its own
	}
	topic := strings.TrimSpace(q[:toks[open-1].End])
	if np == n-2 && topicPronouns[index.Fold(toks[np].Term)] {
		return nameOf(topic) // "…: what was it called"
	}
	return nameOf(what + " of " + topic) // "the yard of builders who …"
}

// nameOf asks the name of the thing phrase names, with an article
// before it when it has none ("the name of the ferry yard"), as the
// question in full is read.
func nameOf(phrase string) string {
	if f := strings.Fields(index.Fold(phrase)); len(f) > 0 && !determiners[f[0]] && !possessives[f[0]] {
		phrase = "the " + phrase
	}
	return "what is the name of " + phrase
}
