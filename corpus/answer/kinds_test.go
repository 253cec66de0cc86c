package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

func TestAPlanIsAskedWithoutItsWordForPlanning(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"What should have been a weeklong dock strike in Halden has now run for three months.\n")
	f.fact(art, "What should have been a weeklong dock strike in Halden has now run for three months.", nil,
		dur("weeklong", "P1W"), dur("three months", "P3M"))
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the planned length, beside the planning word the article does not use", "How long was the Halden dock strike supposed to last?", "weeklong"},
	})
}

func TestHowFastAsksForAMeasureNotACount(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The Halden river has flooded 40 homes and is expected to keep rising.\n"+
			"A gauge on the Halden river showed it rise 3 metres in an hour.\n")
	f.fact(art, "The Halden river has flooded 40 homes and is expected to keep rising.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "40", Norm: "40", Unit: "home"})
	f.fact(art, "A gauge on the Halden river showed it rise 3 metres in an hour.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "3", Norm: "3", Unit: "metre"})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"a unit of measure, written as the article does", "How fast did the Halden river rise?", "3 metres"},
		{"how high too", "how high did the Halden river rise", "3 metres"},
		{"a count still answers how many", "How many homes did the Halden river flood?", "40 homes"},
	})
}

func TestMeasured(t *testing.T) {
	tests := []struct {
		name string
		v    corpus.Value
		want bool
	}{
		{"a length", corpus.Value{Kind: corpus.ValueNumber, Unit: "feet"}, true},
		{"an abbreviation", corpus.Value{Kind: corpus.ValueNumber, Unit: "mph"}, true},
		{"a count of people", corpus.Value{Kind: corpus.ValueNumber, Unit: "death"}, false},
		{"a bare number", corpus.Value{Kind: corpus.ValueNumber}, false},
		{"money", corpus.Value{Kind: corpus.ValueMoney, Unit: "GBP"}, true},
		{"a date", corpus.Value{Kind: corpus.ValueDate}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, measured(&tt.v))
		})
	}
}
