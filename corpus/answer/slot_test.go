package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSlotAsked: "what" after a preposition, typed where the answer
// goes, asks what follows the word before it and the preposition; a
// question of its own after a topic, or "of what", does not.
func TestSlotAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		slot [2]string
	}{
		{"the board told berg lund should thank the pilots for what exactly", [2]string{"pilots", "for"}},
		{"lund wants the harbour renamed after what exactly", [2]string{"renamed", "after"}},
		{"the harbour row - what did lund say", [2]string{}},
		{"lund spoke of what", [2]string{}},
		{"what did lund thank the pilots for", [2]string{}},
	} {
		t.Run(c.q, func(t *testing.T) {
			assert.Equal(t, c.slot, Parse(c.q).Slot)
		})
	}
}

// TestSlotAnswered: the answer is what a sentence writes in the slot
// asked, up to the end of its phrase, from the sentence that writes it
// though another holds more of the question's words; the speaker told
// of by "He" opening the sentence is the one named before it.
func TestSlotAnswered(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Per Lund", []string{"Lund"})
	berg := f.person("Ann Berg", []string{"Berg"})
	text := "Per Lund told Ann Berg that the mayor should thank the pilots and praise the harbour crews for their work.\n\n" +
		"Per Lund spoke on Monday. He also told Ann Berg the mayor should thank the pilots for the night rescue off Tromvik, and soon.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-08-02", text)
	f.mention(lund, a, "Per Lund")
	f.mention(berg, a, "Ann Berg")
	f.fact(a, "Per Lund told Ann Berg that the mayor should thank the pilots and praise the harbour crews for their work.", []int{lund, berg})
	f.fact(a, "Per Lund spoke on Monday.", []int{lund})
	f.fact(a, "He also told Ann Berg the mayor should thank the pilots for the night rescue off Tromvik, and soon.", []int{berg})
	got := f.build().Ask(t.Context(), "lund told berg the mayor should thank the pilots for what exactly")
	require.True(t, got.Found, "suggestions: %v", got.Suggestions)
	assert.Equal(t, "the night rescue off Tromvik", got.Answer)
	assert.Equal(t, "Per Lund", got.Speaker)
}
