package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLexical(t *testing.T) {
	tests := []struct {
		name, word string
		want       []string // stems that must be among the result
		not        []string // stems that must not
	}{
		{"a verb finds the noun of its action", "died", []string{"death"}, nil},
		{"a past form finds its synonym", "bought", []string{"purchas"}, nil},
		{"a noun of action finds its verb", "flight", []string{"flee"}, nil},
		{"a multi-word synonym is left out", "resign", nil, []string{"step down", "give up"}},
		{"a word WordNet does not know brings nothing", "zorblatt", nil, []string{"zorblatt"}},
		{"a stopword brings nothing", "the", nil, []string{"the"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Lexical(tc.word)
			assert.LessOrEqual(t, len(got), maxLexical)
			for _, w := range tc.want {
				if w == Stem(tc.word) {
					continue // the word's own stem is the word, not an alternative
				}
				assert.Contains(t, got, w)
			}
			for _, w := range tc.not {
				assert.NotContains(t, got, w)
			}
		})
	}
}
