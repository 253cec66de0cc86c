package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"factdesk/corpus/answer"
)

// A feature for a shape the fitted sets hardly hold gets no weight in
// the default fit, and fitted with many more questions it moves every
// other weight and the threshold, so its own part is not read. fitAlone
// holds the present weights and threshold and chooses the one feature's
// weight alone, by the questions passed on the sets given, among
// aloneSteps weights from 0 down to -4 (a feature of a wrong answer
// lowers the score); the weight nearest 0 of the best.
func fitAlone(base fitted, f int, ss []*sample) (w []float64, curve string) {
	best, bestN := 0.0, -1
	var b strings.Builder
	for i := 0; i <= aloneSteps; i++ {
		v := float64(-4*i) / aloneSteps
		try := slices.Clone(base.w)
		try[f] = v
		n := passed(ss, try, base.th, base.thWho)
		if i%10 == 0 {
			k := outcomes(ss, try, base.th)
			fmt.Fprintf(&b, " %.1f: %d (%d, %d);", v, n, k.given, k.answered)
		}
		if n > bestN {
			best, bestN = v, n
		}
	}
	w = slices.Clone(base.w)
	w[f] = best
	return w, b.String()
}

// aloneSteps is how many steps fitAlone tries between 0 and -4.
const aloneSteps = 80

// printAlone writes, for each half of the read sets, feature f's weight
// chosen alone (fitAlone) on train and that half, with the curve it was
// chosen from (weight: passed (right given, unanswerable answered) on
// the fitted sets), judged on the other half and the unread sets.
func printAlone(out io.Writer, base fitted, f int, train, reported []*sample, unread string) {
	unreadSets, read := byPrefix(reported, unread)
	even, odd := byParity(read)
	for _, h := range []struct {
		name       string
		fit, judge []*sample
	}{{"even", even, odd}, {"odd", odd, even}} {
		w, curve := fitAlone(base, f, append(slices.Clone(train), h.fit...))
		k := outcomes(h.judge, w, base.th)
		fmt.Fprintf(out, "%s alone, chosen on train.tsv and the read sets' %s half:%s weight %.2f; judged on the other: passed %d of %d, right answers given %d, unanswerable answered %d; the unread %s* sets %d of %d\n",
			answer.FeatureNames[f], h.name, curve, w[f], passed(h.judge, w, base.th, base.thWho), len(h.judge), k.given, k.answered, unread, passed(unreadSets, w, base.th, base.thWho), len(unreadSets))
	}
}
