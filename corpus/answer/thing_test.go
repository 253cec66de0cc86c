package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestThingKind: "which flight", "which bill" ask for a thing's name;
// "which team", "which board", "which state" ask for a party or a place.
func TestThingKind(t *testing.T) {
	for w, want := range map[string]bool{
		"flight": true, "mission": true, "bill": true, "interview": true, "capsule": true, "trip": true,
		"team": false, "board": false, "state": false, "company": false, "paper": false, "senator": false, "": false,
	} {
		assert.Equal(t, want, thingKind(w), w)
	}
}

// TestNamedThing: the name a sentence gives the thing asked, with a word
// the question does not give; not a person's, and not a capital that
// only opens the sentence.
func TestNamedThing(t *testing.T) {
	f := newFixture(t)
	f.person("Ann Berg", []string{"Berg"})
	a := f.build()
	qu := Parse("which vostra flight brings Berg and the Lynx crew home")
	asked, which := askedWords(qu), kindModifiers(qu)
	for _, c := range []struct{ text, kind, want string }{
		{"NASA chose to bring the crew home via Vostra’s Kestrel-4 mission instead, in February.", "flight", "Vostra’s Kestrel-4 mission"},
		{"Two NASA astronauts will wait for the Kestrel-4 flight.", "flight", "Kestrel-4"},
		{"Ann Berg will fly home in February.", "flight", ""},
		{"NASA astronauts will fly home in February.", "flight", ""},
	} {
		got, ok := a.namedThing(c.text, c.kind, asked, which)
		assert.Equal(t, c.want, got, c.text)
		assert.Equal(t, c.want != "", ok, c.text)
	}
}

// TestWhichThingAnsweredByItsName: "which X flight" is answered by the
// flight's name, not by a person in the sentence.
func TestWhichThingAnsweredByItsName(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Space Wire", "2025-05-02",
		"Ann Berg and Per Holm will return to Earth in February aboard the Vostra Kestrel-4 flight, NASA said.\n")
	f.mentionAll(berg, art, "Ann Berg")
	f.fact(art, "Ann Berg and Per Holm will return to Earth in February aboard the Vostra Kestrel-4 flight, NASA said.", []int{berg})
	a := f.build()
	got := a.Ask(context.Background(), "which vostra flight will berg return to earth on")
	assert.Contains(t, got.Answer, "Kestrel-4")
}

// TestNamedThingOfTheKindAsked: the thing's name holds the words the
// question writes before the kind ("vostra" of "which vostra flight"),
// not its other words ("lynx" of "the lynx crew"), which name other
// things; a numbered name the people tables took for a person's is a
// thing's.
func TestNamedThingOfTheKindAsked(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"the craft that carried them up is not the flight home",
			"The crew that flew up on the Orbis Lynx will come home on Vostra’s Kestrel-4 mission.", "Vostra’s Kestrel-4 mission"},
		{"only the craft that carried them up",
			"The crew that flew up on the Orbis Lynx will come home in February.", ""},
		{"a numbered name taken for a person's",
			"The crew will come home on the Vostra Kestrel-4 in February.", "Vostra Kestrel-4"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			f.person("Vostra Kestrel-4", []string{"Kestrel-4"})
			a := f.build()
			qu := Parse("which vostra flight brings the lynx crew home")
			got, ok := a.namedThing(c.text, qu.Type, askedWords(qu), kindModifiers(qu))
			assert.Equal(t, c.want, got)
			assert.Equal(t, c.want != "", ok)
		})
	}
}

// TestThingCore: what another outlet writes of a thing's name: without
// the noun after it and the words that only say which of the kind.
func TestThingCore(t *testing.T) {
	which := kindModifiers(Parse("which vostra flight brings them home"))
	for _, c := range []struct{ name, want string }{
		{"Vostra’s Kestrel-4 mission", "Kestrel-4"},
		{"Vostra Kestrel-4", "Kestrel-4"},
		{"Kestrel-4", "Kestrel-4"},
		{"Orbis Lynx", "Orbis Lynx"},
	} {
		assert.Equal(t, c.want, thingCore(c.name, which), c.name)
	}
}
