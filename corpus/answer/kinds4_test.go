package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

func money(text, norm string) corpus.Value {
	return corpus.Value{Kind: corpus.ValueMoney, Text: text, Norm: norm}
}

func TestWhereIsThePlaceOfTheEventsOwnClause(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-05",
		"Ann Berg held a news conference on Monday to explain the plan, noting that the inspectors, who trained at the Oslo academy, would return.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-05",
		"Port officials answered questions during a news conference Monday, May 5, at the Halden Harbour Office in Tromso.\n")
	a3 := f.article("c.txt", "Coast TV", "2025-05-06",
		"Erik Lund died in a Tromso hospital after the storm.\n"+
			"The survey drone was supposed to land in the U.K. hills.\n"+
			"Halden sat 14th in the Nordic League standings when the club sacked Ola Nygaard.\n")
	f.fact(a1, "Ann Berg held a news conference on Monday to explain the plan, noting that the inspectors, who trained at the Oslo academy, would return.", []int{berg})
	f.fact(a2, "Port officials answered questions during a news conference Monday, May 5, at the Halden Harbour Office in Tromso.", nil)
	f.fact(a3, "Erik Lund died in a Tromso hospital after the storm.", []int{lund})
	f.fact(a3, "The survey drone was supposed to land in the U.K. hills.", nil)
	f.fact(a3, "Halden sat 14th in the Nordic League standings when the club sacked Ola Nygaard.", nil)
	f.person("Ola Nygaard", []string{"Nygaard"})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the venue in the clause of the event, past an abbreviated date", "where was the news conference held", "the Halden Harbour Office"},
		{"a name before a place noun keeps it", "Where did Erik Lund die?", "a Tromso hospital"},
		{"initials and the place noun after them", "where was the survey drone supposed to land", "the U.K. hills"},
		{"a name describing another noun is no place", "where was Nygaard sacked", ""},
	})
}

func TestVenue(t *testing.T) {
	f := newFixture(t)
	f.person("Ann Berg", []string{"Berg"})
	tests := []struct {
		name, text string
		words      []string
		want       string
	}{
		{"a name after at", "The board met at the Halden Harbour Office on Friday.", []string{"met"}, "the Halden Harbour Office"},
		{"another clause's place", "The board met on Friday, noting that the inspectors, who trained in Oslo, were back.", []string{"met"}, ""},
		{"after a sentence's end", "The board met on Friday. Inspectors later flew to Oslo.", []string{"met"}, ""},
		{"after a colon", "The board met on Friday: inspectors later flew to Oslo.", []string{"met"}, ""},
		{"a noun describing another is no place", "The pilot died in an ambulance crash.", []string{"died"}, ""},
		{"a thing one is in", "The pilot died in an ambulance.", []string{"died"}, "an ambulance"},
		{"a time is no place", "The pilot died in the morning.", []string{"died"}, ""},
		{"whom one told is no place", "Berg told Reuters the port would close.", []string{"told"}, ""},
		{"a place one visits", "Berg will visit Tromso next week.", []string{"visit"}, "Tromso"},
		{"a place noun after a name", "The ferry docked in the Halden harbour.", []string{"docked"}, "the Halden harbour"},
		{"according to is a source", "The port closed, according to Reuters.", []string{"closed"}, ""},
		{"a headline capitalises every word", "Late On Friday, Berg Sent A Letter That Buried Lund Even Deeper.", []string{"buried"}, ""},
		{"a sentence's capitals name the place", "The storm surge buried the jetty at Halden even deeper.", []string{"buried"}, "Halden"},
	}
	var all []string
	for _, tt := range tests {
		all = append(all, tt.text)
	}
	// The texts are the corpus, so that the question's words are known.
	f.article("a.txt", "Harbour Wire", "2025-05-05", strings.Join(all, "\n")+"\n")
	a := f.build()
	groups := func(words ...string) []index.Group {
		var gs []index.Group
		for _, w := range words {
			gs = append(gs, a.expand(w))
		}
		return gs
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.venue(tt.text, groups(tt.words...), nil))
		})
	}
}

