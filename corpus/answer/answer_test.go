package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

func files(ss []corpus.Source) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.File)
	}
	return out
}

func TestAskKinds(t *testing.T) {
	_, a := story(t)
	tests := []struct {
		name      string
		q         string
		kind      string
		answer    string // the answer line holds this
		speaker   string
		quoteHas  string
		wantFiles []string // exactly these sources, in any order
	}{
		{"who said, verbatim", "whosaid really good call", KindWhoSaid, "Steve Witkoff", "Steve Witkoff", "really good call", []string{"a.txt", "b.txt"}},
		{"who said, misspelt", "whosaid a relly good call", KindWhoSaid, "Steve Witkoff", "Steve Witkoff", "really good call", []string{"a.txt", "b.txt"}},
		{"who said, in a question", "Who said he needs to sell Ukraine to Russia?", KindWhoSaid, "Donald Trump", "Donald Trump", "sell Ukraine to Russia", []string{"a.txt", "c.txt"}},
		{"what did X say about a topic, misspelt name", "what did Ushkov say about confidentiality", KindSaid, "Yuri Ushakov", "Yuri Ushakov", "confidential", []string{"a.txt"}},
		{"what did a description say", "What did the Nebraska Republican say?", KindSaid, "Don Bacon", "Don Bacon", "should be fired", []string{"a.txt"}},
		{"what someone said, reported without quotation marks", "What did Dmitriev say about the publication?", KindSaid, "Kirill Dmitriev", "Kirill Dmitriev", "called the publication a fake", []string{"b.txt"}},
		{"topic only in the paragraph around the quotation", "What did Trump say about Witkoff's approach?", KindSaid, "Donald Trump", "Donald Trump", "sell Ukraine", []string{"a.txt", "c.txt"}},
		{"when, a date written three ways", "When did Witkoff and Ushakov speak on the phone?", KindWhen, "October 14, 2025", "", "Oct. 14", []string{"a.txt", "b.txt", "c.txt"}},
		{"when, the people decide the event", "When did Ushakov and Dmitriev talk?", KindWhen, "October 29, 2025", "", "October 29", []string{"c.txt"}},
		// "Ushakov said Witkoff has agreed to visit …": the date is
		// Ushakov's telling, and the reply names him (attributed.go).
		{"when, in the future", "When will Witkoff visit Moscow?", KindWhen, "next week", "Yuri Ushakov", "visit Moscow", []string{"c.txt"}},
		{"how long", "How long did the call last?", KindHowLong, "just over five minutes", "", "five minutes", []string{"a.txt", "b.txt"}},
		{"how many, with the counted thing", "How many points did the peace proposal have?", KindHowMany, "28 points", "", "28-point", []string{"b.txt"}},
		{"how long, in digits for words", "How long did the call last, 5 minutes?", KindHowLong, "just over five minutes", "", "five minutes", []string{"a.txt", "b.txt"}},
		{"who did it, from a quotation", "Who called for Witkoff to be fired?", KindWho, "Don Bacon", "Don Bacon", "should be fired", []string{"a.txt"}},
		{"who wanted it, from a quotation", "Who wanted Witkoff fired?", KindWho, "Don Bacon", "Don Bacon", "should be fired", []string{"a.txt"}},
		// a.txt says "published by Bloomberg" too, and b.txt reports the
		// same fact as a.txt.
		{"who did it, from a sentence", "Who published the transcript?", KindWho, "Bloomberg", "", "Bloomberg published", []string{"a.txt", "b.txt", "c.txt"}},
		{"did it happen: no", "Did the White House dispute the transcript?", KindYesNo, "No — The White House did not dispute", "", "did not dispute", []string{"a.txt"}},
		// What the person asked said, reported: the reply names them (inquote.go).
		{"what", "What did Dmitriev call the publication?", KindWhat, "a fake", "Kirill Dmitriev", "called the publication a fake", []string{"b.txt"}},
		{"words without a question: who said them", "really good call", KindWhat, "Steve Witkoff", "Steve Witkoff", "really good call", []string{"a.txt", "b.txt"}},
		{"keywords asking when", "witkoff ushakov phone call date", KindWhen, "October 14, 2025", "", "Oct. 14", []string{"a.txt", "b.txt", "c.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, "suggestions: %v", got.Suggestions)
			assert.Equal(t, tt.kind, got.Kind)
			assert.Contains(t, got.Answer, tt.answer)
			assert.Equal(t, tt.speaker, got.Speaker)
			assert.Contains(t, got.Quote, tt.quoteHas)
			assert.ElementsMatch(t, tt.wantFiles, files(got.Sources))
			assert.Equal(t, got.File, got.Sources[0].File, "the quoted source comes first")
			assert.Greater(t, got.Score, 0.0)
			assert.Nil(t, got.Explain)
		})
	}
}

func TestAskNotFound(t *testing.T) {
	_, a := story(t)
	tests := []struct {
		name    string
		q       string
		suggest string // one suggestion holds this
	}{
		{"something the corpus never mentions", "Who won the Champions League final?", "Champions League"},
		{"a person not in the corpus", "What did Biden say about Witkoff?", `"Biden"`},
		{"a famous line nobody here said", "whosaid I have a dream", "quotations"},
		{"words the corpus knows, in a question it does not answer", "When did Bacon visit Moscow?", ""},
		{"a person in the corpus, a topic they never spoke of", "What did Bacon say about Gaza?", "should be fired"},
		{"only stopwords", "whosaid what is it", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.False(t, got.Found, "answered %q with %q", got.Answer, got.Quote)
			assert.Equal(t, NotFound, got.Answer)
			assert.Empty(t, got.Speaker)
			assert.Empty(t, got.Quote)
			assert.Empty(t, got.Sources)
			assert.NotNil(t, got.Sources, "an empty list, not null")
			if tt.suggest != "" {
				assert.Contains(t, strings.Join(got.Suggestions, "\n"), tt.suggest)
			}
		})
	}
}

