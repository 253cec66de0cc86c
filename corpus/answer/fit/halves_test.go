package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/answer"
)

// proposalAt is a proposal to question pos of set story: right when its
// text covers the question, else to a question with no answer.
func proposalAt(story string, pos int, cover float64) *sample {
	s := &sample{story: story, pos: pos, proposed: true, right: cover > 0.5, none: cover <= 0.5}
	s.x[answer.FCovText] = cover
	return s
}

// TestCrossFitJudgesTheHalfNotFitted: each way is judged on the
// positions it did not fit on, the unread sets whole and never fitted
// on, and a signal the halves share is learnt from either.
func TestCrossFitJudgesTheHalfNotFitted(t *testing.T) {
	var reported []*sample
	for pos := range 8 {
		cover := 0.1
		if pos%4 < 2 {
			cover = 0.9
		}
		reported = append(reported, proposalAt("a-story", pos, cover), proposalAt("t-story", pos, cover))
	}
	hs := crossFit(nil, reported, "t-")
	require.Len(t, hs, 2)
	tests := []struct {
		name   string
		parity int
	}{{"even", 1}, {"odd", 0}}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := hs[i]
			assert.Equal(t, tt.name, h.name)
			assert.Len(t, h.judged, 4)
			for _, s := range h.judged {
				assert.Equal(t, "a-story", s.story)
				assert.Equal(t, tt.parity, s.pos%2, "judged only where not fitted")
			}
			assert.Len(t, h.unread, 8, "the unread sets whole")
			assert.Equal(t, 4, passed(h.judged, h.w, h.th, h.thWho), "the shared signal learnt")
		})
	}
	var out bytes.Buffer
	printHalves(&out, hs, "t-", fitted{"none", make([]float64, answer.NFeatures+1), 0.5, 0.5})
	assert.Contains(t, out.String(), "judged on the other: passed 4 of 4")
	// Weights of 0 (probability one half, at threshold 0.5) give every
	// proposal: the half not fitted is read against them line by line.
	assert.Contains(t, out.String(), "fitted without the read sets (on none, threshold 0.50), judged on their odd half: passed 2 of 4")
	assert.Contains(t, out.String(), "the unread t-* sets 4 of 8")
}

// TestL2HoldsWeightsSmall: the fit's L2 term (-l2) is what keeps a
// feature that separates every fitted proposal from growing without
// bound; a smaller term weighs the same signal more.
func TestL2HoldsWeightsSmall(t *testing.T) {
	var ss []*sample
	for pos := range 8 {
		cover := 0.1
		if pos%2 == 0 {
			cover = 0.9
		}
		ss = append(ss, proposalAt("a-story", pos, cover))
	}
	def := l2
	t.Cleanup(func() { l2 = def })
	tests := []struct {
		name string
		l2   float64
	}{{"committed", def}, {"ten times smaller", def / 10}, {"ten times larger", def * 10}}
	weight := map[string]float64{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l2 = tt.l2
			w := fitLogistic(ss)
			assert.Positive(t, w[answer.FCovText], "coverage separates right from wrong")
			weight[tt.name] = w[answer.FCovText]
		})
	}
	assert.Greater(t, weight["ten times smaller"], weight["committed"])
	assert.Greater(t, weight["committed"], weight["ten times larger"])
}
