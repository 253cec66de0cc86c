package answer

import (
	"testing"

	"factdesk/corpus"
)

// "What did X say about Y" is answered from reported speech when none of
// X's quotations is about Y, and news reports speech in the past tense.
func TestSaidAnsweredFromReportedSpeechInThePast(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"}, "harbour chief")
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The ferry levy is unfair to island families, harbour chief Erik Lund said.\n"+
			"\"We will open the new quay in June,\" Lund said.\n")
	f.fact(art, "The ferry levy is unfair to island families, harbour chief Erik Lund said.", []int{lund})
	f.quote(art, "We will open the new quay in June,", lund)
	a := f.build()
	checkAsksBy(t, a, []askCase{
		{"said, an irregular past, reports speech", "what did lund say about the ferry levy", "The ferry levy is unfair to island families, harbour chief Erik Lund said."},
		{"his own words on another topic", "what did lund say about the new quay", "We will open the new quay in June,"},
	}, func(got corpus.Answer) string { return got.Quote })
}