func TestSourcesListTheWholeCluster(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	var ids []int
	for i, outlet := range []string{"One", "Two", "", "Four"} {
		art := f.article(string(rune('a'+i))+".txt", outlet, "2025-11-2"+string(rune('6'+i%3)),
			"Witkoff said: \"It is going to be a really good call.\"\nOther news of the day.\n")
		ids = append(ids, f.quote(art, "It is going to be a really good call.", wit))
	}
	f.sameQuote(ids...)
	a := f.build()

	got := a.WhoSaid(context.Background(), "really good call")
	require.True(t, got.Found)
	assert.ElementsMatch(t, []string{"a.txt", "b.txt", "c.txt", "d.txt"}, files(got.Sources))
	for _, s := range got.Sources {
		assert.Equal(t, "It is going to be a really good call.", s.Wording)
		if s.File == "c.txt" {
			assert.Nil(t, s.Outlet, "an unknown outlet is null, not guessed")
		} else {
			require.NotNil(t, s.Outlet)
		}
		assert.False(t, s.Published.IsZero())
	}
	assert.Empty(t, got.Alternatives, "the same quotation four times is one answer")
}

func TestAlternativesWhenAmbiguous(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	ush := f.person("Yuri Ushakov", []string{"Ushakov"})
	art := f.article("a.txt", "", "", "\"We want a peace deal,\" Witkoff said.\n\"We also want a peace deal,\" Ushakov said.\n")
	f.quote(art, "We want a peace deal", wit)
	f.quote(art, "We also want a peace deal", ush)
	a := f.build()
	got := a.WhoSaid(context.Background(), "we want a peace deal")
	require.True(t, got.Found)
	require.Len(t, got.Alternatives, 1)
	assert.NotEqual(t, got.Speaker, got.Alternatives[0].Speaker)
}

func TestExplainOnlyWhenAsked(t *testing.T) {
	_, a := story(t)
	got := a.Ask(WithExplain(context.Background()), "whosaid really good call")
	require.NotNil(t, got.Explain)
	assert.InDelta(t, got.Score, got.Explain.Value, 1e-9)
	got = a.Ask(WithExplain(context.Background()), "How long did the call last?")
	require.NotNil(t, got.Explain)
	assert.Nil(t, a.Ask(context.Background(), "How long did the call last?").Explain)
}

func TestSuggestQuotes(t *testing.T) {
	_, a := story(t)
	c := a.c
	text := func(ids []int) []string {
		var out []string
		for _, id := range ids {
			out = append(out, c.Quotes[id].Text)
		}
		return out
	}
	tests := []struct {
		name  string
		typed string
		first string
	}{
		{"a word being typed", "really go", "good call"},
		{"a finished word", "confidential ", "confidential"},
		{"a misspelt word", "confidental", "confidential"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.SuggestQuotes(tt.typed, 3)
			require.NotEmpty(t, got)
			assert.LessOrEqual(t, len(got), 3)
			assert.Contains(t, text(got)[0], tt.first)
		})
	}
	assert.Len(t, a.SuggestQuotes("", 2), 2, "nothing typed yet: the most reported quotations")
	assert.Empty(t, a.SuggestQuotes("really", 0))
	all := a.SuggestQuotes("really good call", 10)
	assert.Len(t, all, 1, "one quotation reported twice is offered once")
}

func TestQuotesAbout(t *testing.T) {
	_, a := story(t)
	var all []int
	for i := range a.c.Quotes {
		all = append(all, i)
	}
	got := a.QuotesAbout(all, "confidentiality")
	require.Len(t, got, 1)
	assert.Contains(t, a.c.Quotes[got[0]].Text, "confidential")
	assert.Equal(t, all, a.QuotesAbout(all, "  "), "no topic keeps the order")
	assert.Empty(t, a.QuotesAbout(all, "football"))
}

func TestEmptyCorpus(t *testing.T) {
	a := New(&corpus.Corpus{}, nil, nil)
	for _, q := range []string{"whosaid anything", "When did it happen?", "What did Witkoff say?", "?"} {
		got := a.Ask(context.Background(), q)
		assert.False(t, got.Found, q)
		assert.NotNil(t, got.Sources)
	}
	assert.Empty(t, a.SuggestQuotes("any", 3))
}

func TestSourcesLeaveOutClusterMembersWithAnotherValue(t *testing.T) {
	f := newFixture(t)
	a1 := f.article("a.txt", "One", "", "The talks produced a 36-point plan on grain.\n")
	a2 := f.article("b.txt", "Two", "", "Negotiators drew up a 36-point plan on grain.\n")
	a3 := f.article("c.txt", "Three", "", "The talks produced a 12-point plan on grain.\n")
	f1 := f.fact(a1, "The talks produced a 36-point plan on grain.", nil, num("36", "36"))
	f2 := f.fact(a2, "Negotiators drew up a 36-point plan on grain.", nil, num("36", "36"))
	f3 := f.fact(a3, "The talks produced a 12-point plan on grain.", nil, num("12", "12"))
	// A clustering that is too generous must not put a.txt's number in
	// c.txt's mouth.
	f.sameFact(f1, f2, f3)
	a := f.build()
	got := a.Ask(context.Background(), "How many points did the plan on grain have?")
	require.True(t, got.Found)
	assert.Equal(t, "36 points", got.Answer)
	assert.ElementsMatch(t, []string{"a.txt", "b.txt"}, files(got.Sources))
}

