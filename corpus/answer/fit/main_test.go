package main

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

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
			assert.InDelta(t, tt.want, bestThreshold(tt.ss, w), 0.011)
		})
	}
}

func logit(p float64) float64 {
	return -math.Log(1/p - 1)
}
