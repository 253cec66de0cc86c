package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAnotherOccasionNamed: a sentence naming another month, year,
// numbered match or pollster than the question's is marked; the same
// one, or none, is not.
func TestAnotherOccasionNamed(t *testing.T) {
	tests := []struct {
		name, question, sentence string
		other                    bool
	}{
		{"another month", "how long was the december call", "The call in March lasted an hour.", true},
		{"the same month", "how long was the december call", "The December call lasted an hour.", false},
		{"another year", "what did the firm pay in 2011", "In 2014 the firm paid $3 million.", true},
		{"another numbered match", "score in her first match as coach", "Her second match ended 2-0.", true},
		{"an ordinal of another noun", "score in her first match as coach", "It was the first time she won.", false},
		{"another pollster", "acme december poll - what share backed Lund", "Lund had 25 percent in the latest Zenith poll.", true},
		{"the pollster asked", "acme poll - what share backed Lund", "Lund had 25 percent in the Acme poll.", false},
		{"no anchor asked", "how long was the call", "The March call lasted an hour.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qws := anchorWords(tt.question)
			qa, sa := anchors(qws), anchors(anchorWords(tt.sentence))
			other := namedEventClash(qws, tt.sentence) == 1
			for k, want := range qa {
				got := sa[k]
				if anchorKind(k) == anchorOrdinal {
					got = sameNoun(want, got)
				}
				if len(want) > 0 && len(got) > 0 && !meets(want, got) {
					other = true
				}
			}
			assert.Equal(t, tt.other, other)
		})
	}
}
