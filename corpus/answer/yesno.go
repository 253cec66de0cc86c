package answer

import (
	"strings"

	"factdesk/corpus/index"
)

// negatedBetween reports whether a negation stands between two of the
// question's words matched at toks[from] and toks[to], in one stretch of
// the clause with no punctuation between: "Ann Berg will not be at the
// meeting" denies "is Ann Berg due to be at the meeting", though "not"
// is four words from "meeting". At most five words may lie between, so
// that the negation is the verb's between its subject and its object.
// "Berg, who did not vote, was at the meeting" has a comma in the way.
func negatedBetween(text string, toks []index.Token, from, to int) bool {
	if from < 0 || to >= len(toks) || to <= from+1 || to-from > 6 {
		return false
	}
	if strings.ContainsAny(text[toks[from].End:toks[to].Start], ",;:()—–\"“”") {
		return false
	}
	for j := from + 1; j < to; j++ {
		if negations[index.Fold(toks[j].Term)] {
			return true
		}
	}
	return false
}

// denies reports whether text negates, a few words before it, a word
// matched to one of the question's words that names no one (isName):
// "Tarn Shipping did not participate" denies "did Tarn Shipping take part". A
// negation before a name denies nothing the question asks: "said he
// had not heard Lund" says nothing of whether Lund resigned.
func (a *Answerer) denies(text string, groups []index.Group, isName []bool) bool {
	var content []index.Group
	for i, g := range groups {
		if i >= len(isName) || !isName[i] {
			content = append(content, g)
		}
	}
	terms := groupTerms(content)
	asked := func(t index.Token) bool { return terms[a.stemOf(t.Term)] }
	toks := index.Words.Tokenize(text)
	for i, t := range toks {
		if asked(t) && negatedExcept(toks, i, asked) {
			return true
		}
	}
	return false
}
