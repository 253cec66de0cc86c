package answer

import "testing"

// A role the question asks for, written in apposition to its holder,
// names who holds it when no word of an action is in the sentence.
func TestARoleInAppositionNamesItsHolder(t *testing.T) {
	f := newFixture(t)
	venn := f.person("Oskar Venn", []string{"Venn"})
	marsh := f.person("Tilda Marsh", []string{"Marsh"})
	kvist := f.person("Anna Kvist", []string{"Kvist"})
	dahl := f.person("Per Dahl", []string{"Dahl"})
	art := f.article("a.txt", "Kelp Herald", "2026-03-04",
		"Oskar Venn spent his summers sailing with his closest friend at Harrow Tech, Tilda Marsh, before the yard closed.\n\n"+
			"The yard's last crane, a rusting hulk, was sold for scrap in May.\n")
	f.fact(art, "Oskar Venn spent his summers sailing with his closest friend at Harrow Tech, Tilda Marsh, before the yard closed.", []int{venn, marsh})
	other := f.article("b.txt", "Kelp Herald", "2026-03-05",
		"Following advice from harbour director Anna Kvist, Per Dahl dropped the winter ferry route.\n")
	f.fact(other, "Following advice from harbour director Anna Kvist, Per Dahl dropped the winter ferry route.", []int{kvist, dahl})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the name after the role and its comma", "who was Oskar Venn's closest friend at Harrow Tech", "Tilda Marsh"},
		{"a role the sentence does not give", "who was Oskar Venn's sailing coach at Harrow Tech", ""},
		{"a thing in apposition names no one", "who was the yard's last crane", ""},
		{"a name after a phrase put first holds no role of it", "who replaced Kvist as harbour director", ""},
	})
}
