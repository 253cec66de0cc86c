package answer

import (
	"context"
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
