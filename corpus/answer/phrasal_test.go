package answer

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A predicate written with its particle is matched by the phrase's
// meaning: "brought up" is found as "mentioned".
func TestPhrasalOf(t *testing.T) {
	tests := []struct {
		q, pred, want string
	}{
		{"how many stops did the mayor bring up", "bring", "bring up"},
		{"when did the harbour master step down", "step", "step down"},
		{"how many boats did the mayor bring", "bring", ""},
		{"when did the mayor bring Oslo", "bring", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, phrasalOf(Parse(tt.q), tt.pred))
		})
	}
}

// A phrasal verb with a small particle finds the words of all its senses,
// not only of its commonest: "put out" a report is "issued" it.
func TestPhrasalAllSenses(t *testing.T) {
	f := newFixture(t)
	f.article("a.txt", "Harbour Wire", "2025-05-05",
		"The port authority issued its annual report on the ferries.\nFirefighters extinguished a small blaze.\n")
	a := f.build()
	tests := []struct {
		name, q, word string
		want          []string
	}{
		{"a sense other than the commonest", "when did the port authority put out the report", "put", []string{"issu"}},
		{"no phrase, no added words", "when did the port authority put the report", "put", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qu := Parse(tt.q)
			for i, w := range qu.Words {
				if w.Fold != tt.word {
					continue
				}
				g := a.phrasal(qu, i, a.expand(w.Fold))
				var got []string
				for _, alt := range g.Alts {
					if slices.Contains([]string{"issu", "extinguish"}, alt.Term) {
						got = append(got, alt.Term)
					}
				}
				for _, w := range tt.want {
					assert.Contains(t, got, w)
				}
				if tt.want == nil {
					assert.Empty(t, got)
				}
			}
		})
	}
}

// "What was X worried about" asks what X said of it.
func TestFeltAboutIsSaid(t *testing.T) {
	tests := []struct {
		q, kind, subject string
	}{
		{"what was the harbour master worried about", KindSaid, "the harbour master"},
		{"What was Ann Berg annoyed about in the ferry deal", KindSaid, "Ann Berg"},
		{"what was the ferry deal about", KindWhat, ""},
		{"what was the storm warning about", KindWhat, ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, tt.kind, q.Kind)
			assert.Equal(t, tt.subject, q.SubjectText())
		})
	}
}
