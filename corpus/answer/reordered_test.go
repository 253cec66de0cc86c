package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWhoSaidReordered: a long fragment remembered with the quotation's
// words in another order is found when it stands out; one whose words are
// scattered over a long quotation about other things is not.
func TestWhoSaidReordered(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	tam := f.person("Tamsin Orrey", []string{"Orrey"})
	art := f.article("a.txt", "Harbour", "", "\"He has to sell the harbour levy to the fishermen. He has to sell the fishermen on the levy,\" Brenvik said.\n\n"+
		"\"The ferry timetable changes in the spring, and the council thanks the crews, the pilots and the dock staff, who kept every crossing running through the storms of the winter and the floods that followed; the next meeting is in the town hall in March,\" Orrey said.\n")
	f.quote(art, "He has to sell the harbour levy to the fishermen. He has to sell the fishermen on the levy,", ola)
	f.quote(art, "The ferry timetable changes in the spring, and the council thanks the crews, the pilots and the dock staff, who kept every crossing running through the storms of the winter and the floods that followed; the next meeting is in the town hall in March,", tam)
	a := f.build()
	tests := []struct {
		name, frag, want string
	}{
		{"the words in another order", "and so that is what it all comes down to for him, selling fishermen a harbour levy", "Ola Brenvik"},
		{"the words as said", "he has to sell the harbour levy to the fishermen", "Ola Brenvik"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.WhoSaid(context.Background(), tt.frag)
			require.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Equal(t, tt.want, got.Answer)
		})
	}
	t.Run("words scattered over a long quotation", func(t *testing.T) {
		// The gates and this rule turn it away; the loose tier (whoscore.go)
		// may still propose it, and the fitted score decides, with the
		// share of the quotation the fragment holds among its features.
		got, _ := a.whoSaid(context.Background(), "", "the crews say the floods in spring stopped the ferry for weeks before the storms")
		assert.False(t, got.Found, "%q %q", got.Answer, got.Quote)
	})
}
