package answer

import "testing"

// A noun of the question that the article never writes no longer turns
// an answer away by itself: it may be the asker's own word. The candidate
// is held back, proposed only when no other is, and the fitted score
// decides. A place the article never names still turns it away: a place
// is not said in other words.
func TestNounTheArticleNeverWrites(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The Nordby harbour board runs 12 ferries across the fjord, Erik Lund said.\n\n"+
			"Erik Lund took charge of the ferry company after the old director was suspended.\n")
	f.fact(art, "The Nordby harbour board runs 12 ferries across the fjord, Erik Lund said.", []int{lund}, num("12", "12"))
	f.fact(art, "Erik Lund took charge of the ferry company after the old director was suspended.", []int{lund})
	// The corpus knows the nouns asked, from another article: a word it
	// never writes anywhere says nothing of this one.
	other := f.article("b.txt", "Fjord Post", "2025-05-03", "Commuters in Norway wait for spring.\n")
	f.fact(other, "Commuters in Norway wait for spring.", nil)
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the asker's own noun", "how many ferries does the nordby harbour board run for commuters", "12 ferries"},
		{"every noun written", "how many ferries does the nordby harbour board run", "12 ferries"},
		{"a place the article never names", "how many ferries does the nordby harbour board run in norway", ""},
	})
}
