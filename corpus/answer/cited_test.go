package answer

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// harbourCited is an invented corpus whose outlets cite each other: a
// regional paper relaying a wire, a broadcaster reporting on its own.
func harbourCited(t testing.TB) *Answerer {
	f := newFixture(t)
	voss := f.person("Clara Voss", []string{"Voss"})
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Fjord Courier", "2025-05-02",
		"Voss calls the harbour levy regrettable.\n\n"+
			"The harbour levy is regrettable and Halden must take it seriously, minister Clara Voss said, Nordwire reported on Monday.\n")
	b := f.article("b.txt", "Halden Radio", "2025-05-03",
		"Ann Berg revealed the shortfall of the ferry fund on Tuesday.\n")
	f.c.Articles[a].Cites = []string{"Nordwire"}
	f.fact(a, "Voss calls the harbour levy regrettable.", []int{voss})
	f.fact(a, "The harbour levy is regrettable and Halden must take it seriously, minister Clara Voss said, Nordwire reported on Monday.", []int{voss})
	f.fact(b, "Ann Berg revealed the shortfall of the ferry fund on Tuesday.", []int{berg})
	return f.build()
}

func TestWhichOutletIsTheSourceTheSentenceNames(t *testing.T) {
	a := harbourCited(t)
	assertAnswers(t, a, []answerCase{
		{"the source the sentence cites, not the paper relaying it", "which news agency carried minister voss saying the harbour levy is regrettable", "Nordwire"},
		{"the topic typed first, the question after a dash", "minister voss saying the harbour levy is regrettable - which news agency carried it", "Nordwire"},
		{"no source named: the article's own outlet reported it", "which outlet reported berg revealing the shortfall of the ferry fund", "Halden Radio"},
	})
}

func TestOutletKindsAskForAnOutlet(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"which paper ran the story", true},
		{"which news agency carried it", true},
		{"which tv station aired the debate", true},
		{"which agency ran the inquiry", false},
		{"which minister ran the inquiry", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, Parse(tt.q).asksOutlet())
		})
	}
}

func TestTopicFirstReadsTheQuestionAskedOfIt(t *testing.T) {
	tests := []struct{ name, q, want string }{
		{"a pronoun stands for the topic", "the mayor's remarks - which paper ran them first", "which paper ran the mayor's remarks first"},
		{"with no pronoun the topic ends the question", "ferry fund shortfall: who revealed?", "who revealed ferry fund shortfall?"},
		{"a question word first is left as typed", "who ran the story - the wire?", "who ran the story - the wire?"},
		{"a hyphen inside a word is no dash", "the run-off result in Halden", "the run-off result in Halden"},
		{"a clause is no question", "the man who sold the boat", "the man who sold the boat"},
		{"a topic with a clause, then the question", "the skipper who sold the boat - what outlet got her story", "what outlet got the story of the skipper who sold the boat"},
		{"a possessive's noun is the topic's", "the pier protest in Halden - who was their chief organiser", "who was the chief organiser of the pier protest in Halden"},
		{"a possessive's noun runs to a preposition", "the ferry strike: what did its leader say in May", "what did the leader of the ferry strike say in May"},
		{"an object pronoun is no possessive", "the Halden award - who gave her the prize", "who gave her the prize the Halden award"},
		{"a comma before a question's form", "the harbour levy, how much was it", "how much was the harbour levy"},
		{"a comma before a relative clause is no topic", "Lund, who sold the boat", "Lund, who sold the boat"},
		{"a comma before a question with no pronoun", "of the 40 crew, how many were rescued", "how many were rescued of the 40 crew"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, topicFirst(tt.q))
		})
	}
}

func TestNamedOutletIsAWholeName(t *testing.T) {
	outlets := knownOutlets([][]string{{"Nordwire"}, {"Sky"}}, [][]string{{"Sky Harbour News"}})
	none := func(string) bool { return false }
	assert.Equal(t, "Sky Harbour News", namedOutlet("She told Sky Harbour News so.", outlets, none))
	assert.Equal(t, "", namedOutlet("Nordwirex said so.", outlets, none))
	assert.Equal(t, "", namedOutlet("Nordwire said so.", outlets, func(string) bool { return true }))
}

// harbourTolls has two outlets giving two counts of the same storm.
func harbourTolls(t *testing.T) *Answerer {
	f := newFixture(t)
	a := f.article("a.txt", "Fjord Courier", "2025-05-02", "The storm in Halden killed 12 fishermen, officials said.\n")
	b := f.article("b.txt", "Halden Radio", "2025-05-03", "The storm in Halden killed 14 fishermen, officials said.\n")
	f.fact(a, "The storm in Halden killed 12 fishermen, officials said.", nil, corpus.Value{Kind: corpus.ValueNumber, Text: "12", Norm: "12"})
	f.fact(b, "The storm in Halden killed 14 fishermen, officials said.", nil, corpus.Value{Kind: corpus.ValueNumber, Text: "14", Norm: "14"})
	return f.build()
}

func TestAnOutletNamedInTheQuestionGivesItsFigure(t *testing.T) {
	a := harbourTolls(t)
	tests := []struct{ name, q, want string }{
		{"reported by the outlet", "how many fishermen did the storm in halden kill reported by halden radio", "14"},
		{"the outlet typed loosely after per", "how many fishermen did the storm in halden kill per fjord courier", "12"},
		{"the other outlet", "how many fishermen did the storm in halden kill according to Halden Radio", "14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Two counts of one storm in a two-article corpus score below
			// the line: what leads, answer or likely answer, is asked.
			got := a.Ask(context.Background(), tt.q)
			line := got.Answer
			if !got.Found {
				require.NotEmpty(t, got.Suggestions)
				line = got.Suggestions[0]
				if _, after, ok := strings.Cut(line, ": "); ok {
					line = after // "a likely answer scored …: 14 fishermen — …"
				}
			}
			assert.True(t, strings.HasPrefix(line, tt.want), line)
		})
	}
}

