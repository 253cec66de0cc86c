package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWithTypedShort: "w/" and a lone lower-case "w" are "with" typed in
// a hurry, a small word no sentence need hold; a capital W is an
// initial and stays a word of the name.
func TestWithTypedShort(t *testing.T) {
	folds := func(q string) []string {
		var out []string
		for _, w := range Parse(q).Words {
			out = append(out, w.Fold)
		}
		return out
	}
	for _, c := range []struct {
		name, q string
		want    []string
	}{
		{"w and a slash", "who met w/ voss at the quay", []string{"who", "met", "with", "voss", "at", "the", "quay"}},
		{"a lone w", "harbour poll w lund and voss", []string{"harbour", "poll", "with", "lund", "and", "voss"}},
		{"a capital W is an initial", "what did Per W. Lund say", []string{"what", "did", "per", "w", "lund", "say"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, folds(c.q))
		})
	}
}
