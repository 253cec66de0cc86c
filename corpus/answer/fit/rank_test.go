package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/answer"
)

// listOf is a question whose list holds candidates with ranking feature
// RAgree set as given, right as given; the rules chose the first.
func listOf(agree []float64, right []bool) *sample {
	s := &sample{proposed: true, right: right[0]}
	for i, a := range agree {
		var r answer.RankFeatures
		r[answer.RAgree] = a
		s.ranked = append(s.ranked, r)
		s.scored = append(s.scored, answer.Features{})
		s.cands = append(s.cands, label{right: right[i]})
	}
	return s
}

// TestRankPairsRightOverWrongAmongTheFirst: the ranker learns from
// pairs of a right and a wrong candidate among the first top only, and
// from no list with a single candidate or to an unanswerable question.
func TestRankPairsRightOverWrongAmongTheFirst(t *testing.T) {
	w := make([]float64, answer.NFeatures+1)
	none := listOf([]float64{1, 2}, []bool{false, false})
	none.none = true
	tests := []struct {
		name string
		ss   []*sample
		top  int
		want int
	}{
		{"one right, two wrong", []*sample{listOf([]float64{0, 1, 2}, []bool{false, true, false})}, 3, 2},
		{"the right one past the first top", []*sample{listOf([]float64{0, 1, 2}, []bool{false, false, true})}, 2, 0},
		{"a single candidate", []*sample{listOf([]float64{1}, []bool{true})}, 3, 0},
		{"unanswerable", []*sample{none}, 3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Len(t, rankPairs(tt.ss, tt.top, w), tt.want)
		})
	}
	d := rankPairs([]*sample{listOf([]float64{0, 3}, []bool{false, true})}, 2, w)
	assert.InDelta(t, 3, d[0][answer.RAgree], 1e-9, "right minus wrong")
}

// TestRankerChoosesWhatItLearnt: fitted where the right candidate is
// the one more outlets agree on, the ranker moves a wrong first choice
// to it, keeps a right first choice that has the most agreement, and the
// oracle's choice is the first right one.
func TestRankerChoosesWhatItLearnt(t *testing.T) {
	w := make([]float64, answer.NFeatures+1)
	var train []*sample
	for range 5 {
		train = append(train, listOf([]float64{0, 2}, []bool{false, true}), listOf([]float64{2, 0}, []bool{true, false}))
	}
	wr := fitRanker(train, 2, w)
	moved := listOf([]float64{0, 1}, []bool{false, true})
	assert.True(t, ranked(moved, w, wr, 2).right, "the wrong first choice gives way")
	kept := listOf([]float64{1, 0}, []bool{true, false})
	assert.Same(t, kept, ranked(kept, w, wr, 2))
	assert.Same(t, moved, ranked(moved, w, nil, 2), "no ranker fitted: the rules' choice")
	assert.True(t, oracleRanked(listOf([]float64{0, 0, 0}, []bool{false, false, true}), 3).right)
	assert.False(t, oracleRanked(listOf([]float64{0, 0, 0}, []bool{false, false, true}), 2).right)
}
