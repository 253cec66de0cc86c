package answer

import (
	"testing"

	"factdesk/corpus"
)

func pct(text, norm string) corpus.Value {
	return corpus.Value{Kind: corpus.ValuePercent, Text: text, Norm: norm}
}

// TestHowMuchDidItRise: "how much" of something that rises or falls asks
// for its measure, even when a noun follows the number ("5 feet higher").
func TestHowMuchDidItRise(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The Halden river climbed 4 feet within two hours, the gauge showed.\n"+
			"The storm cut power to 900 homes on the coast.\n")
	f.fact(art, "The Halden river climbed 4 feet within two hours, the gauge showed.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "4", Norm: "4", Unit: corpus.UnitOf("feet")}, dur("two hours", "PT2H"))
	f.fact(art, "The storm cut power to 900 homes on the coast.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "900", Norm: "900", Unit: corpus.UnitOf("home")})
	checkAsks(t, f.build(), []askCase{
		{"a measure, with its unit", "how much did the Halden river rise in two hours", "4 feet"},
		{"a count of things still answers how many", "how many homes did the storm cut power to", "900 homes"},
	})
}

// TestWhatShareOf: "what percentage of X" asks for a percentage, and of
// the several a poll gives in one sentence, the one of X.
func TestWhatShareOf(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"In the harbour poll, 41% of residents backed the ferry levy, including 70% of islanders and 12% of landlords.\n"+
			"The levy would raise $2 million a year for 3 ferries.\n")
	f.fact(art, "In the harbour poll, 41% of residents backed the ferry levy, including 70% of islanders and 12% of landlords.", nil,
		pct("41%", "41"), pct("70%", "70"), pct("12%", "12"))
	f.fact(art, "The levy would raise $2 million a year for 3 ferries.", nil, money("$2 million", "2000000 USD"), num("3", "3"))
	checkAsks(t, f.build(), []askCase{
		{"the share of the whole asked", "what percentage of residents backed the ferry levy", "41%"},
		{"another whole of the same sentence", "what share of landlords backed the ferry levy", "12%"},
		{"percent, as one word", "what percent of islanders backed the levy", "70%"},
		{"no percentage of it written", "what percentage of the ferries does the levy pay for", ""},
	})
}

// TestWhoTookTheRole: "who took over as X" is answered by the person
// described with X, not by the one the question names as leaving it.
func TestWhoTookTheRole(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	dahl := f.person("Sven Dahl", []string{"Dahl"})
	a := f.article("a.txt", "Harbour News", "2025-05-02",
		"Harbour master Sven Dahl was dismissed on Monday.\n"+
			"Kari Holm will lead the port as acting harbour master until a successor is found.\n")
	f.mention(dahl, a, "Sven Dahl")
	f.mention(holm, a, "Kari Holm")
	checkAsks(t, f.build(), []askCase{
		{"took over as", "who took over as acting harbour master after Dahl was dismissed", "Kari Holm"},
		{"stepped in as", "who stepped in as acting harbour master", "Kari Holm"},
		{"a role nobody took", "who took over as lighthouse keeper", ""},
	})
}

// TestHowOldOfTheOneAskedAbout: the age of the person the question opens
// with, though it names others; and a name after "the 61-year-old" read
// whole, small words and possessive too.
func TestHowOldOfTheOneAskedAbout(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	vik := f.person("Per van Vik", []string{"van Vik", "Vik"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg, 52, told Erik Lund on Monday that she would resign as port chief.\n"+
			"The 61-year-old Per van Vik's contract ran out in May.\n")
	f.mention(berg, a1, "Ann Berg")
	f.mention(lund, a1, "Erik Lund")
	f.mention(vik, a1, "Per van Vik")
	f.fact(a1, "Ann Berg, 52, told Erik Lund on Monday that she would resign as port chief.", []int{berg, lund}, num("52", "52"))
	f.fact(a1, "The 61-year-old Per van Vik's contract ran out in May.", []int{vik}, corpus.Value{Kind: corpus.ValueNumber, Text: "61-year-old", Norm: "61", Unit: corpus.UnitOf("year old")})
	checkAsks(t, f.build(), []askCase{
		{"the one named first, when the question names two", "how old was Ann Berg when she told Erik Lund she would resign", "Ann Berg, 52"},
		{"the n-year-old before a name with a small word and a possessive", "how old is Per van Vik", "Per van Vik, 61"},
		{"no age of the other one", "how old is Erik Lund", ""},
	})
}
