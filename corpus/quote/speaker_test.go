package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

// TestSpeakerDescriptions: who a description, a pronoun, an aged name or
// a name behind a word that names nobody next to a quotation means, as a
// reader would tell.
func TestSpeakerDescriptions(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"an age after the name is no apposition",
			"Camp nurse Dora Lindqvist, 61, told the paper: \"The water came in minutes.\"",
			"The water came in minutes.", "Dora Lindqvist"},
		{"a pronoun after a name with an age",
			"Police chief Omar Haddad spoke first. Tilde Marsh, 12, said she ran uphill.\n\"We had to leave our shoes,\" she said.",
			"We had to leave our shoes,", "Tilde Marsh"},
		{"a definite description nobody's roles fit is the subject just named",
			"Marta Ruiz walked past the stands in a striped scarf.\n\"I have come every summer since I was five,\" said the Valdora native.",
			"I have come every summer since I was five,", "Marta Ruiz"},
		{"a name after a determiner modifies a noun",
			"Dirk Olde did not name his players or the Riverside United board, but he did thank the fans.\n\"Thank you for everything,\" he wrote.",
			"Thank you for everything,", "Dirk Olde"},
		{"a name after a preposition and a role is no subject",
			"Piet Kramer led the side, with Harbour FC boss Rui Amaral expected to take over.\n\"The players were brilliant,\" he said.",
			"The players were brilliant,", "Piet Kramer"},
		{"a person named in the pronoun's own sentence beats an older subject",
			"Kurt Vogel spoke first.\nIn Otto Brandt's report to the board, he wrote that the plan failed.\nHe added: \"Nobody checked the figures.\"",
			"Nobody checked the figures.", "Otto Brandt"},
		{"a spokesman after his own quotation",
			"\"The figures are wrong,\" Ivo Petrak said.\n\"We will publish our own,\" the ministry spokesman added.",
			"We will publish our own,", "Ivo Petrak"},
		// Words that name nobody before a name: the name behind them speaks.
		{"an adverb before the name",
			"Mara Vell and Ivo Strand met the farmers. Both Strand and Vell agreed to meet again later. Later Strand said the deal was \"a fair start for everyone.\"",
			"a fair start for everyone.", "Ivo Strand"},
		{"an adverb opening the sentence names nobody",
			"Mara Vell toured the plant on Monday. Ever the optimist, she called the plan \"a good start for the town.\"",
			"a good start for the town.", "Mara Vell"},
		{"the pronoun after an opening participle",
			"Mara Vell toured the plant on Monday. Speaking to workers, she called the plan \"a costly mistake for the town.\"",
			"a costly mistake for the town.", "Mara Vell"},
		{"the subject after an opening participle phrase",
			"Mara Vell and Ivo Strand were speaking for hours. Speaking at a rally in Dunmore, Vell attacked Strand, calling him \"a tired old hand.\"",
			"a tired old hand.", "Mara Vell"},
		{"the subject after an opening time phrase",
			"Mara Vell lost the vote, and later she wrote to the board. Later on Sunday, Vell shared a letter titled \"Why the harbour must stay open.\"",
			"Why the harbour must stay open.", "Mara Vell"},
		{"a common word before a known surname",
			"Mara Vell toured the plant. The unions were angry, and even the mayor agreed. Even Vell said the cuts were \"far too deep for the valley.\"",
			"far too deep for the valley.", "Mara Vell"},
		{"an apposition that ends in a place",
			"Rep. Ann Lord (D-Ore.), who wrote a bill on schools in Central America, said the plan was \"a good first step for the region.\"",
			"a good first step for the region.", "Ann Lord"},
		// Appositions: the name that opens the clause speaks.
		{"a title's period inside the apposition",
			"Piet Kramer, a spokesman for Mrs. Odile Brun, said the mayor had reached \"a low point for the town.\"",
			"a low point for the town.", "Piet Kramer"},
		{"a name nested in the apposition",
			"Lena Holt, whose firm, Brightwater, sells boats, said the harbour was \"the best on the coast.\"",
			"the best on the coast.", "Lena Holt"},
		{"an initial's period inside a word of the apposition",
			"Ines Moll, a member from the District and head of the D.C.-based Harbour Policy Institute, said: \"We will not walk away from this fight.\"",
			"We will not walk away from this fight.", "Ines Moll"},
		{"an apposition ending in a describing parenthesis",
			"Jon Berk, chairman of Coast Rising (a boating club), wrote: \"The new fees will empty the marina.\"",
			"The new fees will empty the marina.", "Jon Berk"},
		{"a party and state in parentheses are no apposition",
			"On Tuesday in Dunmore, OR, Gov. Ann Lord (R-OR), said, \"We are going all the way to the capital.\"",
			"We are going all the way to the capital.", "Ann Lord"},
		{"a quoted title inside the apposition",
			"Ola Brandt, a contestant on the quiz show, \"Harbour Nights,\" who later worked for Vell, said his boss was \"kind and generous to all of us.\"",
			"kind and generous to all of us.", "Ola Brandt"},
		{"a long apposition",
			"Rita Holm, a veteran party organiser who played a large part in the mayor's big win in 2008 and now runs the early-vote drive across the whole of the state, said the drive is \"a critical part of our plan.\"",
			"a critical part of our plan.", "Rita Holm"},
		{"an opening participle phrase before a participle cue",
			"When someone shouted, Ivo Strand joked with the crowd he was speaking to.\nSpeaking in his real voice again, he went on to read a passage from an old book, saying: \"In those days the hard times shall come.\"",
			"In those days the hard times shall come.", "Ivo Strand"},
		{"a pronoun goes on about the main clause's subject, not a that-clause's",
			"Ivo Strand spoke at the town hall. Strand said that Mayor Oskar Vell had wasted the harbour money.\n\"We will get it back,\" he said.",
			"We will get it back,", "Ivo Strand"},
		{"she after a quotation in the sentence of a woman of unknown gender",
			"Mrs. Mara Vell chaired the panel. Asked about the files, Ines Kolb said \"I don't know anything about Tom Berg and the files,\" she said.",
			"I don't know anything about Tom Berg and the files,", "Ines Kolb"},
		{"a possessive inside an organisation's name",
			"Two agencies looked into it. The harbour was run badly for years, the Port Prosecutor's Office said, citing \"a scheme to steer the port's contracts.\"",
			"a scheme to steer the port's contracts.", "Port Prosecutor's Office"},
		{"a surname that is also a law's word",
			"\"We must act before the vote,\" said Dan Law, a former aide to the mayor who now runs a harbour group.\nThere is money to do more, Law said.\n\"We need a safe place for it,\" Law said.",
			"We need a safe place for it,", "Dan Law"},
		{"a law's name stays nobody",
			"The Clean Harbour Act, a law passed in May, set new fees. \"It is a tax on every fisherman,\" Ola Brandt said.",
			"It is a tax on every fisherman,", "Ola Brandt"},
		{"an apposition whose closing comma is missing",
			"Ines Moll, president and CEO of Harbour Foods stated, \"It is not a political problem; it is a math problem.\"",
			"It is not a political problem; it is a math problem.", "Ines Moll"},
		{"a subject whose apposition ends in a quoted title",
			"Ola Brandt runs the fair.\nIvo Strand, the owner of the Miss Harbour pageant and presenter of the radio show \"Harbour Nights,\" said on Monday that fairs are dull. \"A fair needs a bit of glitter and noise,\" he said.",
			"A fair needs a bit of glitter and noise,", "Ivo Strand"},
		{"an opening time phrase before a participle",
			"Ivo Strand hosts the morning show, as he said earlier. Earlier this week, Strand pressed the mayor on the port's taxes, insisting that the port should publish them to hold \"the higher ground\" against the council.",
			"the higher ground", "Ivo Strand"},
		{"a joint subject is its first name's",
			"Two agencies, the Harbour Safety Board (HSB) and the Coastal Police Office (CPO), said they had found \"a pattern of missed inspections.\"",
			"a pattern of missed inspections.", "Harbour Safety Board"},
		{"a group noun is the organisation spoken of last",
			"The Coastal Police Office opened an inquiry in May. The failures were \"many and serious,\" the Harbour Safety Board said.\n\"Suppliers were made to pay to keep their contracts,\" the agencies announced.",
			"Suppliers were made to pay to keep their contracts,", "Harbour Safety Board"},
		{"a person's description before a participle",
			"President Oleksandr Kovalenko spoke on Monday. The head of state then described his call with Mara Vell, adding that there must be \"no more delays at the port.\"",
			"no more delays at the port.", "Oleksandr Kovalenko"},
		{"the writer's 'I'm' is nobody",
			"I'm old enough to remember Mayor Ada Brenner going on the radio, declaring a \"war on every pothole in town.\"",
			"war on every pothole in town.", "Ada Brenner"},
		{"a place before a role is the office's, the name after it speaks",
			"Ada Brenner spoke first. \"The port has been the talk of the town all spring,\" said former Harbour governor Ivo Strand, a friend of hers.",
			"The port has been the talk of the town all spring,", "Ivo Strand"},
		{"a place and a role before the name, the verb after it",
			"Ada Brenner spoke first. \"The harbour will close,\" former Dunmore mayor Ivo Strand said.",
			"The harbour will close,", "Ivo Strand"},
		{"his office speaks for him",
			"Sen. Ivo Strand flew home on Monday. His office said in a written note that the port \"does not have the money to pay every worker this year.\"",
			"does not have the money to pay every worker this year.", "Ivo Strand"},
		{"a possessive pronoun opens no name",
			"Ivo Strand read the files.\nHis remarks buttress the claim of former secretary of state Ada Brenner that the files were \"run into the ground.\"",
			"run into the ground.", "Ada Brenner"},
		{"a place before a person noun after 'the' is a description",
			"Dunmore senator Ivo Strand met Ada Brenner on Monday, and Brenner spoke first.\nThe Dunmore senator told reporters he would win \"a lot of delegates\" by the spring.",
			"a lot of delegates", "Ivo Strand"},
		{"a participle opening the sentence is no name",
			"Ivo Strand spoke first.\nReprising one of her old lines, Ada Brenner talked about keeping the \"progress we made under the old council.\"",
			"progress we made under the old council.", "Ada Brenner"},
		{"a relative clause's verb is the name's before 'who'",
			"Ivo Strand lost. Contrast that with Ada Brenner, who has called the port deal \"insanity,\" and Tom Keel, who says it is \"a disaster.\"",
			"a disaster.", "Tom Keel"},
		{"a relative clause after a name and its place",
			"Ivo Strand lost. The vote gave fodder to Sen. Ada Brenner of Harbour, who mused on Monday that Strand was \"unfit to lead the port.\"",
			"unfit to lead the port.", "Ada Brenner"},
		{"a middle initial inside an apposition after the quotation",
			"Ivo Strand spoke.\n\"We will have to live with it,\" Ada Brenner, who was harbour master under Tom W. Keel, told lawmakers on a visit. \"He might just win.\"",
			"He might just win.", "Ada Brenner"},
		{"a sentence's quotation after the model's choice goes on with its speaker",
			"Ivo Strand spoke.\n''He does nothing for the port,'' said State Senator Ada Brenner,  Democrat of Dunmore. ''He does not know the harbour.''",
			"He does not know the harbour.", "Ada Brenner"},
		{"a group in the plural is no 'he'",
			"Young Voters marched in Dunmore on Monday.\nIvo Strand granted that students and Voters and the police had long been at odds. He would not take back a word of it.\n\"The police are mistreated,\" he said.",
			"The police are mistreated,", "Ivo Strand"},
		{"a day after an adverb",
			"Ivo Strand met the council. Strand later Thursday told the paper: \"Nothing was agreed at all.\"",
			"Nothing was agreed at all.", "Ivo Strand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, tt.text)
			for _, q := range qs {
				if q.Text == tt.quote {
					assert.Equal(t, tt.speaker, q.Speaker)
					return
				}
			}
			require.Failf(t, "quotation not found", "%q in %v", tt.quote, qs)
		})
	}
}

