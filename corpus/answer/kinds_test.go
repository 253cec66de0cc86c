package answer

import (
	"context"
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
		corpus.Value{Kind: corpus.ValueNumber, Text: "40", Norm: "40", Unit: corpus.UnitOf("home")})
	f.fact(art, "A gauge on the Halden river showed it rise 3 metres in an hour.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "3", Norm: "3", Unit: corpus.UnitOf("metre")})
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
		{"a length", corpus.Value{Kind: corpus.ValueNumber, Unit: corpus.UnitOf("feet")}, true},
		{"an abbreviation", corpus.Value{Kind: corpus.ValueNumber, Unit: corpus.UnitOf("mph")}, true},
		{"a count of people", corpus.Value{Kind: corpus.ValueNumber, Unit: corpus.UnitOf("death")}, false},
		{"a bare number", corpus.Value{Kind: corpus.ValueNumber}, false},
		{"money", corpus.Value{Kind: corpus.ValueMoney, Unit: corpus.UnitOf("GBP")}, true},
		{"a date", corpus.Value{Kind: corpus.ValueDate}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, measured(&tt.v))
		})
	}
}

func TestHowOldReadsTheAgeBesideTheName(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02", "Ann Berg, 52, has resigned as port chief.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-02", "The union's Erik Lund welcomed the news.\n\nThe 52-year-old gave a short interview on Monday.\n")
	a3 := f.article("c.txt", "Coast TV", "2025-05-03", "Port chief Ann Berg has resigned.\n\nThe 52-year-old said she was proud of the harbour.\n")
	f.fact(a1, "Ann Berg, 52, has resigned as port chief.", []int{berg}, num("52", "52"))
	f.fact(a2, "The 52-year-old gave a short interview on Monday.", nil, corpus.Value{Kind: corpus.ValueNumber, Text: "52", Norm: "52", Unit: corpus.UnitOf("year old")})
	f.fact(a3, "The 52-year-old said she was proud of the harbour.", nil, corpus.Value{Kind: corpus.ValueNumber, Text: "52", Norm: "52", Unit: corpus.UnitOf("year old")})
	_ = lund
	f.person("Ola Nygaard", []string{"Nygaard"})
	f.article("d.txt", "Coast TV", "2025-05-03", "Ola Nygaard will lead the talks.\n")
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the age beside the name", "How old is Ann Berg?", "Ann Berg, 52"},
		{"the n-year-old opening a sentence is the one named before", "how old is Erik Lund", "Erik Lund, 52"},
		{"nobody's age is written", "how old is Ola Nygaard", ""},
	})
	got := a.Ask(context.Background(), "how old is Berg")
	assert.ElementsMatch(t, []string{"a.txt", "c.txt"}, files(got.Sources), "the 52-year-old after Lund is Lund's age, not Berg's")
}

func TestTallyAndShorthands(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The Halden port board voted 7-2 on Monday to fine Nordline, which employs 300 people.\n"+
			"Forty people were injured in the Halden warehouse fire.\n")
	f.fact(art, "The Halden port board voted 7-2 on Monday to fine Nordline, which employs 300 people.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "7-2", Norm: "7-2", Unit: corpus.UnitOf("score")}, corpus.Value{Kind: corpus.ValueNumber, Text: "300", Norm: "300", Unit: corpus.UnitOf("people")})
	f.fact(art, "Forty people were injured in the Halden warehouse fire.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "Forty", Norm: "40", Unit: corpus.UnitOf("people")})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the vote is its tally", "What was the port board vote to fine Nordline?", "7-2"},
		{"a shorthand typed in a hurry", "how many ppl were injured in the Halden warehouse fire", "40 people"},
	})
}
