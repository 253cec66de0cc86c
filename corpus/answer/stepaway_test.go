package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// TestAskedAStepAway: a question word the corpus never writes is searched
// with the words a step away in meaning that it does write, counting less
// than the word itself ("dispatch" finds "sent", "washed" finds
// "laundered"); a word the corpus writes is searched as written.
func TestAskedAStepAway(t *testing.T) {
	f := newFixture(t)
	text := "The ferry board sent lawyer Odile Vann to the island council on Tuesday.\n" +
		"Auditors said the pier syndicate had laundered 40 million kroner through the berth fees.\n"
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.fact(art, "The ferry board sent lawyer Odile Vann to the island council on Tuesday.", nil)
	f.fact(art, "Auditors said the pier syndicate had laundered 40 million kroner through the berth fees.", nil)
	a := f.build()
	for _, c := range []struct {
		name, word, want string
	}{
		{"a step broader", "dispatch", "sent"},
		{"another sense of the word", "washed", "laundered"},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := a.expand(c.word)
			var cover float64
			for _, alt := range g.Alts {
				if alt.Term == index.Stem(c.want) {
					cover = alt.Cover
				}
			}
			assert.Greater(t, cover, 0.0, "alternatives %v", g.Alts)
			assert.Less(t, cover, index.SynonymFactor)
		})
	}
	t.Run("a word the corpus writes", func(t *testing.T) {
		for _, alt := range a.expand("sent").Alts {
			assert.NotContains(t, alt.Why, "a step away", "%v", alt)
		}
	})
}
