package index

import (
	"fmt"
	"math"

	"factdesk/corpus"
)

// Stats is everything a scorer may know about one term in one document.
type Stats struct {
	N      int     // documents in the field
	DF     int     // documents of the field holding the term
	TF     int     // occurrences of the term in this document
	Len    int     // this document's length in terms
	AvgLen float64 // mean document length in the field
}

// Scorer turns statistics into a score.
type Scorer interface {
	Score(s Stats) float64
}

// BM25 is Okapi BM25 with Lucene's non-negative IDF.
type BM25 struct {
	K1 float64
	B  float64
}

// DefaultBM25 uses the usual parameters.
var DefaultBM25 = BM25{K1: 1.2, B: 0.75}

var _ Scorer = BM25{}

// IDF is ln(1 + (N - df + 0.5) / (df + 0.5)). A term no document holds
// gets the highest IDF, so unknown words weigh heavily against a match.
func IDF(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// Score is idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)).
func (m BM25) Score(s Stats) float64 {
	if s.TF <= 0 {
		return 0
	}
	return IDF(s.N, s.DF) * m.tfNorm(s)
}

func (m BM25) tfNorm(s Stats) float64 {
	avg := s.AvgLen
	if avg <= 0 {
		avg = 1
	}
	tf := float64(s.TF)
	return tf * (m.K1 + 1) / (tf + m.K1*(1-m.B+m.B*float64(s.Len)/avg))
}

// Explain breaks Score into its parts.
func (m BM25) Explain(term string, s Stats) *corpus.Explanation {
	idf := IDF(s.N, s.DF)
	tfn := m.tfNorm(s)
	return &corpus.Explanation{
		Value:   idf * tfn,
		Message: fmt.Sprintf("weight(%s), product of:", term),
		Children: []*corpus.Explanation{
			{Value: idf, Message: fmt.Sprintf("idf, computed as ln(1 + (N - df + 0.5) / (df + 0.5)) from: N=%d, df=%d", s.N, s.DF)},
			{Value: tfn, Message: fmt.Sprintf("tf norm, computed as tf·(k1+1) / (tf + k1·(1 - b + b·dl/avgdl)) from: tf=%d, k1=%g, b=%g, dl=%d, avgdl=%.2f", s.TF, m.K1, m.B, s.Len, s.AvgLen)},
		},
	}
}
