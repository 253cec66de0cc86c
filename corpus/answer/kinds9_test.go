package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// harbour9 is a small invented corpus for the ninth round's kinds: a
// person described only beside her name, words said aboard a ship and on
// the radio, a sacking and its reason, a levy given a name.
func harbour9(t *testing.T) *Answerer {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Kari Holm, a harbour pilot in Halden, said the ferry was late.\n\n"+
			"“The ferry should move to Oslo,” Lund told reporters aboard the Nordic Star.\n\n"+
			"The board sacked Erik Lund over a post on social media.\n\n"+
			"Lund said the levy on fishing boats was a tax on work.\n")
	f.c.People[holm].Mentions = append(f.c.People[holm].Mentions, corpus.NewMention(art, f.span(art, "Kari Holm")))
	f.quote(art, "The ferry should move to Oslo,", lund)
	f.fact(art, "The board sacked Erik Lund over a post on social media.", []int{lund})
	f.fact(art, "Lund said the levy on fishing boats was a tax on work.", []int{lund})
	return f.build()
}

func TestNinthRoundKindsAnswerWhatWasAsked(t *testing.T) {
	a := harbour9(t)
	tests := []struct{ name, q, want string }{
		{"who is X: what is written beside the name, not the name alone", "who is kari holm", "harbour pilot"},
		{"where was X when he said: the setting outside the quoted words", "where was lund when he said the ferry should move", "Nordic Star"},
		{"why: the reason the sentence gives", "why did the board sack lund", "over a post"},
		{"what did X call Y: the words given Y", "what did lund call the levy on fishing boats", "a tax on work"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, got.Suggestions)
			assert.Contains(t, got.Answer, tt.want)
		})
	}
}

func TestSettingIsOutsideTheQuotedWords(t *testing.T) {
	a := harbour9(t)
	tests := []struct{ name, text, want string }{
		{"aboard a ship", "“We stay,” Lund told reporters aboard the Nordic Star.", "Nordic Star"},
		{"a rally in a town", "Berg spoke at a rally in Halden on Monday.", "Halden"},
		{"a station's name before its medium", "Lund appeared on a show on Fjord FM radio and said so.", "Fjord FM radio"},
		{"an interview with the state television", "Berg said during an interview with Nordic state television that she would stay.", "Nordic state television"},
		{"a place inside the quotation is its content", "“Move the ferry to Oslo,” Lund said.", ""},
		{"a day is no place", "Lund said in March that he would stay.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.setting(tt.text))
		})
	}
}

func TestOutletNamedInAQuestionIsSetApart(t *testing.T) {
	tests := []struct{ name, q, rest, outlet string }{
		{"opening, with a comma", "per the AP, who signed the deal", "who signed the deal", "the AP"},
		{"opening, without one", "per ap who is kari holm", "who is kari holm", "ap"},
		{"closing", "who signed the deal, according to Reuters?", "who signed the deal?", "Reuters"},
		{"per as a rate is no outlet", "how many boats per day left the port", "how many boats per day left the port", ""},
		{"none", "who signed the deal", "who signed the deal", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest, outlet := creditClause(tt.q)
			assert.Equal(t, tt.rest, rest)
			assert.Equal(t, tt.outlet, outlet)
		})
	}
	for _, tt := range []struct {
		asked, name string
		same        bool
	}{
		{"ap", "Associated Press", true},
		{"the AP", "AP", true},
		{"the times", "The New York Times", true},
		{"ap", "Apple", false},
		{"reuters", "Bloomberg", false},
	} {
		t.Run(tt.asked+" / "+tt.name, func(t *testing.T) {
			assert.Equal(t, tt.same, sameOutlet(tt.asked, tt.name))
		})
	}
}

func TestReasonLineIsTheClauseOfCause(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"over a deed", "The board sacked Lund over a post on social media.", "over a post on social media"},
		{"because", "Berg quit because the board cut her pay.", "because the board cut her pay"},
		{"over a span of time is no reason", "Lund stayed in Halden over the weekend.", ""},
		{"over a number is no reason", "The levy raised over 40 million.", ""},
		{"a headline's capitals", "Board Sacks Lund Over an Offensive Post", "Over an Offensive Post"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, reasonLine(tt.text))
		})
	}
}

func TestGetBeforeAParticleIsNoWordToFind(t *testing.T) {
	q := Parse("when will the crew get back home")
	for i, w := range q.Words {
		if w.Fold == "get" {
			assert.True(t, q.Light(i))
		}
	}
	assert.True(t, prefixedVerb("rehire"))
	assert.False(t, prefixedVerb("hire"), "a verb WordNet knows is no prefixed one")
	assert.False(t, prefixedVerb("reuters"))
}

func FuzzCreditClause(f *testing.F) {
	f.Add("per the AP, who signed the deal")
	f.Add("who signed, according to")
	f.Add("per")
	f.Fuzz(func(t *testing.T, q string) {
		rest, outlet := creditClause(q)
		if outlet == "" {
			assert.Equal(t, q, rest)
			return
		}
		assert.Contains(t, q, outlet)
		assert.LessOrEqual(t, len(rest), len(q))
	})
}

func FuzzReasonLine(f *testing.F) {
	f.Add("The board sacked Lund over a post.")
	f.Add("over")
	f.Add("because")
	f.Fuzz(func(t *testing.T, text string) {
		got := reasonLine(text)
		assert.LessOrEqual(t, len(strings.Fields(got)), maxReasonWords)
	})
}

func FuzzUnquoted(f *testing.F) {
	f.Add("“Move to Oslo,” Lund said.")
	f.Add("''a'' \"b\" “c")
	f.Fuzz(func(t *testing.T, text string) {
		assert.Equal(t, len(text), len(unquoted(text)))
	})
}

func TestSubjectIsTheWordAfterTheAuxiliaries(t *testing.T) {
	tests := []struct {
		name, q string
		want    int
	}{
		{"when did X", "when did lund apologise for the delay", 2},
		{"where was X", "where was lund when he spoke", 2},
		{"who did it has no subject asked", "who signed the deal", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, subjectAt(Parse(tt.q)))
		})
	}
}

func TestSettingIsOnlyOfTheOneAsked(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg urged Erik Lund to speak on the levy in Halden.\n\nErik Lund spoke at a rally in Tromso.\n")
	f.fact(art, "Ann Berg urged Erik Lund to speak on the levy in Halden.", []int{berg, lund})
	f.fact(art, "Erik Lund spoke at a rally in Tromso.", []int{lund})
	a := f.build()
	got := a.Ask(context.Background(), "where did lund speak")
	require.True(t, got.Found, got.Suggestions)
	assert.Equal(t, "Tromso", got.Answer)
}
