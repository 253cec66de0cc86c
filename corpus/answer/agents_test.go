package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// The who-questions of the eleventh round: whom someone did it to, typed in
// lower case; who did it, told by what they are; who came after someone.
func TestWhoDidItByFrame(t *testing.T) {
	f := newFixture(t)
	voss := f.person("Mira Voss", []string{"Voss"})
	lund := f.person("Erik Lund", []string{"Lund"})
	falk := f.person("Tove Falk", []string{"Falk"})
	holm := f.person("Dag Holm", []string{"Holm"}, "harbour master")
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Voss asked Lund if it would help for Falk to phone the inspectors.\n\n"+
			"Later that week Voss phoned harbour inspector Tove Falk about the permits.\n\n"+
			"The night watchman spotted the crane tilting towards the quay.\n\n"+
			"The harbour board appointed Dag Holm as its new harbour master on Friday.\n\n"+
			"Erik Lund had run the harbour for nine years.\n")
	f.fact(art, "Voss asked Lund if it would help for Falk to phone the inspectors.", []int{voss, lund, falk})
	f.fact(art, "Later that week Voss phoned harbour inspector Tove Falk about the permits.", []int{voss, falk})
	f.fact(art, "The night watchman spotted the crane tilting towards the quay.", nil)
	f.fact(art, "The harbour board appointed Dag Holm as its new harbour master on Friday.", []int{holm})
	f.fact(art, "Erik Lund had run the harbour for nine years.", []int{lund})
	a := f.build()
	tests := []askCase{
		{"whom, with the subject typed in lower case", "who did voss phone about the permits", "Tove Falk"},
		{"not the object of another's act", "who did voss phone", "Tove Falk"},
		{"the subject described, not named", "who spotted the crane tilting", "The night watchman"},
		{"the verb of the question, not its first word", "who did the harbour board appoint as harbour master", "Dag Holm"},
		{"after someone: the one before need not be in the sentence", "who did the harbour board appoint as harbour master after lund", "Dag Holm"},
		{"a thing does nothing", "who tilted towards the quay", ""},
	}
	checkAsks(t, a, tests)
}

func TestHowOldWantsAnAge(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lie := f.person("Tor Lie", []string{"Lie"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Berg set out a 12-point plan for the harbour.\n\n"+
			"Tor Lie, 47, said the plan came too late.\n\n"+
			"The 52-year-old said she would stay on to look after her daughter.\n")
	f.fact(art, "Berg set out a 12-point plan for the harbour.", []int{berg}, corpus.Value{Kind: corpus.ValueNumber, Text: "12", Norm: "12"})
	f.fact(art, "Tor Lie, 47, said the plan came too late.", []int{lie}, corpus.Value{Kind: corpus.ValueNumber, Text: "47", Norm: "47"})
	f.fact(art, "The 52-year-old said she would stay on to look after her daughter.", []int{berg}, corpus.Value{Kind: corpus.ValueNumber, Text: "52", Norm: "52"})
	a := f.build()
	for _, tt := range []struct{ name, q, want string }{
		{"an age beside the name", "how old is tor lie", "47"},
		{"no count of something else", "how old is the harbour plan", ""},
		{"the daughter's age is not her mother's", "how old is bergs daughter", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(t.Context(), tt.q)
			if !foundAsWanted(t, got, tt.want != "") {
				return
			}
			assert.Contains(t, got.Answer, tt.want)
		})
	}
}

func TestGivesAge(t *testing.T) {
	tests := []struct {
		text, value string
		want        bool
	}{
		{"Tor Lie, 47, said it", "47", true},
		{"the 52-year-old said", "52", true},
		{"a man aged 61 was found", "61", true},
		{"she is 30 years old", "30", true},
		{"a 20-point plan", "20-point", false},
		{"at least 44 of the 50 seats", "50", false},
		{"the 147 passengers", "47", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, givesAge(tt.text, tt.value))
		})
	}
}

func TestCountOfAnotherParty(t *testing.T) {
	f := newFixture(t)
	voss := f.person("Mira Voss", []string{"Voss"})
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Mira Voss won 31 of the 40 seats in the north while Erik Lund won most of the south.\n")
	f.fact(art, "Mira Voss won 31 of the 40 seats in the north while Erik Lund won most of the south.", []int{voss, lund},
		corpus.Value{Kind: corpus.ValueNumber, Text: "31", Norm: "31"}, corpus.Value{Kind: corpus.ValueNumber, Text: "40", Norm: "40"})
	a := f.build()
	got := a.Ask(t.Context(), "how many seats did lund win")
	assert.False(t, got.Found, "answer %q", got.Answer)
	got = a.Ask(t.Context(), "how many seats did voss win")
	if assert.True(t, got.Found, "suggestions %q", got.Suggestions) {
		assert.Contains(t, got.Answer, "31")
	}
}

func TestWhoSaidALongFragment(t *testing.T) {
	f := newFixture(t)
	falk := f.person("Tove Falk", []string{"Falk"})
	holm := f.person("Dag Holm", []string{"Holm"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"\"The heart of these talks is that we stay silent. I do not add more,\" Falk said.\n\n"+
			"\"The bridge is a help to farmers,\" Holm said. \"It is a help to schools too.\"\n")
	f.quote(art, "The heart of these talks is that we stay silent. I do not add more,", falk)
	f.quote(art, "The bridge is a help to farmers,", holm)
	f.quote(art, "It is a help to schools too.", holm)
	a := f.build()
	tests := []askCase{
		{"remembered in other words, in order", "the core of these talks is that we stay quiet, i dont add more", "Tove Falk"},
		{"running on into the next quotation", "the bridge's a help to farmers, it is a help to schools too", "Dag Holm"},
		{"words the corpus does not use together", "we will win the bridge", ""},
	}
	checkAsksBy(t, a, tests, func(got corpus.Answer) string { return got.Speaker })
}

func TestKeyNounNowhereInTheArticle(t *testing.T) {
	f := newFixture(t)
	north := f.article("a.txt", "Coast Post", "2025-05-03",
		"Polls show a tight race in the province, where 14 council seats are open.\n")
	f.fact(north, "Polls show a tight race in the province, where 14 council seats are open.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "14", Norm: "14"})
	f.article("b.txt", "Coast Post", "2025-05-04", "Norway sent two observers to the harbour talks.\n")
	a := f.build()
	for _, tt := range []struct{ name, q, want string }{
		{"a place its article never names", "how many council seats does norway have", ""},
		{"the place the article names", "how many council seats are open in the province", "14"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(t.Context(), tt.q)
			if !foundAsWanted(t, got, tt.want != "") {
				return
			}
			assert.Contains(t, got.Answer, tt.want)
		})
	}
}

// A phrasal verb SemCor seldom tagged is still read by its WordNet
// meaning: "buy back" is "repurchase".
func TestRarePhrasalVerb(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Ann Berg repurchased $12,500 in shipping shares after the audit.\n")
	f.fact(art, "Ann Berg repurchased $12,500 in shipping shares after the audit.", []int{berg},
		corpus.Value{Kind: corpus.ValueMoney, Text: "$12,500", Norm: "12500 USD"})
	a := f.build()
	got := a.Ask(t.Context(), "how much did berg buy back in shipping shares")
	if assert.True(t, got.Found, "suggestions %q", got.Suggestions) {
		assert.Contains(t, got.Answer, "12,500")
	}
}
