package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestInitialsOfANameTheCorpusWrites: "the hsb" typed for the Harbour
// Safety Board, which the articles write only in full, finds the board's
// sentence. Two letters are too few to be read so.
func TestInitialsOfANameTheCorpusWrites(t *testing.T) {
	f := newFixture(t)
	board := f.person("Harbour Safety Board", nil)
	f.c.People[board].Kind = corpus.KindOrg
	velk := f.person("Ann Velk", []string{"Velk"})
	art := f.article("a.txt", "Brannock Wire", "2025-03-04",
		"The Harbour Safety Board sent a storm warning to ferry crews at 2.10 am on Monday.\n\n"+
			"Velk said the pier would stay shut.\n")
	f.fact(art, "The Harbour Safety Board sent a storm warning to ferry crews at 2.10 am on Monday.", []int{board},
		corpus.Value{Kind: corpus.ValueRelative, Text: "on Monday", Norm: "2025-03-03"})
	f.fact(art, "Velk said the pier would stay shut.", []int{velk})
	a := f.build()
	tests := []struct {
		name, q string
		found   bool
	}{
		{"the board by its initials", "when did the hsb send it", true},
		{"the board by its initials, its deed in other words", "when did the hsb warn", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.Equal(t, tt.found, got.Found, "answer %q, suggestions %q", got.Answer, got.Suggestions)
		})
	}
	t.Run("the table", func(t *testing.T) {
		assert.Equal(t, [][]string{{"harbour", "safety", "board"}}, a.initialed("hsb"))
		assert.Empty(t, a.initialed("av"), "two letters are too few")
	})
}
