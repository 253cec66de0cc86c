package main

import (
	"fmt"
	"io"
	"slices"

	"factdesk/corpus/answer"
)

// The score is fitted on the stories' half and the engine's own sets,
// which the loose tier seldom reaches: a feature that tells a loose
// proposal's sentence apart gets no weight there whatever it is worth.
// -halves asks the question the other way: fitted with one half of
// every read probe set besides, does the feature help the other half?
// A signal helps both ways; a feature fitted to chance helps one.

// half is one way of the cross-fit: the questions judged, with the
// weights and thresholds fitted without them.
type half struct {
	name        string // the half fitted on: "even" or "odd"
	judged      []*sample
	unread      []*sample
	w           []float64
	th, thWho   float64
	nFit, nRead int
}

// fitted is one set of weights and thresholds, named for what it was
// fitted on.
type fitted struct {
	name      string
	w         []float64
	th, thWho float64
}

// crossFit fits the score on train and the even positions of the read
// sets of reported (those not starting with the unread prefix), and
// judges the odd positions; then the other way round. The unread sets
// are judged whole by both.
func crossFit(train, reported []*sample, unread string) []half {
	unreadSets, read := byPrefix(reported, unread)
	even, odd := byParity(read)
	var out []half
	for _, h := range []struct {
		name       string
		fit, judge []*sample
	}{{"even", even, odd}, {"odd", odd, even}} {
		tr := append(slices.Clone(train), h.fit...)
		w := fitLogistic(tr)
		thWho := looseWhoThreshold(tr, w)
		th := bestThreshold(slices.DeleteFunc(slices.Clone(tr), func(s *sample) bool { return s.generated }), w, thWho)
		out = append(out, half{name: h.name, judged: h.judge, unread: unreadSets, w: w, th: th, thWho: thWho, nFit: len(h.fit), nRead: len(read)})
	}
	return out
}

// printHalves writes crossFit's figures, one line a way, each after
// the figures of base (the weights fitted without any read probe set) on
// the same judged half and unread sets: whether fitting on more
// questions generalises is read from the two lines side by side.
func printHalves(out io.Writer, hs []half, unread string, base fitted) {
	for _, h := range hs {
		k := outcomes(h.judged, base.w, base.th)
		judged := map[string]string{"even": "odd", "odd": "even"}[h.name]
		fmt.Fprintf(out, "fitted without the read sets (on %s, threshold %.2f), judged on their %s half: passed %d of %d, right answers given %d, unanswerable answered %d; the unread %s* sets %d of %d\n",
			base.name, base.th, judged, passed(h.judged, base.w, base.th, base.thWho), len(h.judged), k.given, k.answered, unread, passed(h.unread, base.w, base.th, base.thWho), len(h.unread))
	}
	for _, h := range hs {
		k := outcomes(h.judged, h.w, h.th)
		fmt.Fprintf(out, "fitted with the read sets' %s half (%d of %d), judged on the other: passed %d of %d, right answers given %d, unanswerable answered %d; the unread %s* sets %d of %d; threshold %.2f\n",
			h.name, h.nFit, h.nRead, passed(h.judged, h.w, h.th, h.thWho), len(h.judged), k.given, k.answered, unread, passed(h.unread, h.w, h.th, h.thWho), len(h.unread), h.th)
		// Which features the larger fit weighs, beside the default's.
		fmt.Fprintf(out, "  its weights:")
		for i, n := range answer.FeatureNames {
			fmt.Fprintf(out, " %s %.3f;", n, h.w[i])
		}
		fmt.Fprintf(out, " bias %.3f\n", h.w[answer.NFeatures])
	}
}
