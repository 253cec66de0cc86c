package answer

import (
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTakesOn: a verb of taking someone on for work (WordNet's "employ"
// and the verbs it is a synonym of) puts them in a post; other verbs do
// not.
func TestTakesOn(t *testing.T) {
	for _, c := range []struct {
		q, verb string
		want    bool
	}{
		{"when did rovers hire ivo vale", "hire", true},
		{"when was vale hired by rovers", "hired", true},
		{"who did the port employ as pilot", "employ", true},
		{"when did rovers sack ivo vale", "sack", false},
		{"when did rovers play the final", "play", false},
	} {
		qu := Parse(c.q)
		i := slices.IndexFunc(qu.Words, func(w Word) bool { return w.Fold == c.verb })
		assert.GreaterOrEqual(t, i, 0, c.q)
		assert.Equal(t, c.want, qu.takesOn(i), c.q)
	}
}

// TestHiredAnsweredByAppointment: "when did X hire Y" is answered by the
// date Y was appointed, though "hire" and "appoint" share no synset.
func TestHiredAnsweredByAppointment(t *testing.T) {
	f := newFixture(t)
	vale := f.person("Ivo Vale", []string{"Vale"})
	text := "Ivo Vale was appointed by Rovers in May 2021 and won the cup a year later."
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", text+"\n")
	f.mentionAll(vale, art, "Ivo Vale")
	f.fact(art, text, []int{vale}, date("May 2021", "2021-05"))
	a := f.build()
	for _, q := range []string{"when did rovers hire ivo vale", "when was vale hired by rovers"} {
		assert.Equal(t, "May 2021", a.Ask(context.Background(), q).Answer, q)
	}
}