// TestOrganisationsPersonSpeaks: "Harbour Policy Forum's Ines Moll said"
// after a quotation is read by the rule, as hers, not guessed.
func TestOrganisationsPersonSpeaks(t *testing.T) {
	_, qs, _ := extract(t, "The Harbour Policy Forum has warned about growth for years. \"Focus on the standard of living and nothing else,\" Harbour Policy Forum's Ines Moll said at the event.")
	require.Len(t, qs, 1)
	assert.Equal(t, "Ines Moll", qs[0].Speaker)
	assert.Equal(t, "said", qs[0].Cue)
}

// TestIndefiniteDescriptionIsSomeoneNew: "a Boeing executive" is not the
// person named before.
func TestIndefiniteDescriptionIsSomeoneNew(t *testing.T) {
	tests := []struct {
		name, text, quote string
	}{
		{"indefinite", "Lena Fors launched the rocket.\n\"We stand ready to help,\" a supplier executive wrote.", "We stand ready to help,"},
		{"a thing, not a person", "Lena Fors launched the rocket.\n\"Vote for change,\" the advert concludes.", "Vote for change,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, tt.text)
			for _, q := range qs {
				if q.Text == tt.quote {
					assert.NotEqual(t, "Lena Fors", q.Speaker)
				}
			}
		})
	}
}