func TestInOrder(t *testing.T) {
	tests := []struct {
		name       string
		want, have string
		share      float64
	}{
		{"word for word", "we will do everything neatly", "We will do everything neatly, Dmitriev said", 1},
		{"one word missing", "we will do it neatly", "we will do everything neatly", 0.8},
		{"out of order counts once", "neatly everything", "everything neatly", 0.5},
		{"a typo still counts", "we will do everyting neatly", "we will do everything neatly", 1},
		{"short words must be exact", "we wil", "we will", 0.5},
		{"nothing in common", "a dream", "the call", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.share, inOrder(foldedWords(tt.want), foldedWords(tt.have)), 1e-9)
		})
	}
}

func TestWhoNamesTheActor(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	ush := f.person("Yuri Ushakov", []string{"Ushakov"})
	put := f.person("Vladimir Putin", []string{"Putin"})
	rub := f.person("Marco Rubio", []string{"Rubio"})
	art := f.article("a.txt", "", "", "Ushakov also mentioned that Witkoff has a preliminary agreement to visit Moscow next week.\n"+
		"Later, Ushakov was praised by President Vladimir Putin.\n"+
		"Putin's adviser Ushakov signed the letter.\n"+
		"Witkoff was supported by US Secretary of State Marco Rubio.\n"+
		"Letter Signed By Putin Praised By Witkoff\n"+
		"The American outlet Bloomberg published the letter.\n"+
		"Envoy Steve Witkoff, according to a transcript of the Oct. 14 call, coached Ushakov on the pitch.\n"+
		"Marco Rubio, a Florida lawmaker who has been critical of the grain deal, spoke on Friday.\n")
	f.fact(art, "Marco Rubio, a Florida lawmaker who has been critical of the grain deal, spoke on Friday.", []int{rub})
	f.fact(art, "The American outlet Bloomberg published the letter.", nil)
	f.fact(art, "Envoy Steve Witkoff, according to a transcript of the Oct. 14 call, coached Ushakov on the pitch.", []int{wit, ush})
	f.fact(art, "Witkoff was supported by US Secretary of State Marco Rubio.", []int{wit, rub})
	f.fact(art, "Ushakov also mentioned that Witkoff has a preliminary agreement to visit Moscow next week.", []int{ush, wit}, rel("next week"))
	f.fact(art, "Later, Ushakov was praised by President Vladimir Putin.", []int{ush, put})
	f.fact(art, "Putin's adviser Ushakov signed the letter.", []int{put, ush})
	a := f.build()
	tests := []askCase{
		{"the subject a few words before the verb, not the place asked about", "Who will visit Moscow next week?", "Steve Witkoff"},
		{"the agent after by, without the title", "Who praised Ushakov?", "Vladimir Putin"},
		{"the name right before the verb, not the owner before it", "Who signed the letter?", "Yuri Ushakov"},
		{"a title with 'of' in it", "Who supported Witkoff?", "Marco Rubio"},
		{"which kind of party: the name after the kind", "Which outlet published the letter?", "Bloomberg"},
		{"the subject before an aside set off by commas", "Who coached Ushakov?", "Steve Witkoff"},
		{"the subject of a relative clause, past an apposition", "Who criticized the grain deal?", "Marco Rubio"},
		{"what kind of party, not said in the article", "What news agency published the letter?", "Bloomberg"},
	}
	checkAsks(t, a, tests)
}

