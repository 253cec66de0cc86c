package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPropOne: "one" standing for a noun said before it is no word to
// match; "one" that counts is.
func TestPropOne(t *testing.T) {
	for _, c := range []struct {
		name, q string
		light   bool
	}{
		{"ends the question", "when was the second ferry sale, the Lund Berg one", true},
		{"before a relative word", "which one that Holm signed was forged", true},
		{"before an auxiliary", "the older ones were sold when", true},
		{"a count after only", "did only one boat sink", false},
		{"a count before a noun", "did the port sell one ferry", false},
		{"one of", "was Holm one of the buyers", false},
		{"no one", "did no one buy the ferry", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			qu := Parse(c.q)
			at := -1
			for i, w := range qu.Words {
				if w.Fold == "one" || w.Fold == "ones" {
					at = i
				}
			}
			if !assert.GreaterOrEqual(t, at, 0) {
				return
			}
			assert.Equal(t, c.light, qu.Light(at))
		})
	}
}

// TestOughtIsAModal: in "ought to be sacked" the modal is no word to
// match: articles write "should be sacked", and "should" is a small word.
func TestOughtIsAModal(t *testing.T) {
	qu := Parse("which councillor said the harbour chief ought to be sacked")
	for i, w := range qu.Words {
		assert.Equal(t, w.Fold == "ought", qu.Light(i), w.Fold)
	}
}