func TestKnownCreditSetsTheOutletApart(t *testing.T) {
	a := harbourTolls(t)
	tests := []struct{ q, rest, outlet string }{
		{"storm toll reported by halden radio?", "storm toll?", "Halden Radio"},
		{"Fjord Courier's count of the dead", "count of the dead", "Fjord Courier"},
		{"storm toll in Halden", "storm toll in Halden", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			rest, outlet := a.knownCredit(tt.q)
			assert.Equal(t, tt.rest, rest)
			assert.Equal(t, tt.outlet, outlet)
		})
	}
}

// The readers of this file take whatever a user types.
func FuzzTopicFirst(f *testing.F) {
	for _, s := range []string{"the mayor's remarks - which paper ran them first", "which paper: ran it", "a - b - c - d", "x —  who", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got := topicFirst(q)
		if got != q && utf8.ValidString(q) {
			assert.True(t, utf8.ValidString(got), "%q → %q", q, got)
		}
	})
}

func FuzzNamedOutlet(f *testing.F) {
	outlets := []string{"Nordwire", "Fjord Courier", "Halden Radio", "nordwire"}
	for _, s := range []string{"as Nordwire reported", "Fjord Courier's count", "NordwireX", "é Halden Radio."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := namedOutlet(text, outlets, func(string) bool { return false })
		if got != "" {
			assert.Contains(t, text, got)
			assert.NotEqual(t, "nordwire", got, "a lower-case word is no outlet's name")
		}
	})
}

func FuzzWithoutNote(f *testing.F) {
	for _, s := range []string{"we never saw it (said at the debate)", "[a] b c", "((", "a ) b ( c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, frag string) {
		got := withoutNote(frag)
		if got != frag {
			assert.NotContains(t, got, "(")
			assert.NotContains(t, got, "[")
		}
	})
}

// FuzzAskOutlets asks whatever is typed of a corpus whose outlets cite
// each other: every reader this file and the question parser add runs,
// and none may panic or give an answer with no source.
func FuzzAskOutlets(f *testing.F) {
	a := harbourCited(f)
	for _, s := range []string{"which news agency carried voss - which", "the levy - which paper ran it", "toll per Nordwire", "Nordwire's figure for the levy?", "roughly how much levy", "(voss) levy regrettable", "levy age?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, got := range []corpus.Answer{a.Ask(context.Background(), q), a.WhoSaid(context.Background(), q)} {
			if got.Found {
				assert.NotEmpty(t, got.Sources, "%q", q)
			}
		}
	})
}

func TestWhichOutletRanWhatItsArticleSays(t *testing.T) {
	f := newFixture(t)
	voss := f.person("Clara Voss", []string{"Voss"})
	berg := f.person("Ann Berg", []string{"Berg"})
	tv := f.person("Coastline TV", nil)
	f.c.People[tv].Kind = corpus.KindOutlet
	a := f.article("a.txt", "Fjord Courier", "2025-05-02",
		"The port authority spokesman Clara Voss said on Monday that the ferry levy was not a matter for the council alone.\n")
	b := f.article("b.txt", "Halden Radio", "2025-05-03",
		"In an interview with Coastline TV's evening editor, Ann Berg admitted the shortfall of the ferry fund.\n")
	f.fact(a, "The port authority spokesman Clara Voss said on Monday that the ferry levy was not a matter for the council alone.", []int{voss})
	f.fact(b, "In an interview with Coastline TV's evening editor, Ann Berg admitted the shortfall of the ferry fund.", []int{berg})
	ans := f.build()
	assertAnswers(t, ans, []answerCase{
		{"the publisher, by a verb of publishing the text lacks", "which paper ran the port spokesmans comments that the ferry levy isnt the councils alone", "Fjord Courier"},
		// An outlet the text names, not the article's publisher.
		{"an outlet the sentence names", "which channel was bergs interview about the ferry fund on", "Coastline TV"},
	})
	// The paper's running the remarks is its article, whose text need
	// not say "ran": the score does not count the verb as missing, nor
	// the publisher as a party of unknown kind. A minister's running of
	// something is still looked for in the text.
	sentence := "The port authority spokesman Clara Voss said on Monday that the ferry levy was not a matter for the council alone."
	for _, tt := range []struct {
		q, line      string
		pred, typeOK float64
	}{
		{"which paper ran the spokesmans comments on the ferry levy", "Fjord Courier", 1, 1},
		{"which outlet carried the spokesmans comments on the ferry levy", "Fjord Courier", 1, 1},
		{"which minister ran the ferry levy", "Clara Voss", 0, 1},
	} {
		t.Run(tt.q, func(t *testing.T) {
			got := ans.features(Parse(tt.q), corpus.Answer{Found: true, Answer: tt.line, Quote: sentence, File: "a.txt", QuoteN: -1}, tierStrict, nil)
			assert.Equal(t, tt.pred, got[FPredicate], "predicate")
			assert.Equal(t, tt.typeOK, got[FType], "answer type")
		})
	}
}