func TestParentheticalFindsTheWordBeforeTheAside(t *testing.T) {
	tests := []struct {
		name, text, last, want string
	}{
		{"an aside with an abbreviation in it", "Witkoff, according to a transcript of the Oct. 14 call, advised him", "call", "Witkoff"},
		{"no opening comma", "Witkoff according to the call, advised him", "call", ""},
		{"not back into another clause", "He came, then left; soon after, advised him", "after", ""},
		{"not past a colon", "Aides, he wrote: soon after, advised him", "after", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := index.Words.Tokenize(tt.text)
			last := -1
			for i, tok := range toks {
				if tok.Term == tt.last {
					last = i
				}
			}
			require.GreaterOrEqual(t, last, 0)
			got := ""
			if k := parenthetical(tt.text, toks, last); k >= 0 {
				got = toks[k].Term
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSourcesIncludeTheSameQuotationClusteringMissed(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	a1 := f.article("a.txt", "One", "", "\"From that, it is going to be a really good call,\" Witkoff said.\n")
	a2 := f.article("b.txt", "Two", "", "\"I think from that it's going to be a really good call,\" he said.\n")
	a3 := f.article("c.txt", "Three", "", "\"A good call is rare,\" Witkoff said.\n")
	f.quote(a1, "From that, it is going to be a really good call,", wit)
	f.quote(a2, "I think from that it's going to be a really good call,", wit)
	f.quote(a3, "A good call is rare,", wit)
	a := f.build()
	got := a.WhoSaid(context.Background(), "going to be a really good call")
	require.True(t, got.Found)
	assert.ElementsMatch(t, []string{"a.txt", "b.txt"}, files(got.Sources), "the same words of the same speaker, not another quotation")
}

func TestWhoIsDescribesThePerson(t *testing.T) {
	_, a := story(t)
	got := a.Ask(context.Background(), "Who is Don Bacon?")
	require.True(t, got.Found)
	assert.Equal(t, "Don Bacon — a Nebraska Republican", got.Answer)
	assert.Equal(t, "Don Bacon", got.Speaker)
	assert.Equal(t, []string{"a.txt"}, files(got.Sources), "the article that quotes him")
	assert.False(t, a.Ask(context.Background(), "Who is Joe Biden?").Found)
}

func TestHeadlinesNameNoActor(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "", "", "Leaked Call Sparks Controversy Over Ukraine Peace Talks\n")
	f.fact(art, "Leaked Call Sparks Controversy Over Ukraine Peace Talks", nil)
	a := f.build()
	assert.False(t, a.Ask(context.Background(), "Who leaked the call?").Found, "a headline capitalises every word")
}

func TestWhenPrefersTheDayOverWhenSomeoneCommented(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	ush := f.person("Yuri Ushakov", []string{"Ushakov"})
	a1 := f.article("a.txt", "", "", "The Kremlin said on Wednesday that the phone call between Ushakov and Witkoff was leaked.\n")
	a2 := f.article("b.txt", "", "", "Witkoff spoke with Ushakov by phone on October 14.\n")
	f.fact(a1, "The Kremlin said on Wednesday that the phone call between Ushakov and Witkoff was leaked.", []int{ush, wit}, rel("on Wednesday"))
	f.fact(a2, "Witkoff spoke with Ushakov by phone on October 14.", []int{wit, ush}, date("October 14", "2025-10-14"))
	a := f.build()
	got := a.Ask(context.Background(), "When did Witkoff and Ushakov speak on the phone?")
	require.True(t, got.Found)
	assert.Equal(t, "October 14, 2025", got.Answer)
	assert.Equal(t, []string{"b.txt"}, files(got.Sources))
}

func TestYesNoNeedsTheSentenceToSayIt(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	bac := f.person("Don Bacon", []string{"Bacon"})
	ush := f.person("Yuri Ushakov", []string{"Ushakov"})
	art := f.article("a.txt", "One", "", "Witkoff should be fired, Bacon said on social media.\n"+
		"The recordings had likely been leaked to hinder ties, Ushakov said.\n"+
		"Ushakov said the recordings were not leaked by Moscow.\n"+
		"Witkoff was dismissed as a dealmaker by critics.\n"+
		"\"I will not comment on the recordings,\" Ushakov said.\n"+
		"Bacon spoke in Omaha. A farmers' union endorsed Ushakov.\n")
	f.quote(art, "I will not comment on the recordings,", ush)
	f.fact(art, "A farmers' union endorsed Ushakov.", []int{ush})
	f.fact(art, "Witkoff should be fired, Bacon said on social media.", []int{wit, bac})
	f.fact(art, "The recordings had likely been leaked to hinder ties, Ushakov said.", []int{ush})
	f.fact(art, "Ushakov said the recordings were not leaked by Moscow.", []int{ush})
	f.fact(art, "Witkoff was dismissed as a dealmaker by critics.", []int{wit})
	a := f.build()
	tests := []askCase{
		{"what someone wants did not happen", "Was Witkoff fired?", ""},
		{"a synonym says another thing", "Did Witkoff resign?", ""},
		{"what someone said, modal and all", "Did Bacon say Witkoff should be fired?", "Yes — "},
		{"a passive without its agent says not by whom", "Did Russia leak the recordings?", ""},
		{"the agent after by", "Did Moscow leak the recordings?", "No — "},
		{"no agent asked: the passive says it", "Were the recordings leaked?", "Yes — "},
		{"a quotation answers for its own speaker", "Did Ushakov comment on the recordings?", "No — "},
		{"not for someone else", "Did Witkoff comment on the recordings?", ""},
		{"the agent must be in the sentence, not only its paragraph", "Did Bacon endorse Ushakov?", ""},
	}
	checkAsksBy(t, a, tests, yesNoOf)
}

func TestTheDayAfterDatesTheOtherEvent(t *testing.T) {
	f := newFixture(t)
	tru := f.person("Donald Trump", []string{"Trump"})
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	art := f.article("a.txt", "One", "2025-11-26", "Witkoff's call was held on October 14, 2025, the day after Trump spoke at the Knesset.\n"+
		"The envoy landed on November 3, two days before Trump met the emir.\n")
	f.fact(art, "Witkoff's call was held on October 14, 2025, the day after Trump spoke at the Knesset.", []int{wit, tru}, date("October 14, 2025", "2025-10-14"))
	f.fact(art, "The envoy landed on November 3, two days before Trump met the emir.", []int{tru}, date("November 3", "2025-11-03"))
	a := f.build()
	tests := []askCase{
		{"the event of the clause, a day before", "When did Trump speak at the Knesset?", "October 13, 2025"},
		{"the event of the sentence, as written", "When was Witkoff's call held?", "October 14, 2025"},
		{"days before, counted forward", "When did Trump meet the emir?", "November 5, 2025"},
		{"who did it on the day: not the one of the day after", "Who spoke at the Knesset on October 14?", ""},
	}
	checkAsks(t, a, tests)
}

func TestSourcesIncludeATranslationToldAtTheSameMoment(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	a1 := f.article("a.txt", "One", "", "Witkoff urged Putin to congratulate Trump on the Gaza ceasefire.\n"+
		"\"From that, it is going to be a really good call,\" Witkoff said.\n")
	a2 := f.article("b.txt", "Two", "", "The envoy advised that Putin congratulate Trump on the Gaza ceasefire.\n"+
		"\"I think after this the conversation will be very good,\" Witkoff said.\n"+
		"\"I think we will get a deal, a good one, with a lot of freedom to negotiate and more calls after that,\" Witkoff added.\n")
	a3 := f.article("c.txt", "Three", "", "Witkoff spoke about grain exports in a radio interview.\n"+
		"\"After this the conversation will be very good,\" Witkoff said.\n")
	q1 := f.quote(a1, "From that, it is going to be a really good call,", wit)
	f.quote(a2, "I think after this the conversation will be very good,", wit)
	f.quote(a2, "I think we will get a deal, a good one, with a lot of freedom to negotiate and more calls after that,", wit)
	f.quote(a3, "After this the conversation will be very good,", wit)
	a := f.build()
	got := a.WhoSaid(context.Background(), "really good call")
	require.True(t, got.Found)
	assert.Equal(t, q1, got.QuoteN)
	assert.ElementsMatch(t, []string{"a.txt", "b.txt"}, files(got.Sources),
		"the translation told after the same advice, not a long speech sharing two words, nor the same words in another story")
	for _, s := range got.Sources {
		if s.File == "b.txt" {
			assert.Contains(t, s.Wording, "conversation will be very good")
		}
	}
}

func TestValueLineWritesCountsAsReadersDo(t *testing.T) {
	tests := []struct {
		name, text, norm, want string
	}{
		{"a large number as written", "almost 14 million", "14000000", "almost 14 million votes"},
		{"a compound with the unit", "28-point", "28", "28 points"},
		{"digits and the unit", "20 points", "20", "20 points"},
		{"bare digits", "12", "12", "12 votes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			unit := "votes"
			if strings.Contains(tt.text, "point") {
				unit = "points"
			}
			v := corpus.Value{Kind: corpus.ValueNumber, Text: tt.text, Norm: tt.norm}
			assert.Equal(t, tt.want, valueLine(v, Question{Kind: KindHowMany, Unit: unit}))
		})
	}
}

func TestHowManyIsNotAnAge(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "One", "", "Donna Rawlings, 59, of Ashton, watched the debate with other people on a screen.\n")
	f.fact(art, "Donna Rawlings, 59, of Ashton, watched the debate with other people on a screen.", nil, num("59", "59"))
	a := f.build()
	got := a.Ask(context.Background(), "How many people watched the debate?")
	assert.False(t, got.Found, "answer %q", got.Answer)
	f2 := newFixture(t)
	art2 := f2.article("a.txt", "One", "", "Donna Rawlings, 59, of Ashton, watched the debate on a screen.\n"+
		"About 84 million people watched the debate on television.\n")
	f2.fact(art2, "Donna Rawlings, 59, of Ashton, watched the debate on a screen.", nil, num("59", "59"))
	f2.fact(art2, "About 84 million people watched the debate on television.", nil, num("84 million", "84000000"))
	got = f2.build().Ask(context.Background(), "How many people watched the debate?")
	require.True(t, got.Found)
	assert.Equal(t, "84 million people", got.Answer)
}

func TestNamesMisspeltByEar(t *testing.T) {
	f := newFixture(t)
	ch := f.person("Jason Chaffetz", []string{"Chaffetz"})
	art := f.article("a.txt", "One", "", "\"Subpoenas are not optional,\" Chaffetz said.\n")
	f.quote(art, "Subpoenas are not optional,", ch)
	a := f.build()
	got := a.Ask(context.Background(), "what did chafets say about subpoenas")
	require.True(t, got.Found, "suggestions %q", got.Suggestions)
	assert.Equal(t, "Jason Chaffetz", got.Speaker)

	tests := []struct{ a, b, want string }{
		{"chaffetz", "chafets", "chfts"},
		{"philipps", "filips", "flps"},
		{"bacon", "bacon", "bcn"},
		{"ted cruz", "", ""}, // more than one word: no key
		{"cruz", "", ""},     // too short to tell apart
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, soundKey(tt.a), tt.a)
		if tt.b != "" {
			assert.Equal(t, soundKey(tt.a), soundKey(tt.b), tt.b)
		}
	}
}

