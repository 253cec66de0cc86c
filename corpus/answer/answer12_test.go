package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
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

// "which harbour board ruled": the kind asked is the compound's head; the
// party is a name that a relative clause makes the one who ruled, and a
// description that only repeats the kind names no one.
func TestWhichCompoundKind(t *testing.T) {
	f := newFixture(t)
	voss := f.person("Mira Voss", []string{"Voss"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Voss won early approval from the Nordby Harbour Board, which decided that her ferry licence was valid.\n\n"+
			"The inspector ruled that the quay must close for repairs.\n")
	f.fact(art, "Voss won early approval from the Nordby Harbour Board, which decided that her ferry licence was valid.", []int{voss})
	f.fact(art, "The inspector ruled that the quay must close for repairs.", nil)
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the head of the compound is the kind", "which harbour board decided voss's ferry licence was valid", "Nordby Harbour Board"},
		{"the kind repeated is no answer", "which port inspector ruled the quay must close", ""},
	})
}

func TestWhichKindIsTheCompoundHead(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"which harbour board decided it", "board"},
		{"which outlet published it", "outlet"},
		{"which award did lund win", "award"}, // "which state": a place, asked as where (beside14_test.go)
	} {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, Parse(tt.q).Type)
		})
	}
}
