package quote_test

import "testing"

func TestSieveIssued(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"the paragraph before says who sent the document",
			"Weber sent a letter to the members on Friday, two days after the vote.\n\"We lost the vote, but we did not lose the argument, and we will be back.\"",
			[]traced{{"We lost the vote, but we did not lose the argument, and we will be back.", "Karl Weber", "issued"}}},
		{"a paragraph that sends nothing hands on nothing",
			"Weber left the hall on Friday, two days after the vote.\n\"We lost the vote, but we did not lose the argument, and we will be back.\"",
			nil},
		{"a short title opening the paragraph is no speech",
			"Weber sent a letter to the members on Friday.\n\"Forward Together\" was its heading, and the members read it twice.",
			nil},
	})
}