func TestWhoSaidReportedSpeech(t *testing.T) {
	f := newFixture(t)
	tru := f.person("Donald Trump", []string{"Trump"})
	bac := f.person("Don Bacon", []string{"Bacon"})
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	art := f.article("a.txt", "One", "", "Witkoff met the Russians again.\n"+
		"\"He's got to sell Ukraine to Russia,\" Trump said of Witkoff.\n"+
		"Rep. Don Bacon said the transcript showed Witkoff favors the Russians.\n"+
		"Trump on Tuesday said the proposal had been improved.\n")
	f.quote(art, "He's got to sell Ukraine to Russia,", tru)
	f.fact(art, "Rep. Don Bacon said the transcript showed Witkoff favors the Russians.", []int{bac, wit})
	f.fact(art, "Trump on Tuesday said the proposal had been improved.", []int{tru})
	a := f.build()
	tests := []struct{ q, want string }{
		{"Who said Witkoff favors the Russians?", "Don Bacon"},
		{"Who said the proposal had been improved?", "Donald Trump"},
		{"Who said he has to sell Ukraine to Russia?", "Donald Trump"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Equal(t, tt.want, got.Answer)
			assert.Equal(t, KindWhoSaid, got.Kind)
		})
	}
}

func TestValueOfAnEventBetweenOtherPeople(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	ush := f.person("Yuri Ushakov", []string{"Ushakov"})
	dmi := f.person("Kirill Dmitriev", []string{"Dmitriev"})
	tru := f.person("Donald Trump", []string{"Trump"})
	art := f.article("a.txt", "One", "", "The call between Witkoff and Kremlin aide Yuri Ushakov lasted roughly five minutes.\n\n"+
		"Ushakov also called Dmitriev, a recording shows.\n\n"+
		"The talk lasted just over five minutes, and Witkoff told his counterpart that Trump respects Putin.\n")
	f.fact(art, "The call between Witkoff and Kremlin aide Yuri Ushakov lasted roughly five minutes.", []int{wit, ush}, dur("roughly five minutes", "PT5M"))
	f.fact(art, "Ushakov also called Dmitriev, a recording shows.", []int{ush, dmi})
	f.fact(art, "The talk lasted just over five minutes, and Witkoff told his counterpart that Trump respects Putin.", []int{wit, tru}, dur("just over five minutes", "PT5M"))
	a := f.build()
	got := a.Ask(context.Background(), "How long did Ushakov and Dmitriev talk?")
	assert.False(t, got.Found, "the call between Witkoff and Ushakov is another event: %q", got.Answer)
	got = a.Ask(context.Background(), "How long did Witkoff and Ushakov talk?")
	require.True(t, got.Found, "suggestions %q", got.Suggestions)
	assert.Contains(t, got.Answer, "five minutes")
}

