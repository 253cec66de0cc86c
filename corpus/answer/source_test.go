package answer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSourcesHoldEveryArticleThatPrintsTheQuotation(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"}, "port authority chief")
	lund := f.person("Erik Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Port chief Ann Berg said the union had \"bargained in good faith and with a clear commitment to the harbour\".\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-02",
		"The dockers were found to have bargained \"in good faith and with a clear commitment to the harbour\".\n")
	a3 := f.article("c.txt", "Coast TV", "2025-05-03",
		"\"In good faith and with a clear commitment to the harbour,\" Erik Lund said of his members.\n")
	a4 := f.article("d.txt", "Fjord News", "2025-05-03",
		"Lund said the dockers acted in good faith throughout the talks.\n")
	f.quote(a1, "bargained in good faith and with a clear commitment to the harbour", berg)
	f.quote(a3, "In good faith and with a clear commitment to the harbour,", lund)
	f.fact(a4, "Lund said the dockers acted in good faith throughout the talks.", []int{lund})
	_ = a2
	a := f.build()
	tests := []struct {
		name, q string
		want    []string
	}{
		{"an unattributed sentence and a quotation given to another speaker print the same words",
			"What did Ann Berg say about the union?", []string{"a.txt", "b.txt", "c.txt"}},
		{"a fragment of the same words", "who said a clear commitment to the harbour", []string{"a.txt", "b.txt", "c.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found)
			assert.ElementsMatch(t, tt.want, files(got.Sources), "four words in a row are not the quotation (d.txt)")
		})
	}
}

func TestLongestRun(t *testing.T) {
	tests := []struct {
		name string
		x, y []string
		want []string
	}{
		{"the longest of two runs", []string{"a", "b", "c", "d", "e"}, []string{"b", "c", "x", "c", "d", "e"}, []string{"c", "d", "e"}},
		{"nothing shared", []string{"a"}, []string{"b"}, []string{}},
		{"empty", nil, []string{"b"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := longestRun(tt.x, tt.y)
			assert.Equal(t, len(tt.want), len(got))
			if len(tt.want) > 0 {
				assert.Equal(t, tt.want, got)
			}
		})
	}
}

func TestWhereListsEveryArticleThatPutsTheThingThere(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02", "Erik Lund admitted the warehouse he leased in Halden was never inspected.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-02", "Inspectors sealed Lund's warehouse in Halden.\n")
	a3 := f.article("c.txt", "Coast TV", "2025-05-03", "Lund's brother runs a bakery in Halden.\n")
	a4 := f.article("d.txt", "Fjord News", "2025-05-03", "Lund said the warehouse is near the ferry pier.\n")
	f.fact(a1, "Erik Lund admitted the warehouse he leased in Halden was never inspected.", []int{lund})
	_, _, _ = a2, a3, a4
	a := f.build()
	got := a.Ask(context.Background(), "Where is the warehouse Lund leased?")
	require.True(t, got.Found)
	assert.Equal(t, "Halden", got.Answer)
	assert.ElementsMatch(t, []string{"a.txt", "b.txt"}, files(got.Sources), "the same place of the same thing; not another thing there (c.txt), nor the thing without the place (d.txt)")
}

func TestADateOfAnUnnamedEventListsItsOtherWordings(t *testing.T) {
	f := newFixture(t)
	a1 := f.article("a.txt", "Harbour Wire", "2025-09-02", "The inspector found she had not paid the full fee on a cabin she bought in June.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-09-02", "The fee she owed dates from the purchase in June.\n")
	a3 := f.article("c.txt", "Coast TV", "2025-09-03", "The cabin was painted in June.\n")
	f.fact(a1, "The inspector found she had not paid the full fee on a cabin she bought in June.", nil, date("June", "2025-06"))
	f.fact(a2, "The fee she owed dates from the purchase in June.", nil, date("June", "--06"))
	f.fact(a3, "The cabin was painted in June.", nil, date("June", "2025-06"))
	a := f.build()
	got := a.Ask(context.Background(), "When did she buy the cabin?")
	require.True(t, got.Found)
	assert.Equal(t, "a.txt", got.File)
	assert.ElementsMatch(t, []string{"a.txt", "b.txt"}, files(got.Sources), "a purchase is a buying; a painting in the same month is not")
}

