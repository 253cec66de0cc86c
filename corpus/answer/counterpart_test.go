package answer

import (
	"testing"
)

func TestCounterpartIsWhomXDealtWith(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	nyg := f.person("Ola Nygaard", []string{"Nygaard"})
	voss := f.person("Clara Voss", []string{"Voss"})
	berg := f.person("Ann Berg", []string{"Berg"})
	kim := f.person("Kari Holm", []string{"Holm"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Union chief Erik Lund met on Monday with the ferry company's negotiator Ola Nygaard.\n\n"+
			"During the talks, Lund told his Swedish counterpart that he respected Clara Voss.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-02", "Port chief Ann Berg phoned her counterpart, Kari Holm, on Friday.\n")
	f.fact(a1, "Union chief Erik Lund met on Monday with the ferry company's negotiator Ola Nygaard.", []int{lund, nyg})
	f.fact(a1, "During the talks, Lund told his Swedish counterpart that he respected Clara Voss.", []int{lund, voss})
	f.fact(a2, "Port chief Ann Berg phoned her counterpart, Kari Holm, on Friday.", []int{berg, kim})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"named after the word", "Who is Berg's counterpart?", "Kari Holm"},
		{"unnamed there: whom X dealt with before, past a possessive", "who is Lund's counterpart", "Ola Nygaard"},
		{"with a nation's adjective", "Who was Lund's Swedish counterpart?", "Ola Nygaard"},
		{"the counterpart of someone else is not Voss's", "who is Voss's counterpart", ""},
	})
}
