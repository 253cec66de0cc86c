package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestAPersonNamedInFullNowhereInTheArticle: a question that names
// someone in full is not answered from an article that never writes
// them, though it tells of an event of the same kind ("backed"
// another candidate); a name typed as one word may be a common word
// the people tables hold, and is left to the other rules.
func TestAPersonNamedInFullNowhereInTheArticle(t *testing.T) {
	f := newFixture(t)
	orm := f.person("Hilde Ormsby", []string{"Ormsby"})
	qui := f.person("Tove Quillan", []string{"Quillan"})
	f.person("Anders Pike", []string{"Pike"})
	art := f.article("a.txt", "Fenwick Herald", "2025-05-02",
		"Hilde Ormsby, the veteran organiser, backed the harbour candidate on Friday.\n\nThe candidate, Anders Pike, thanked her.\n")
	f.fact(art, "Hilde Ormsby, the veteran organiser, backed the harbour candidate on Friday.", []int{orm},
		corpus.Value{Kind: corpus.ValueDate, Text: "Friday", Norm: "2025-05-02"})
	other := f.article("b.txt", "Fenwick Herald", "2025-05-03",
		"Tove Quillan opened her campaign office by the ferry terminal.\n")
	f.fact(other, "Tove Quillan opened her campaign office by the ferry terminal.", []int{qui})
	a := f.build()
	tests := []struct {
		name, q string
		found   bool
	}{
		{"the one she backed is in the article", "when did hilde ormsby back anders pike", true},
		{"the one asked is nowhere in it", "when did hilde ormsby back tove quillan", false},
		{"a name typed as one word is left to the other rules", "when did ormsby back the harbour candidate", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.Equal(t, tt.found, got.Found, "answer %q", got.Answer)
		})
	}
}
