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

// TestOfficeTypedShort: "sec" and "min" after a noun are an office (the
// harbour secretary, the acting fisheries minister); after a number
// they are units of time and stay as typed.
func TestOfficeTypedShort(t *testing.T) {
	for _, c := range []struct{ name, q, word, want string }{
		{"an office after a noun", "who is the new harbour sec", "sec", "secretary"},
		{"an acting office", "whos acting fisheries min now", "min", "minister"},
		{"seconds after a number", "how much did the 30 sec ferry ad cost", "sec", "sec"},
		{"minutes after a number", "how far did the river rise in 45 min", "min", "min"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, w := range Parse(c.q).Words {
				if w.Text == c.word {
					assert.Equal(t, c.want, w.Fold)
					return
				}
			}
			t.Fatalf("%q not among the words", c.word)
		})
	}
}
