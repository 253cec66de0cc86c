package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// mention records where article art names person id, as the person stage
// leaves it.
func (f *fixture) mention(id, art int, text string) {
	s := f.span(art, text)
	p := f.c.People[id]
	p.Mentions = append(p.Mentions, corpus.NewMention(art, s))
}

// portStrike is a small invented story about a port strike: people described
// beside their names, one person written two ways, a count of a part and
// of a whole.
func portStrike(t testing.TB) *Answerer {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	nyg := f.person("Ola Nygaard", []string{"Nygaard"})
	halv := f.person("Marta Halvorsen", []string{"Halvorsen"})
	halv2 := f.person("Marta Halvorssen", []string{"Halvorssen"})
	a := f.article("a.txt", "Harbour News", "2025-05-02",
		"Port Authority chief Ann Berg said the strike would end soon.\n"+
			"Erik Lund, head of the dockers union, rejected the offer.\n"+
			"\"We will not sign this,\" Lund said.\n"+
			"\"The port reopens on Monday,\" Berg said.\n"+
			"Marta Halvorsen runs the harbour cafe.\n"+
			"Judge Ann Berg said the storm was \"deadly,\" and urged residents near the river to leave.\n")
	b := f.article("b.txt", "Coast Post", "2025-05-03",
		"Ola Nygaard will take charge of the talks as interim mediator.\n"+
			"\"Both sides must give a little,\" Nygaard said.\n"+
			"\"Business has been slow,\" Halvorssen said.\n"+
			"The union said 23 of the 750 dockers at the port are still out on strike.\n")
	f.mention(berg, a, "Ann Berg")
	f.mention(lund, a, "Erik Lund")
	f.mention(halv, a, "Marta Halvorsen")
	f.mention(nyg, b, "Ola Nygaard")
	f.quote(a, "We will not sign this,", lund)
	f.quote(a, "The port reopens on Monday,", berg)
	f.quote(b, "Both sides must give a little,", nyg)
	f.quote(b, "Business has been slow,", halv2)
	f.fact(a, "Judge Ann Berg said the storm was \"deadly,\" and urged residents near the river to leave.", []int{berg})
	f.fact(b, "The union said 23 of the 750 dockers at the port are still out on strike.", nil, num("23", "23"), num("750 dockers", "750"))
	return f.build()
}

func TestSpeakerByDescriptionAndName(t *testing.T) {
	a := portStrike(t)
	tests := []askCase{ // the speaker wanted; "" is not found
		{"a role written before the name", "What did the port authority chief say?", "Ann Berg"},
		{"a role set off by commas after the name", "what did the head of the dockers union say", "Erik Lund"},
		{"a role after 'as' later in the sentence", "what did the interim mediator say", "Ola Nygaard"},
		{"a person quoted under another spelling of the name", "What did Marta Halvorsen say?", "Marta Halvorssen"},
		{"the speaker ends at the verb before a small word", "what did Lund say in reply to the offer", "Erik Lund"},
		{"a topic only the speaker's article holds", "what did Nygaard say about the talks", "Ola Nygaard"},
		{"a topic the corpus never mentions", "what did Nygaard say about the weather", ""},
		{"a description nobody fits", "what did the fire chief say", ""},
		{"a document speaks for whoever issued it", "what did the interim mediator's statement say", "Ola Nygaard"},
		{"a document of a description nobody fits", "what did the fire chief's letter say", ""},
		{"who is the X: the person articles call so", "Who is the interim mediator?", "Ola Nygaard"},
		{"who is the X nobody is called", "Who is the fire chief?", ""},
	}
	checkAsksBy(t, a, tests, func(got corpus.Answer) string { return got.Speaker })
}

