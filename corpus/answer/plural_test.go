package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// A noun's irregular plural is the noun: a question that says "child"
// or "kids" (whose synonym is "child") finds a sentence that says
// "children". Invented text.
func TestIrregularPluralsMatchTheirNoun(t *testing.T) {
	f := newFixture(t)
	ferry := "Of the 40 passengers rescued from the Velmora ferry on Tuesday, 17 were children, coastguard officer Ida Moe said."
	rowers := "Nine women from the Brennik rowing club helped the crew on the quay."
	art := f.article("a.txt", "Harbour Wire", "2025-05-05", ferry+"\n"+rowers+"\n")
	f.fact(art, ferry, nil, corpus.Value{Kind: corpus.ValueNumber, Text: "40", Norm: "40"},
		corpus.Value{Kind: corpus.ValueNumber, Text: "17", Norm: "17"})
	f.fact(art, rowers, nil, corpus.Value{Kind: corpus.ValueNumber, Text: "Nine", Norm: "9"})
	a := f.build()
	tests := []struct {
		name, q, stem string
	}{
		{"a synonym's plural", "how many kids were rescued from the velmora ferry", "children"},
		{"the noun's own plural", "how many child passengers were rescued from the velmora ferry", "children"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := a.Ask(context.Background(), tt.q)
			assert.Contains(t, ans.Quote, tt.stem)
		})
	}
}
