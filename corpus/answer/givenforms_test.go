package answer

import (
	"testing"

	"factdesk/corpus"
)

// A given name typed in its other form ("Jim" for James, "Kate" for
// Katherine) names the person; a different given name is someone else.
func TestFamiliarGivenNames(t *testing.T) {
	f := newFixture(t)
	voss := f.person("James Vossberg", []string{"Vossberg"}, "harbour master")
	lind := f.person("Katherine Lindqvist", nil, "a city councillor")
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Harbour master James Vossberg said the cranes had failed twice. \"The cranes are not safe and the union knew it,\" Vossberg said.\n\n"+
			"Katherine Lindqvist, a city councillor, said the strike cost the town dearly.\n")
	f.quote(art, "The cranes are not safe and the union knew it,", voss)
	f.fact(art, "Harbour master James Vossberg said the cranes had failed twice.", []int{voss})
	f.fact(art, "Katherine Lindqvist, a city councillor, said the strike cost the town dearly.", []int{lind})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"a familiar form of the given name", "Who is Kate Lindqvist?", "Katherine Lindqvist — a city councillor"},
		{"another given name is someone else", "Who is Mary Lindqvist?", ""},
	})
	checkAsksBy(t, a, []askCase{
		{"what the person said, asked by the familiar form", "What did Jim Vossberg say about the cranes?", "James Vossberg"},
		{"a given name of another person", "What did Robert Vossberg say about the cranes?", ""},
	}, func(got corpus.Answer) string { return got.Speaker })
}
