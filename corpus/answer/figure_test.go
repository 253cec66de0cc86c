package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFigureAsked: the noun a what-question, or words typed without a
// question form, asks a value by, where the parse read no value kind.
func TestFigureAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want figure
	}{
		{"whats the official turnout number at the Tarvik fair", figureCount},
		{"fee Brekke paid for the winger", figurePrice},
		{"score in the Holm cup final", figureCount},
		{"the Tarvik council race, Lund vs Berg numbers", figureCount},
		{"what is the harbour master's boat", noFigure},
		{"Lund's new boat", noFigure},
		{"when did the Tarvik fair open", noFigure},
	} {
		t.Run(c.q, func(t *testing.T) {
			assert.Equal(t, c.want, Parse(c.q).Figure)
		})
	}
}

// TestFigureIn: a line gives the figure asked when it writes a value of
// its kind; a year, a length or a number word of a name gives none.
func TestFigureIn(t *testing.T) {
	for _, c := range []struct {
		name string
		f    figure
		line string
		want bool
	}{
		{"a count", figureCount, "About 3,000 people came to the fair", true},
		{"a score", figureCount, "Brekke won the final 4-2 on Sunday", true},
		{"a number word", figureCount, "four boats sank off the point", true},
		{"no number", figureCount, "Brekke won the final on Sunday", false},
		{"a year only", figureCount, "The fair opened in 2019 on the quay", false},
		{"a length", figureCount, "the crowd only reached the 30-yard line", false},
		{"a number word of a name", figureCount, "the club sacked Anna ten Brink", false},
		{"money for a price", figurePrice, "the club paid $2 million for him", true},
		{"a count for a price", figurePrice, "the club has 14 pitches", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.f.in(c.line))
		})
	}
}

// TestFigureAskedByItsNoun: "the visitor number of the fair" is not
// answered by a sentence about the fair that gives no number; one that
// gives it answers, and with none the corpus does not answer.
func TestFigureAskedByItsNoun(t *testing.T) {
	const (
		none = "The final visitor number of the Tarvik harbour fair was disputed."
		some = "Police later put the final visitor count of the Tarvik harbour fair at 4,200, the number the organisers had hoped for."
	)
	const q = "what is the final visitor number of the tarvik harbour fair"
	f := newFixture(t)
	art := f.article("a.txt", "Fjord Wire", "2025-06-02", none+"\n"+some+"\n")
	f.fact(art, none, nil)
	f.fact(art, some, nil)
	got := f.build().Ask(context.Background(), q)
	assert.True(t, got.Found, got.Suggestions)
	assert.Contains(t, got.Answer, "4,200")

	g := newFixture(t)
	art = g.article("a.txt", "Fjord Wire", "2025-06-02", none+"\n")
	g.fact(art, none, nil)
	got = g.build().Ask(context.Background(), q)
	assert.False(t, got.Found, got.Answer)
}