// TestDescriptionByWordNet: a description asked in other words than the
// article's, through WordNet's words for the same kind of person and the
// synonym groups, and a phrase read only for the person it describes.
func TestDescriptionByWordNet(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	dahl := f.person("Sven Dahl", []string{"Dahl"})
	moen := f.person("Per Moen", []string{"Moen"})
	aas := f.person("Liv Aas", []string{"Aas"})
	vik := f.person("Tor Vik", []string{"Vik"})
	a := f.article("a.txt", "Harbour News", "2025-05-02",
		"Kari Holm is now the chairman of the harbour board's finance committee.\n"+
			"\"The books are in order,\" Holm said.\n"+
			"Sven Dahl led the club to a win in his first match as caretaker coach following Per Moen's exit.\n"+
			"\"The players gave everything,\" Dahl said.\n"+
			"\"I leave with my head high,\" Moen said.\n"+
			"Liv Aas, chief secretary to the prime minister, spoke to reporters.\n"+
			"\"The cabinet meets on Monday,\" Aas said.\n"+
			"\"The bridge must wait,\" committee chair Rep. Tor Vik (D-Ohio) said.\n")
	f.mention(holm, a, "Kari Holm")
	f.mention(dahl, a, "Sven Dahl")
	f.mention(moen, a, "Per Moen")
	f.mention(aas, a, "Liv Aas")
	f.mention(vik, a, "Tor Vik")
	f.quote(a, "The books are in order,", holm)
	f.quote(a, "The players gave everything,", dahl)
	f.quote(a, "I leave with my head high,", moen)
	f.quote(a, "The cabinet meets on Monday,", aas)
	f.quote(a, "The bridge must wait,", vik)
	tests := []askCase{
		{"what the name is said to be", "what did the finance committee chairman say", "Kari Holm"},
		{"WordNet's word for the same person (chairman: chair)", "what did the finance committee chair say", "Kari Holm"},
		{"a synonym group's word (boss: coach); the phrase after 'following' is not Moen's", "what did the caretaker boss say", "Sven Dahl"},
		{"a WordNet synonym of several words (PM: prime minister)", "what did the chief secretary to the PM say", "Liv Aas"},
		{"an abbreviated title and a bracket read together (Rep.: representative, congressman)", "what did the ohio congressman say", "Tor Vik"},
		{"a description of a kind of person nobody is", "what did the harbour pilot say", ""},
	}
	checkAsksBy(t, f.build(), tests, func(got corpus.Answer) string { return got.Speaker })
}

func TestRolePhraseReaders(t *testing.T) {
	tests := []struct {
		name, text, after string
		read              func(string, int) []string
		want              []string
	}{
		{"a copula and an article", "Kari Holm is now the chair of Mrs. Dahl's board, she said.", "Kari Holm", copulaRole, []string{"chair", "of", "Mrs", "Dahl's", "board"}},
		{"no article: a deed, not a description", "Kari Holm was sacked on Monday.", "Kari Holm", copulaRole, nil},
		{"'as' stops at a preposition", "Sven Dahl won as caretaker coach following Moen's exit.", "Sven Dahl", asRole, []string{"caretaker", "coach"}},
		{"an abbreviated title's full stop ends no title", "committee chair Rep. Tor Vik said", "committee chair Rep. ", wordsBefore, []string{"committee", "chair", "Rep"}},
		{"a bracket after a name", "Rep. Tor Vik (D-Ohio) said", "Tor Vik", bracketAfter, []string{"D", "Ohio"}},
		{"before a name stops at a preposition", "He won as caretaker coach following Per Moen's exit.", "He won as caretaker coach following ", wordsBefore, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, tt.after) + len(tt.after)
			got := tt.read(tt.text, at)
			if len(tt.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSaidSubjectEndsAtTheVerb(t *testing.T) {
	tests := []struct{ q, subject, rest string }{
		{"what did Lund say in reply to the offer", "Lund", "in reply to the offer"},
		{"what did the state department say", "the state department", ""},
		{"What did Berg tell reporters about the strike", "Berg", "reporters about the strike"},
		{"what did the harbour gazette report", "the harbour gazette", ""},
		{"What did Lund write to the members?", "Lund", "to the members?"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := Parse(tt.q)
			require.Equal(t, KindSaid, got.Kind)
			assert.Equal(t, tt.subject, got.SubjectText())
			assert.Equal(t, tt.rest, got.Rest(got.Body))
		})
	}
}

// "How did X react" asks what X said in reply: the speaker ends at the
// first bare verb that reports words in its first sense, not at a verb of
// saying later in a question joined to it; a name typed in lower case,
// which the tagger may read as a verb, does not stop it. A verb of
// another act ("do") or an infinitive ("to react") asks no words.
func TestReactAsksWhatWasSaid(t *testing.T) {
	tests := []struct {
		q       string
		said    bool
		subject string
	}{
		{"how did lund react to the offer, what did he say exactly", true, "lund"},
		{"How did Erik Lund react to the pay offer?", true, "Erik Lund"},
		{"how did the dockers union reply to the port board", true, "the dockers union"},
		{"how did berg respond", true, "berg"},
		{"what did Lund do after the vote", false, ""},
		{"what did the port board want the union to react to", false, ""},
		{"what did the harbour station manager say", true, "the harbour station manager"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := Parse(tt.q)
			if !tt.said {
				assert.NotEqual(t, KindSaid, got.Kind)
				return
			}
			require.Equal(t, KindSaid, got.Kind)
			assert.Equal(t, tt.subject, got.SubjectText())
		})
	}
	a := portStrike(t)
	got := a.Ask(context.Background(), "how did lund react to the offer, what did he tell them")
	require.True(t, got.Found, "suggestions %q", got.Suggestions)
	assert.Equal(t, "Erik Lund: We will not sign this,", got.Answer)
}

func TestCountOfAPartOrTheWhole(t *testing.T) {
	a := portStrike(t)
	tests := []askCase{
		{"the question says more of them: the part", "how many dockers are still out on strike", "23 dockers"},
		{"only where they are: the whole", "how many dockers were at the port", "750 dockers"},
	}
	checkAsks(t, a, tests)
}

func TestSecondVerbOfTheSubject(t *testing.T) {
	a := portStrike(t)
	got := a.Ask(context.Background(), "who urged residents near the river to leave")
	require.True(t, got.Found, "suggestions %q", got.Suggestions)
	assert.Equal(t, "Ann Berg", got.Answer)
}

func TestFittedScoreIsExplainedAndRecorded(t *testing.T) {
	a := portStrike(t)
	var rec Record
	ctx := Recording(WithExplain(context.Background()), &rec)
	got := a.Ask(ctx, "what did Lund say about the offer")
	require.True(t, got.Found)
	assert.True(t, rec.Proposed.Found)
	assert.InDelta(t, Probability(rec.Features), rec.P, 1e-9)
	require.NotNil(t, got.Explain)
	assert.True(t, strings.HasPrefix(got.Explain.Children[0].Message, "fitted probability"), got.Explain.Children[0].Message)
}

func TestProbabilityIsLogistic(t *testing.T) {
	old := Weights
	t.Cleanup(func() { Weights = old })
	Weights = [NFeatures + 1]float64{}
	Weights[FCovText], Weights[NFeatures] = 2, -1
	tests := []struct {
		name string
		f    Features
		want float64
	}{
		{"bias alone: 1/(1+e)", Features{}, 0.2689414},
		{"full coverage: 1/(1+e^-1)", Features{FCovText: 1}, 0.7310586},
		{"half coverage: one half", Features{FCovText: 0.5}, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, Probability(tt.f), 1e-6)
		})
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		name string
		x, y nameParts
		want bool
	}{
		{"one letter more in a long surname", nameParts{first: "marta", last: "halvorsen"}, nameParts{first: "marta", last: "halvorssen"}, true},
		{"first names one slip apart", nameParts{first: "yulia", last: "lindqvist"}, nameParts{first: "yuliia", last: "lindqvist"}, true},
		{"two first names", nameParts{first: "john", last: "smith"}, nameParts{first: "jane", last: "smith"}, false},
		{"short surnames must be equal", nameParts{first: "ann", last: "berg"}, nameParts{first: "ann", last: "borg"}, false},
		{"a surname alone", nameParts{last: "nygaard"}, nameParts{first: "ola", last: "nygaard"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sameName(tt.x, tt.y))
		})
	}
}

