package quote_test

import (
	"testing"

	"factdesk/corpus"
)

// The fragment sieve: a few quoted words inside the writer's sentence that
// a reporting verb (or its noun) of the same clause governs are the
// speaker's; titles, labels and words no reporting verb reaches are not.
func TestSieveFragment(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a verb after a modal, which no cue clause takes",
			"Weber will call the deal \"a betrayal\" at the summit in June.",
			[]traced{{"a betrayal", "Karl Weber", "fragment"}}},
		{"the subject of a relative clause",
			"Kowalska, who will describe the plan as \"hopeless\" in her memoir, left Vienna.",
			[]traced{{"hopeless", "Anna Kowalska", "fragment"}}},
		{"ten words a statement's participle governs",
			"Weber's office issued a statement on Monday saying it had counted the ballots \"strictly by the rules the board gave to the office\" using its own system.",
			[]traced{{"strictly by the rules the board gave to the office", "Karl Weber", "fragment"}}},
		{"a reporting noun governs it too",
			"Weber will keep his promise of \"open borders\" for students.",
			[]traced{{"open borders", "Karl Weber", "fragment"}}},
		{"no reporting verb: a scare quote",
			"Weber signed the \"peace\" treaty on Monday.",
			nil},
		{"a title stays a title",
			"Weber will talk about it on \"Evening News\" tonight.",
			nil},
		{"a comma between the verb and the fragment: another clause",
			"Weber will call the hosts, who run an \"open house\" programme, on Monday.",
			nil},
		{"a label of the name after it",
			"That much was said after the match by the coach of the \"Eagles\" Karl Weber.",
			nil},
		{"after a possessive and before its noun: a label",
			"Weber will call Kowalska's \"peace\" plan a failure.",
			nil},
	})
}

// A verb no list holds whose first sense in WordNet is one of communication
// governs a fragment too, when the tagger reads it as the clause's verb and
// the article names its subject.
func TestSieveFragmentCommunicationVerb(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a verb of communication with its object before the fragment",
			"Weber heralded the harbour deal as a \"turning point\" for the region.",
			[]traced{{"turning point", "Karl Weber", "fragment"}}},
		{"its present tense",
			"Kowalska advocates a \"slow and patient\" approach to the talks.",
			[]traced{{"slow and patient", "Anna Kowalska", "fragment"}}},
		{"a nearer verb of another kind governs the fragment",
			"Weber advised on how best to present the plan for a \"lasting peace\" to the board.",
			nil},
		{"a participle before the fragment modifies it",
			"Weber read out a detailed \"action plan\" at the meeting.",
			nil},
		{"a group nobody names",
			"Protesters heralded the vote as a \"great day\" for the city.",
			nil},
	})
}

// With no verb of speech before it, a noun of speech that a person's name
// owns governs a fragment: the words are the owner's.
func TestSieveFragmentOwnedNoun(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a possessive name and a noun of communication",
			"For a while, Weber's recent baseless assertion that \"many hundreds\" of farmers left the valley spread online.",
			[]traced{{"many hundreds", "Karl Weber", "fragment"}}},
		{"the noun's own copula",
			"Kowalska's campaign slogan is \"Bread first.\"",
			[]traced{{"Bread first.", "Anna Kowalska", "fragment"}}},
		{"another verb judges the claim: not the owner's words",
			"A fact checker found that Weber's assertion about the harbour tolls was \"mostly false.\"",
			nil},
		{"a country owns the noun: a thing, not words",
			"Weber advised on how best to present Vienna's proposals for a \"lasting peace\" to the board.",
			nil},
	})
}

// A fragment that only repeats words the article quoted before refers back
// to that quotation: it is listed once, with its first speaker.
func TestFragmentEchoes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"an echo of a quotation is dropped",
			intro + "\"The plan is dead on arrival,\" Weber said.\nKowalska later said the plan was not \"dead on arrival\" at all.",
			[]want{{"The plan is dead on arrival,", "Karl Weber", "said", corpus.FormMarked}}},
		{"new words in a fragment are kept",
			intro + "\"The plan is dead on arrival,\" Weber said.\nKowalska later said the plan was \"alive and well\" after all.",
			[]want{{"The plan is dead on arrival,", "Karl Weber", "said", corpus.FormMarked},
				{"alive and well", "Anna Kowalska", "said", corpus.FormFragment}}},
		{"a whole quotation that repeats a fragment is kept",
			intro + "Weber called the talks \"a farce\" on Monday.\n\"A farce,\" Kowalska said.",
			[]want{{"a farce", "Karl Weber", "called", corpus.FormFragment},
				{"A farce,", "Anna Kowalska", "said", corpus.FormMarked}}},
		{"a passage its speaker was quoted saying before is listed once",
			intro + "\"We will not sign this deal,\" Weber said.\nWeber later repeated: \"We will not sign this deal.\"\n\"Not sign this deal,\" Weber said again.",
			[]want{{"We will not sign this deal,", "Karl Weber", "said", corpus.FormMarked}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			check(t, tc.text, got, tc.want)
		})
	}
}

// A quoted word or two before a noun is a label ("a "peace" deal") unless a
// reporting verb of its clause governs it and no article opens its noun
// phrase: then it is the speaker's characterisation (scare.go). So is a
// possessive's word or two that modify no noun after them.
func TestScareModifierUnderReportingVerb(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a reporting verb governs the word",
			"Weber promised to pass \"sweeping\" reforms this year.",
			[]traced{{"sweeping", "Karl Weber", "before"}}},
		{"two words a reporting verb governs",
			"Weber said the talks had \"truly historic\" results.",
			[]traced{{"truly historic", "Karl Weber", "before"}}},
		{"an article makes it a label",
			"Weber said the plan was a \"standard\" procedure.",
			nil},
		{"an article further back in the noun phrase",
			"Weber said they had opened a city-run \"charity\" shop.",
			nil},
		{"no reporting verb: a label",
			"Weber kept \"black books\" records.",
			nil},
		{"a possessive's word a reporting verb governs, before no noun",
			"Weber said Kowalska's \"judgment\" was poor.",
			[]traced{{"judgment", "Karl Weber", "before"}}},
		{"a possessive's name stays a name",
			"Weber said on the channel's \"Morning Show\" that he would stay.",
			nil},
		{"the writer's own possessive",
			"Friends said they would work for my \"campaign\" all year.",
			nil},
		{"a characterisation that ends on its own comma modifies nothing after it",
			"Weber called the offer a \"cheap trick,\" leaving the room soon after.",
			[]traced{{"cheap trick,", "Karl Weber", "before"}}},
		{"a clause after the characterisation is no noun it modifies",
			"Weber called Kowalska a \"tough rival\" who's never late.",
			[]traced{{"tough rival", "Karl Weber", "before"}}},
		{"a capitalised name ending on a comma stays a name",
			"Weber writes a column, \"Notebook,\" every week.",
			nil},
	})
}
