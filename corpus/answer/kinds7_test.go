package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHowManyCountsTheHeadOfItsNounPhrase(t *testing.T) {
	tests := []struct {
		name, q, unit string
	}{
		{"a participle before the noun", "how many registered pilots did the board hire", "pilots"},
		{"nouns and adjectives before the plural", "how many harbour seasonal pilots did the board hire", "pilots"},
		{"a noun that is its own plural", "how many harbour personnel did the port send", "personnel"},
		{"the verb after the plural is no part of it", "how many councillors voted to close the pier", "councillors"},
		{"a shorthand read as the word it stands for", "how many ppl were hurt at the pier", "people"},
		{"a single word", "How many points did the proposal have?", "points"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.unit, Parse(tt.q).Unit)
		})
	}
}

func TestHowManyTakesTheNumberOfTheThingCounted(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The Halden board hired 14 seasonal harbour pilots and 3 clerks.\n"+
			"On Tuesday, 41 lawmakers backed the harbour levy, while 12 approved the ferry levy.\n")
	f.fact(art, "The Halden board hired 14 seasonal harbour pilots and 3 clerks.", nil, num("14", "14"), num("3", "3"))
	f.fact(art, "On Tuesday, 41 lawmakers backed the harbour levy, while 12 approved the ferry levy.", nil, num("41", "41"), num("12", "12"))
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the counted noun after its modifiers", "how many harbour pilots did the Halden board hire", "14 pilots"},
		{"a year that places the event need not be in the sentence", "how many harbour pilots did the Halden board hire in 2025", "14 pilots"},
		{"MPs are counted as lawmakers", "how many MPs backed the harbour levy", "41 mps"},
	})
}

func TestGetPassiveIsNoWordToMatch(t *testing.T) {
	q := Parse("who took over after Lund got sacked")
	for i, w := range q.Words {
		assert.Equal(t, w.Fold == "got", q.Light(i), w.Fold)
	}
	assert.False(t, Parse("who got the harbour contract").Light(1), "'got' with an object is an action")
}

func TestALowerCaseNameIsNoPredicate(t *testing.T) {
	assert.Equal(t, "stay", Parse("how long will nygaard stay in halden").Frame().Predicate)
}

func TestRoleAskedWithoutAnArticle(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	nyg := f.person("Ola Nygaard", []string{"Nygaard"}, "interim harbour master")
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Erik Lund was sacked as harbour master on Monday.\n"+
			"Interim harbour master Ola Nygaard will run the port until spring.\n")
	f.fact(art, "Erik Lund was sacked as harbour master on Monday.", []int{lund}, rel("on Monday"))
	f.fact(art, "Interim harbour master Ola Nygaard will run the port until spring.", []int{nyg})
	a := f.build()
	got := a.Ask(context.Background(), "who is interim harbour master after Lund got sacked")
	if foundAsWanted(t, got, true) {
		assert.Contains(t, got.Answer, "Ola Nygaard", "the role, without the clause that places it")
	}
}

func TestWhichOutletsReportedOnATopicListsEveryArticleAboutIt(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02", "Erik Lund defended the ferry tender on Monday.\n")
	a2 := f.article("b.txt", "Nordic Post", "2025-05-03", "The ferry tender drew four bids, the port said.\n")
	f.article("c.txt", "Fjord Times", "2025-05-03", "The ferry ran late again.\n")
	f.fact(a1, "Erik Lund defended the ferry tender on Monday.", []int{lund}, rel("on Monday"))
	f.fact(a2, "The ferry tender drew four bids, the port said.", nil, num("four", "4"))
	a := f.build()
	got := a.Ask(context.Background(), "which outlets reported on the ferry tender")
	if !foundAsWanted(t, got, true) {
		return
	}
	assert.Contains(t, got.Answer, "Harbour Wire")
	assert.Contains(t, got.Answer, "Nordic Post")
	assert.NotContains(t, got.Answer, "Fjord Times", "an article that does not cover the topic")
}

func TestWhyWantsAReason(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg resigned as harbour chief on Monday.\n"+
			"Erik Lund quit the port board on Friday because of the audit.\n")
	f.fact(art, "Ann Berg resigned as harbour chief on Monday.", []int{berg}, rel("on Monday"))
	f.fact(art, "Erik Lund quit the port board on Friday because of the audit.", []int{lund}, rel("on Friday"))
	a := f.build()
	assert.False(t, a.Ask(context.Background(), "why did Berg resign as harbour chief").Found, "that it happened is no reason")
	assert.True(t, a.Ask(context.Background(), "why did Lund quit the port board").Found)
	assert.True(t, givesReason("She left due to ill health."))
	assert.False(t, givesReason("She left on Monday."))
}

func TestAnApologyIsSaidInOnesOwnWords(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg said: \"The ferry delays were a mistake. I apologise for that.\"\n")
	f.quote(art, "The ferry delays were a mistake. I apologise for that.", berg)
	a := f.build()
	got := a.Ask(context.Background(), "did Berg apologise for the ferry delays")
	if foundAsWanted(t, got, true) {
		assert.Contains(t, got.Answer, "Yes")
	}
}

func TestAThingNamedByItsHeadNoun(t *testing.T) {
	f := newFixture(t)
	f.person("Halden Harbour Levy", nil)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The Halden Harbour Levy went to court in May.\n"+
			"The county's senior judge, Ann Berg, stepped aside from the case.\n")
	f.fact(art, "The county's senior judge, Ann Berg, stepped aside from the case.", []int{berg})
	a := f.build()
	got := a.Ask(context.Background(), "which judge stepped aside from the halden harbour levy case")
	if foundAsWanted(t, got, true) {
		assert.Equal(t, "Ann Berg", got.Answer, "'the case' is the levy's case")
	}
	assert.False(t, a.Ask(context.Background(), "which judge stepped aside from the halden harbour levy appeal").Found,
		"another head noun is another thing")
}

func TestLowerCaseWordsWithoutAnArticleDescribeNoOne(t *testing.T) {
	f := newFixture(t)
	f.person("Carl Moe", []string{"Moe"}, "state legislative aide")
	f.person("Ann Berg", []string{"Berg"})
	f.article("a.txt", "Harbour Wire", "2025-05-02", "Ann Berg endorsed eight state legislative candidates.\n")
	a := f.build()
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a thing asked about, not a description of someone", "how many state legislative candidates did berg endorse", []string{"Ann Berg"}},
		{"one word of a name does not make a name of the words around it", "did berg endorse the plan", []string{"Ann Berg"}},
		{"with an article it describes", "when did the state legislative aide resign", []string{"Carl Moe"}},
	}
	assertPeopleFound(t, a, tests)
}

// peopleCase is a question and the people findPeople should read in it.
type peopleCase = struct {
	name, q string
	want    []string
}

// assertPeopleFound checks the people a reads in each question.
func assertPeopleFound(t *testing.T, a *Answerer, tests []peopleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qu := Parse(tt.q)
			found, _ := a.findPeople(qu, qu.Body)
			var got []string
			for _, m := range found {
				got = append(got, m.Person.Name)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
