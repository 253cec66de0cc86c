package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/quote"
)

func str(s string) *string { return &s }

// score counts as ../shared/eval/score.py does: a gold quotation is found
// by the extraction holding most (at least half) of its words, and an
// extraction is right when it holds gold and is not much longer than it.
func TestScore(t *testing.T) {
	s := &split{
		qs: []corpus.Quote{
			{File: "a.txt", Text: "We will not sign this deal,", Speaker: "Karl Weber"},
			{File: "a.txt", Text: "peace", Speaker: "Karl Weber"},
			{File: "b.txt", Text: "It is over. " + "More words that gold never quoted at all, far too many of them to count as the same quotation.", Speaker: "Anna Kowalska"},
		},
		gold: []goldQuote{
			{File: "a.txt", Text: "We will not sign this deal", Kind: "name", Surname: str("Weber")},
			{File: "b.txt", Text: "It is over.", Kind: "name", Surname: str("Kowalska")},
			{File: "b.txt", Text: "Nobody said this here.", Kind: "none"},
		},
	}
	for _, tc := range []struct {
		name          string
		keep          []bool
		p, r, named   float64
		kept          int
		rightAtIndex0 bool
	}{
		{"every extraction", []bool{true, true, true}, 1.0 / 3, 2.0 / 3, 1, 3, true},
		{"the scare quote dropped", []bool{true, false, true}, 1.0 / 2, 2.0 / 3, 1, 2, true},
		{"the real quotation dropped", []bool{false, true, true}, 0, 1.0 / 3, 0.5, 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := score(s, tc.keep)
			assert.InDelta(t, tc.p, f.p, 1e-9)
			assert.InDelta(t, tc.r, f.r, 1e-9)
			assert.InDelta(t, tc.named, f.named, 1e-9)
			assert.Equal(t, tc.kept, f.kept)
			assert.Equal(t, tc.rightAtIndex0, f.right[0])
		})
	}
}

// fit learns a feature that tells right quotations from wrong ones, and
// crossValidate scores each quotation by a model that never saw its file.
func TestFitSeparates(t *testing.T) {
	s := &split{}
	for i := 0; i < 40; i++ {
		file := string(rune('a'+i%5)) + ".txt"
		speech := i%4 != 0
		f := []string{"bias", "noise" + string(rune('0'+i%3))}
		if speech {
			f = append(f, "speech")
		}
		s.qs = append(s.qs, corpus.Quote{File: file})
		s.feats = append(s.feats, f)
		s.label = append(s.label, speech)
	}
	idx := make([]int, len(s.qs))
	for i := range idx {
		idx[i] = i
	}
	w, err := fit(s, idx, 0.1, 1)
	require.NoError(t, err)
	for i, f := range s.feats {
		p := quote.FilterProb(w, f)
		if s.label[i] {
			assert.Greater(t, p, 0.5, "quotation %d", i)
		} else {
			assert.Less(t, p, 0.5, "quotation %d", i)
		}
	}
	prob, err := crossValidate(s, 5, 0.1, 1)
	require.NoError(t, err)
	require.Len(t, prob, len(s.qs))
	for i := range prob {
		assert.Equal(t, s.label[i], prob[i] >= 0.5, "held-out quotation %d (%.2f)", i, prob[i])
	}
}