// TestPronounBeforeAnyName: a pronoun in an article whose body names
// nobody before it means the person its headline is about.
func TestPronounBeforeAnyName(t *testing.T) {
	a := article(0, "Flood inquiry clears harbour chief Ada Brenner, angers mayor Tom Keel\n\"I acted on the advice I had,\" she said.\nAda Brenner and Tom Keel met later.")
	a.Paragraphs[0].Kind = corpus.ParaTitle
	r := person.Build([]*corpus.Article{a})
	qs := quote.Extract([]*corpus.Article{a}, r)
	require.Len(t, qs, 1)
	assert.Equal(t, "Ada Brenner", qs[0].Speaker)
}

// TestNobodySpeaks: a name a place word ends, or a sentence's first word
// modifying the noun after it, is nobody who speaks.
func TestNobodySpeaks(t *testing.T) {
	tests := []struct {
		name, text, nobody string
	}{
		{"a word of a name with 'and' in it",
			"Most recently, the Science and Safety Directorate of the port concluded that the plan was \"too costly for the town.\"", "Science"},
		{"a place", "Rain fell for days.\n\"The roads will stay closed until Friday,\" Harlow County said.", "Harlow County"},
		{"a modifier opening the sentence",
			"Lena Fors flew the capsule, a space first for the town. Space agency officials said there was \"too much doubt about the valves.\"", "Space"},

		{"a common noun is nobody's surname",
			"The film \"A Serious Man\" opened in Dunmore, and Serious Man fans queued.\nIvo Strand spoke at the rally. \"They stole the harbour,\" the man shouted.", "Serious Man"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, tt.text)
			for _, q := range qs {
				assert.NotEqual(t, tt.nobody, q.Speaker)
			}
		})
	}
}

