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
		{"a short phrase is no speech",
			"\u201cLost in an hour.\"\nThat's Anna Kowalska, who runs the camp by the river.",
			nil},
	})
}
