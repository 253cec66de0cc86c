package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompoundTypedAsOneWord: "ferryfare" asks about the ferry fare the
// article writes in two words; a word the corpus knows, or one slip from
// one, is left as typed.
func TestCompoundTypedAsOneWord(t *testing.T) {
	f := newFixture(t)
	text := "The harbour board raised the ferry fare to 40 crowns on Monday.\n"
	a := f.article("a.txt", "Fjord Courier", "2026-03-04", text)
	f.fact(a, "The harbour board raised the ferry fare to 40 crowns on Monday.", nil, num("40 crowns", "40"))
	an := f.build()
	for _, tt := range []struct{ q, want string }{
		{"how many crowns is the new ferryfare", "how many crowns is the new ferry fare"},
		{"how many crowns is the new ferry fare", "how many crowns is the new ferry fare"},
		{"what did the harbourboard decide", "what did the harbour board decide"},
		{"what did the harbor board decide", "what did the harbor board decide"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, an.compounds(tt.q))
		})
	}
	ans := an.Ask(t.Context(), "how many crowns is the new ferryfare")
	require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
	assert.Contains(t, ans.Answer, "40")
}
