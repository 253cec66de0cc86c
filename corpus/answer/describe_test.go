package answer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// TestDescriptionKeyOnTheStack: the key of a description made in a
// buffer is descriptionKey's, with its number of words, and a name's
// folded words lookupSpelt's, for any ASCII text; other text is left to
// descriptionKey.
func TestDescriptionKeyOnTheStack(t *testing.T) {
	for _, s := range []string{
		"", " ", "the", "The Harbour  Mayor", "the the ferry pilot", "A an old hand", "AN Envoy",
		"the\tport\vofficial\f", " their spokesman ", "the mayor's aide", "theatre critic", "Anna Vell",
	} {
		t.Run(s, func(t *testing.T) {
			var buf [8]byte // shorter than most: a longer key grows out of it
			k, words, ok := appendDescriptionKey(buf[:0], s)
			assert.True(t, ok)
			want := descriptionKey(s)
			assert.Equal(t, want, string(k))
			assert.Equal(t, len(strings.Fields(want)), words)
			assert.Equal(t, len(strings.Fields(s)), fieldCount(s))
			k, _, ok = appendFoldedWords(buf[:0], s, false)
			assert.True(t, ok)
			assert.Equal(t, strings.Join(strings.Fields(index.Fold(s)), " "), string(k))
		})
	}
	for _, s := range []string{"the Åsa\u00a0aide", "l’envoyé", "a\u2003b\u0085c"} {
		_, _, ok := appendDescriptionKey(nil, s)
		assert.False(t, ok, s)
		assert.Equal(t, len(strings.Fields(s)), fieldCount(s), s)
	}
}
