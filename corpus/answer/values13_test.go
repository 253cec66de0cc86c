package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestParseHedgedAndKeywordValues: a hedge before the question word, and
// a question typed as keywords that ends with the noun of what it asks.
func TestParseHedgedAndKeywordValues(t *testing.T) {
	tests := []struct {
		q, kind, unit    string
		much, tally, age bool
	}{
		{"roughly how many boats sank at Halden", KindHowMany, "boats", false, false, false},
		{"approximately how much did the pier cost", KindHowMany, "", true, false, false},
		{"berg harbour cabin price roughly?", KindHowMany, "", true, false, false},
		{"berg age?", KindHowMany, "", false, false, true},
		{"lund recall - vote count?", KindHowMany, "", false, false, false},
		{"on which show did Lund speak", KindWhere, "", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, tt.kind, q.Kind)
			assert.Equal(t, tt.unit, q.Unit)
			assert.Equal(t, tt.much, q.Much, "much")
			assert.Equal(t, tt.tally, q.Tally, "tally")
			assert.Equal(t, tt.age, q.Age, "age")
		})
	}
}

// TestSumOfTheThingAsked: "how much mooring tax … on the boat" asks the
// tax; "her £90,000 boat" prices the boat, which the question names only
// as where the tax fell.
func TestSumOfTheThingAsked(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg quit after failing to pay mooring tax on her £90,000 boat.\n\n"+
			"Berg admitted she underpaid £4,000 in mooring tax on a £95,000 boat.\n")
	f.mention(berg, a, "Ann Berg")
	f.fact(a, "Ann Berg quit after failing to pay mooring tax on her £90,000 boat.", []int{berg}, money("£90,000", "90000 GBP"))
	f.fact(a, "Berg admitted she underpaid £4,000 in mooring tax on a £95,000 boat.", []int{berg},
		money("£4,000", "4000 GBP"), money("£95,000", "95000 GBP"))
	checkAsks(t, f.build(), []askCase{
		{"the tax, not the boat", "how much mooring tax did berg underpay on the boat", "£4,000"},
	})
}

// TestWhenWillNotTheDayBefore: "when are they due back" is not answered
// by the day a past clause of the same sentence gives.
func TestWhenWillNotTheDayBefore(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Harbour Wire", "2025-08-02",
		"Ann Berg, who sailed to the Halden lighthouse in June, will come back next year.\n\n"+
			"Ann Berg will come back to Larvik on a tug in February.\n")
	f.mention(berg, a, "Ann Berg")
	f.fact(a, "Ann Berg, who sailed to the Halden lighthouse in June, will come back next year.", []int{berg},
		corpus.Value{Kind: corpus.ValueDate, Text: "June", Norm: "2025-06"})
	f.fact(a, "Ann Berg will come back to Larvik on a tug in February.", []int{berg},
		corpus.Value{Kind: corpus.ValueDate, Text: "February", Norm: "2026-02"})
	checkAsks(t, f.build(), []askCase{
		{"due back", "when is berg due back", "February"},
	})
}

// TestHowOldTheOneTheRoleNames: "how old was Berg's brother Tom" asks
// Tom's age, which "at the age of 43" gives of the one named before it.
func TestHowOldTheOneTheRoleNames(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	tom := f.person("Tom Berg", []string{"Tom"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg, 70, opened the museum.\n\n"+
			"Her brother Tom, a pilot who died in 1990 at the age of 43, built the first ferry.\n")
	f.mention(berg, a, "Ann Berg")
	f.mention(tom, a, "Tom")
	f.fact(a, "Ann Berg, 70, opened the museum.", []int{berg}, num("70", "70"))
	f.fact(a, "Her brother Tom, a pilot who died in 1990 at the age of 43, built the first ferry.", []int{tom}, num("43", "43"))
	checkAsks(t, f.build(), []askCase{
		{"the brother", "how old was berg's brother tom when he died", "Tom Berg, 43"},
		{"the owner", "how old is ann berg", "Ann Berg, 70"},
	})
}

// TestThingOf: the noun that names what a question asks, for the "thing
// asked" feature.
func TestThingOf(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"how many boats sank at Halden", "boats"},
		{"what church does Berg lead", "church"},
		{"what radio station carries the show", "station"},
		{"what did Berg say", ""},
		{"how old is Berg", ""},
		{"who sank the boat", ""},
	} {
		assert.Equal(t, c.want, thingOf(Parse(c.q)), c.q)
	}
}
