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

// TestOneOfOthersSpeaks: a speaker the writer picks out of others without
// a name ("tweeted another", "Another wrote, "…"", "said one of two
// ferrymen") keeps the quotation, with no speaker named; "one of" and a
// thing ("one of the reasons") speaks for nobody, and "another" before a
// noun ("another call") is no subject.
func TestOneOfOthersSpeaks(t *testing.T) {
	intro := "Mayor Tom Lund defended the new ferry fares at the quay on Monday.\n"
	tests := []struct {
		name, text, quote string
		kept              bool
	}{
		{"another after the quotation", "\u201cThe fares punish the people who cross every day,\u201d tweeted another.", "The fares punish the people who cross every day,", true},
		{"another before its verb, after", "\u201cNobody asked the islanders before the vote,\u201d another wrote.", "Nobody asked the islanders before the vote,", true},
		{"another opening the sentence", "Another posted, \u201cThe mayor rides the ferry for free and always has.\u201d", "The mayor rides the ferry for free and always has.", true},
		{"one of a group", "\u201cWe were told the fares would fall by spring,\u201d said one of two ferrymen who asked not to be named.", "We were told the fares would fall by spring,", true},
		{"one of a group, before its verb", "\u201cThe timetable has not changed in ten years,\u201d one of the deckhands said.", "The timetable has not changed in ten years,", true},
		{"one of a thing", "\u201cFerry Pass\u201d is one of the reasons prices rose.", "Ferry Pass", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, intro+tt.text)
			got := quoteOf(qs, tt.quote)
			if !tt.kept {
				assert.Nil(t, got)
				return
			}
			require.NotNil(t, got, "the words stay")
			assert.Equal(t, "", got.Speaker, "nobody named")
		})
	}
}