func TestWhereNamesThePlace(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	tru := f.person("Donald Trump", []string{"Trump"})
	art := f.article("a.txt", "One", "", "The delegation will study the plan in Geneva on Monday.\n"+
		"The call came a day after Trump spoke at the Knesset.\n"+
		"Witkoff has an agreement to visit Moscow next week.\n"+
		"Witkoff met Trump in private.\n")
	f.fact(art, "The delegation will study the plan in Geneva on Monday.", nil)
	f.fact(art, "The call came a day after Trump spoke at the Knesset.", []int{tru})
	f.fact(art, "Witkoff has an agreement to visit Moscow next week.", []int{wit}, rel("next week"))
	f.fact(art, "Witkoff met Trump in private.", []int{wit, tru})
	a := f.build()
	tests := []struct{ q, want string }{
		{"Where will the delegation study the plan?", "Geneva"},
		{"Where did Trump speak?", "Knesset"},          // where words were said: the setting reader's line
		{"Where will Witkoff go next week?", "Moscow"}, // a synonym finds the verb
		{"Where did Witkoff meet Trump?", ""},          // a person is no place
		{"Where did the delegation sign the treaty?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			if !foundAsWanted(t, got, tt.want != "") {
				return
			}
			assert.Equal(t, KindWhere, got.Kind)
			assert.Equal(t, tt.want, got.Answer)
		})
	}
}

func TestDurationWords(t *testing.T) {
	tests := []struct{ norm, want string }{
		{"P11D", "11 days"},
		{"PT5M", "5 minutes"},
		{"P1Y", "1 year"},
		{"P2M", "2 months"},
		{"PT1H30M", ""}, // two units: left as the article wrote it
		{"P", ""},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, durationWords(tt.norm), tt.norm)
	}
}

// strike is a second story, nothing like the seeds': a port strike, two
// outlets.
func strike(t *testing.T) *Answerer {
	f := newFixture(t)
	voss := f.person("Clara Voss", []string{"Voss"}, "labour minister")
	a1 := f.article("a.txt", "River Post", "2026-03-03", "Dockworkers at the port of Halden returned to work after an 11-day strike ended with a deal negotiated by labour minister Clara Voss.\n"+
		"The agreement raises wages by 6 percent over two years, according to the union.\n"+
		"Nordline, which runs the terminal, put its losses at 40 million euros.\n"+
		"Port operator Nordline said the strike was costly.\n")
	a2 := f.article("b.txt", "City Herald", "2026-03-04", "The deal gives dock workers a 6% rise spread over two years.\n")
	f.fact(a1, "Dockworkers at the port of Halden returned to work after an 11-day strike ended with a deal negotiated by labour minister Clara Voss.", []int{voss},
		corpus.Value{Kind: corpus.ValueDuration, Text: "11-day", Norm: "P11D"})
	f.fact(a1, "The agreement raises wages by 6 percent over two years, according to the union.", nil,
		corpus.Value{Kind: corpus.ValuePercent, Text: "6 percent", Norm: "6"})
	f.fact(a1, "Nordline, which runs the terminal, put its losses at 40 million euros.", nil)
	f.fact(a1, "Port operator Nordline said the strike was costly.", nil)
	f.fact(a2, "The deal gives dock workers a 6% rise spread over two years.", nil,
		corpus.Value{Kind: corpus.ValuePercent, Text: "6%", Norm: "6"})
	return f.build()
}

func TestAnotherStory(t *testing.T) {
	a := strike(t)
	tests := []struct {
		name, q, want string
		files         []string // nil: any
	}{
		{"a length written as an adjective, without 'last'", "How long did the strike last?", "11 days", []string{"a.txt"}},
		{"a rise said as 'raises' and as 'rise'", "How much will wages rise?", "6", []string{"a.txt", "b.txt"}},
		{"the agent after by, past a role in lower case", "Who negotiated the deal?", "Clara Voss", nil},
		{"the subject of a relative clause the corpus knows no more of", "Who runs the terminal?", "Nordline", nil},
		{"a place after 'the port of'", "Where is the port?", "Halden", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Contains(t, got.Answer, tt.want)
			if tt.files != nil {
				assert.ElementsMatch(t, tt.files, files(got.Sources))
			}
		})
	}
	got := a.Ask(context.Background(), "Who operates the terminal?")
	assert.NotEqual(t, "Port", got.Answer, "an operator is no verb")
}

func TestNumbersAndNationsAreNotFuzzy(t *testing.T) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"})
	art := f.article("a.txt", "One", "", "\"We put a 20-point plan together,\" Witkoff said.\n"+
		"Witkoff told his Russian counterpart that the plan was close.\n"+
		"The 28-point plan emerged this month.\n"+
		"Kyiv studied the 28 points.\nThe 28 proposals were sent.\nAll 28 were read aloud.\n")
	f.fact(art, "The 28-point plan emerged this month.", nil, num("28-point", "28"))
	f.quote(art, "We put a 20-point plan together,", wit)
	f.fact(art, "Witkoff told his Russian counterpart that the plan was close.", []int{wit})
	a := f.build()
	for _, q := range []string{"Who wrote the 28-point plan?", "whosaid the 28-point plan"} {
		got := a.Ask(context.Background(), q)
		assert.False(t, got.Found, "%s: 28 is not 20, one slip away: %q", q, got.Answer)
	}
	got := a.Ask(context.Background(), "Who is Witkoff's counterpart?")
	assert.NotEqual(t, "Russian", got.Answer, "a nation's adjective is no party")
}

func TestAnOrganisationIsNoSurname(t *testing.T) {
	f := newFixture(t)
	dmn := f.person("Dallas Morning News", nil)
	f.c.People[dmn].Kind = corpus.KindOrg
	art := f.article("a.txt", "One", "", "The Dallas Morning News endorsed Clinton.\n\nABC News aired the debate on Monday.\n")
	f.fact(art, "The Dallas Morning News endorsed Clinton.", []int{dmn})
	f.fact(art, "ABC News aired the debate on Monday.", nil)
	a := f.build()
	got := a.Ask(context.Background(), "Who aired the debate?")
	require.True(t, got.Found, "suggestions %q", got.Suggestions)
	assert.Equal(t, "ABC News", got.Answer, "'News' alone is not the Dallas Morning News")
}

