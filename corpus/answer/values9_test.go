package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

func counted(text, norm, unit string) corpus.Value {
	return corpus.Value{Kind: corpus.ValueNumber, Text: text, Norm: norm, Unit: corpus.UnitOf(unit)}
}

// TestHowOldByRole: "how old is the nurse at the clinic" finds the person
// by what the articles say they are, past an age set off before the role
// ("Ann Berg, 52, a nurse at …").
func TestHowOldByRole(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	vik := f.person("Per Vik", []string{"Vik"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg, 52, a nurse at the Halden clinic, said the ward was full.\n"+
			"Per Vik, 61, a fisherman from Larvik, lost his boat in the storm.\n")
	f.mention(berg, a, "Ann Berg")
	f.mention(vik, a, "Per Vik")
	f.fact(a, "Ann Berg, 52, a nurse at the Halden clinic, said the ward was full.", []int{berg}, num("52", "52"))
	f.fact(a, "Per Vik, 61, a fisherman from Larvik, lost his boat in the storm.", []int{vik}, num("61", "61"))
	checkAsks(t, f.build(), []askCase{
		{"the role after the age", "how old is the nurse at the Halden clinic", "Ann Berg, 52"},
		{"a role with where they are from", "how old was the fisherman from Larvik", "Per Vik, 61"},
		{"a role nobody has", "how old is the harbour master", ""},
	})
}

// TestWhoGotTheDuties: the one who got someone's duties is named after
// "to" in a sentence that speaks of the one who lost them by their role
// ("the minister"), once the article has named them.
func TestWhoGotTheDuties(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"}, "Port Minister")
	holm := f.person("Kari Holm", []string{"Holm"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The cabinet suspended Port Minister Ann Berg on Monday.\n\n"+
			"The premier said the cabinet had handed the minister's duties over to deputy minister Kari Holm.\n")
	f.mention(berg, a, "Ann Berg")
	f.mention(holm, a, "Kari Holm")
	f.fact(a, "The cabinet suspended Port Minister Ann Berg on Monday.", []int{berg})
	f.fact(a, "The premier said the cabinet had handed the minister's duties over to deputy minister Kari Holm.", []int{holm})
	checkAsks(t, f.build(), []askCase{
		{"got the duties", "who got bergs duties as port minister after she was suspended", "Kari Holm"},
		{"took over the duties, the role being hers", "who took over berg's duties as port minister", "Kari Holm"},
	})
}

// TestTookOverAThingAsARole: a possessive before "as" leaves the role to
// the one who took it, unless what is taken over is the owner's post.
func TestTookOverAThingAsARole(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	a := f.article("a.txt", "Harbour News", "2025-05-02",
		"Kari Holm will lead the port as acting harbour master until a successor is found.\n")
	f.mention(holm, a, "Kari Holm")
	checkAsks(t, f.build(), []askCase{
		{"the port's pilots, taken over as a role", "who took over the port's pilots as acting harbour master", "Kari Holm"},
	})
}

// TestACountOfTheNounAsked: of two counts of the noun asked, the one
// nearer the question's words; a percentage of them is no count.
func TestACountOfTheNounAsked(t *testing.T) {
	f := newFixture(t)
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The league held four hearings for six clubs, against the 9 hearings planned for the cup.\n"+
			"Lund would need 69 percent of the remaining delegates to win.\n")
	f.fact(a, "The league held four hearings for six clubs, against the 9 hearings planned for the cup.", nil,
		counted("four", "4", "hearing"), counted("six", "6", "club"), counted("9", "9", "hearing"))
	f.fact(a, "Lund would need 69 percent of the remaining delegates to win.", nil, pct("69 percent", "69"))
	checkAsks(t, f.build(), []askCase{
		{"the count beside the words asked", "how many hearings were planned for the cup", "9 hearings"},
		{"the other count", "how many hearings did the league hold", "4 hearings"},
		{"a share is no count", "how many delegates does Lund need to win", ""},
	})
}

// TestACountPastAMeasure: "300 nine-hole courses" counts courses, and
// "nine-hole" counts none of them.
func TestACountPastAMeasure(t *testing.T) {
	f := newFixture(t)
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Almost 300 nine-hole courses have closed since 2010, the golf union says.\n")
	f.fact(a, "Almost 300 nine-hole courses have closed since 2010, the golf union says.", nil,
		num("Almost 300", "300"), counted("nine-hole", "9", "hole"), date("2010", "2010"))
	checkAsks(t, f.build(), []askCase{
		{"the count before the measure", "how many golf courses have closed since 2010", "Almost 300 courses"},
	})
}

// TestTheScoreAgainst: "what was the score v X" asks for the score.
func TestTheScoreAgainst(t *testing.T) {
	f := newFixture(t)
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Halden lost 2-1 to Larvik in Sunday's match.\n")
	f.fact(a, "Halden lost 2-1 to Larvik in Sunday's match.", nil, counted("2-1", "2-1", "score"))
	checkAsks(t, f.build(), []askCase{
		{"v", "what was the score v larvik", "2-1"},
		{"versus", "whats the score versus Larvik", "2-1"},
	})
}

// TestTheCountOfThePersonAsked: a sentence giving a count for each of two
// people answers for the one asked about with the count of their clause.
func TestTheCountOfThePersonAsked(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"In all, 212 members backed Berg's removal, while 190 approved Lund's dismissal.\n")
	f.mention(berg, a, "Berg")
	f.mention(lund, a, "Lund")
	f.fact(a, "In all, 212 members backed Berg's removal, while 190 approved Lund's dismissal.", []int{berg, lund},
		counted("212", "212", "member"), num("190", "190"))
	checkAsks(t, f.build(), []askCase{
		{"the first one's count", "how many members backed the removal of berg", "212 members"},
		{"the second one's count, its noun left out", "how many members approved the dismissal of lund", "190 members"},
	})
}