// FuzzRolePhrases checks that the readers of what stands beside a name
// never panic and return only words of the text.
func FuzzRolePhrases(f *testing.F) {
	for _, s := range []string{
		"Port Authority chief Ann Berg said the strike would end.",
		"Erik Lund, head of the dockers union, rejected it.",
		"Ola Nygaard will take charge as interim mediator.",
		"Kari Holm is now the chair of Mrs. Dahl's board.",
		"committee chair Rep. Tor Vik (D-Ohio) said",
		"“Quoted,” said Berg, 57, of Halden.",
		"The mayor's chief of staff, Kari Holm, said no.",
		"Berg thanked her lawyer, Kari Holm, on Friday.",
		"The Dock Trust, founded by shipowner Kari Holm, will sue.",
		"",
	} {
		f.Add(s, len(s)/2)
	}
	f.Fuzz(func(t *testing.T, text string, at int) {
		if at < 0 || at > len(text) {
			return
		}
		role, _, _ := pronounRole(text, at)
		by := passiveHead(text, at)
		if len(by) > 0 {
			by = by[1:] // the post is the verb's, not the text's
		}
		for _, words := range [][]string{wordsBefore(text, at), apposition(text, at), asRole(text, at), copulaRole(text, at), bracketAfter(text, at), appositionBefore(text, at), role, by} {
			for _, w := range words {
				if !strings.Contains(text, w) {
					t.Fatalf("%q is not a word of %q", w, text)
				}
			}
		}
	})
}

