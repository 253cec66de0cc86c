package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A predicate written with its particle is matched by the phrase's
// meaning: "brought up" is found as "mentioned".
func TestPhrasalOf(t *testing.T) {
	tests := []struct {
		q, pred, want string
	}{
		{"how many stops did the mayor bring up", "bring", "bring up"},
		{"when did the harbour master step down", "step", "step down"},
		{"how many boats did the mayor bring", "bring", ""},
		{"when did the mayor bring Oslo", "bring", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, phrasalOf(Parse(tt.q), tt.pred))
		})
	}
}
