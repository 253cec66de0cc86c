package quote_test

import "testing"

func TestSieveNameColon(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a name after a dash, then a colon",
			"Turnout rose in every district - Karl Weber: \"The count is the highest since the war.\"",
			[]traced{{"The count is the highest since the war.", "Karl Weber", "name-colon"}}},
		{"a name after from",
			"More from Anna Kowalska: \"Nobody expected the vote to be this close.\"",
			[]traced{{"Nobody expected the vote to be this close.", "Anna Kowalska", "name-colon"}}},
		{"a capitalised word nobody is does not speak",
			"The turnout was high - Update: \"Polls close at eight in the evening.\"",
			nil},
	})
}
