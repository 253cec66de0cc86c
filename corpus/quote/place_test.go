package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// quoteOf is the quotation of the articles' extractions with text q, or
// nil.
func quoteOf(qs []corpus.Quote, q string) *corpus.Quote {
	for i := range qs {
		if qs[i].Text == q {
			return &qs[i]
		}
	}
	return nil
}

// TestPlaceWordIsNoPerson: a lone word WordNet reads first as a place
// ("Houston", "Washington") names a person only in an article that names
// that person; elsewhere it is the city, and who spoke is found another
// way.
func TestPlaceWordIsNoPerson(t *testing.T) {
	// Another article of the corpus names someone whose surname is a
	// city's name.
	other := "Historian Sam Houston Reed wrote a book on the river towns.\nThe painter Evan Houston opened a show on Friday.\n"
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"a pronoun after the city is the person named before",
			"The farmer Tom Lane, 61, knows just what Houston needs from the council.\n\"It will take a stubborn mule to fix the roads,\" he said.",
			"It will take a stubborn mule to fix the roads,", "Tom Lane"},
		{"the article names the person: the surname is his",
			"The painter Evan Houston spoke at the gallery on Friday.\n\"The light here is kind to slow work,\" Houston said.",
			"The light here is kind to slow work,", "Evan Houston"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, other, tt.text)
			got := quoteOf(qs, tt.quote)
			require.NotNil(t, got, "quotation %q not extracted", tt.quote)
			assert.Equal(t, tt.speaker, got.Speaker)
		})
	}
}

// TestWireDateline: a place and a wire's name in brackets opening a
// paragraph ("Dunmore (AFP) –") is where the story was filed from, in any
// case: the subject after it speaks.
func TestWireDateline(t *testing.T) {
	tests := []struct {
		name, text, speaker string
	}{
		{"mixed case", "Dunmore (AFP) \u2013 Harbour chief Ann Vell has taken aim at the council, saying that \u201cidle promises\u201d sink more boats than storms.", "Ann Vell"},
		{"capitals", "DUNMORE (Reuters) - Harbour chief Ann Vell has taken aim at the council, saying that \u201cidle promises\u201d sink more boats than storms.", "Ann Vell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, "Sam Houston Dunmore wrote about the harbour.\n", tt.text)
			got := quoteOf(qs, "idle promises")
			require.NotNil(t, got)
			assert.Equal(t, tt.speaker, got.Speaker)
		})
	}
}

// TestItSaidKeepsWords: '"…," it said' after a body the article names by
// no name (a letter from a staff union) is a real quotation: it stays,
// unnamed, rather than going to a name nearby or being dropped.
func TestItSaidKeepsWords(t *testing.T) {
	text := "A letter this month to the port board from the dockers' union set out its fears about the new cranes.\n" +
		"\u201cWe have waited seven years for a straight answer on safety,\u201d it said. \u201cThat must end.\u201d"
	_, qs, _ := extract(t, text)
	got := quoteOf(qs, "We have waited seven years for a straight answer on safety,")
	require.NotNil(t, got)
	assert.Equal(t, "", got.Speaker)
}

// TestPluralDescriptionIsNoOneElsewhere: "the authors" is several people;
// a role in another article ("one of the study's authors") does not make
// it the one person who holds it.
func TestPluralDescriptionIsNoOneElsewhere(t *testing.T) {
	other := "Mara Quill, an economist at a port college and one of the study's authors, spoke on Monday.\n"
	text := "The harbour board published a plan on Friday.\n\u201cIf we want the fishing crews to stay, we must listen to them first,\u201d wrote the authors of the plan."
	_, qs, _ := extract(t, other, text)
	got := quoteOf(qs, "If we want the fishing crews to stay, we must listen to them first,")
	require.NotNil(t, got)
	assert.NotEqual(t, "Mara Quill", got.Speaker)
}

// TestPlaceWithTitleIsADescription: "The Harbour senator sought …" and
// "The senator from Harbour said" are the senator, a description whose
// head is the person noun, not a person named "Harbour".
func TestPlaceWithTitleIsADescription(t *testing.T) {
	intro := "Senator Ann Vell of Harbour ended her bid on Tuesday.\n"
	tests := []struct{ name, text, quote string }{
		{"place before the title, a verb after the noun",
			"The Harbour senator sought to calm her supporters, saying the heckler would \u201cnot get hurt\u201d at her rally.", "not get hurt"},
		{"place after the title",
			"The senator from Harbour said the vote had been \u201crigged,\u201d and left the hall.", "rigged,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, intro+tt.text)
			got := quoteOf(qs, tt.quote)
			require.NotNil(t, got)
			assert.Equal(t, "Ann Vell", got.Speaker)
		})
	}
}
