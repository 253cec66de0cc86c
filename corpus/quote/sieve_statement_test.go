package quote_test

import "testing"

// The statement sieve's cases: an organisation, named in the introduction
// of each case, speaks through a document.
func TestSieveStatement(t *testing.T) {
	const club = "Boston Rovers have appointed a new coach. Boston Rovers play their next match on Saturday.\n"
	runSieveCases(t, []sieveCase{
		{"a document of the organisation word, after the quotation",
			club + "\"Tom Reyes has left his role as head coach,\" a club statement read. \"He led the team for two seasons.\"",
			[]traced{
				{"Tom Reyes has left his role as head coach,", "Boston Rovers", "statement"},
				{"He led the team for two seasons.", "Boston Rovers", "continued"},
			}},
		{"a document released by the organisation, before the quotation",
			club + "A brief statement released by the club reads: \"The board thanks Tom Reyes for his work.\"",
			[]traced{{"The board thanks Tom Reyes for his work.", "Boston Rovers", "statement"}}},
		{"a possessive name owns the document",
			club + "A short notice on Rovers' website read: \"Training resumes on Monday morning.\"",
			[]traced{{"Training resumes on Monday morning.", "Boston Rovers", "statement"}}},
		{"an organisation word speaking in a statement",
			club + "In a statement, the club said: \"The search for a new coach starts today.\"",
			[]traced{{"The search for a new coach starts today.", "Boston Rovers", "statement"}}},
		{"a document with no owner is the organisation spoken of last",
			club + "\"Our supporters deserve better than this,\" the report concluded.",
			[]traced{{"Our supporters deserve better than this,", "Boston Rovers", "statement"}}},
		{"a document nobody near issued is quoted without a speaker",
			"The harbour board met on Monday.\n\"Our piers will not last another winter,\" the report stated.",
			[]traced{{"Our piers will not last another winter,", "", "statement"}}},
		{"a piece of writing no list names, WordNet's communication, is quoted without a speaker",
			"The harbour board met on Monday.\n\"If the board wants new piers, it should pay for them,\" the editorial read.",
			[]traced{{"If the board wants new piers, it should pay for them,", "", "statement"}}},
		{"a document's words may end with an exclamation mark",
			"The harbour board met on Monday.\n\"You sold our piers for nothing!\" the note says.",
			[]traced{{"You sold our piers for nothing!", "", "statement"}}},
		{"a title before a piece of writing and its participle is no quotation",
			"The harbour board met on Monday.\n\"Piers and Pilings,\" a history written by the board's clerk, came out in May.",
			nil},
		{"'it' is the letter the sentence before spoke of: its subject wrote it",
			"In a long letter on Friday, Weber thanked his staff. It read: \"We did more in a year than anyone hoped.\"",
			[]traced{{"We did more in a year than anyone hoped.", "Karl Weber", "statement"}}},
		{"a lead-in paragraph hands on a document whose owner it names",
			club + "A statement released by the club read:\n\"The board thanks Tom Reyes for his work and wishes him well.\"",
			[]traced{{"The board thanks Tom Reyes for his work and wishes him well.", "Boston Rovers", "handed-on"}}},
		{"a lead-in paragraph's document with no owner hands on nothing",
			club + "The report read:\n\"The board thanks Tom Reyes for his work and wishes him well.\"",
			nil},
		{"a lead-in paragraph's report is the one an organisation told of in the sentence before",
			"And now Nordwire has confirmed that Tom Reyes has left the club.\nThe report read:\n\"Tom Reyes has left his role after two seasons in charge of the first team.\"",
			[]traced{{"Tom Reyes has left his role after two seasons in charge of the first team.", "Nordwire", "handed-on"}}},
		{"a report a person told of is no one's to hand on",
			"Weber has confirmed that Tom Reyes has left the club.\nThe report read:\n\"Tom Reyes has left his role after two seasons in charge of the first team.\"",
			nil},
		{"a person speaks for himself, not through the sieve",
			"\"We will sign the treaty next week,\" Weber said in a statement.",
			[]traced{{"We will sign the treaty next week,", "Karl Weber", "after"}}},
		{"an organisation word with no organisation named attributes nothing",
			"\"The stadium will reopen in the spring,\" a club statement read.",
			nil},
	})
}