func TestGoingToIsTheFutureAndADenialAnswersNo(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg will not be attending the Halden port meeting on Friday.\n")
	f.fact(art, "Ann Berg will not be attending the Halden port meeting on Friday.", []int{berg}, rel("on Friday"))
	a := f.build()
	got := a.Ask(context.Background(), "Is Ann Berg going to be at the Halden port meeting?")
	require.True(t, got.Found)
	assert.True(t, strings.HasPrefix(got.Answer, "No —"), "answer %q", got.Answer)
}

func TestGoingTo(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Is Ann Berg going to be at the meeting?", true},
		{"is she going to resign", true},
		{"is Berg gonna resign", true},
		{"Is Ann Berg going to the meeting?", false},
		{"Is Ann Berg going to Tromso?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := Parse(tt.q)
			i := -1
			for k, w := range q.Words {
				if w.Fold == "going" || w.Fold == "gonna" {
					i = k
				}
			}
			require.GreaterOrEqual(t, i, 0)
			assert.Equal(t, tt.want, q.Light(i))
		})
	}
}

func TestHowLongIsAnsweredBySince(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The Lund family has owned the Halden ferry company since 1974.\n"+
			"The Halden ferry company has run the night route since 2001.\n")
	f.fact(art, "The Lund family has owned the Halden ferry company since 1974.", nil, date("1974", "1974"))
	f.fact(art, "The Halden ferry company has run the night route since 2001.", nil, date("2001", "2001"))
	a := f.build()
	checkAsks(t, a, []askCase{
		{"a start for something that goes on", "how long has the Lund family owned the Halden ferry company", "since 1974"},
		{"the start of what is asked, not of another thing", "how long has the Halden ferry company run the night route", "since 2001"},
		{"a start of something else is no answer", "how long has the Halden ferry company leased its boats", ""},
	})
}

func TestHowMuchIsTheAmountOfTheThingAsked(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg resigned as harbour chief on Monday.\n"+
			"The harbour chief had admitted she underpaid £4,000 in mooring tax on a £90,000 boat.\n")
	f.fact(art, "Ann Berg resigned as harbour chief on Monday.", []int{berg}, rel("on Monday"))
	f.fact(art, "The harbour chief had admitted she underpaid £4,000 in mooring tax on a £90,000 boat.", nil,
		money("£4,000", "GBP4000"), money("£90,000", "GBP90000"))
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the amount of the tax, by a pronoun for the one asked about", "how much mooring tax did Berg underpay", "£4,000"},
		{"the price of the thing asked", "how much was the boat", "£90,000"},
	})
}

func TestPronounStandsForTheOneNamedLast(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg resigned on Monday. Erik Lund's deputy said she would stay.\n"+
			"Erik Lund spoke later. The Deputy Harbour Chief said he paid £10.\n")
	one := f.fact(art, "Erik Lund's deputy said she would stay.", nil)
	two := f.fact(art, "The Deputy Harbour Chief said he paid £10.", nil)
	a := f.build()
	doc := func(ref int) index.Doc { return index.Doc{Kind: index.KindFact, Ref: int32(ref)} }
	m := func(id int) mention { return mention{Person: a.c.People[id]} }
	assert.True(t, a.pronounFor(doc(one), m(berg)), "a possessive owns; the one named before it is meant")
	assert.False(t, a.pronounFor(doc(one), m(lund)))
	assert.True(t, a.pronounFor(doc(two), m(lund)), "a title after 'the' describes; the name before it is meant")
}