// TestFunctionWordOpensNoSpeaker: an adverb, a conjunction or a determiner
// opening a sentence ("Nor", "Later", "Only") is nobody's name; the
// subject after its phrase speaks, or nobody named, and the words stay.
func TestFunctionWordOpensNoSpeaker(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"conjunction, then a pronoun", "\"We kept the harbour open,\" said Bob Lane, the port chief.\nNor, he said, had he written a word the crew might \"read as an order\" that night.",
			"read as an order", "Bob Lane"},
		{"adverb after a closed quotation", "Ann Vell, the mayor, said she had seen \"nothing at all.\" Later in the week, she revised her account, explaining that she had sent nothing \"marked secret at the time.\"",
			"marked secret at the time.", "Ann Vell"},
		{"adverb before an unnamed group", "The poll shows a tight race as Vell gains ground.\nOnly 48 percent of likely voters agreed that Vell is in \"good enough shape to lead the council,\" while 70 percent said the same of Reed.",
			"good enough shape to lead the council,", ""},
		{"dateline with no subject after it", "Harbour board says sorry\nDUNMORE, May 3 — The harbour board released a statement on Monday, offering \"a full and humble apology\" to the fishing crews.",
			"a full and humble apology", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, tt.text)
			var got *corpus.Quote
			for i := range qs {
				if qs[i].Text == tt.quote {
					got = &qs[i]
				}
			}
			require.NotNil(t, got, "quotation %q not extracted", tt.quote)
			assert.Equal(t, tt.speaker, got.Speaker)
		})
	}
}

// TestFunctionWordAsSurname: a surname that is also a function word
// ("Will", as in George Will) names its person before a verb; a clause
// word before a verb ("When asked") names nobody.
func TestFunctionWordAsSurname(t *testing.T) {
	text := "Columnist George Will wrote a sharp piece about the mayor this week. \"The mayor is a fraud of the first order,\" Will wrote.\n" +
		"Will described the mayor as a \"threat to the harbour\" on Friday.\n" +
		"When asked about the vote, the clerk \"declined to comment\" at once."
	_, qs, _ := extract(t, text)
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	for _, tt := range []struct{ quote, speaker string }{
		{"The mayor is a fraud of the first order,", "George Will"},
		{"threat to the harbour", "George Will"},
	} {
		t.Run(tt.quote, func(t *testing.T) {
			require.Contains(t, got, tt.quote)
			assert.Equal(t, tt.speaker, got[tt.quote])
		})
	}
	t.Run("a clause word is nobody", func(t *testing.T) {
		assert.NotEqual(t, "When", got["declined to comment"])
	})
}

// TestContractedPronounIsNoName: "He’s predicting … "…"" is the
// man the pronoun means, never a person called He.
func TestContractedPronounIsNoName(t *testing.T) {
	for _, apostrophe := range []string{"\u2019", "'"} {
		t.Run("apostrophe "+apostrophe, func(t *testing.T) {
			text := "Tom Reed won the harbour vote on Tuesday.\nBut Reed says he goes \"back to work tomorrow.\" He" + apostrophe + "s predicting the club will fare \"very, very well\" in the next vote."
			_, qs, _ := extract(t, text)
			for _, q := range qs {
				if q.Text == "very, very well" {
					assert.Equal(t, "Tom Reed", q.Speaker)
					return
				}
			}
			t.Fatalf("quotation not extracted: %v", qs)
		})
	}
}
