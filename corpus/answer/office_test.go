package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTakesAs: a verb whose phrase runs to "as" and an office asks who was
// put in that office, whatever the verb; "as" before anything else is not.
func TestTakesAs(t *testing.T) {
	for _, c := range []struct {
		q    string
		verb string
		want bool
	}{
		{"who did the club end up hiring as head coach", "hiring", true},
		{"who took over as foreign secretary", "took", true},
		{"who's filling in as harbour minister", "filling", true},
		{"who did they pick as interim manager", "pick", true},
		{"who did the council hire as a consultant on the bridge", "hire", true},
		{"who did the trust hire as its lasting successor", "hire", true},
		{"who spoke as the storm hit", "spoke", false},
		{"who paid as a result of the ruling", "paid", false},
		{"who did they hire for the bridge", "hire", false},
	} {
		t.Run(c.q, func(t *testing.T) {
			qu := Parse(c.q)
			i := -1
			for k, w := range qu.Words {
				if w.Fold == c.verb {
					i = k
				}
			}
			assert.GreaterOrEqual(t, i, 0)
			assert.Equal(t, c.want, qu.takesAs(i))
		})
	}
}

// TestPutInOfficeAnsweredByAppointment: "who did X end up hiring as ROLE"
// is answered by the sentence that says X appointed or named someone to
// it, though "hire" and "appoint" share no synset.
func TestPutInOfficeAnsweredByAppointment(t *testing.T) {
	f := newFixture(t)
	vale := f.person("Ivo Vale", []string{"Vale"})
	ruda := f.person("Tom Ruda", []string{"Ruda"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Rovers appointed Ivo Vale as first-team coach on Friday.\n"+
			"Tom Ruda had led training for two weeks after the sacking.\n")
	f.mentionAll(vale, art, "Ivo Vale")
	f.mentionAll(ruda, art, "Tom Ruda")
	f.fact(art, "Rovers appointed Ivo Vale as first-team coach on Friday.", []int{vale})
	f.fact(art, "Tom Ruda had led training for two weeks after the sacking.", []int{ruda})
	a := f.build()
	for _, q := range []string{
		"who did rovers wind up hiring as their permanent coach",
		"who did rovers pick as coach",
		"who did rovers hire as first-team replacement",
	} {
		got := a.Ask(context.Background(), q)
		assert.True(t, got.Found, q)
		assert.Contains(t, got.Answer, "Ivo Vale", q)
	}
}

// TestEndUpIsLight: "end up" before a verb says only the outcome; "end"
// alone is the event asked about.
func TestEndUpIsLight(t *testing.T) {
	qu := Parse("who did the club end up hiring")
	assert.True(t, qu.Light(4), "end")
	assert.True(t, qu.Light(5), "up")
	assert.False(t, qu.Light(6), "hiring")
	qu = Parse("when did the strike end")
	assert.False(t, qu.Light(4), "end")
	qu = Parse("how did the season end up")
	assert.False(t, qu.Light(4), "end without a verb after")
}
