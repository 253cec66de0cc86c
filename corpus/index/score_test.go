package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBM25HandComputed(t *testing.T) {
	tests := []struct {
		name string
		s    Stats
		want float64
	}{
		// idf = ln(1 + 8.5/2.5) = ln 4.4 = 1.481605
		// tf norm = 1·2.2 / (1 + 1.2·(0.25 + 0.75·5/10)) = 2.2/1.75 = 1.257143
		{"short document, one occurrence", Stats{N: 10, DF: 2, TF: 1, Len: 5, AvgLen: 10}, 1.862589},
		// tf norm = 3·2.2 / (3 + 1.2·(0.25 + 0.75·20/10)) = 6.6/5.1 = 1.294118
		{"long document, three occurrences", Stats{N: 10, DF: 2, TF: 3, Len: 20, AvgLen: 10}, 1.917371},
		{"absent term scores nothing", Stats{N: 10, DF: 2, TF: 0, Len: 5, AvgLen: 10}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, DefaultBM25.Score(tt.s), 1e-6)
			if tt.s.TF > 0 {
				assert.InDelta(t, tt.want, DefaultBM25.Explain("x", tt.s).Value, 1e-6, "the explanation adds up to the score")
			}
		})
	}
}

func TestIDFOfUnknownWordIsHighest(t *testing.T) {
	// ln(1 + 3.5/0.5) = ln 8
	assert.InDelta(t, 2.079442, IDF(3, 0), 1e-6)
	assert.Greater(t, IDF(3, 0), IDF(3, 1))
	assert.GreaterOrEqual(t, IDF(3, 3), 0.0, "a word in every document still weighs something")
}
