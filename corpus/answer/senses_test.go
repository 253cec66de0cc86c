package answer

import "testing"

// A question word may mean what the article says in a word of another of
// its senses, and a synonym's stem may be another word's: both decide
// whether a reporter gets an answer.
func TestAQuestionWordFindsItsRarerSensesOnly(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Valley Wire", "2025-06-02",
		"The county sent nine helicopters and four boats to search the Brenn valley.\n\n"+
			"A late goal earned Halden a place in the cup final.\n")
	f.fact(art, "The county sent nine helicopters and four boats to search the Brenn valley.", nil,
		num("nine", "9"), num("four", "4"))
	f.fact(art, "A late goal earned Halden a place in the cup final.", nil)
	a := f.build()
	checkAsks(t, a, []askCase{
		{"a rarer sense of the word counts what the article counts", "How many choppers did the county send to the valley?", "9 helicopters"},
		{"a noun's synonym does not find a verb sharing its stem", "What was Halden's salary in the cup final?", ""},
	})
}
