package quote_test

import "testing"

func TestSieveBeforeUnknownSubject(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a subject no one resolves leaves the fragment to the sieves after",
			"Weber spoke to reporters after the talks. They noted that the plan was \"a fair start\" for both sides.",
			[]traced{{"a fair start", "Karl Weber", "fragment"}}},
		{"a description no one resolves, likewise",
			"Weber spoke to reporters after the talks. The head of the delegation noted that the plan was \"a fair start\" for both sides.",
			[]traced{{"a fair start", "Karl Weber", "fragment"}}},
		{"a capitalised word before a group's noun is no speaker, and a group is nobody to name",
			"The trade talks went on for a week. Weber spoke to reporters after them. Trade ministry officials said the plan was \"a fair start\" for both sides.",
			nil},
	})
}
