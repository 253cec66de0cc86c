package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

func TestGroup(t *testing.T) {
	for _, tc := range []struct {
		name, text, subject, verb string
		want                      bool
	}{
		{"a plural noun", "Several officials said it was over.", "Several", "said", true},
		{"a capitalised modifier before a plural noun", "Trade ministry officials said it was over.", "Trade", "said", true},
		{"a name", "Karl Weber said it was over.", "Karl Weber", "said", false},
		{"a singular description", "The head of state noted it was over.", "The head of state", "noted", false},
		{"a pronoun", "They said it was over.", "They", "said", false},
		{"a noun ending in ss", "The boss said it was over.", "The boss", "said", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kind := mDesc
			switch tc.subject {
			case "They":
				kind = mPronoun
			case "Karl Weber", "Trade", "Several":
				kind = mName
			}
			m := mention{kind: kind, span: corpus.Span{Start: 0, End: len(tc.subject)}}
			require.True(t, strings.HasPrefix(tc.text, tc.subject), "the subject opens the sentence")
			assert.Equal(t, tc.want, group(tc.text, cue{verb: tc.verb, m: m}))
		})
	}
}
