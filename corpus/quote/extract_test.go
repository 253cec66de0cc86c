package quote_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
	"factdesk/corpus/segment"
)

// article makes an article of text, one paragraph per line, all body.
func article(id int, text string) *corpus.Article {
	a := &corpus.Article{ID: id, File: "test.txt", Text: text}
	for _, p := range segment.Paragraphs(text) {
		a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(p, corpus.ParaBody))
	}
	return a
}

type want struct {
	text, speaker, cue string
	form               corpus.Form
}

func extract(t *testing.T, texts ...string) ([]*corpus.Article, []corpus.Quote, *person.Resolver) {
	t.Helper()
	var arts []*corpus.Article
	for i, s := range texts {
		arts = append(arts, article(i, s))
	}
	r := person.Build(arts)
	return arts, quote.Extract(arts, r), r
}

// check compares quotations with what a reader expects, offsets included:
// each wanted text occurs once in the article, so its offset is known.
func check(t *testing.T, text string, got []corpus.Quote, wants []want) {
	t.Helper()
	var gotText []string
	for _, q := range got {
		gotText = append(gotText, q.Text)
	}
	require.Len(t, got, len(wants), "quotations: %q", gotText)
	for i, w := range wants {
		q := got[i]
		start := strings.Index(text, w.text)
		require.GreaterOrEqual(t, start, 0, "fixture lacks %q", w.text)
		assert.Equal(t, w.text, q.Text)
		assert.Equal(t, corpus.Span{Start: start, End: start + len(w.text)}, q.Span(), "span of %q", w.text)
		assert.Equal(t, w.speaker, q.Speaker, "speaker of %q", w.text)
		assert.Equal(t, w.cue, q.Cue, "cue of %q", w.text)
		assert.Equal(t, w.form, q.Form, "form of %q", w.text)
	}
}

func TestMarks(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"straight double marks, pronoun after",
			"Senator Jane Miller spoke on Monday.\n\"We will win this fight,\" she said.",
			[]want{{"We will win this fight,", "Jane Miller", "said", corpus.FormMarked}}},
		{"curly double marks, verb before the name",
			"\u201cThe budget is a disaster,\u201d said Tom Fuller, the mayor of Springfield.",
			[]want{{"The budget is a disaster,", "Tom Fuller", "said", corpus.FormMarked}}},
		{"single marks",
			"Mayor Tom Fuller spoke.\nFuller said: 'The budget is a disaster for all of us.'",
			[]want{{"The budget is a disaster for all of us.", "Tom Fuller", "said", corpus.FormMarked}}},
		{"curly single marks",
			"Mayor Tom Fuller spoke.\n\u2018The budget is a disaster,\u2019 Fuller said.",
			[]want{{"The budget is a disaster,", "Tom Fuller", "said", corpus.FormMarked}}},
		{"guillemets",
			"Mayor Tom Fuller spoke.\n\u00abThe budget is a disaster,\u00bb Fuller said.",
			[]want{{"The budget is a disaster,", "Tom Fuller", "said", corpus.FormMarked}}},
		{"two apostrophes as in the NYT",
			"Mayor Tom Fuller spoke.\n''It is over now,'' Mr. Fuller said.",
			[]want{{"It is over now,", "Tom Fuller", "said", corpus.FormMarked}}},
		{"apostrophes inside words do not open quotations",
			"Mayor Tom Fuller spoke.\nFuller said: \"It's the mayor's rock 'n' roll moment, and Russia's too.\"",
			[]want{{"It's the mayor's rock 'n' roll moment, and Russia's too.", "Tom Fuller", "said", corpus.FormMarked}}},
		{"quoted words inside a quotation stay inside it",
			"Mayor Tom Fuller spoke.\n\"He told me, \"Go home.\" I did not,\" Fuller said.",
			[]want{{"He told me, \"Go home.\" I did not,", "Tom Fuller", "said", corpus.FormMarked}}},
		{"curly quotation inside a straight one",
			"Mayor Tom Fuller spoke.\nFuller added: \"She asked, \u201cWhere is the money?\u201d and nobody knew.\"",
			[]want{{"She asked, \u201cWhere is the money?\u201d and nobody knew.", "Tom Fuller", "added", corpus.FormMarked}}},
		{"a closing mark with a space slipped in before it",
			"Mayor Tom Fuller spoke.\n\"The budget is a disaster, \" Fuller said.",
			[]want{{"The budget is a disaster,", "Tom Fuller", "said", corpus.FormMarked}}},
		{"a single mark left open at a paragraph's start runs on, as British papers print a long speech",
			"Mayor Tom Fuller spoke.\nFuller wrote: 'Thank you all for your support over the years.\n'We built the new library together.'",
			[]want{
				{"Thank you all for your support over the years.", "Tom Fuller", "wrote", corpus.FormMarked},
				{"We built the new library together.", "Tom Fuller", "wrote", corpus.FormContinuation},
			}},
		{"a single mark left open inside a sentence is an apostrophe",
			"Mayor Tom Fuller spoke.\nFuller said the '90s plan and the members' fund were his.",
			nil},
		{"the same mark after a full stop inside a quotation opens its next paragraph, the paragraphs run together",
			"Coach Tom Fuller left on Monday. \u201cThank you for everything,\u201d writes Fuller. \u201cI will miss this town. \u201cIt was the best time of my life.\u201d",
			[]want{
				{"Thank you for everything,", "Tom Fuller", "writes", corpus.FormMarked},
				{"I will miss this town.", "Tom Fuller", "writes", corpus.FormContinuation},
				{"It was the best time of my life.", "Tom Fuller", "writes", corpus.FormContinuation},
			}},
		{"quoted words after a comma inside a quotation stay inside it",
			"Mayor Tom Fuller spoke.\nFuller said: \u201cThey asked me, \u201cWhy now?\u201d and I had no answer.\u201d",
			[]want{{"They asked me, \u201cWhy now?\u201d and I had no answer.", "Tom Fuller", "said", corpus.FormMarked}}},
		{"a lone mark after a word closes nothing",
			"Mayor Tom Fuller spoke.\nFuller said: \"The budget is 5 \" wide and a disaster.\"",
			[]want{{"The budget is 5 \" wide and a disaster.", "Tom Fuller", "said", corpus.FormMarked}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			check(t, tc.text, got, tc.want)
		})
	}
}

