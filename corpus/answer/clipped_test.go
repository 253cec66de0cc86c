package answer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// TestClippedWord: a question word cut short, which neither the corpus nor
// WordNet knows, is searched with the commonest corpus word it begins, at
// less than a synonym; a word WordNet knows, or one that begins no corpus
// word, is left as typed.
func TestClippedWord(t *testing.T) {
	f := newFixture(t)
	text := "The harbour photographer Lise Arnt filed her pictures to two tribunals on Friday.\n" +
		"A second photographer, Jon Varde, covered the pier for the tribunals.\n"
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.fact(art, "The harbour photographer Lise Arnt filed her pictures to two tribunals on Friday.", nil)
	a := f.build()
	cover := func(word, want string) float64 {
		for _, alt := range a.expand(word).Alts {
			if alt.Term == index.Stem(want) && strings.HasPrefix(alt.Why, "a clipping") {
				return alt.Cover
			}
		}
		return 0
	}
	for _, c := range []struct {
		name, word, want string
		cover            float64
	}{
		{"cut short", "photog", "photographer", ClipFactor},
		{"cut short, in the plural", "tribs", "tribunals", ClipFactor},
		{"a word WordNet knows", "pic", "pictures", 0},
		{"begins no corpus word", "zorbs", "zorbing", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.cover, cover(c.word, c.want))
		})
	}
}
