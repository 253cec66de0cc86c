package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The eleventh round's values, on invented news: where words were said,
// a side's place in a ranking, a length written before its noun, the age
// of someone known by a role, a contact asked for, a month without its
// year.

func TestSettingByCommonNoun(t *testing.T) {
	a := harbour9(t)
	tests := []struct{ name, text, want string }{
		{"a vehicle after a possessive", "Berg spoke to a radio host aboard her harbour launch.", "her harbour launch"},
		{"an occasion after at", "Lund vowed to “sell the ferry” to cheering dockers at a union congress, then left for the airport.", "a union congress"},
		{"in front of is no venue", "Lund spoke in front of dockers and left.", ""},
		{"an occasion after during", "Berg said during a news briefing that she would stay.", "a news briefing"},
		{"the town after a venue is the place", "Berg said at a town hall in Halden Saturday that she would stay.", "Halden"},
		{"a noun followed by of is no venue", "Berg said at the end of her shift she would stay.", ""},
		{"a time is no venue", "Berg said at the moment that she would stay.", ""},
		{"a sentence opening inside a quotation: its words are quoted", `stay in Tromso," Berg told reporters.`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.setting(tt.text))
		})
	}
}

func TestSettingInTheClauseOfTheSpeaking(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	holm := f.person("Kari Holm", []string{"Holm"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"“We will not sell the ferry. We will sell the old pier to the city,” Lund told reporters aboard the Nordic Star as he sailed to his home in Bergen on Tuesday.\n\n"+
			"The report came as Holm on Tuesday said a plan to rebuild the dock in Tromso had been approved.\n")
	f.fact(art, "We will sell the old pier to the city,” Lund told reporters aboard the Nordic Star as he sailed to his home in Bergen on Tuesday.", []int{lund})
	f.fact(art, "The report came as Holm on Tuesday said a plan to rebuild the dock in Tromso had been approved.", []int{holm})
	a := f.build()
	got := a.Ask(context.Background(), "where was lund when he said they will sell the old pier to the city")
	require.True(t, got.Found, got.Suggestions)
	assert.Equal(t, "Nordic Star", got.Answer, "where he spoke, not where he sailed to")
	got = a.Ask(context.Background(), "where was holm when she said the plan to rebuild the dock had been approved")
	assert.NotContains(t, got.Answer, "Tromso", "a place in what was said is not where it was said")
}

func TestPositionInARanking(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Per Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Halden sacked coach Per Berg on Monday, leaving Halden 14th in the Nordic League table after a dismal spring.\n\n"+
			"Berg was sacked by Halden, who had finished eighth in the Nordic League last season.\n\n"+
			"Ann Dahl finished second in the Tromso primary.\n")
	f.fact(art, "Berg was sacked by Halden, who had finished eighth in the Nordic League last season.", []int{berg})
	f.fact(art, "Halden sacked coach Per Berg on Monday, leaving Halden 14th in the Nordic League table after a dismal spring.", []int{berg})
	dahl := f.person("Ann Dahl", []string{"Dahl"})
	f.fact(art, "Ann Dahl finished second in the Tromso primary.", []int{dahl})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the position before the ranking asked", "where were halden in the league when berg was sacked", "14th in the Nordic League table"},
		{"the position before a contest's name", "where did dahl finish in the tromso primary", "second in the Tromso primary"},
		{"a past period asked", "where did halden finish in the league last season", "eighth in the Nordic League"},
		{"a compound whose head is a place", "what league position were halden in when berg was sacked", "14th in the Nordic League table"},
		{"the compound typed bare", "league position when berg was sacked", "14th in the Nordic League table"},
	})
}

func TestPlaceHeadOfACompound(t *testing.T) {
	tests := []struct{ name, q, kind string }{
		{"what and a compound headed by a place", "what league position were halden in", KindWhere},
		{"typed bare, before a small word", "table position after the derby", KindWhere},
		{"which and a host city", "which host city was chosen for the regatta", KindWhere},
		{"a single place noun is placeKind's", "which town is the boathouse in", KindWhere},
		{"a compound headed by a person", "which state senator wants lund fired", KindWho},
		{"a compound headed by no place", "what vote count did they get", KindWhat},
		{"a name is no word of the compound", "Halden position in the league", KindWhat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.kind, Parse(tt.q).Kind)
		})
	}
}

