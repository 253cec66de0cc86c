package answer

import (
	"strings"

	"factdesk/corpus/index"
)

// A reporter may type a person's description and "name" after it with no
// mark between ("harbour master name", "ferry line ceo's name",
// "quay warden whats his name"), as a search box takes it. The words
// after the description are only the name asked, as after a dash.

// nameAskedLast returns the description of question q (tokens toks) when
// q is a description followed, with no mark, by words that only ask its
// name and end with "name"; "" otherwise. A question that opens with a
// question word or an auxiliary ("who did they name", "did the board
// name") is read by its form, not so.
func nameAskedLast(q string, toks []index.Token) string {
	n := len(toks)
	if n < 2 || index.Fold(toks[n-1].Term) != "name" {
		return ""
	}
	if f := index.Fold(toks[0].Term); questionWords[f] || auxiliaries[f] {
		return ""
	}
	k := n - 1
	for k > 1 && nameAskWords[index.Fold(toks[k-1].Term)] {
		k--
	}
	if nameAskWords[index.Fold(toks[k-1].Term)] {
		return "" // "the name": nothing is described
	}
	desc := q[:toks[k-1].End]
	for _, poss := range []string{"'s", "\u2019s"} {
		desc = strings.TrimSuffix(desc, poss) // "the warden's name": the warden
	}
	return desc
}
