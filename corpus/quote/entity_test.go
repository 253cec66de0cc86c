package quote_test

import "testing"

// Entity types in attribution: only people and organisations speak, an
// outlet after "told" is who was told, a quoted title of a work is no
// quotation.
func TestEntityTypes(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{name: "an outlet told, its teller before it",
			text: "\"We will win,\" the German minister, Karl Weber, told Coastal News on Monday.\n",
			want: []traced{{"We will win,", "Karl Weber", "after"}}},
		{name: "a platform's comment is a noun",
			text: "Kowalska posted a Twitter comment, saying, \"We are ready for the vote.\"\n",
			want: []traced{{"We are ready for the vote.", "Anna Kowalska", "before"}}},
		{name: "an organisation named by its field",
			text: "\"We found no evidence of wrongdoing,\" the interior ministry said.\n",
			want: []traced{{"We found no evidence of wrongdoing,", "Interior Ministry", "after"}}},
		{name: "an office by its owner's title, the subject of a participle",
			text: "The harbor master's office sent a notice, stressing that \"every boat must stay in port tonight.\"\n",
			want: []traced{{"every boat must stay in port tonight.", "Harbor Master's Office", "before"}}},
		{name: "a place ending an apposition of origin",
			text: "Ann Vell of Dunmore, Oregon says she hopes the mayor keeps \"doing his job.\"\n",
			want: []traced{{"doing his job.", "Ann Vell", "before"}}},
		{name: "a title of a work",
			text: "Kowalska, who starred in \"Harbour Nights Forever,\" said she was proud.\n"},
		{name: "an event is no speaker: the words stay, their speaker unknown",
			text: "\"It was a good week for peace,\" said the Vienna Summit.\n",
			want: []traced{{"It was a good week for peace,", "", "after"}}},
	})
}
