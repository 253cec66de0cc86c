package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A verb no article writes, in any form, synonym or word a step away in
// meaning (see stepAway), weighs half: the articles word the action their
// own way. A noun no article writes, and
// a verb they do write, keep their weight.
func TestUnwrittenVerb(t *testing.T) {
	f := newFixture(t)
	f.article("a.txt", "Harbour Wire", "2025-05-05",
		"The ferry union appointed Ida Moe as its treasurer in March.\nThe union backed the harbour plan on Friday.\n")
	a := f.build()
	tests := []struct {
		name, q, word string
		want          float64
	}{
		{"a verb the corpus never writes", "when did the ferry union hire moe", "hire", unwrittenVerbFactor},
		{"a verb the corpus writes", "when did the ferry union back the plan", "back", 1},
		{"a noun the corpus never writes", "when did the ferry union buy the zeppelin", "zeppelin", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qu := Parse(tt.q)
			tags := questionTags(qu)
			for i, w := range qu.Words {
				if w.Fold == tt.word {
					assert.InDelta(t, tt.want, unwrittenVerb(qu, tags, i, a.expand(w.Fold)), 1e-9)
				}
			}
		})
	}
}
