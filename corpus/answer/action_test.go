package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// TestActionAsked: the action of a who-question is the verb the tagger
// reads, not an adverb or a name typed in lower case before it; a verb
// of the clause that only places the event is not it.
func TestActionAsked(t *testing.T) {
	for _, tt := range []struct{ name, q, want string }{
		{"adverb before the verb", "who actually tabled the harbour levy", "table"},
		{"place before the verb", "who at nordwire set up the ferry account", "set"},
		{"plain", "who closed the quay", "close"},
		{"occasion's verb", "who is the new harbour master after voss quit", ""},
		{"no verb", "who's the new harbour pm", ""},
		{"the kind is not the subject", "which court did the ferry captain plead guilty in", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, actionAsked(Parse(tt.q)))
		})
	}
}

// TestActionAndKindTitle: the party doing the action is found by the
// question's verb past an adverb or a place typed before it, in a
// reduced passive ("the levy, tabled by …"); "which KIND" finds the one
// a sentence titles with the kind's noun, though it tells the deed in
// other words, but not one only set beside a noun by a comma.
func TestActionAndKindTitle(t *testing.T) {
	f := newFixture(t)
	renk := f.person("Ivo Renk", []string{"Renk"})
	berg := f.person("Ann Berg", []string{"Berg"})
	holt := f.person("Mara Holt", []string{"Holt"})
	lind := f.person("Per Lind", []string{"Lind"})
	text := "The harbour levy, tabled by Deputy Mayor Ivo Renk, was passed on Monday.\n" +
		"The ferry account was set up as a prank last spring by Nordwire writer Ann Berg.\n" +
		"Trade envoy Mara Holt called the tariff report a fabrication.\n" +
		"The two divers will fly home on the Orion-4 capsule in June.\n" +
		"Skipper Per Lind, who seemed close to being dropped from the rowing crew, rowed on Sunday.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(renk, a, "Ivo Renk")
	f.mention(berg, a, "Ann Berg")
	f.mention(holt, a, "Mara Holt")
	f.mention(lind, a, "Per Lind")
	f.fact(a, "The harbour levy, tabled by Deputy Mayor Ivo Renk, was passed on Monday.", []int{renk})
	f.fact(a, "The ferry account was set up as a prank last spring by Nordwire writer Ann Berg.", []int{berg})
	f.fact(a, "Trade envoy Mara Holt called the tariff report a fabrication.", []int{holt})
	f.fact(a, "The two divers will fly home on the Orion-4 capsule in June.", nil)
	f.fact(a, "Skipper Per Lind, who seemed close to being dropped from the rowing crew, rowed on Sunday.", []int{lind})
	checkAsks(t, f.build(), []askCase{
		{"adverb before the verb", "who actually tabled the harbour levy", "Ivo Renk"},
		{"place typed before the verb", "who at nordwire set up the ferry account as a prank", "Ann Berg"},
		{"title of the kind", "which trade envoy dismissed the tariff report as a fabrication", "Mara Holt"},
		{"name before the kind", "which capsule are the two divers flying home on", "Orion-4"},
		{"the one before a passive is not who did it", "who dropped someone from the rowing crew", ""},
	})
}

func TestOtherForm(t *testing.T) {
	assert.True(t, otherForm("replacements", "replace"))
	assert.False(t, otherForm("replaced", "replace"))
	assert.False(t, otherForm("tabled", "table"))
	assert.False(t, otherForm("critical", "criticize"))
	assert.False(t, otherForm("replacements", ""))
}

func TestKindTitle(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		at         int
		want       bool
	}{
		{"title", "Trade envoy Mara Holt spoke", 1, true},
		{"the N X", "the consultancy Hale & Brook handled it", 1, true},
		{"apposition", "the minister's aide, Ann Berg, left", 3, false},
		{"no name after", "the envoy left early", 1, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := index.Words.Tokenize(tt.text)
			assert.Equal(t, tt.want, kindTitle(tt.text, toks, tt.at))
		})
	}
}

func TestKindNamed(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		at         int
		want       string
	}{
		{"after a determiner", "they will fly home on the Orion-4 capsule", 8, "Orion-4"},
		{"after a preposition", "crews sailed in Nordby Line ferries", 5, "Nordby Line"},
		{"sentence start", "Nordby ferries sailed", 1, ""},
		{"no name before", "the old capsule", 2, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := index.Words.Tokenize(tt.text)
			assert.Equal(t, tt.want, kindNamed(tt.text, toks, tt.at))
		})
	}
}