// TestWhoReplaced: who came in for someone is the subject of "replaced"
// or "succeeded" whose object is them, by name or by a pronoun, or the
// one after "by" when it is passive; a hoped-for successor is none.
func TestWhoReplaced(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	holm := f.person("Kari Holm", []string{"Holm"})
	dahl := f.person("Sven Dahl", []string{"Dahl"})
	vik := f.person("Per Vik", []string{"Vik"})
	moe := f.person("Lise Moe", []string{"Moe"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Erik Lund has replaced Ms Berg as harbour master, while Kari Holm has taken his old post and Sven Dahl has replaced her as pilot.\n"+
			"Per Vik will step down in June, to be replaced by veteran skipper Lise Moe.\n"+
			"Lise Moe is the early favourite to succeed Erik Lund.\n")
	for id, name := range map[int]string{berg: "Berg", lund: "Erik Lund", holm: "Kari Holm", dahl: "Sven Dahl", vik: "Per Vik", moe: "Lise Moe"} {
		f.mention(id, a, name)
	}
	f.fact(a, "Erik Lund has replaced Ms Berg as harbour master, while Kari Holm has taken his old post and Sven Dahl has replaced her as pilot.", []int{lund, berg, holm, dahl})
	f.fact(a, "Per Vik will step down in June, to be replaced by veteran skipper Lise Moe.", []int{vik, moe})
	f.fact(a, "Lise Moe is the early favourite to succeed Erik Lund.", []int{moe, lund})
	checkAsks(t, f.build(), []askCase{
		{"by name", "who replaced berg as harbour master", "Erik Lund"},
		{"by a pronoun named before the subject", "who replaced kari holm as pilot", "Sven Dahl"},
		{"passive, past a role", "who will replace per vik", "Lise Moe"},
	})
	a2 := f.build()
	p := Parse("who succeeded erik lund")
	assert.NotZero(t, replacedAsked(p))
	got, ok := a2.replacement(context.Background(), p)
	assert.False(t, ok && got.Answer == "Lise Moe", "a favourite is not a successor: %q", got.Answer)
}

// TestWhoIsTheSuccessor: "his replacement will be Y" names Y, whose
// "his" is the one named before; "a potential successor" names none.
func TestWhoIsTheSuccessor(t *testing.T) {
	f := newFixture(t)
	dahl := f.person("Sven Dahl", []string{"Dahl"})
	moe := f.person("Lise Moe", []string{"Moe"})
	lie := f.person("Tor Lie", []string{"Lie"})
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The ferry line said its chief, Sven Dahl, had retired on Friday.\n"+
			"His interim replacement will be Lise Moe, the line's finance head.\n"+
			"Tor Lie was seen as a potential successor to Ann Berg.\n")
	for id, name := range map[int]string{dahl: "Sven Dahl", moe: "Lise Moe", lie: "Tor Lie", berg: "Ann Berg"} {
		f.mention(id, a, name)
	}
	f.fact(a, "The ferry line said its chief, Sven Dahl, had retired on Friday.", []int{dahl})
	f.fact(a, "His interim replacement will be Lise Moe, the line's finance head.", []int{moe})
	f.fact(a, "Tor Lie was seen as a potential successor to Ann Berg.", []int{lie, berg})
	an := f.build()
	got, ok := an.replacement(context.Background(), Parse("who replaced sven dahl"))
	assert.True(t, ok)
	assert.Equal(t, "Lise Moe", got.Answer)
	got, ok = an.replacement(context.Background(), Parse("who succeeded ann berg"))
	assert.False(t, ok, "a potential successor is none: %q", got.Answer)
}

// FuzzReplacerIn checks that reading who replaced whom never panics on
// any sentence.
func FuzzReplacerIn(f *testing.F) {
	f.Add("Erik Lund has replaced her as pilot.")
	f.Add("to be replaced by veteran skipper Lise Moe")
	f.Add("replaced by")
	f.Add("Ms Berg took over from")
	f.Add("His replacement will be")
	f.Add("as Berg's successor")
	fx := newFixture(f)
	berg := fx.person("Ann Berg", []string{"Berg"})
	fx.person("Erik Lund", []string{"Lund"})
	fx.article("a.txt", "Harbour Wire", "2025-05-05", "Halden port.\n")
	fx.fact(0, "Halden port.", nil)
	a := fx.build()
	f.Fuzz(func(t *testing.T, text string) {
		a.c.Articles[0].Text = text
		a.c.Facts[0].SetSpan(corpus.Span{End: len(text)})
		_ = a.replacerIn(index.Doc{Kind: index.KindFact, Ref: 0}, a.c.Person(berg))
		_ = replacedAsked(Parse(text))
	})
}
