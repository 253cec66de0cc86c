package answer

import (
	"testing"

	"factdesk/corpus"
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
			"The premier said the cabinet had assigned the duties of the minister to deputy minister Kari Holm.\n")
	f.mention(berg, a, "Ann Berg")
	f.mention(holm, a, "Kari Holm")
	f.fact(a, "The cabinet suspended Port Minister Ann Berg on Monday.", []int{berg})
	f.fact(a, "The premier said the cabinet had assigned the duties of the minister to deputy minister Kari Holm.", []int{holm})
	checkAsks(t, f.build(), []askCase{
		{"got the duties", "who got bergs duties as port minister after she was suspended", "Kari Holm"},
		{"took over the duties, the role being hers", "who took over berg's duties as port minister", "Kari Holm"},
	})
}

// TestACountOfTheNounAsked: of two counts of the noun asked, the one
// nearer the question's words; a percentage of them is no count.
func TestACountOfTheNounAsked(t *testing.T) {
	f := newFixture(t)
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The league held six debates for five clubs, against the 11 debates scheduled for the cup.\n"+
			"Lund would need 69 percent of the remaining delegates to win.\n")
	f.fact(a, "The league held six debates for five clubs, against the 11 debates scheduled for the cup.", nil,
		counted("six", "6", "debate"), counted("five", "5", "club"), counted("11", "11", "debate"))
	f.fact(a, "Lund would need 69 percent of the remaining delegates to win.", nil, pct("69 percent", "69"))
	checkAsks(t, f.build(), []askCase{
		{"the count beside the words asked", "how many debates were scheduled for the cup", "11 debates"},
		{"the other count", "how many debates did the league hold", "6 debates"},
		{"a share is no count", "how many delegates does Lund need to win", ""},
	})
}

// TestTheScoreAgainst: "what was the score v X" asks for the score.
func TestTheScoreAgainst(t *testing.T) {
	f := newFixture(t)
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Halden fell to a 2-1 defeat against Larvik on Sunday.\n")
	f.fact(a, "Halden fell to a 2-1 defeat against Larvik on Sunday.", nil, counted("2-1", "2-1", "score"))
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