func TestNumberWordInAName(t *testing.T) {
	f := newFixture(t)
	th := f.person("Sam Ten Holt", []string{"Ten Holt"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Ten Holt was appointed in April 2022 and led the club to two titles.\n"+
			"The sacking cost the club 10 million euros.\n")
	f.fact(art, "Ten Holt was appointed in April 2022 and led the club to two titles.", []int{th}, date("April 2022", "2022-04"), num("Ten", "10"))
	f.fact(art, "The sacking cost the club 10 million euros.", nil, num("10 million euros", "10000000"))
	a := f.build()
	tests := []struct{ name, q, want string }{
		{"a name's number word is no number the text must hold", "When was Ten Holt appointed?", "2022"},
		{"a name's number word counts nothing", "how much did the sacking of Ten Holt cost", "10 million"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Contains(t, got.Answer, tt.want)
		})
	}
}

func TestPassiveQuestionAsksForThePatient(t *testing.T) {
	f := newFixture(t)
	lie := f.person("Tor Lie", []string{"Lie"})
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Prosecutor Ann Berg accused businessman Tor Lie of bribing the harbour inspectors.\n")
	f.fact(art, "Prosecutor Ann Berg accused businessman Tor Lie of bribing the harbour inspectors.", []int{berg, lie})
	a := f.build()
	tests := []askCase{
		{"passive: whom it was done to", "who was accused of bribing the harbour inspectors", "Tor Lie"},
		{"active: who did it", "who accused Tor Lie of bribing the harbour inspectors", "Ann Berg"},
	}
	checkAsks(t, a, tests)
}

func TestSameValue(t *testing.T) {
	tests := []struct {
		name string
		x, y corpus.Value
		want bool
	}{
		{"equal norms", date("May 3", "2025-05-03"), date("3 May", "2025-05-03"), true},
		{"a month without its year", date("in February", "--02"), date("next February", "2025-02"), true},
		{"a day without its year", corpus.Value{Kind: corpus.ValueRelative, Text: "on May 3", Norm: "--05-03"}, date("May 3, 2025", "2025-05-03"), true},
		{"two years", date("February", "2024-02"), date("February", "2025-02"), false},
		{"a date is no count", num("2", "2"), date("2", "2"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, sameValue(tt.x, tt.y)) })
	}
}

func TestSpeakerByLongTitle(t *testing.T) {
	f := newFixture(t)
	varga := f.person("Ines Varga", []string{"Varga"})
	a := f.article("a.txt", "Harbour News", "2025-05-02",
		"The plan is sound, the EU Commissioner for Trade and Fisheries Policy Ines Varga said.\n"+
			"\"The quotas stay,\" Varga said.\n")
	f.mention(varga, a, "Ines Varga")
	f.quote(a, "The quotas stay,", varga)
	checkAsksBy(t, f.build(), []askCase{
		{"the title's first words, before its joining words", "what did the EU trade commissioner say", "Ines Varga"},
		{"words of a title nobody holds", "what did the EU health commissioner say", ""},
	}, func(got corpus.Answer) string { return got.Speaker })
}

// TestWhoBecame: "who became X" and "who was named X" ask for the person
// now described so, whatever the time or place the question adds.
func TestWhoBecame(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	dahl := f.person("Sven Dahl", []string{"Dahl"})
	a := f.article("a.txt", "Harbour News", "2025-05-02",
		"The board moved former harbour master Sven Dahl to the ferry office, while appointing Kari Holm as the new harbour master.\n")
	f.mention(holm, a, "Kari Holm")
	f.mention(dahl, a, "Sven Dahl")
	checkAsks(t, f.build(), []askCase{
		{"became, with a time aside", "who became harbour master in the spring", "Kari Holm"},
		{"was named as", "who was named as the new harbour master", "Kari Holm"},
		{"a role nobody took", "who became lighthouse keeper", ""},
	})
}

// TestWhoGotDone: "who got escorted out" asks for whom it was done to, the
// subject an article writes with "was".
func TestWhoGotDone(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	a := f.article("a.txt", "Harbour News", "2025-05-02",
		"Harbour activist Kari Holm was escorted out of the port offices on Monday before the board vote.\n")
	f.mention(holm, a, "Kari Holm")
	f.fact(a, "Harbour activist Kari Holm was escorted out of the port offices on Monday before the board vote.", []int{holm})
	checkAsks(t, f.build(), []askCase{
		{"a passive with get", "who got escorted out of the port offices", "Kari Holm"},
		{"nobody got arrested", "who got arrested at the port offices", ""},
	})
}

// TestDropPossessive: a name asked with its possessive is the name, typed
// with a straight or a curly apostrophe; a word that only ends in "s" is
// left whole.
func TestDropPossessive(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"lund's", "lund"},
		{"Lund’s", "Lund"},
		{"lunds", "lunds"},
		{"boss", "boss"},
		{"'s", ""},
	} {
		assert.Equal(t, c.want, dropPossessive(c.in), c.in)
	}
}
