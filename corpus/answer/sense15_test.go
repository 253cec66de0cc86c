package answer

import "testing"

// A noun the corpus never writes is read in whichever of its WordNet
// senses the corpus does write: an eggbeater is also a helicopter, though
// WordNet lists the kitchen tool first.
func TestCountedThingInAnotherSense(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"The coast guard sent 6 helicopters and 40 volunteers to the Halden reef on Friday.\n")
	f.fact(art, "The coast guard sent 6 helicopters and 40 volunteers to the Halden reef on Friday.", nil,
		num("6", "6"), num("40", "40"))
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the sense the corpus writes", "how many eggbeaters did the coast guard send to the reef", "6 helicopters"},
		{"a word in no sense the corpus writes", "how many kettles did the coast guard send to the reef", ""},
	})
}
