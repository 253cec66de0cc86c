package answer

import (
	"strings"

	"factdesk/corpus/index"
)

// A long fragment remembered with its words in another order ("that is
// how a builder works, he must sell the plan to the town" for "he must
// sell the town the plan; that is what a builder does") covers most of a
// quotation's weight but keeps less than MinInOrder of its words in
// order, so matchQuotes turns the quotation away. Taken when no quotation
// passes, it must cover MinCoverage on its own text, not only by its
// paragraph, and stand out from every quotation of another speaker: the
// words say which quotation it is, the order only confirms it.

// MinReorderedWords is the least number of the fragment's words a
// reordered quotation must hold itself: with the order gone, one or two
// words shared ("country", "ask") say nothing of which quotation it is.
const MinReorderedWords = 3

// ReorderedLead is how far ahead of the best quotation of another speaker
// the reordered quotation must be, in the sum of its share of the
// fragment's words in order and its share of the weight covered.
const ReorderedLead = 0.1

// reordered returns the quotation among hits that a long fragment, matched
// by none, says with its words in another order, if one stands out.
func (a *Answerer) reordered(frag string, groups []index.Group, hits []index.Hit) (index.Hit, bool) {
	words := foldedWords(frag)
	if len(words) < longFragment {
		return index.Hit{}, false
	}
	best, second := -1, 0.0
	sums := make([]float64, len(hits))
	for i, h := range hits {
		if !numbersMatch(groups, h) {
			continue
		}
		cov := inText(groups, h, nil)
		sums[i] = inOrder(words, foldedWords(a.idx.Text(h.Doc))) + cov
		if cov >= MinCoverage && enough(groups, h, nil) && matchedInText(groups, h) >= MinReorderedWords && (best < 0 || sums[i] > sums[best]) {
			best = i
		}
	}
	if best < 0 {
		return index.Hit{}, false
	}
	who := strings.ToLower(a.speakerOf(hits[best]))
	for i, h := range hits {
		if i != best && sums[i] > second && strings.ToLower(a.speakerOf(h)) != who {
			second = sums[i]
		}
	}
	if sums[best]-second < ReorderedLead || heldShare(a.idx.Text(hits[best].Doc), words) < MinHeldReordered {
		return index.Hit{}, false
	}
	return hits[best], true
}

// MinHeldReordered is the share of a reordered quotation's own words,
// small ones aside, that the fragment must hold: a long quotation holds
// half of many a fragment's words by chance, scattered over its
// sentences; of one the fragment recalls, a good part is in it.
const MinHeldReordered = 0.25

// heldShare is the share of text's words, small ones aside, whose stems
// are among the words'.
func heldShare(text string, words []string) float64 {
	have := map[string]bool{}
	for _, w := range words {
		have[index.Stem(w)] = true
	}
	n, in := 0, 0
	for _, w := range foldedWords(text) {
		if index.IsStop(w) {
			continue
		}
		n++
		if have[index.Stem(w)] {
			in++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

// matchedInText counts the groups h matches in its own text.
func matchedInText(groups []index.Group, h index.Hit) int {
	n := 0
	for i := range groups {
		if i < len(h.Matched) && h.Matched[i] == 2 && i < len(h.Quality) && h.Quality[i] > 0 {
			n++
		}
	}
	return n
}
