package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

func TestWhereAcrossTwoSentences(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"}, "port authority chief")
	office := f.person("Halden Harbour Ethics Office", nil)
	f.c.People[office].Kind = corpus.KindOrg
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Port authority chief Ann Berg has stepped down. She announced the decision in a LinkedIn post, according to Harbour Wire.\n"+
			"Investigators said the gang ran a Tromso-based shell office. The office hid the bribes from auditors.\n"+
			"The ferry company kept its books in order. She praised the crews.\n")
	f.fact(a1, "Port authority chief Ann Berg has stepped down.", []int{berg})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"she is the one named before; the place after an article", "Where did Berg announce her decision to step down?", "LinkedIn"},
		{"the office is the one named before; a place glued to -based", "where was the office that hid the bribes", "Tromso"},
		{"no sentence before names the one asked about", "Where did Berg praise the crews?", ""},
	})
}

func TestCommonNoun(t *testing.T) {
	tests := []struct {
		name, q, org string
		want         bool
	}{
		{"one word in lower case", "parliament", "Parliament", true},
		{"one word capitalised", "Parliament", "Parliament", false},
		{"the head noun of a longer name", "the office", "Harbour Ethics Office", true},
		{"the head noun capitalised", "the Office", "Harbour Ethics Office", false},
		{"a one-word name after an article is typed as a name", "the kremlin", "Kremlin", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qu := Parse("where is " + tt.q)
			span := qu.Words[2:]
			assert.Equal(t, tt.want, commonNoun(span, &corpus.Person{Name: tt.org, Kind: corpus.KindOrg}))
		})
	}
}

// TestWritesThis: the quick test before a sentence is read for "this"
// and a noun finds the word at the start, inside and capitalised, and
// not inside another word or at the text's end.
func TestWritesThis(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"This plan was dropped.", true},
		{"The board backed this plan.", true},
		{"These boats sailed.", true},
		{"They voted for these reforms.", true},
		{"The thistle grew.", false},
		{"He whistles.", false},
		{"Nothing like this", false},
		{"", false},
		{"h", false},
	} {
		assert.Equal(t, c.want, writesThis(c.text), c.text)
	}
}

// TestOutletAnaphor checks "the paper" and its kin read word by word as
// a sentence's tokens read them: at its start or end, capitalised, after
// punctuation, and not as the opening of a name.
func TestOutletAnaphor(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"A deckhand told the paper on Monday that the ferry listed.", true},
		{"The agency said the quay was shut.", true},
		{"Berg spoke to the broadcaster", true},
		{"Berg spoke to THE Paper.", true},
		{"She sang at the Paper Mill Theatre.", false},
		{"She wrote for the Paper, Lund said.", true},
		{"the paper", true},
		{"the", false},
		{"paper", false},
		{"", false},
		{"A paper said the harbour was closed.", false},
		{"They read the papers.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, outletAnaphor(tt.text))
		})
	}
}
