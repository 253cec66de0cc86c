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
			assert.InDelta(t, tt.want, bestThreshold(tt.ss, w), 0.011)
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