func TestBecomeAnOfficeIsTakingIt(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Wire", "2025-11-02",
		"Erik Lund was let go as well; he had headed the Halden port authority since July 17, 2025.\n"+
			"Falling traffic led to the ouster of port director Ola Nygaard in 2023.\n")
	f.fact(art, "Erik Lund was let go as well; he had headed the Halden port authority since July 17, 2025.", []int{lund}, date("July 17, 2025", "2025-07-17"))
	f.fact(art, "Falling traffic led to the ouster of port director Ola Nygaard in 2023.", nil, date("2023", "2023"))
	f.person("Ola Nygaard", []string{"Nygaard"})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"headed from a day", "when did Lund become port director", "July 17, 2025"},
	})
	assert.True(t, Parse("when did Lund become port director").becomesOffice(3))
	assert.False(t, Parse("when did the river become dangerous").becomesOffice(4))
}

// FuzzPlaceReaders checks that the readers of places, amounts and dates
// after "since" never panic on any text and any spans.
func FuzzPlaceReaders(f *testing.F) {
	f.Add("Berg died in an ambulance, then in a Tromso hospital.", 0, 5)
	f.Add("landing in the U.K. hills, per the wire", 3, 9)
	f.Add("she underpaid £4,000 in tax on a £90,000 boat", 14, 20)
	f.Add("owned since 1974. A. B. C.", 13, 17)
	f.Add("U.", 0, 2)
	fx := newFixture(f)
	fx.person("Ann Berg", []string{"Berg"})
	fx.article("a.txt", "Harbour Wire", "2025-05-05", "Halden port.\n")
	a := fx.build()
	groups := []index.Group{a.expand("died"), a.expand("underpaid"), a.expand("owned")}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		_ = a.venue(text, groups, nil)
		toks := index.Words.Tokenize(text)
		for i := range toks {
			_ = initialism(text, toks, i)
			_ = commonPlace(text, toks, i, "a")
			_ = negatedBetween(text, toks, i-1, i+2)
		}
		// A fact's sentence is its article's text at its span.
		a.c.Articles[0].Text = text
		fact := &corpus.Fact{}
		fact.SetSpan(corpus.Span{End: len(text)})
		v := &corpus.Value{Kind: corpus.ValueMoney}
		v.SetSpan(corpus.Span{Start: start, End: end})
		_ = a.pricesOther(fact, v, groups)
		v.Kind = corpus.ValueDate
		_ = sinceDate(a.c, fact, v)
	})
}

func TestWhereTheLedeNamesTheOtherParty(t *testing.T) {
	f := newFixture(t)
	halden := f.person("Halden FK", []string{"Halden"})
	tromso := f.person("Tromso IL", []string{"Tromso"})
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Halden FK sacked coach Erik Lund on Monday.\n\n"+
			"But Lund won the Nordic Cup, beating Tromso IL in a tense final at Nordhavn last season, in a run he said he would cherish.\n")
	f.fact(art, "Halden FK sacked coach Erik Lund on Monday.", []int{halden, lund}, rel("on Monday"))
	f.fact(art, "But Lund won the Nordic Cup, beating Tromso IL in a tense final at Nordhavn last season, in a run he said he would cherish.", []int{lund, tromso})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the club the lede names, the place after the final", "Where did Halden beat Tromso in the Nordic Cup final?", "Nordhavn"},
		{"a place long before the word asked is another event's", "where was Lund told he had been sacked", ""},
	})
}

func TestHowManyOfAThingIsNoPrice(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg bought a £90,000 boat in Halden.\n")
	f.fact(art, "Ann Berg bought a £90,000 boat in Halden.", []int{berg}, money("£90,000", "GBP90000"))
	a := f.build()
	checkAsks(t, a, []askCase{
		{"a count of things is not what they cost", "how many cabins does Berg's boat have", ""},
		{"what it cost is still asked by how much", "how much was the boat Berg bought", "£90,000"},
	})
	v := money("£90,000", "GBP90000")
	for _, tc := range []struct {
		name, q string
		want    bool
	}{
		{"rooms are no money", "how many rooms does the boat have", false},
		{"people are no money", "how many sailors does the boat take", false},
		{"a currency is", "how many dollars did the boat cost", true},
		{"a large number is", "how many millions did the boat cost", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Parse(tc.q).accepts(&v))
		})
	}
}
