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
		{"a noun synonym whose stem is another verb is left out", "salary", []string{"wage"}, []string{"earn"}},
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

func TestRarerSenses(t *testing.T) {
	tests := []struct {
		name, word string
		want       []string // stems that must be among the result
		not        []string // stems that must not
	}{
		{"a noun's rarer sense brings the word that mostly means it", "choppers", []string{"helicopt"}, nil},
		{"a synonym that mostly means something else is left out", "post", nil, []string{"offic", "station"}},
		{"the most frequent sense is Lexical's, not this one's", "salary", nil, []string{"wage"}},
		{"a word with one sense brings nothing", "helicopter", nil, []string{"chopper"}},
		{"a word WordNet does not know brings nothing", "zorblatt", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, w := range RarerSenses(tc.word) {
				assert.Greater(t, w.Factor, 0.0)
				assert.LessOrEqual(t, w.Factor, SynonymFactor)
				got = append(got, w.Stem)
			}
			for _, w := range tc.want {
				assert.Contains(t, got, w)
			}
			for _, w := range tc.not {
				assert.NotContains(t, got, w)
			}
		})
	}
}

func TestRarerSensesWeighsBySenseCount(t *testing.T) {
	// "chopper" was tagged once in its first sense and never as an
	// aircraft: the aircraft's words count half as much as a first
	// sense's synonym would.
	for _, w := range RarerSenses("chopper") {
		if w.Stem == "helicopt" {
			assert.InDelta(t, SynonymFactor/2, w.Factor, 1e-9)
			return
		}
	}
	t.Fatal("no helicopter among chopper's rarer senses")
}

func TestSameThing(t *testing.T) {
	tests := []struct {
		word, stem string
		want       bool
	}{
		{"choppers", "helicopt", true},
		{"lawmakers", "mp", true},
		{"girls", "girl", true},
		{"girls", "helicopt", false},
		{"post", "offic", false},
	}
	for _, tc := range tests {
		t.Run(tc.word+" "+tc.stem, func(t *testing.T) {
			assert.Equal(t, tc.want, SameThing(tc.word, tc.stem))
		})
	}
}
