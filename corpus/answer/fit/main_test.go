package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/answer"
)

// TestBestThreshold: the threshold is the middle of the run of those that
// pass most, and stays 0 unless withholding gains two questions.
func TestBestThreshold(t *testing.T) {
	// One feature; its weight and a zero bias make p = σ(x).
	w := make([]float64, answer.NFeatures+1)
	w[0] = 1
	at := func(p float64, right, none bool) *sample {
		var x answer.Features
		x[0] = logit(p)
		return &sample{proposed: true, x: x, right: right, none: none}
	}
	tests := []struct {
		name string
		ss   []*sample
		want float64
	}{
		{"every proposal right: give them all", []*sample{at(0.3, true, false), at(0.8, true, false)}, 0},
		{"one wrong proposal withheld gains one: not enough", []*sample{at(0.2, false, true), at(0.8, true, false)}, 0},
		{"two withheld gain two: the middle of the run", []*sample{at(0.2, false, true), at(0.3, false, true), at(0.7, true, false)}, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, bestThreshold(tt.ss, w, 0.5), 0.011)
		})
	}
}

// TestPassedJudgesLooseWhosaidByItsOwnThreshold: a loose whosaid
// proposal is given or withheld at the loose whosaid threshold, as the
// product decides, not at the main one.
func TestPassedJudgesLooseWhosaidByItsOwnThreshold(t *testing.T) {
	w := make([]float64, answer.NFeatures+1)
	w[0] = 1
	var x answer.Features
	x[0] = logit(0.6)
	plain := &sample{proposed: true, x: x, right: true}
	x[answer.FWhoLoose] = 1 // weight 0: p stays 0.6
	loose := &sample{proposed: true, x: x, right: true}
	assert.Equal(t, 0, passed([]*sample{plain}, w, 0.8, 0.5), "under the main threshold: withheld")
	assert.Equal(t, 1, passed([]*sample{loose}, w, 0.8, 0.5), "over its own threshold: given")
	assert.Equal(t, 0, passed([]*sample{loose}, w, 0.5, 0.7), "under its own threshold: withheld")
}

// TestPerSetCountsUnanswerableAnswered: each set's line tells how many
// of its questions the articles do not answer got an answer, besides
// how many passed.
func TestPerSetCountsUnanswerableAnswered(t *testing.T) {
	w := make([]float64, answer.NFeatures+1)
	w[0] = 1
	at := func(set string, p float64, proposed, right, none bool) *sample {
		var x answer.Features
		x[0] = logit(p)
		return &sample{story: set, proposed: proposed, x: x, right: right, none: none}
	}
	ss := []*sample{
		at("p-north", 0.9, true, true, false),   // right, given
		at("p-north", 0.9, true, false, true),   // unanswerable, answered
		at("p-north", 0.6, true, false, true),   // unanswerable, withheld: passes
		at("p-north", 0.9, false, false, true),  // unanswerable, nothing proposed: passes
		at("p-south", 0.95, true, false, false), // a wrong answer to an answerable question
	}
	got := perSet(ss, w, 0.8, 0.5)
	tests := []struct {
		set  string
		want setCount
	}{
		{"p-north", setCount{passed: 3, asked: 4, answered: 1}},
		{"p-south", setCount{passed: 0, asked: 1, answered: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.set, func(t *testing.T) {
			assert.Equal(t, tt.want, got[tt.set])
		})
	}
}

func logit(p float64) float64 {
	return -math.Log(1/p - 1)
}

// TestCollectListed: the list of our own sets skips comments and blank
// lines, and names the line that lacks its corpus.
func TestCollectListed(t *testing.T) {
	tests := []struct {
		name, list, wantErr string
	}{
		{"comments and blank lines only", "# none yet\n\n", ""},
		{"a set without its corpus", "# sets\nsome/set.yaml\n", "list.tsv:2: want a set, a tab and its corpus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "list.tsv")
			require.NoError(t, os.WriteFile(path, []byte(tt.list), 0o644))
			got, err := collectListed(path, t.TempDir())
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Empty(t, got)
		})
	}
}

// TestOutcomes: right answers given and withheld, unanswerable questions
// answered, and the loose proposals, counted without the generated
// fragments and the loose whosaid tier.
func TestOutcomes(t *testing.T) {
	w := make([]float64, answer.NFeatures+1)
	w[0] = 1
	at := func(p float64, right, none, loose bool) *sample {
		var x answer.Features
		x[0] = logit(p)
		if loose {
			x[answer.FLoose] = 1e-9 // marks it loose, moves p by nothing
		}
		return &sample{proposed: true, x: x, right: right, none: none}
	}
	who := at(0.9, true, false, false)
	who.x[answer.FWhoLoose] = 1
	gen := at(0.9, false, true, false)
	gen.generated = true
	ss := []*sample{
		at(0.9, true, false, false),  // given
		at(0.6, true, false, true),   // withheld, loose
		at(0.85, false, true, true),  // unanswerable answered, loose
		at(0.5, false, true, false),  // unanswerable withheld
		at(0.9, false, false, false), // wrong, given: none of the counts
		{proposed: false, none: true},
		who, gen,
	}
	got := outcomes(ss, w, 0.8)
	assert.Equal(t, counts{given: 1, withheld: 1, answered: 1, looseRight: 1, looseNone: 1}, got)
}

// TestHalfOf: a list line's third column takes every question of a set,
// those at even positions or those at odd ones, so that one set can be
// fitted in half and reported in the other; anything else is an error.
func TestHalfOf(t *testing.T) {
	tests := []struct {
		half string
		want []int // the positions of 0..5 taken
	}{
		{"", []int{0, 1, 2, 3, 4, 5}},
		{"even", []int{0, 2, 4}},
		{"odd", []int{1, 3, 5}},
	}
	for _, tt := range tests {
		t.Run("half "+tt.half, func(t *testing.T) {
			keep, err := halfOf(tt.half)
			require.NoError(t, err)
			var got []int
			for pos := range 6 {
				if keep(pos) {
					got = append(got, pos)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := halfOf("first")
	assert.Error(t, err, "an unknown half is refused")
}