func TestDashAttribution(t *testing.T) {
	intro := "Polish envoy Anna Kowalska met German minister Karl Weber in Vienna.\n"
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"name and verb after a hyphen",
			intro + "The talks are over for this year - Kowalska wrote on the social network X.",
			[]want{{"The talks are over for this year", "Anna Kowalska", "wrote", corpus.FormDash}}},
		{"verb and name after an en dash",
			intro + "We will meet again in spring. \u2013 said Weber.",
			[]want{{"We will meet again in spring.", "Karl Weber", "said", corpus.FormDash}}},
		{"a pronoun",
			intro + "Weber spoke first.\nNothing was agreed today, nothing at all - he said.",
			[]want{{"Nothing was agreed today, nothing at all", "Karl Weber", "said", corpus.FormDash}}},
		{"a description, resolved by nationality and role",
			intro + "Weber left early.\nThe door stays open for everyone - noted the Polish diplomat.",
			[]want{{"The door stays open for everyone", "Anna Kowalska", "noted", corpus.FormDash}}},
		{"speech opened by a dash, as Ukrainian outlets write it",
			intro + "- We will work for peace, - Weber wrote on Telegram.",
			[]want{{"We will work for peace,", "Karl Weber", "wrote", corpus.FormDash}}},
		{"a headline signed with a name",
			intro + "Everything depends on trust between neighbours - Kowalska",
			[]want{{"Everything depends on trust between neighbours", "Anna Kowalska", "dash", corpus.FormDash}}},
		{"the second dash of an aside is not an attribution",
			intro + "Much of the advice is unsubstantiated \u2014 or flat out wrong \u2014 according to a medical journal.",
			nil},
		{"a dash inside a sentence is not an attribution",
			intro + "The city - one of the oldest in Europe - was quiet.",
			nil},
		{"a slogan after a dash is no signature",
			intro + "The rally was loud and the crowd carried banners about the harbour \u2014 \u201cKeep Our Port Open.\u201d",
			nil},
		{"a participle after a dash goes on with the writer's sentence",
			intro + "Kowalska rejected the claims that the ministry had broken the rules of the tender \u2014 saying the firm had withdrawn first.",
			nil},
		{"a passive after a dash reports a fact, not speech",
			intro + "The minister has not held a licence to practise law for ten years \u2014 a fact first reported by Karl Weber.",
			nil},
		{"a passive with its auxiliary",
			intro + "Weber shaped the party for a decade and more \u2014 Weber was charged with fraud in 1999.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			check(t, tc.text, got, tc.want)
		})
	}
}

