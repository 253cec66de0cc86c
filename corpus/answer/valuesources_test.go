package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestValueSourcesOfNamedPeople: an amount asked of a named person is
// reported by an outlet whose sentence gives the same amount with the
// question's action in another form ("an underpayment" for "underpay"),
// calling the person otherwise, when its article names her; not by one
// whose article never does, nor by one that gives the amount of another
// action.
func TestValueSourcesOfNamedPeople(t *testing.T) {
	for _, c := range []struct {
		name, text, sentence string
		reports              bool
	}{
		{"the action's noun, the person named in the article",
			"Ann Berg bought a flat on the quay in Tromvik.\n\nThe purchase led to an underpayment of £4,000 after poor advice.\n",
			"The purchase led to an underpayment of £4,000 after poor advice.", true},
		{"the action's noun, nobody named",
			"A flat on the quay in Tromvik was sold in May.\n\nThe purchase led to an underpayment of £4,000 after poor advice.\n",
			"The purchase led to an underpayment of £4,000 after poor advice.", false},
		{"the amount of another action",
			"Ann Berg bought a flat on the quay in Tromvik.\n\nHer office gave £4,000 to a harbour charity.\n",
			"Her office gave £4,000 to a harbour charity.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			berg := f.person("Ann Berg", []string{"Berg"})
			lead := "Ann Berg underpaid £4,000 in harbour duty on her Tromvik flat, she said."
			a := f.article("a.txt", "Harbour Wire", "2025-08-02", lead+"\n")
			f.mention(berg, a, "Ann Berg")
			fee := corpus.Value{Kind: corpus.ValueMoney, Text: "£4,000", Norm: "GBP4000"}
			f.fact(a, lead, []int{berg}, fee)
			b := f.article("b.txt", "Coast Post", "2025-08-03", c.text)
			f.fact(b, c.sentence, nil, fee)
			got := f.build().Ask(t.Context(), "quay flat - how much did berg underpay")
			require.True(t, got.Found, "suggestions: %v", got.Suggestions)
			assert.Contains(t, got.Answer, "£4,000")
			files := map[string]bool{}
			for _, s := range got.Sources {
				files[s.File] = true
			}
			assert.Equal(t, c.reports, files["b.txt"], "the other outlet among the sources")
		})
	}
}
