package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestACountOfAnotherThingPastAnAdjective: "300 solar lamps" counts
// lamps, so it does not answer how many volunteers there were, though the
// sentence names them; it still answers how many lamps.
func TestACountOfAnotherThingPastAnAdjective(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Brannock Wire", "2025-03-04",
		"The Brannock port board hired volunteers and bought 300 solar lamps for the quay.\n")
	f.fact(art, "The Brannock port board hired volunteers and bought 300 solar lamps for the quay.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "300", Norm: "300", Num: 300})
	a := f.build()
	tests := []struct {
		name, q string
		found   bool
	}{
		{"another thing counted", "how many volunteers did the brannock port board hire", false},
		{"the thing counted", "how many solar lamps did the brannock port board buy", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.Equal(t, tt.found, got.Found && got.Answer != "" && got.Answer[0] == '3', "answer %q", got.Answer)
		})
	}
}
