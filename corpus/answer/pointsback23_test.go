package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestValueInASentenceThatPointsBack: a figure whose sentence points back
// with "this" and a noun ("voted for this decision") answers for what the
// paragraph before told, and for the person it opens with, spelt one slip
// otherwise by another outlet; "this week" points back to nothing.
func TestValueInASentenceThatPointsBack(t *testing.T) {
	f := newFixture(t)
	text := "Harbour pilot Ivar Skoglund lost his licence at the maritime board on Friday.\n\n" +
		"41 board members voted for this decision.\n\n" +
		"Pilot Ivar Skoglund also lost his seat on the ferry council.\n\n" +
		"17 council members voted this week.\n"
	a := f.article("a.txt", "Fjord Courier", "2026-03-06", text)
	ivar := f.person("Ivar Skoglund", []string{"Skoglund"})
	f.person("Ivar Skooglund", []string{"Skooglund"})
	f.fact(a, "Harbour pilot Ivar Skoglund lost his licence at the maritime board on Friday.", []int{ivar})
	f.fact(a, "41 board members voted for this decision.", nil, num("41", "41"))
	f.fact(a, "Pilot Ivar Skoglund also lost his seat on the ferry council.", []int{ivar})
	f.fact(a, "17 council members voted this week.", nil, num("17", "17"))
	an := f.build()
	for _, tt := range []struct{ q, want string }{
		{"how many board members voted to take the licence from Skoglund", "41"},
		{"how many board members voted to take the licence from Skooglund", "41"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			ans := an.Ask(t.Context(), tt.q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, tt.want)
		})
	}
	t.Run("this week points back to nothing", func(t *testing.T) {
		ans := an.Ask(t.Context(), "how many council members voted to take the seat from Skoglund")
		assert.NotContains(t, ans.Answer, "17")
	})
}
