package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/answer"
)

// TestFitAloneWeighsOneFeature: with the other weights held, the one
// feature's weight is chosen to withhold the unanswerable proposals it
// marks, and left at 0 when it marks right answers as often.
func TestFitAloneWeighsOneFeature(t *testing.T) {
	base := fitted{"held", make([]float64, answer.NFeatures+1), 0.5, 0.5}
	base.w[answer.NFeatures] = 1 // every proposal given at 0.73
	marked := func(story string, pos int, right bool) *sample {
		s := &sample{story: story, pos: pos, proposed: true, right: right, none: !right}
		s.x[answer.FDenied] = 1
		return s
	}
	tests := []struct {
		name    string
		ss      []*sample
		weighed bool
	}{
		{"marks only unanswerable ones", []*sample{marked("a", 0, false), marked("a", 1, false), proposalAt("a", 2, 0.9)}, true},
		{"marks right ones as often", []*sample{marked("a", 0, false), marked("a", 1, true), proposalAt("a", 2, 0.9)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, curve := fitAlone(base, answer.FDenied, tt.ss)
			require.Len(t, w, answer.NFeatures+1)
			assert.Equal(t, base.w[answer.NFeatures], w[answer.NFeatures], "the others held")
			assert.Equal(t, tt.weighed, w[answer.FDenied] < 0)
			assert.Contains(t, curve, " 0.0: ")
		})
	}
	var out bytes.Buffer
	printAlone(&out, base, answer.FDenied, nil, []*sample{marked("a-s", 0, false), marked("a-s", 1, false)}, "t-")
	assert.Contains(t, out.String(), "denied in other words alone, chosen on train.tsv and the read sets' even half:")
	assert.Contains(t, out.String(), "judged on the other: passed 1 of 1")
}
