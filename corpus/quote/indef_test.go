package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIndefiniteIsSomeoneNew: a description opened by "a", "one" or
// "another" brings in someone the article keeps unnamed ("one Lund
// confidant", "a senior Lund adviser"); it is not the person named before,
// nor the one its words name, and the words stay.
func TestIndefiniteIsSomeoneNew(t *testing.T) {
	intro := "Mayor Tom Lund, the harbour campaign's founder and a longtime council adviser, met the council on Monday.\n"
	tests := []struct {
		name, text, quote string
	}{
		{"one and a name inside", "\u201cHe sets the rules and the rest can leave,\u201d said one Lund campaign adviser.", "He sets the rules and the rest can leave,"},
		{"a and a title", "\u201cThe council never read the plan at all,\u201d a longtime council adviser said.", "The council never read the plan at all,"},
		{"before the quotation", "A senior Lund adviser said, \u201cWe will see who blinks first in the spring.\u201d", "We will see who blinks first in the spring."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, intro+tt.text)
			got := quoteOf(qs, tt.quote)
			require.NotNil(t, got, "the words stay")
			assert.Equal(t, "", got.Speaker)
		})
	}
}

// TestNameAndPastVerbBeforeQuotation: a name and a past verb right before
// a quotation, after a comma ('Weber cracked, "…"', 'Weber shot back,
// "…"'), are its speaker and cue whatever the verb, not the subject of an
// earlier clause that a listed verb governs.
func TestNameAndPastVerbBeforeQuotation(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"an unlisted verb",
			"During the first debate, Weber cracked, \"I am a builder, but a builder who finishes the bridge.\"",
			[]traced{{"I am a builder, but a builder who finishes the bridge.", "Karl Weber", "before"}}},
		{"a verb and its particle after a clause with a listed verb",
			"After Kowalska attacked the plan in the chamber, Weber shot back, \"I could have stayed home, but I chose to serve.\"",
			[]traced{{"I could have stayed home, but I chose to serve.", "Karl Weber", "before"}}},
	})
}