func TestTypos(t *testing.T) {
	intro := "Polish envoy Anna Kowalska met German minister Karl Weber in Vienna.\n"
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"a long verb with one slip is still a reporting verb",
			intro + "\u201cWe are ready,\u201d Weber responsed.",
			[]want{{"We are ready,", "Karl Weber", "responsed", corpus.FormMarked}}},
		{"a word spelt as meant is no slip for a reporting verb ('changed' is not 'charged')",
			intro + "Weber has changed the rules so ministers leaving after a \u201cgrave lapse\u201d will lose their pay.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			check(t, tc.text, got, tc.want)
		})
	}
}

func TestCues(t *testing.T) {
	intro := "Polish envoy Anna Kowalska met German minister Karl Weber in Vienna.\n"
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"speaker and verb after",
			intro + "\"We are close,\" Kowalska told reporters.",
			[]want{{"We are close,", "Anna Kowalska", "told", corpus.FormMarked}}},
		{"adverb between speaker and verb",
			intro + "\"We are close,\" Kowalska reportedly said.",
			[]want{{"We are close,", "Anna Kowalska", "said", corpus.FormMarked}}},
		{"apposition between speaker and verb",
			intro + "\"We are close,\" Weber, a veteran of many talks, said on Friday.",
			[]want{{"We are close,", "Karl Weber", "said", corpus.FormMarked}}},
		{"quoted as saying",
			intro + "\"We are close,\" Kowalska was quoted as saying.",
			[]want{{"We are close,", "Anna Kowalska", "saying", corpus.FormMarked}}},
		{"heard saying on a recording",
			intro + "\"After that, it will be a very good call,\" Mr Weber is heard saying.",
			[]want{{"After that, it will be a very good call,", "Karl Weber", "saying", corpus.FormMarked}}},
		{"could be heard telling",
			intro + "\"Not yet,\" Weber could be heard telling an aide.",
			[]want{{"Not yet,", "Karl Weber", "telling", corpus.FormMarked}}},
		{"according to",
			intro + "\"We are close,\" according to Weber.",
			[]want{{"We are close,", "Karl Weber", "according to", corpus.FormMarked}}},
		{"colon before",
			intro + "Weber noted: \"Good. Sounds good.\"",
			[]want{{"Good. Sounds good.", "Karl Weber", "noted", corpus.FormMarked}}},
		{"comma before",
			intro + "At the end, Kowalska offered, \"We can write the paper ourselves.\"",
			[]want{{"We can write the paper ourselves.", "Anna Kowalska", "offered", corpus.FormMarked}}},
		{"a misspelt verb",
			intro + "To this Kowalska responsed, \"We can write the paper ourselves.\"",
			[]want{{"We can write the paper ourselves.", "Anna Kowalska", "responsed", corpus.FormMarked}}},
		{"split quotation",
			intro + "\"We are close,\" Weber said. \"But not there yet.\"",
			[]want{{"We are close,", "Karl Weber", "said", corpus.FormMarked}, {"But not there yet.", "Karl Weber", "said", corpus.FormContinuation}}},
		{"split quotation with its own pronoun cue",
			intro + "\"We are close,\" Weber said. \"But not there yet,\" he added.",
			[]want{{"We are close,", "Karl Weber", "said", corpus.FormMarked}, {"But not there yet,", "Karl Weber", "added", corpus.FormMarked}}},
		{"two quotations sharing one cue",
			intro + "\"She cannot be trusted\" and \"should resign,\" Weber said on radio.",
			[]want{{"She cannot be trusted", "Karl Weber", "said", corpus.FormMarked}, {"should resign,", "Karl Weber", "said", corpus.FormMarked}}},
		{"a clause of its subject ending in a colon introduces their words",
			intro + "The German minister was blunt: \"It is a fake, and we will not discuss it.\"",
			[]want{{"It is a fake, and we will not discuss it.", "Karl Weber", "colon", corpus.FormMarked}}},
		{"a colon after a clause that names nobody introduces no one's words",
			intro + "Partial transcript as follows: \"We will meet in spring.\"",
			nil},
		{"a transcript line: the name, a colon, the speech",
			intro + "Kowalska: When will you sign it?\nWeber: We are closer to an agreement than ever.",
			[]want{{"When will you sign it?", "Anna Kowalska", "transcript", corpus.FormTranscript}, {"We are closer to an agreement than ever.", "Karl Weber", "transcript", corpus.FormTranscript}}},
		{"a lone turn after the writer's comment, in an article with an exchange",
			intro + "Kowalska: When will you sign it?\nWeber: Not this year.\nThat was all he would say then.\nWeber: We are closer to an agreement than ever.",
			[]want{{"When will you sign it?", "Anna Kowalska", "transcript", corpus.FormTranscript}, {"Not this year.", "Karl Weber", "transcript", corpus.FormTranscript}, {"We are closer to an agreement than ever.", "Karl Weber", "transcript", corpus.FormTranscript}}},
		{"a list of what each needs, between paragraphs of prose, is no transcript",
			intro + "Weber: A clean win in the north.\nHe has led the polls there for a year and needs a first round that ends it.\nKowalska: Just hold on.\nShe trails, but the southern vote has not been counted yet.",
			nil},
		{"a heading or a place before a colon is no speaker",
			intro + "Vienna: The talks resumed on Monday.\nThe Plan Goes On: the ministers met again.\nNovak: Nobody has heard of him here.",
			nil},
		{"a name before a heading in title case is no transcript line",
			intro + "Karl Weber: Why I Will Never Sign That Treaty.",
			nil},
		{"a section that names its subject in full is the writer's, not a transcript line",
			intro + "Anna Kowalska: Pensions Last spring, Anna Kowalska proposed that every worker could save through a public fund.",
			nil},
		{"a quotation running on into the next paragraph takes its cue",
			intro + "\u201cWe built trust. That is the job.\n\u201cAnyone who negotiates knows it,\u201d Weber said.",
			[]want{{"We built trust. That is the job.", "Karl Weber", "said", corpus.FormMarked}, {"Anyone who negotiates knows it,", "Karl Weber", "said", corpus.FormMarked}}},
		{"an excerpt opened with another mark is not the next speaker's",
			intro + "\"Weber was asleep.\n\u201cWe built trust,\u201d Kowalska said.",
			[]want{{"We built trust,", "Anna Kowalska", "said", corpus.FormMarked}}},
		{"a short answer is speech, not a title",
			intro + "\"Absolutely not,\" Weber replied when asked about the plan.",
			[]want{{"Absolutely not,", "Karl Weber", "replied", corpus.FormMarked}}},
		{"a name after a preposition is no subject for he",
			intro + "Weber told Kowalska that a call from Minister Jan Novak would go well. \"It will be a good call,\" he said.",
			[]want{{"It will be a good call,", "Karl Weber", "said", corpus.FormMarked}}},
		{"the name in the apposition of a description speaks",
			intro + "\"This is a big year for Vienna!\" Weber's aide, Maria Lang, shouted to the crowd.",
			[]want{{"This is a big year for Vienna!", "Maria Lang", "shouted", corpus.FormMarked}}},
		{"a title and a party in the apposition",
			intro + "\"We will win!\" Weber's aide, state Del. Maria Lang (D-Graz), shouted to the crowd.",
			[]want{{"We will win!", "Maria Lang", "shouted", corpus.FormMarked}}},
		{"a nickname inside a name is no quotation",
			intro + "\"We will win,\" Weber's niece, Maria \"Mia\" Lang, said.",
			[]want{{"We will win,", "Maria Lang", "said", corpus.FormMarked}}},
		{"a pronoun means the last subject, not the last name",
			intro + "Kowalska said she spoke with Weber by phone. \"It went well,\" she said.",
			[]want{{"It went well,", "Anna Kowalska", "said", corpus.FormMarked}}},
		{"she is not the last man named",
			"Senator Jane Miller spoke first. She thanked her staff.\nTom Fuller arrived late.\nMiller listened while Fuller spoke about his plan. \"It will not pass,\" she said.",
			[]want{{"It will not pass,", "Jane Miller", "said", corpus.FormMarked}}},
		{"a description from an apposition",
			"Rep. Don Bacon, a Nebraska Republican, spoke to Tom Fuller.\n\"He should be fired,\" the Nebraska Republican said.",
			[]want{{"He should be fired,", "Don Bacon", "said", corpus.FormMarked}}},
		{"a role between the verb and the name",
			intro + "\"We are pleased with the ruling,\" Weber's lawyer Marc Kasowitz said.",
			[]want{{"We are pleased with the ruling,", "Marc Kasowitz", "said", corpus.FormMarked}}},
		{"a party label in parentheses",
			intro + "\"Subpoenas are not optional,\" Rep. Jason Chaffetz (R-Utah) said.",
			[]want{{"Subpoenas are not optional,", "Jason Chaffetz", "said", corpus.FormMarked}}},
		{"where the speaker is from",
			intro + "\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.",
			[]want{{"It was the least bad outcome,", "Morgan", "said", corpus.FormMarked}}},
		{"the cue as a short sentence of its own",
			intro + "\u201cDoes anybody know the plan?\u201d Weber asked. \u201cNeither do I.\u201d",
			[]want{{"Does anybody know the plan?", "Karl Weber", "asked", corpus.FormMarked}, {"Neither do I.", "Karl Weber", "asked", corpus.FormContinuation}}},
		{"the next sentence with its own subject is no cue",
			intro + "Weber called the plan an \"outlaw scheme for the region.\" Kowalska insisted that Vienna \"stop its escapades.\"",
			[]want{{"outlaw scheme for the region.", "Karl Weber", "called", corpus.FormFragment}, {"stop its escapades.", "Anna Kowalska", "insisted", corpus.FormFragment}}},
		{"a signature after a horizontal bar",
			intro + "\u201cWe need hope, not walls.\u201d \u2015 Ann Lee",
			[]want{{"We need hope, not walls.", "Ann Lee", "dash", corpus.FormDash}}},
		{"a campaign speaks",
			intro + "\"We will not comment,\" Weber's campaign said. \"Not today,\" the campaign added.",
			[]want{{"We will not comment,", "Weber campaign", "said", corpus.FormMarked}, {"Not today,", "Weber campaign", "added", corpus.FormMarked}}},
		{"an organisation speaks",
			intro + "\"We do not comment on leaks,\" the White House said.",
			[]want{{"We do not comment on leaks,", "White House", "said", corpus.FormMarked}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			check(t, tc.text, got, tc.want)
		})
	}
}

