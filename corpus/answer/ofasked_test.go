package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOfAskedParse: "age of" and "size of", typed first or first after a
// topic and a dash, ask how old and how much, as "number of" asks how
// many; inside the words they only say which.
func TestOfAskedParse(t *testing.T) {
	for _, c := range []struct {
		name, q   string
		kind      string
		age, much bool
	}{
		{"age of a name", "age of tove marlin", KindHowMany, true, false},
		{"size of, after a topic and a dash", "quay levy dispute - size of the refund owed to the inn", KindHowMany, false, true},
		{"size of, first", "size of the harbour fee refund", KindHowMany, false, true},
		{"inside the words it says which", "quay wall repairs after the size of the storm", KindWhat, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := Parse(c.q)
			assert.Equal(t, c.kind, q.Kind)
			assert.Equal(t, c.age, q.Age)
			assert.Equal(t, c.much, q.Much)
			if c.kind != KindWhat {
				for _, w := range q.Words {
					assert.NotContains(t, []string{"age", "size"}, w.Fold, "the noun of asking is no word to match")
				}
			}
		})
	}
}

// TestOfAskedAnswer: asked as "age of X" or "topic - size of Y", the
// answer is the age or the amount, not a sentence that holds the
// question's words.
func TestOfAskedAnswer(t *testing.T) {
	f := newFixture(t)
	marlin := f.person("Tove Marlin", []string{"Marlin"})
	a := f.article("a.txt", "Fjord Courier", "2026-03-04",
		"Tove Marlin, 64, the owner of the Skarnes Inn, died in the storm.\n"+
			"The inn was found to have paid 9,000 kroner less in harbour levy than it owed, a shortfall Marlin disputed.\n")
	f.fact(a, "Tove Marlin, 64, the owner of the Skarnes Inn, died in the storm.", []int{marlin}, num("64", "64"))
	f.fact(a, "The inn was found to have paid 9,000 kroner less in harbour levy than it owed, a shortfall Marlin disputed.", []int{marlin},
		money("9,000 kroner", "9000 NOK"))
	an := f.build()
	for _, c := range []struct{ q, want string }{
		{"age of tove marlin", "64"},
		{"skarnes inn - size of the harbour levy shortfall", "9,000"},
	} {
		t.Run(c.q, func(t *testing.T) {
			ans := an.Ask(t.Context(), c.q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, c.want)
		})
	}
}
