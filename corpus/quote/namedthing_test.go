package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNamedThingsAreNoQuotations: a quotation in headline case that no
// reporting cue reaches and that is the object of a preposition or
// modifies the noun after it names a show, a group or a slogan; the speaker
// model must not give it to the person the paragraph is about.
func TestNamedThingsAreNoQuotations(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"a show after a preposition", "Ann Lee joined the network in 2010. She praised her staff and thanked the viewers for years of support. Since May she has been the face of \"The Late Hour with Ann Lee.\""},
		{"a group after a preposition", "Tom Fuller gave money to many candidates over the years. He set up and ran the board of \"Harbour Friends for Ann 2008.\""},
		{"a slogan modifying the noun after it", "Tom Fuller drove across the state last week. Fuller visited nine towns by his \"Fuller Can Fix It\" coach, waving from its roof."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			assert.Empty(t, got)
		})
	}
}

// TestOpeningWordIsNoSpeaker: a dateline in capitals, or a word opening a
// sentence before a conjunction, is not who spoke: the clause's subject
// after it is.
func TestOpeningWordIsNoSpeaker(t *testing.T) {
	for _, tc := range []struct{ name, text, speaker string }{
		{"a dateline",
			"Ann Vell met Tom Lund on Monday in the port.\n\nDUNMORE, Ore. \u2014 Sen. Tom Lund (R-Ore.) spoke at the dock, calling the delay a \u201cdisgrace to the harbour.\u201d",
			"Tom Lund"},
		{"an adverb before a conjunction",
			"Ann Vell met Tom Lund on Monday in the port.\n\nEven as Ann Vell was attacking Tom Lund on Tuesday, she faced questions about her promise that \u201cthe piers are finally safe for the winter\u201d on the radio.",
			"Ann Vell"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			require.Len(t, got, 1)
			assert.Equal(t, tc.speaker, got[0].Speaker)
		})
	}
}