func TestContinuationAndFragments(t *testing.T) {
	intro := "Polish envoy Anna Kowalska met German minister Karl Weber in Vienna.\n"
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"a paragraph of quotation after one ending in a colon",
			intro + "Weber continued:\n\"The plan has twenty points and each one matters.\"",
			[]want{{"The plan has twenty points and each one matters.", "Karl Weber", "continued", corpus.FormContinuation}}},
		{"a quotation that runs on into the next paragraph",
			intro + "\"We will not sign this paper,\" Weber said. \"Not now, not ever.\n\"Nobody should ask us again.\"",
			[]want{{"We will not sign this paper,", "Karl Weber", "said", corpus.FormMarked},
				{"Not now, not ever.", "Karl Weber", "said", corpus.FormContinuation},
				{"Nobody should ask us again.", "Karl Weber", "said", corpus.FormContinuation}}},
		{"a speech over paragraphs each reopened, after its cue, names its speaker's every paragraph",
			intro + "\"We came to listen,\" Weber said in a letter to the council.\n\"We leave with nothing.\n\"The valley road is still closed to our trucks.\n\"We will be back in the spring.\"",
			[]want{{"We came to listen,", "Karl Weber", "said", corpus.FormMarked},
				{"We leave with nothing.", "Karl Weber", "said", corpus.FormContinuation},
				{"The valley road is still closed to our trucks.", "Karl Weber", "said", corpus.FormContinuation},
				{"We will be back in the spring.", "Karl Weber", "said", corpus.FormContinuation}}},
		{"a photo caption set between the paragraphs of a speech does not end it",
			intro + "\"We came to listen,\" Weber said in a letter to the council.\n\"We leave with nothing.\nKarl Weber in Vienna in 2021.\nKarl Weber in Vienna in 2021.Credit: Lenz Agency\n\"We will be back in the spring.\"",
			[]want{{"We came to listen,", "Karl Weber", "said", corpus.FormMarked},
				{"We leave with nothing.", "Karl Weber", "said", corpus.FormContinuation},
				{"We will be back in the spring.", "Karl Weber", "said", corpus.FormContinuation}}},
		{"a run of paragraphs left open whose last names another speaker is that speaker's",
			intro + "\"We came to listen,\" Weber said.\n\"Nobody here has asked the farmers.\n\"They should have been first,\" Kowalska said.",
			[]want{{"We came to listen,", "Karl Weber", "said", corpus.FormMarked},
				{"Nobody here has asked the farmers.", "Anna Kowalska", "said", corpus.FormMarked},
				{"They should have been first,", "Anna Kowalska", "said", corpus.FormMarked}}},
		{"a paragraph of the writer's own words ends the wait: the speech after it is no one's",
			intro + "\"We came to listen,\" Weber said.\n\"Nobody here has asked the farmers.\nThe council met again on Tuesday and voted on the road budget for the two valleys of the district.\n\"They should have been first.\"",
			[]want{{"We came to listen,", "Karl Weber", "said", corpus.FormMarked}}},
		{"a quotation after a sentence that ends with its cue",
			intro + "The talks failed, Weber said. \"Nobody wanted to give ground.\"",
			[]want{{"Nobody wanted to give ground.", "Karl Weber", "said", corpus.FormMarked}}},
		{"a quotation after a sentence that does not attribute it",
			intro + "Weber said the talks failed. \"Ground Zero\" was the name of the plan.",
			nil},
		{"a fragment in a sentence its cue closes",
			intro + "A clerk who \"steals a handful of coins\" goes to jail, Weber said on Friday.",
			[]want{{"steals a handful of coins", "Karl Weber", "said", corpus.FormFragment}}},
		{"a quoted word after the pronoun object of the verb",
			intro + "Weber called her \"rude\" on Friday.",
			[]want{{"rude", "Karl Weber", "called", corpus.FormFragment}}},
		{"a fragment an organisation reports",
			intro + "The White House said in a statement that it was \"encouraged\" by the talks.",
			[]want{{"encouraged", "White House", "said", corpus.FormFragment}}},
		{"a fragment from someone nobody named is dropped",
			intro + "According to one European diplomat, the mood was \"tense but constructive.\"",
			nil},
		{"a three-word phrase before a noun is someone's words",
			intro + "Weber warned of a \"long and bitter\" fight ahead.",
			[]want{{"long and bitter", "Karl Weber", "warned", corpus.FormFragment}}},
		{"a fragment in reported speech",
			intro + "Weber said the calls had been leaked to \"hinder\" relations.",
			[]want{{"hinder", "Karl Weber", "said", corpus.FormFragment}}},
		{"a quoted clause after reported speech, hypothetical verb skipped",
			intro + "Weber spoke last.\nHe added that Kowalska could say the same, \"because both sides must give something.\"",
			[]want{{"because both sides must give something.", "Karl Weber", "added", corpus.FormFragment}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			check(t, tc.text, got, tc.want)
		})
	}
}

