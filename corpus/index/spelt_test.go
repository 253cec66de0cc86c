package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpelt: a short word WordNet knows as the name of an organisation, a
// place or a post is spelt out by the multi-word lemmas of those senses;
// a long word, a number, a small word and a name with a digit are not.
func TestSpelt(t *testing.T) {
	has := func(names [][]string, want []string) bool {
		for _, n := range names {
			if assert.ObjectsAreEqual(n, want) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name, word string
		want       []string
	}{
		{"a state typed short", "nh", []string{"new", "hampshire"}},
		{"a party by its nickname", "gop", []string{"republican", "party"}},
		{"an organisation", "un", []string{"united", "nations"}},
		{"a post, not its other senses", "pm", []string{"prime", "minister"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Spelt(c.word)
			assert.True(t, has(got, c.want), "%q in %q", c.want, got)
		})
	}
	assert.False(t, has(Spelt("pm"), []string{"atomic", "number", "61"}), "a name with a digit")
	assert.False(t, has(Spelt("pm"), []string{"postmortem", "examination"}), "an act is no name")
	assert.Empty(t, Spelt("senate"), "longer than a shortening")
	assert.Empty(t, Spelt("2024"))
	assert.Empty(t, Spelt("the"))
}
