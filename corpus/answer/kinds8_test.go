package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOccasionClauseIsReadApart(t *testing.T) {
	tests := []struct {
		name, q, occasion string
	}{
		{"a passive after 'after'", "who ran the port after Lund was sacked", "after Lund was sacked"},
		{"a pronoun's clause", "who got the keys once she had resigned", "once she had resigned"},
		{"a bare noun phrase is no clause", "who spoke after the vote", ""},
		{"no clause", "who ran the port", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, tt.occasion, q.Frame().Occasion)
		})
	}
}

func TestWhoTookOverIsNamedWhereTheOneDismissedIsNot(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The board dismissed harbour master Erik Lund on Monday.\n\n"+
			"Ann Berg will take charge of the port as interim harbour master.\n\n"+
			"The board assigned the duties of the treasurer to deputy treasurer Ann Berg.\n")
	f.fact(art, "The board dismissed harbour master Erik Lund on Monday.", []int{lund}, rel("on Monday"))
	f.fact(art, "Ann Berg will take charge of the port as interim harbour master.", []int{berg})
	f.fact(art, "The board assigned the duties of the treasurer to deputy treasurer Ann Berg.", []int{berg})
	a := f.build()
	for _, tt := range []struct{ name, q string }{
		{"the one in charge, not the one dismissed", "who took over as interim harbour master after Lund was dismissed"},
		{"duties got are duties assigned to someone", "who got the treasurer's duties after Lund was dismissed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, got.Suggestions)
			assert.Equal(t, "Ann Berg", got.Answer)
		})
	}
	t.Run("the occasion's person must be in the article", func(t *testing.T) {
		got := a.Ask(context.Background(), "who took over as interim harbour master after Berg was dismissed")
		assert.NotEqual(t, "Erik Lund", got.Answer)
	})
}

func TestMediumAskedIsTheProgrammeSaidOn(t *testing.T) {
	tests := []struct{ name, text, noun, want string }{
		{"a quoted programme past a day", "Lund argued the levy was unfair on Tuesday's “Harbour Hour Show.”", "show", "Harbour Hour Show"},
		{"an interview with a station", "Berg said in an interview with Fjord Radio that she would stay.", "station", "Fjord Radio"},
		{"a court is no medium", "Berg said the case was on the Supreme Court's list.", "show", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, medium(tt.text, tt.noun))
		})
	}
	q := Parse("on which show did Lund say the levy was unfair")
	assert.Equal(t, KindWhere, q.Kind)
	assert.Equal(t, "show", q.Medium)
	assert.Equal(t, "medium (show)", q.Frame().Answer)
}

func FuzzMedium(f *testing.F) {
	f.Add("Lund spoke on Tuesday's “Harbour Hour Show.”", "show")
	f.Add("in an interview with", "station")
	f.Add("on", "")
	f.Fuzz(func(t *testing.T, text, noun string) {
		if got := medium(text, noun); got != "" {
			assert.Contains(t, text, strings.Fields(got)[0])
		}
	})
}

func TestPriceAskedIsHowMuch(t *testing.T) {
	tests := []struct {
		name, q string
		much    bool
	}{
		{"the price of a thing", "what is the price of the ferry ticket", true},
		{"typed without the apostrophe", "whats the cost of the new pier", true},
		{"a modifier before the noun", "what was the annual fee for the berth", true},
		{"a price noun inside a longer phrase is not asked", "what is the cost cutting plan", false},
		{"no price", "what is the plan for the pier", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, tt.much, q.Kind == KindHowMany && q.Much)
		})
	}
}

func TestWhoWouldTheyPickBetweenTwo(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	berg := f.person("Ann Berg", []string{"Berg"})
	voss := f.person("Clara Voss", []string{"Voss"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Speaking at the harbour fair, Clara Voss weighed the two candidates for mayor.\n\n"+
			"Voss said that in a contest between Lund and Ann Berg, she would back the latter.\n\n"+
			"Lund picked a fight with Berg over the ferry levy.\n")
	f.fact(art, "Speaking at the harbour fair, Clara Voss weighed the two candidates for mayor.", []int{voss})
	f.fact(art, "Voss said that in a contest between Lund and Ann Berg, she would back the latter.", []int{voss, lund, berg})
	f.fact(art, "Lund picked a fight with Berg over the ferry levy.", []int{lund, berg})
	a := f.build()
	for _, tt := range []struct{ name, q string }{
		{"the latter, by the sentence's order", "who did voss say shed pick between berg and lund"},
		{"a place at the end is the article's", "who did Voss say she would pick between Berg and Lund at the harbour fair"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// What the rules propose: whether to give it is the fitted
			// score's call, whose weights come from real corpora, not
			// from three sentences.
			var rec Record
			a.Ask(Recording(context.Background(), &rec), tt.q)
			require.True(t, rec.Proposed.Found, rec.Proposed.Suggestions)
			assert.Equal(t, "Ann Berg", rec.Proposed.Answer)
		})
	}
	t.Run("a fight picked chooses no one", func(t *testing.T) {
		got := a.Ask(context.Background(), "who did Lund pick between Berg and Voss")
		assert.NotEqual(t, "Ann Berg", got.Answer)
	})
}

