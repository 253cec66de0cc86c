package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOneStep: a verb or an adjective of a question brings the words a
// step broader or narrower in meaning, and the synonyms of its rarer
// senses; a small word brings none.
func TestOneStep(t *testing.T) {
	for _, c := range []struct {
		name, word, want string
	}{
		{"a step broader", "dispatched", "send"},
		{"an adjective's similar one", "temporary", "interim"},
		{"a rarer sense's synonym", "washed", "launder"},
		{"a step narrower", "bring", "return"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stems []string
			for _, w := range OneStep(c.word) {
				stems = append(stems, w.Stem)
				assert.LessOrEqual(t, w.Factor, StepFactor)
				assert.Greater(t, w.Factor, 0.0)
			}
			assert.Contains(t, stems, Stem(c.want))
		})
	}
	assert.Empty(t, OneStep("the"))
	assert.Empty(t, OneStep("2024"))
}
