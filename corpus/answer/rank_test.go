package answer

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// TestRankFeaturesCompareACandidateWithItsList: what the fit's -rank
// measures a ranker on. Each candidate that may answer by itself is
// described against the others: its score against the best, its place,
// how many other articles give the same date or the same line, whether
// its line is cut from its sentence.
func TestRankFeaturesCompareACandidateWithItsList(t *testing.T) {
	day := func(norm string) *corpus.Value {
		return &corpus.Value{Kind: corpus.ValueDate, Text: norm, Norm: norm}
	}
	at := func(article int32, score float64, line string, v *corpus.Value) candidate {
		return candidate{doc: index.Doc{Article: article, Span: corpus.Span{Start: 0, End: 60}}, score: score, line: line, value: v}
	}
	weak := at(3, 9, "Vell Harbour reopened on 2031-04-02", day("2031-04-02"))
	weak.weak = true
	cands := []candidate{
		at(0, 8, "2031-03-30", day("2031-03-30")),
		weak,
		at(1, 6, "2031-04-02", day("2031-04-02")),
		at(2, 4, "2031-04-02", day("2031-04-02")),
		at(2, 2, "The harbour of Vell reopened after the storm, its pilots said", nil),
	}
	qu := Question{Kind: KindWhen}
	got := rankFeatures(qu, cands, 3)
	assert.Len(t, got, 3, "the weak one is no choice and is not counted against n")
	tests := []struct {
		name    string
		k       int
		feature int
		want    float64
	}{
		{"the best score", 0, RRel, 8.0 / 9},
		{"the rules' choice is first", 0, RFirst, 1},
		{"the next is not", 1, RFirst, 0},
		{"its place", 1, RRank, math.Log(2)},
		{"no other article gives the first's date", 0, RAgree, 0},
		{"two other articles give the second's date (the weak one's among them)", 1, RAgree, math.Log(3)},
		{"the date is a value", 1, RValue, 1},
		{"agreement on a value", 1, RAgreeValue, math.Log(3)},
		{"a date is cut from its sentence", 0, RCut, 1},
		{"the third's date agreed by two articles, its own aside", 2, RAgree, math.Log(3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, got[tt.k][tt.feature], 1e-9)
		})
	}
	assert.InDelta(t, (6.0+4+9)/29, got[1][RAgreeAll], 1e-9, "the share of the list's score giving the same date")
}