// foundAsWanted asserts that a reply finds something when want is set and
// nothing otherwise, and reports whether there is an answer to check.
func foundAsWanted(t *testing.T, got corpus.Answer, want bool) bool {
	t.Helper()
	if !want {
		assert.False(t, got.Found, "answer %q", got.Answer)
		return false
	}
	require.True(t, got.Found, "suggestions %q", got.Suggestions)
	return true
}

// askCase is a question and the answer line wanted ("" is not found).
type askCase struct{ name, q, want string }

// checkAsks asks each question and checks the answer line, or that
// nothing is found.
func checkAsks(t *testing.T, a *Answerer, tests []askCase) {
	t.Helper()
	checkAsksBy(t, a, tests, func(got corpus.Answer) string { return got.Answer })
}

// yesNoOf is a yes/no reply's verdict ("Yes — ", "No — "), else its
// whole answer line.
func yesNoOf(got corpus.Answer) string {
	for _, v := range []string{yesLine, noLine} {
		if strings.HasPrefix(got.Answer, v) {
			return v
		}
	}
	return got.Answer
}

// checkAsksBy is checkAsks for another part of the reply (its speaker).
func checkAsksBy(t *testing.T, a *Answerer, tests []askCase, part func(corpus.Answer) string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			if !foundAsWanted(t, got, tt.want != "") {
				return
			}
			assert.Equal(t, tt.want, part(got))
		})
	}
}

func TestACountAnswersOnlyForWhatItCounts(t *testing.T) {
	f := newFixture(t)
	lun := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "One", "2025-05-02", "Halden lost Sunday's 3–1 derby at the Nordline ground under Erik ten Lund.\n"+
		"The port board sent seven inspectors to the Nordline ground and paid £4.2m for the audit.\n")
	f.fact(art, "Halden lost Sunday's 3–1 derby at the Nordline ground under Erik ten Lund.", []int{lun}, num("3", "3"), num("ten", "10"))
	f.fact(art, "The port board sent seven inspectors to the Nordline ground and paid £4.2m for the audit.", nil,
		num("seven", "7"), corpus.Value{Kind: corpus.ValueMoney, Text: "£4.2m", Norm: "GBP4200000"})
	a := f.build()
	tests := []askCase{
		{"a score is no count of fans", "How many fans were at the Halden derby?", ""},
		{"how much asks for the amount, not a count of inspectors", "How much did the port board pay for the audit?", "£4.2m"},
		{"the thing asked for, counted", "How many inspectors did the port board send?", "7 inspectors"},
	}
	checkAsks(t, a, tests)
}

func TestWhichOutletsReportedIsAnsweredFromTheSources(t *testing.T) {
	f := newFixture(t)
	lun := f.person("Erik Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02", "Dockers at Halden walked out for eleven days, Erik Lund said.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-03", "The Halden dock strike lasted eleven days, according to Lund.\n")
	a3 := f.article("c.txt", "", "2025-05-03", "Halden dockers ended an eleven-day strike, Lund confirmed.\n")
	x := f.fact(a1, "Dockers at Halden walked out for eleven days, Erik Lund said.", []int{lun}, dur("eleven days", "P11D"))
	y := f.fact(a2, "The Halden dock strike lasted eleven days, according to Lund.", []int{lun}, dur("eleven days", "P11D"))
	z := f.fact(a3, "Halden dockers ended an eleven-day strike, Lund confirmed.", []int{lun}, dur("eleven-day", "P11D"))
	f.sameFact(x, y, z)
	a := f.build()
	tests := []struct {
		name, q string
		want    []string // outlets in the answer line; nil is not found
	}{
		{"every outlet of the answer's cluster, unknown ones by file", "Which outlets reported how long the Halden strike lasted?", []string{"Harbour Wire", "Nordic Post", "unknown outlet (c.txt)"}},
		{"what media covered, with 'that'", "What media reported that the Halden strike lasted eleven days?", []string{"Harbour Wire", "Nordic Post"}},
		{"nothing the corpus holds", "Which outlets reported the Halden port fire?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			if !foundAsWanted(t, got, tt.want != nil) {
				return
			}
			for _, o := range tt.want {
				assert.Contains(t, got.Answer, o)
			}
			assert.Empty(t, got.Speaker)
		})
	}
}

func TestYesNoReadsWhatTheQuestionAsksNotItsWordsAsNegations(t *testing.T) {
	f := newFixture(t)
	lun := f.person("Erik Lund", []string{"Lund"})
	ber := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "One", "2025-05-02", "Erik Lund said nothing about the Halden strike on Monday.\n"+
		"Ann Berg refused to sign the dockers' pay offer.\n")
	f.fact(art, "Erik Lund said nothing about the Halden strike on Monday.", []int{lun})
	f.fact(art, "Ann Berg refused to sign the dockers' pay offer.", []int{ber})
	a := f.build()
	tests := []struct {
		name, q, want string // the answer's first word
	}{
		{"'anything' is no slip of 'nothing'", "Did Lund say anything about the Halden strike?", "No"},
		{"'nothing' denies", "Did Lund comment on the Halden strike?", "No"},
		{"the denial asked about is a yes", "Did Lund say nothing about the Halden strike?", "Yes"},
		{"'refused' asked about is a yes", "Did Berg refuse to sign the pay offer?", "Yes"},
		{"'refused' not asked about denies", "Did Berg sign the pay offer?", "No"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, "not found")
			assert.True(t, strings.HasPrefix(got.Answer, tt.want+" —"), "answer %q", got.Answer)
		})
	}
}

