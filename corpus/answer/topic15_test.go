package answer

import "testing"

// Among one speaker's quotations, the one whose own words speak of the
// topic answers before one that only stands in an article about it.
func TestSpeakerQuotationInItsOwnWords(t *testing.T) {
	f := newFixture(t)
	voss := f.person("Mira Voss", []string{"Voss"}, "pilots' guild leader")
	a1 := f.article("a.txt", "Coast Post", "2025-03-04",
		"The pilots' strike at Halden entered its second week.\n\n"+
			"\"We will not sail until the pay offer is fair,\" guild leader Mira Voss said.\n\n"+
			"Voss also spoke of the new tugs. \"The tugs are a danger to every pilot, and nobody tested them,\" she said.\n")
	a2 := f.article("b.txt", "Harbour Daily", "2025-03-05",
		"The row over the new tugs at Halden deepened on Tuesday.\n\n"+
			"Asked about the tugs, Mira Voss repeated her demand. \"We will not sail until the pay offer is fair,\" she said.\n\n"+
			"The port said the tugs were safe.\n")
	q1 := f.quote(a1, "We will not sail until the pay offer is fair,", voss)
	f.quote(a1, "The tugs are a danger to every pilot, and nobody tested them,", voss)
	q3 := f.quote(a2, "We will not sail until the pay offer is fair,", voss)
	f.sameQuote(q1, q3)
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the quotation that speaks of the tugs", "What did Voss say about tug safety?",
			"Mira Voss: The tugs are a danger to every pilot, and nobody tested them"},
	})
}
