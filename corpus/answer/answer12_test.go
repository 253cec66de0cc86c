package answer

import (
	"testing"
)

// Whom someone did it to, told first by what they are and named after a
// comma that closes the clause.
func TestObjectNamedAfterDescription(t *testing.T) {
	f := newFixture(t)
	voss := f.person("Mira Voss", []string{"Voss"})
	holt := f.person("Mara Holt", []string{"Holt"})
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"On Monday Voss appointed the first Nordic woman to lead the pilots' guild, Mara Holt.\n\n"+
			"Lund rejected the harbour plan, Voss said on Tuesday.\n")
	f.fact(art, "On Monday Voss appointed the first Nordic woman to lead the pilots' guild, Mara Holt.", []int{voss, holt})
	f.fact(art, "Lund rejected the harbour plan, Voss said on Tuesday.", []int{lund, voss})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the name after the description", "who did voss appoint as the first woman to lead the guild", "Mara Holt"},
		{"a thing rejected, then who said so: not the object", "who did lund reject", ""},
	})
}
