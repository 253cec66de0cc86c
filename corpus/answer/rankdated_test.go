package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRankDatedByAClause: a place in a ranking asked with a clause that
// dates it ("when the coach was axed", "on the day he was let go") is
// the place the sentences give, though they say the dating event in
// other words or not at all; and each outlet that gives the same place,
// in whatever words it names the ranking, reports it.
func TestRankDatedByAClause(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Per Berg", []string{"Berg"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Halden parted company with coach Per Berg on Monday, with the club 14th in the Nordic League table.\n")
	a2 := f.article("b.txt", "Coast TV", "2025-05-02",
		"Halden, 14th in the league standings, let Berg go after five defeats in six games.\n")
	f.fact(a1, "Halden parted company with coach Per Berg on Monday, with the club 14th in the Nordic League table.", []int{berg})
	f.fact(a2, "Halden, 14th in the league standings, let Berg go after five defeats in six games.", []int{berg})
	a := f.build()
	for _, c := range []struct{ name, q string }{
		{"a clause of when", "league position when berg was axed"},
		{"on the day and a clause", "league position on the day berg was axed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := a.Ask(context.Background(), c.q)
			require.True(t, got.Found, got.Suggestions)
			assert.Contains(t, got.Answer, "14th in the")
			assert.Len(t, got.Sources, 2, "both outlets give the 14th place")
		})
	}
}

// TestOccasionOfATimePhrase: "on the day", "at the time" and a clause
// of their own date the event asked, as "after" and a clause do; a
// time phrase with no clause is the event's own words.
func TestOccasionOfATimePhrase(t *testing.T) {
	for _, c := range []struct{ name, q, want string }{
		{"on the day and a clause", "who took charge on the day berg was dismissed", "on the day berg was dismissed"},
		{"on the night and a clause", "who ran the port on the night the ferry was sold", "on the night the ferry was sold"},
		{"a time phrase with no clause", "who spoke on the day of the vote", ""},
		{"a ranking dated by when", "league position when berg was axed", "when berg was axed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, Parse(c.q).Frame().Occasion)
		})
	}
}

func TestSameRank(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       bool
	}{
		{"the ranking named otherwise", "14th in the Nordic League table", "14th in the league standings", true},
		{"another position", "14th in the Nordic League table", "12th in the Nordic League table", false},
		{"no word of the ranking shared", "14th in the Nordic League", "14th in the polls", false},
		{"no position", "the Nordic League table", "the Nordic League table", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, sameRank(c.a, c.b))
		})
	}
}
