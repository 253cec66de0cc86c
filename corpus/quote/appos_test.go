package quote_test

import "testing"

// An apposition whose words end on another person's name ("…, a widower
// who once crewed for Karl Weber, said") belongs to the name that opens
// the clause, even when words describe that name before it ("81-year-old
// Ole Brandt", "retired pilot Ole Brandt").
func TestSieveApposEndingOnAName(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"an age before the name, a colon handing on",
			"81-year-old Ole Brandt, a widower who once crewed for Karl Weber, said that on reflection:\n\"The ferry should stay in public hands. Nobody else will run it at night.\"",
			[]traced{{"The ferry should stay in public hands. Nobody else will run it at night.", "Ole Brandt", "handed-on"}}},
		{"after another sentence, two names in the apposition",
			"The quay was quiet on Sunday. 81-year-old Ole Brandt, a lifelong sailor who fished with Karl Weber and Anna Kowalska, said that after the storms of last winter:\n\"The ferry should stay in public hands. Nobody else will run it at night.\"",
			[]traced{{"The ferry should stay in public hands. Nobody else will run it at night.", "Ole Brandt", "handed-on"}}},
		{"a job before the name, the quotation after the verb",
			"Retired pilot Ole Brandt, a man who sailed with Karl Weber and Anna Kowalska, said, \"The harbour has never looked worse.\"",
			[]traced{{"The harbour has never looked worse.", "Ole Brandt", "before"}}},
		{"the name opening the sentence, as before",
			"Ole Brandt, a neighbour of Anna Kowalska, said, \"The harbour has never looked worse.\"",
			[]traced{{"The harbour has never looked worse.", "Ole Brandt", "before"}}},
	})
}

// A sentence that opens "To X," or "For X," gives X's view: a "she
// said" after it means X, not a woman who spoke before.
func TestSievePronounAfterFrontedTopic(t *testing.T) {
	stayed := traced{"We will stay,", "Anna Kowalska", "after"}
	funeral := traced{"It looked like a funeral,", "Ida Brandt", "after"}
	runSieveCases(t, []sieveCase{
		{"to a historian",
			"\"We will stay,\" Kowalska said.\nTo harbour historian Ida Brandt, the empty quay told a sad story.\n\"It looked like a funeral,\" she said.",
			[]traced{stayed, funeral}},
		{"for a historian",
			"\"We will stay,\" Kowalska said.\nFor Ida Brandt, the evening was a sad one.\n\"It looked like a funeral,\" she said.",
			[]traced{stayed, funeral}},
		{"a preposition inside the sentence leaves the subject",
			"\"We will stay,\" Kowalska said.\nThe crowd's stare seemed sad to Ida Brandt.\n\"It looked like a funeral,\" she said.",
			[]traced{stayed, {"It looked like a funeral,", "Anna Kowalska", "after"}}},
	})
}
