package quote_test

import "testing"

func TestSieveBeforeGroup(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a capitalised word before a group's noun is no speaker, and a group is nobody to name",
			"The trade talks went on for a week. Weber spoke to reporters after them. Trade ministry officials said the plan was \"a fair start\" for both sides.",
			nil},
	})
}
