package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

func TestNameNumber(t *testing.T) {
	for _, tt := range []struct {
		name, q, word string
		want          bool
	}{
		{"glued by a hyphen", "when did the osprey-4 crew land", "4", true},
		{"after a capitalised word", "when did the Voyage 12 crew land", "12", true},
		{"after a noun, nothing counted", "who was on board flight 208", "208", true},
		{"before the noun it counts", "did Lund score 2 goals", "2", false},
		{"a day of a month", "what happened on May 4", "4", false},
		{"a year", "who won the Halden vote 2024", "2024", false},
		{"a score", "did Halden win 3-1", "3", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			qu := Parse(tt.q)
			got := false
			for i, w := range qu.Words {
				if w.Fold == tt.word {
					got = qu.NameNumber(i)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// A number that is part of a name tells which thing, as the name does: the
// sentence that goes on about the thing need not repeat it, and one about
// another of the numbered things does not answer.
func TestNumberInAName(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"The Osprey-4 mission carried two divers to the Nordby reef on Friday. The crew surfaced on Sunday after mapping the wreck.\n\n"+
			"The Osprey-3 crew surfaced on Monday.\n")
	f.fact(art, "The Osprey-4 mission carried two divers to the Nordby reef on Friday.", nil,
		corpus.Value{Kind: corpus.ValueDate, Text: "Friday", Norm: "2025-05-02"}, num("two", "2"))
	f.fact(art, "The crew surfaced on Sunday after mapping the wreck.", nil,
		corpus.Value{Kind: corpus.ValueDate, Text: "Sunday", Norm: "2025-05-04"})
	f.fact(art, "The Osprey-3 crew surfaced on Monday.", nil,
		corpus.Value{Kind: corpus.ValueDate, Text: "Monday", Norm: "2025-04-28"})
	a := f.build()
	checkAsksBy(t, a, []askCase{
		{"the sentence that goes on without the number", "when did the osprey-4 crew surface", "The crew surfaced on Sunday after mapping the wreck."},
		{"another number of the same name", "when did the osprey-3 crew surface", "The Osprey-3 crew surfaced on Monday."},
	}, func(got corpus.Answer) string { return got.Quote })
}
