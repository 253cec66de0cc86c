package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// A name after an infinitive or a past form of a verb that does not
// report is that verb's object, so a later "he" does not mean it.
func TestVerbObjectIsNoSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text, who string
		object          bool
	}{
		{"object of an infinitive", "Lund sold the boat he used to sink Ivo Strand last year.", "Ivo Strand", true},
		{"object of a reporting infinitive", "He went on to call Ivo Strand a coward.", "Ivo Strand", true},
		{"object of a past verb", "Lund hired Ivo Strand on Monday.", "Ivo Strand", true},
		{"subject after a reporting verb", "\"We will win,\" said Ivo Strand, the mayor.", "Ivo Strand", false},
		{"a name a participle introduces", "A welder named Ivo Strand has nothing but praise.", "Ivo Strand", false},
		{"a plain subject", "Ivo Strand told reporters on Monday.", "Ivo Strand", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, tc.who)
			s := corpus.Span{Start: i, End: i + len(tc.who)}
			assert.Equal(t, tc.object, verbObject(tc.text, i))
			if tc.object {
				assert.False(t, isSubject(tc.text, s, len(tc.text)), "an object is no subject")
			}
		})
	}
}

// A no-break space parts words as a space does: the name after
// "on\u00a0" is a preposition's object.
func TestWordBeforeNoBreakSpace(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a space", "posted on Harbour", "on"},
		{"a no-break space before the name", "posted\u00a0on\u00a0Harbour", "on"},
		{"a no-break space inside the word before", "the board\u00a0on Harbour", "on"},
		{"nothing before", "Harbour", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			off := strings.Index(tc.text, "Harbour")
			w, _ := wordBefore(tc.text, off)
			assert.Equal(t, tc.want, w)
			assert.Equal(t, tc.want != "", objectBefore(tc.text, off))
		})
	}
}

// A name after a reporting verb that follows a quotation's closing mark
// or a comma is that verb's subject, curly marks included.
func TestInvertedSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"straight marks", "\"We will win,\" said Ivo Strand as he left.", true},
		{"curly marks", "\u201cWe will win,\u201d said Ivo Strand as he left.", true},
		{"curly single marks", "\u2018We will win,\u2019 said Ivo Strand as he left.", true},
		{"after a comma", "The port will close, said Ivo Strand as he left.", true},
		{"a main clause's verb", "Karl Lund said Ivo Strand had left.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, invertedSubject(tc.text, strings.Index(tc.text, "Ivo Strand")))
		})
	}
}

// A subject behind where it is from, set off as an apposition, or behind
// an apposition ending in a town and a state.
func TestSubjectBehindPlaces(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"of a state", "Rep. Karl Lund of Ohio said the vote will come.", true},
		{"of a state, then an apposition", "Rep. Karl Lund of Ohio, the party's whip, said the vote will come.", true},
		{"of a town and a state", "Karl Lund, 61, of Dunmore, Ore., backed the plan.", true},
		{"set off as an apposition", "The board's chief, Karl Lund, said the vote will come.", true},
		{"an apposition ending in a town and a state", "Karl Lund, 61, a welder in Dunmore, Ore., backed the plan.", true},
		{"in a list", "The board met Ivo Strand, Karl Lund, and Ann Vell.", false},
		{"of something lower-case", "Karl Lund of the port said nothing.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, "Karl Lund")
			s := corpus.Span{Start: i, End: i + len("Karl Lund")}
			assert.Equal(t, tc.want, isSubject(tc.text, s, len(tc.text)))
		})
	}
}
