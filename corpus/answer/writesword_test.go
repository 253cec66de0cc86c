package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestWritesWord: an answer line is a word, a name or a number; a line
// cut down to punctuation is none.
func TestWritesWord(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       bool
	}{
		{"a name", "St Brigid's", true},
		{"a number", "42", true},
		{"a sum", "£3,000", true},
		{"a non-Latin name", "Єрмак", true},
		{"a closing bracket", ")", false},
		{"a dash and a comma", " — ,", false},
		{"empty", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, writesWord(c.line))
		})
	}
}

// TestPunctuationLineIsNotFound: a proposal whose line holds no word is
// "not found", however well its sentence matches the question; one whose
// line names something goes on to the score.
func TestPunctuationLineIsNotFound(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Tarvik Post", "2026-03-03",
		"On Sunday, Deacon Ola Brenne stood at the lectern in Vestby (see the order of service) and blessed the new ferry.\n")
	a := f.build()
	qu := Parse("what chapel does deacon ola brenne serve in vestby")
	for _, c := range []struct {
		name, line string
		found      bool
	}{
		{"a bracket", ")", false},
		{"a place", "Vestby", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ans := corpus.Answer{Found: true, Answer: c.line, Quote: f.c.Articles[art].Text, File: "a.txt", QuoteN: -1, FactN: -1,
				Sources: []corpus.Source{{File: "a.txt"}}}
			var rec Record
			got := a.decideFull(Recording(context.Background(), &rec), qu, ans, tierStrict, nil)
			if !c.found {
				assert.False(t, got.Found)
				assert.Equal(t, NotFound, got.Answer)
				assert.False(t, rec.Proposed.Found, "the fit records no proposal")
				return
			}
			assert.True(t, rec.Proposed.Found, "the fit records the proposal")
			assert.Equal(t, c.line, rec.Proposed.Answer)
		})
	}
}
