package answer

import (
	"context"
	"testing"

	"factdesk/corpus"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A side's position in a ranking is reported by every outlet that states
// the same position in the same ranking, however it names the ranking
// and whether or not its sentence repeats the occasion asked about.
// Another position, another ranking, or the same position in a past
// season is not a source.
func TestAPositionInARankingListsEveryOutletThatStatesIt(t *testing.T) {
	arts := [][4]string{
		{"a.txt", "Harbour Wire", "2025-10-28", "Coach Ann Berg was dismissed with the Gulls 9th in the Nordic League table.\n"},
		{"b.txt", "Nordic Post", "2025-10-28", "The Gulls, stuck at 9th in the league standings, have lost four of nine games.\n"},
		{"c.txt", "Coast TV", "2025-10-29", "Berg leaves the Gulls 9th in the Nordic League, with three wins from nine.\n"},
		{"d.txt", "Fjord News", "2025-10-29", "The Gulls were 4th in the Nordic League when Berg was hired.\n"},
		{"e.txt", "Tromvik Daily", "2025-10-29", "The Gulls sit 9th in the Coastal Cup group after a draw with Berg's old side.\n"},
		{"f.txt", "Sound Herald", "2025-10-30", "Berg's Gulls had finished 9th in the Nordic League last season.\n"},
	}
	tests := []struct {
		name, q string
	}{
		{"the position asked by its noun", "the gulls league position the day berg was dismissed"},
		{"where the side stood", "where did the gulls stand in the league when berg was dismissed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			berg := f.person("Ann Berg", []string{"Berg"}, "coach")
			for _, ar := range arts {
				id := f.article(ar[0], ar[1], ar[2], ar[3])
				f.fact(id, ar[3][:len(ar[3])-1], []int{berg})
			}
			a := f.build()
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found)
			assert.Contains(t, got.Answer, "9th in the")
			assert.ElementsMatch(t, []string{"a.txt", "b.txt", "c.txt"}, files(got.Sources),
				"not another position (d.txt), another ranking (e.txt) or a past season (f.txt)")
		})
	}
}

// A who question answered by a person's full name is reported by every
// outlet that names the person beside one of the question's words, in a
// sentence of its own. A sentence that names the person for something
// else, or only beside a company the question names, is not a source.
func TestAPersonAnsweredListsEveryOutletThatNamesThemForIt(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02", "Erik Lund has taken over from Ann Berg as harbour master after her resignation.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-02", "The council appointed Erik Lund as the new harbour master on Monday. Ann Berg left last week.\n")
	a3 := f.article("c.txt", "Coast TV", "2025-05-03", "Erik Lund opened a bakery near the Tromvik Ferries office. Ann Berg cut the ribbon.\n")
	a4 := f.article("d.txt", "Fjord News", "2025-05-03", "Erik Lund thanked Tromvik Ferries staff. Ann Berg was not there.\n")
	f.fact(a1, "Erik Lund has taken over from Ann Berg as harbour master after her resignation.", []int{lund, berg})
	f.fact(a2, "The council appointed Erik Lund as the new harbour master on Monday.", []int{lund})
	f.fact(a3, "Erik Lund opened a bakery near the Tromvik Ferries office.", []int{lund})
	f.fact(a4, "Erik Lund thanked Tromvik Ferries staff.", []int{lund})
	a := f.build()
	got := a.Ask(context.Background(), "who took over from berg as harbour master")
	require.True(t, got.Found)
	assert.Equal(t, "Erik Lund", got.Answer)
	assert.ElementsMatch(t, []string{"a.txt", "b.txt"}, files(got.Sources), "c.txt and d.txt name him for something else")
}

func TestRankIn(t *testing.T) {
	a := newFixture(t).build()
	terms := map[string]bool{a.stemOf("league"): true, a.stemOf("position"): true}
	tests := []struct {
		name, line, want string
	}{
		{"a position alone", "9th in the Nordic League table", "9th in the Nordic League table"},
		{"a position in a sentence, in a ranking asked", "The Gulls, stuck at 9th in the league standings, lost again", "9th in the league standings"},
		{"a position in a ranking not asked", "He plans to finish third in Halden and first in Tromvik", ""},
		{"no position", "The Gulls lost again", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.rankIn(tt.line, terms))
		})
	}
}

func TestIsPersonName(t *testing.T) {
	f := newFixture(t)
	f.person("Erik Lund", []string{"Lund"})
	org := f.person("Tromvik Ferries", nil)
	f.c.People[org].Kind = corpus.KindOrg
	f.person("Boreal", nil)
	a := f.build()
	tests := []struct {
		name, line string
		want       bool
	}{
		{"a person's full name", "Erik Lund", true},
		{"a surname alone may be anyone's", "Lund", false},
		{"a company", "Tromvik Ferries", false},
		{"a one-word name the tables hold as a speaker", "Boreal", false},
		{"no one's name", "Ann Berg", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.isPersonName(tt.line))
		})
	}
}