func TestLengthWrittenBeforeItsNoun(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Two more sailors will set off on a six-month relief voyage.\n\n"+
			"The crew came home after two months at the polar station.\n\n"+
			"The board backed a 20-point harbour plan.\n")
	six := f.fact(art, "Two more sailors will set off on a six-month relief voyage.", nil, dur("six-month", "6 months"))
	two := f.fact(art, "The crew came home after two months at the polar station.", nil, dur("two months", "2 months"))
	plan := f.fact(art, "The board backed a 20-point harbour plan.", nil, num("20-point", "20"))
	a := f.build()
	terms := func(words ...string) map[string]bool {
		m := map[string]bool{}
		for _, w := range words {
			m[a.stemOf(w)] = true
		}
		return m
	}
	tests := []struct {
		name  string
		fact  int
		terms map[string]bool
		want  bool
	}{
		{"the noun asked right after the value", six, terms("relief"), true},
		{"the noun asked one word further on", six, terms("voyage"), true},
		{"another noun", six, terms("station"), false},
		{"a length not written before a noun", two, terms("station", "crew"), false},
		{"a count before the noun asked", plan, terms("plan"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fc := &a.c.Facts[tt.fact]
			assert.Equal(t, tt.want, a.modifiesAsked(fc, &fc.Values()[0], tt.terms))
		})
	}
}

func TestAgeOfSomeoneKnownByARole(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Berg, 45, said she had stayed on for her son, who has long been ill.\n")
	f.fact(art, "Berg, 45, said she had stayed on for her son, who has long been ill.", []int{berg}, num("45", "45"))
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the person asked", "how old is berg", "Ann Berg, 45"},
		{"someone known only as her son has no age here", "how old is berg's son", ""},
		{"the possessive typed without its apostrophe", "how old is bergs son", ""},
	})
}

func TestContactAskedFor(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The coast guard urged islanders to report missing boaters by calling 555-201-3344 or emailing tips@harbour.example.\n\n"+
			"Per Lund called the mayor on Monday.\n")
	f.fact(art, "The coast guard urged islanders to report missing boaters by calling 555-201-3344 or emailing tips@harbour.example.", nil)
	lund := f.person("Per Lund", []string{"Lund"})
	f.fact(art, "Per Lund called the mayor on Monday.", []int{lund})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"a number to call", "what number should people call to report a missing boater", "555-201-3344"},
		{"a phone number", "what is the phone number for reporting missing boaters", "555-201-3344"},
		{"an e-mail address", "what email address takes reports of missing boaters", "tips@harbour.example"},
	})
	assert.Equal(t, noContact, asksContact(Parse("who called the mayor")), "calling someone asks no number")
	assert.Equal(t, noContact, asksContact(Parse("how many boaters are missing")), "a count is no contact")
}

func TestMonthWithoutItsYearVotesWithTheDatedOne(t *testing.T) {
	years := yearsGiven([]candidate{
		{value: ptr(date("September", "2024-09"))},
		{value: ptr(date("on February 3", "2025-02-03"))},
		{value: ptr(date("in March", "2024-03"))},
		{value: ptr(date("in March", "2025-03"))},
	})
	tests := []struct{ name, norm, want string }{
		{"a month the dated articles give", "--09", "2024-09"},
		{"a day of such a month", "--02-14", "2025-02-14"},
		{"a month given with two years is left alone", "--03", "--03"},
		{"a month no one dates is left alone", "--07", "--07"},
		{"a full date is itself", "2023-09", "2023-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, withYear(tt.norm, years))
		})
	}
}

func TestEnglishWordIsNoSlipOfAName(t *testing.T) {
	f := newFixture(t)
	f.person("Dalton Rice", []string{"Rice"})
	f.person("Harbour Post", []string{"Post"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", "The new ferry will cost $2 million, the council said.\n")
	f.fact(art, "The new ferry will cost $2 million, the council said.", nil, money("$2 million", "2000000 USD"))
	a := f.build()
	got := a.Ask(context.Background(), "how much will the new ferry cost")
	require.True(t, got.Found, got.Suggestions)
	assert.Contains(t, got.Answer, "2 million")
	assert.True(t, englishWord("price"))
	assert.False(t, englishWord("ricce"), "a misspelt name stays a slip")
}

func ptr[T any](v T) *T { return &v }

func TestPlaceVisitedSetAgainstHomeTown(t *testing.T) {
	f := newFixture(t)
	dahl := f.person("Ann Dahl", []string{"Dahl"})
	f.person("Per Tromsa", []string{"Tromsa"}) // one slip from the town
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Dahl, a nurse from Bergen visiting Tromso on holiday, said she saw the ferry capsize.\n")
	f.fact(art, "Ann Dahl, a nurse from Bergen visiting Tromso on holiday, said she saw the ferry capsize.", []int{dahl})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the place visited, spelt as a name is not", "where was dahl on holiday", "Tromso"},
	})
}
