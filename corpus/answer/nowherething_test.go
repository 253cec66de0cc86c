package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestAThingNamedNowhereInTheArticle: an organisation or a place the
// question names constrains the answer as a person does. Named in full,
// it turns away an article that never writes it, though the article
// tells of an event of the kind asked; typed in lower case, a word no
// dictionary holds still names it ("the landsting"), where a common
// word ("the council") may be a description.
func TestAThingNamedNowhereInTheArticle(t *testing.T) {
	f := newFixture(t)
	lands := f.person("Norvik Landsting", nil)
	f.c.People[lands].Kind = corpus.KindOrg
	council := f.person("Dunmere Council", nil)
	f.c.People[council].Kind = corpus.KindOrg
	port := f.person("Skelby Harbour", nil)
	f.c.People[port].Kind = corpus.KindPlace
	art := f.article("a.txt", "Fenwick Herald", "2025-05-02",
		"The Norvik Landsting approved the ferry levy on Friday.\n")
	f.fact(art, "The Norvik Landsting approved the ferry levy on Friday.", []int{lands},
		corpus.Value{Kind: corpus.ValueDate, Text: "Friday", Norm: "2025-05-02"})
	other := f.article("b.txt", "Fenwick Herald", "2025-05-06",
		"The Dunmere Council opened its new chamber by the Skelby Harbour terminal.\n")
	f.fact(other, "The Dunmere Council opened its new chamber by the Skelby Harbour terminal.", []int{council, port})
	a := f.build()
	tests := []struct {
		name, q string
		found   bool
	}{
		{"the organisation asked is in the article", "when did the norvik landsting approve the ferry levy", true},
		{"typed by its one word no dictionary holds", "when did the landsting approve the ferry levy", true},
		{"another organisation named in full is nowhere in it", "when did the norvik landsting approve the ferry levy for the dunmere council", false},
		{"a place named in full is nowhere in it", "when did the norvik landsting approve the ferry levy for skelby harbour", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.Equal(t, tt.found, got.Found, "answer %q", got.Answer)
		})
	}
}
