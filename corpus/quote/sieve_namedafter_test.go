package quote_test

import "testing"

func TestSieveNamedAfter(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a speech, then the paragraph that says whose it was",
			"\u201cWe lost the boats and the cabins in less than an hour.\"\nThat's Anna Kowalska, who runs the camp by the river.",
			[]traced{{"We lost the boats and the cabins in less than an hour.", "Anna Kowalska", "named-after"}}},
		{"a name that is nobody's the article knows",
			"\u201cWe lost the boats and the cabins in less than an hour.\"\nThat's Novak Lake, where the camp stood.",
			nil},
		{"a signature under the speech",
			"\"The border crossings were never busier than in the last week of May.\"\n- Karl Weber.",
			[]traced{{"The border crossings were never busier than in the last week of May.", "Karl Weber", "named-after"}}},
		{"a signature with a title and a note after a comma",
			"\"The border crossings were never busier than in the last week of May.\"\n-Minister Karl Weber, speaking after the vote.",
			[]traced{{"The border crossings were never busier than in the last week of May.", "Karl Weber", "named-after"}}},
		{"a dash opening a sentence is no signature",
			"\"The border crossings were never busier than in the last week of May.\"\n- Weber says the figures are wrong and will be checked.",
			nil},
		{"a short phrase is no speech",
			"\u201cLost in an hour.\"\nThat's Anna Kowalska, who runs the camp by the river.",
			nil},
	})
}