func TestScareQuotesAndTitles(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"no cue at all", "Russia sent its proposals for a \"peace agreement\" to Washington."},
		{"a possessive before it", "Mayor Tom Fuller said he had not heard Weber's \"leaked\" conversation."},
		{"a noun after it", "Mayor Tom Fuller said it was a \"standard\" negotiating procedure."},
		{"a title", "Mayor Tom Fuller said on Fox News's \"Morning Talk Show\" that he would run."},
		{"so-called", "Mayor Tom Fuller said the so-called \"plan\" failed."},
		{"a possessive pronoun before it", "Mayor Tom Fuller referred to her \"sex tape.\""},
		{"object of a preposition without a speaker", "The adoption of a \"peace plan\" was delayed."},
		{"a programme after its channel's possessive", "Tom Fuller, host of ZDF's \"Morning Call,\" said the plan would fail."},
		{"a programme after on", "Mayor Tom Fuller said in an interview aired on \"Late Desk.\""},
		{"a code name", "The agencies said they had run a year-long inquiry code-named \"Lantern\" into the port."},
		{"a nickname", "Mayor Tom Fuller said the trader known as \"Fox\" had left the city."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			assert.Empty(t, got)
		})
	}
}

func TestSpeakersAcrossArticles(t *testing.T) {
	arts, got, r := extract(t,
		"Russian envoy Kirill Volkov spoke to Yuri Sokolov, the top aide to the president.\n\"We agree,\" Sokolov said.",
		"\"We agree again,\" Sokolv said.",
	)
	require.Len(t, got, 2)
	assert.Equal(t, "Yuri Sokolov", got[0].Speaker)
	assert.Equal(t, "Yuri Sokolov", got[1].Speaker, "a misspelling in another article")
	assert.Equal(t, "Sokolv", got[1].MentionAt().Of(arts[1].Text))
	assert.Equal(t, got[0].SpeakerID, got[1].SpeakerID)
	assert.Equal(t, int32(1), got[1].Article)
	assert.Equal(t, arts[1].File, got[1].File)
	p := r.Person(int(got[0].SpeakerID))
	require.NotNil(t, p)
	assert.Contains(t, p.Aliases, "Sokolv")
}