// A quotation of common words alone is not searched for by its words (that
// would score every document of the rarest, more as the archive grows):
// its opening and closing runs, found as phrases, still find the other
// outlets that print it, and a sentence with the same words in another
// order is not one of them.
func TestReprintsOfCommonWordsAreFoundAsPhrases(t *testing.T) {
	f := newFixture(t)
	holt := f.person("Lena Holt", []string{"Holt"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"\"We will not give up the fight now, not after all this time,\" Lena Holt said.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-02",
		"The union leader told members that we will not give up the fight now.\n")
	a3 := f.article("c.txt", "Coast TV", "2025-05-03",
		"Holt said it again: the fight now, not after all this time, is what counts.\n")
	f.quote(a1, "We will not give up the fight now, not after all this time,", holt)
	f.fact(a2, "The union leader told members that we will not give up the fight now.", nil)
	f.fact(a3, "Holt said it again: the fight now, not after all this time, is what counts.", []int{holt})
	const filler = "Now and then they give a little, up to a point, and the fight after this will take time, not all of it.\n"
	for i := range 300 {
		art := f.article(fmt.Sprintf("f%03d.txt", i), "Filler Daily", "2025-04-01", filler)
		f.fact(art, strings.TrimSpace(filler), nil)
	}
	a := f.build()
	words := a.idx.Analyze("we will not give up the fight now, not after all this time")
	require.True(t, a.idx.Broad(words), "every word of the quotation is common in this corpus")

	got := a.WhoSaid(context.Background(), "we will not give up the fight")
	require.True(t, got.Found)
	assert.Equal(t, "Lena Holt", got.Speaker)
	assert.ElementsMatch(t, []string{"a.txt", "b.txt", "c.txt"}, files(got.Sources),
		"b.txt prints the opening run, c.txt the closing one; no filler article holds either")
}

// An answer that is a sentence is reported by the other outlets that say
// the same thing in a sentence of their own: the question's action beside
// the same answering word. A sentence with the action alone, or the word
// alone, or about another boat than the one a named person's question
// asks about, is not a source.
func TestASentenceAnswerListsTheOutletsThatSayTheSame(t *testing.T) {
	tests := []struct {
		name     string
		articles [][4]string // file, outlet, published, text
		fact     string      // the first article's sentence, a fact (of Lund when named)
		named    bool
		q        string
		want     []string
	}{
		{"the action beside the answering word in each outlet's own sentence",
			[][4]string{
				{"a.txt", "Harbour Wire", "2025-05-02", "The ferry Nordlys has been dogged by rudder faults and diesel leaks since March.\n"},
				{"b.txt", "Nordic Post", "2025-05-03", "Repairs followed a string of rudder faults and diesel leaks on the vessel.\n"},
				{"c.txt", "Coast TV", "2025-05-03", "Engineers traced several leaks in the hull of a tanker moored nearby.\n"},
				{"d.txt", "Fjord News", "2025-05-04", "The diesel tanks of the ferry were refilled at Tromvik.\n"},
			},
			"The ferry Nordlys has been dogged by rudder faults and diesel leaks since March.", false,
			"What was leaking aboard the ferry?", []string{"a.txt", "b.txt"}},
		{"a named person's boat: an outlet that never names them reports another boat",
			[][4]string{
				{"a.txt", "Harbour Wire", "2025-05-02", "Erik Lund's trawler has been plagued by pump failures and diesel leaks all season.\n"},
				{"b.txt", "Nordic Post", "2025-05-03", "Lund's crew logged pump failures and diesel leaks before the storm.\n"},
				{"c.txt", "Coast TV", "2025-05-03", "Another trawler from Tromvik suffered diesel leaks last winter.\n"},
			},
			"Erik Lund's trawler has been plagued by pump failures and diesel leaks all season.", true,
			"What was leaking on Lund's trawler?", []string{"a.txt", "b.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			var people []int
			if tt.named {
				people = []int{f.person("Erik Lund", []string{"Lund"})}
			}
			first := -1
			for _, ar := range tt.articles {
				id := f.article(ar[0], ar[1], ar[2], ar[3])
				if first < 0 {
					first = id
				}
			}
			f.fact(first, tt.fact, people)
			a := f.build()
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found)
			assert.Equal(t, "a.txt", got.File)
			assert.ElementsMatch(t, tt.want, files(got.Sources))
		})
	}
}