func TestPronounWithItsVerbTypedWithoutApostrophe(t *testing.T) {
	for _, tt := range []struct{ typed, want string }{{"hed", "he'd"}, {"theyre", "they're"}, {"shes", "she's"}} {
		t.Run(tt.typed, func(t *testing.T) {
			q := Parse("who did Lund say " + tt.typed + " pick")
			assert.Equal(t, tt.want, q.Words[4].Fold)
			assert.True(t, pronounVerb(q.Words[4].Fold), "a small word, not one to match")
		})
	}
}

func TestWhatDidTheySayReadsTheWordsAtAGlance(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"“We looked at every option for the pier this spring. The ferry levy is unfair to families and must go. We will say more next week,” Ann Berg said.\n")
	f.quote(art, "We looked at every option for the pier this spring. The ferry levy is unfair to families and must go. We will say more next week,", berg)
	a := f.build()
	got := a.Ask(context.Background(), "what did Berg say about the ferry levy")
	require.True(t, got.Found, got.Suggestions)
	assert.Equal(t, "Ann Berg: The ferry levy is unfair to families and must go.", got.Answer, "the speaker and the sentence about the topic")
}

func FuzzFirstSentence(f *testing.F) {
	fx := newFixture(f)
	berg := fx.person("Ann Berg", []string{"Berg"})
	art := fx.article("a.txt", "Harbour Wire", "2025-05-02", "Ann Berg said the levy was unfair.\n")
	fx.fact(art, "Ann Berg said the levy was unfair.", []int{berg})
	a := fx.build()
	q := Parse("what did Berg say about the levy")
	f.Add("The pier is old. The levy is unfair. U.S. rules apply.")
	f.Add("3.5 per cent... and more!")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		if text == "" {
			return
		}
		got := a.firstSentence(q, text)
		assert.Contains(t, text, got)
	})
}

func TestWhichOutletsReportedAThingListsEveryArticleAboutIt(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02", "Erik Lund defended the ferry tender on Monday.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-03", "The ferry tender drew four bids, the port said.\n")
	f.article("c.txt", "Fjord Times", "2025-05-03", "The ferry ran late again.\n")
	f.fact(a1, "Erik Lund defended the ferry tender on Monday.", []int{lund}, rel("on Monday"))
	f.fact(a2, "The ferry tender drew four bids, the port said.", nil, num("four", "4"))
	a := f.build()
	got := a.Ask(context.Background(), "which outlets reported the ferry tender")
	require.True(t, got.Found, got.Suggestions)
	assert.Contains(t, got.Answer, "Harbour Wire")
	assert.Contains(t, got.Answer, "Nordic Post")
	assert.NotContains(t, got.Answer, "Fjord Times", "an article that does not cover it")
	_, on, _ := Parse("which outlets reported the minister resigned").outletsOn()
	assert.False(t, on, "a clause is an event's sentence, not a thing")
}

func TestWhatWasItMeantToDoTakesTheQuotationWhoseSentenceNamesIt(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	text := "Ann Berg spoke about the leak on Monday. She said the papers had been leaked to “embarrass” the port. " +
		"“We will keep working with every partner we have in the region and beyond,” Berg said.\n"
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.quote(art, "embarrass", berg)
	f.quote(art, "We will keep working with every partner we have in the region and beyond,", berg)
	a := f.build()
	got := a.Ask(context.Background(), "what did Berg say the leak was meant to do")
	require.True(t, got.Found, got.Suggestions)
	assert.Equal(t, "embarrass", got.Quote, "the quotation whose own sentence says it was leaked")
}

func TestReportedSpeechByAPronounAnswersWhatTheySaid(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	text := "Harbour chief Ann Berg spoke to reporters on Monday. She also said the ferry levy had been raised to fund the pier.\n\n" +
		"“We are proud of the crews,” Berg said.\n\n" +
		"Erik Lund said the ferry levy was fair.\n"
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.fact(art, "Harbour chief Ann Berg spoke to reporters on Monday.", []int{berg}, rel("on Monday"))
	f.fact(art, "She also said the ferry levy had been raised to fund the pier.", nil)
	f.fact(art, "Erik Lund said the ferry levy was fair.", []int{lund})
	f.quote(art, "We are proud of the crews,", berg)
	a := f.build()
	got := a.Ask(context.Background(), "what did Berg say about the ferry levy")
	require.True(t, got.Found, got.Suggestions)
	assert.Contains(t, got.Quote, "raised to fund the pier", "she stands for Berg, named last before it")
}