func TestWhatShouldHappenDatesNothing(t *testing.T) {
	f := newFixture(t)
	lun := f.person("Erik Lund", []string{"Lund"})
	ber := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "One", "2025-05-02", "On May 3, Berg advised that Lund should call the harbour minister.\n"+
		"Lund met the harbour minister on May 9.\n")
	f.fact(art, "On May 3, Berg advised that Lund should call the harbour minister.", []int{lun, ber}, date("May 3", "2025-05-03"))
	f.fact(art, "Lund met the harbour minister on May 9.", []int{lun}, date("May 9", "2025-05-09"))
	a := f.build()
	tests := []askCase{
		{"a call that should happen has no date", "When did Lund call the harbour minister?", ""},
		{"nor did it happen", "Did Lund call the harbour minister?", ""},
		{"the advice itself is dated", "When did Berg advise Lund?", "May 3, 2025"},
		{"what happened is dated", "When did Lund meet the harbour minister?", "May 9, 2025"},
	}
	checkAsks(t, a, tests)
}

func TestWhatDidXSayNeedsXSpeaking(t *testing.T) {
	f := newFixture(t)
	lun := f.person("Erik Lund", []string{"Lund"})
	vos := f.person("Clara Voss", []string{"Voss"})
	art := f.article("a.txt", "One", "2025-05-02", "The strike ended on Friday, with port boss Erik Lund expected to be named as Berg's replacement.\n"+
		"Clara Voss said the replacement of the port board was overdue.\n")
	f.fact(art, "The strike ended on Friday, with port boss Erik Lund expected to be named as Berg's replacement.", []int{lun})
	f.fact(art, "Clara Voss said the replacement of the port board was overdue.", []int{vos})
	a := f.build()
	tests := []askCase{
		{"expected of him by others: he said nothing", "What did Lund say about the replacement?", ""},
	}
	checkAsks(t, a, tests)
}

func TestHalfADurationIsALength(t *testing.T) {
	f := newFixture(t)
	lun := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "One", "2025-05-02", "Lund leaves the port board after three and a half years in charge.\n"+
		"The Halden talks ran for two-and-a-half hours on Monday.\n")
	f.fact(art, "Lund leaves the port board after three and a half years in charge.", []int{lun}, num("three", "3"))
	f.fact(art, "The Halden talks ran for two-and-a-half hours on Monday.", nil, num("two", "2"))
	a := f.build()
	tests := []struct {
		name, q, want string
	}{
		{"years", "How long was Lund in charge of the port board?", "three and a half years"},
		{"hours, hyphenated, read as the adjective is", "How long did the Halden talks run?", "2.5 hours"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, "not found: %v", got.Suggestions)
			assert.Equal(t, tt.want, got.Answer)
		})
	}
}

func TestWordNetWordsMatchTheQuestion(t *testing.T) {
	f := newFixture(t)
	lun := f.person("Erik Lund", []string{"Lund"})
	ber := f.person("Ann Berg", []string{"Berg"})
	nor := f.person("Nordline", nil)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", "Erik Lund completed the purchase of the Halden ferry terminal on March 3.\n"+
		"Nordline did not participate in Friday's harbour hearing, but Ann Berg attended it.\n"+
		"Ann Berg made her flight to Oslo on April 9.\n")
	f.fact(art, "Erik Lund completed the purchase of the Halden ferry terminal on March 3.", []int{lun}, date("March 3", "2025-03-03"))
	f.fact(art, "Nordline did not participate in Friday's harbour hearing, but Ann Berg attended it.", []int{nor, ber})
	f.fact(art, "Ann Berg made her flight to Oslo on April 9.", []int{ber}, date("April 9", "2025-04-09"))
	a := f.build()
	tests := []askCase{
		{"a synonym of the verb's most frequent sense: bought is the purchase", "When did Lund buy the Halden ferry terminal?", "March 3, 2025"},
		{"a noun derived from the verb: fled is the flight", "When did Berg flee to Oslo?", "April 9, 2025"},
		{"a phrasal verb by its WordNet synonym, negated as the question is", "Who did not take part in the harbour hearing?", "Nordline"},
	}
	checkAsks(t, a, tests)
}

func TestWherePlaceIsNoSource(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", "The smugglers ran a Bergen-based depot that stored the stolen copper, according to Nordline.\n")
	f.fact(art, "The smugglers ran a Bergen-based depot that stored the stolen copper, according to Nordline.", nil)
	a := f.build()
	tests := []askCase{
		{"'X-based' names the place; 'according to X' a source", "Where was the depot that stored the copper?", "Bergen"},
	}
	checkAsks(t, a, tests)
}

func TestAPlanWordIsModalityNotAWordToMatch(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", "What should have been a 3-day ferry trial across the fjord stretched into a month.\n")
	f.fact(art, "What should have been a 3-day ferry trial across the fjord stretched into a month.", nil, dur("3-day", "P3D"))
	a := f.build()
	tests := []askCase{
		{"'supposed to' is how the question words the plan", "How long was the ferry trial supposed to last?", "3 days"},
	}
	checkAsks(t, a, tests)
}

func TestWhoDidItInAPhraseBeforeTheSubject(t *testing.T) {
	f := newFixture(t)
	ber := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", "In response to a question from dockers about how the port can win back trust in Nordline, Port Authority chief Ann Berg said the audit would be public.\n")
	f.fact(art, "In response to a question from dockers about how the port can win back trust in Nordline, Port Authority chief Ann Berg said the audit would be public.", []int{ber})
	a := f.build()
	tests := []askCase{
		{"'answered' is 'in response to', done by the subject after the comma", "Who answered the dockers' question about trust in Nordline?", "Ann Berg"},
	}
	checkAsks(t, a, tests)
}
