package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestABodyThatActsConstrains: a parliament typed in lower case by a
// word no dictionary holds is the one the answer must name when the
// question makes it the subject, and only the scene after "in", where
// articles write it otherwise ("the chamber", "parliament").
func TestABodyThatActsConstrains(t *testing.T) {
	f := newFixture(t)
	lands := f.person("Norvik Landsting", nil)
	f.c.People[lands].Kind = corpus.KindOrg
	council := f.person("Dunmere Council", nil)
	f.c.People[council].Kind = corpus.KindOrg
	art := f.article("a.txt", "Fenwick Herald", "2025-05-02",
		"The ferry levy motion was carried on Friday, 31 votes to 20.\n")
	f.fact(art, "The ferry levy motion was carried on Friday, 31 votes to 20.", nil,
		corpus.Value{Kind: corpus.ValueDate, Text: "Friday", Norm: "2025-05-02"})
	other := f.article("b.txt", "Fenwick Herald", "2025-05-06",
		"The Dunmere Council carried a harbour levy motion on Tuesday.\n")
	f.fact(other, "The Dunmere Council carried a harbour levy motion on Tuesday.", []int{council},
		corpus.Value{Kind: corpus.ValueDate, Text: "Tuesday", Norm: "2025-05-06"})
	a := f.build()
	tests := []struct {
		name, q string
		found   bool
	}{
		{"the scene after in", "when was the ferry levy motion carried in the landsting", true},
		{"the subject must be named", "when did the landsting carry the harbour levy motion", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.Equal(t, tt.found, got.Found, "answer %q", got.Answer)
		})
	}
}
