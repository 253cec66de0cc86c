package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAPostTypedShortAndItsFormerHolder: a post typed by its initials
// ("dep gm" is not, "deputy pm" is) matches the post written out, and a
// person the question names after the post ("after Vale quit") held it
// before and is not the one asked for.
func TestAPostTypedShortAndItsFormerHolder(t *testing.T) {
	f := newFixture(t)
	vale := f.person("Ines Vale", []string{"Vale"})
	orr := f.person("Tomas Orr", []string{"Orr"})
	art := f.article("a.txt", "Fjord Courier", "2026-02-11",
		"Ines Vale resigned as deputy PM on Monday after a row over her expenses.\n"+
			"Tomas Orr has replaced Ms Vale as the new Deputy Prime Minister, the palace said.\n")
	f.mentionAll(vale, art, "Ines Vale")
	f.mentionAll(vale, art, "Vale")
	f.mentionAll(orr, art, "Tomas Orr")
	f.fact(art, "Ines Vale resigned as deputy PM on Monday after a row over her expenses.", []int{vale})
	f.fact(art, "Tomas Orr has replaced Ms Vale as the new Deputy Prime Minister, the palace said.", []int{orr, vale})
	a := f.build()
	for _, c := range []struct{ name, q, want string }{
		{"who got the post, its former holder named after it", "who got deputy pm when vale left", "Tomas Orr"},
		{"who is the new holder, its former holder named after it", "who's the deputy pm since vale quit", "Tomas Orr"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := a.whoIs(context.Background(), Parse(c.q))
			if assert.NotNil(t, p) {
				assert.Equal(t, c.want, p.Name)
			}
		})
	}
}

// TestInitials: the letters a short word spells a post with.
func TestInitials(t *testing.T) {
	assert.Equal(t, "pm", initials([]string{"Prime", "Minister"}))
	assert.Equal(t, "", initials([]string{"minister"}))
}

// TestARoleWithWhatTheOneMeantIsToDo: "the favourite to follow X" is
// the role "favourite", the infinitive after it says what its holder is
// expected to do; a noun WordNet knows only hyphenated ("front-runner")
// finds its synonyms when typed as one word.
func TestARoleWithWhatTheOneMeantIsToDo(t *testing.T) {
	f := newFixture(t)
	soll := f.person("Mira Soll", []string{"Soll"})
	pohl := f.person("Ansgar Pohl", []string{"Pohl"})
	art := f.article("a.txt", "Tarnby Post", "2026-04-02",
		"Mira Soll is tipped as the clear favourite to follow Ansgar Pohl at the rowing club.\n"+
			"Ansgar Pohl was dismissed on Monday after a poor season.\n")
	f.mentionAll(soll, art, "Mira Soll")
	f.mentionAll(pohl, art, "Ansgar Pohl")
	f.fact(art, "Mira Soll is tipped as the clear favourite to follow Ansgar Pohl at the rowing club.", []int{soll, pohl})
	f.fact(art, "Ansgar Pohl was dismissed on Monday after a poor season.", []int{pohl})
	a := f.build()
	for _, c := range []struct{ name, q string }{
		{"the role before an infinitive", "who is the clear favourite to follow pohl at the club"},
		{"a synonym WordNet writes with a hyphen", "who is the clear frontrunner to follow pohl at the club"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := a.whoIs(context.Background(), Parse(c.q))
			if assert.NotNil(t, p) {
				assert.Equal(t, "Mira Soll", p.Name)
			}
		})
	}
	assert.Equal(t, "front-runner", hyphened("frontrunner"))
	assert.Equal(t, "minister", hyphened("minister"))
}
