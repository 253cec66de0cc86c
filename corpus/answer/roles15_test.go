package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A role typed with a doubled letter on the wrong one, or one slip away,
// still finds who holds it; a word the corpus holds is not read as another.
func TestRoleTypedWithASlip(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"}, "Halden Harbour Bailiff")
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Halden Harbour Bailiff Ann Berg closed the coast road on Friday.\n")
	f.fact(art, "Halden Harbour Bailiff Ann Berg closed the coast road on Friday.", []int{berg})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"a doubled letter misplaced", "who's the halden harbour baillif", "Ann Berg — Halden Harbour Bailiff"},
		{"one letter short", "who is the halden harbour bailif", "Ann Berg — Halden Harbour Bailiff"},
	})
}

func TestUndoubled(t *testing.T) {
	for in, want := range map[string]string{"baillif": "bailif", "bailiff": "bailif", "committee": "comite", "a": "a", "": ""} {
		assert.Equal(t, want, undoubled(in), in)
	}
}
