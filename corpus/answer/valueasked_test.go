package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestValueAsked: a question typed as a value's noun phrase is asked
// again as "what was the …"; one already read as asking a value, one
// with a question word, and one after a topic and a mark are left.
func TestValueAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"score in the cup final", "what was the score in the cup final"},
		{"final score v larvik?", "what was the final score v larvik?"},
		{"harbour jobless rate in may", "what was the harbour jobless rate in may"},
		{"ferry fare revenue for march", "what was the ferry fare revenue for march"},
		{"price of the harbour flat", "price of the harbour flat"},
		{"launch date of the ferry", "launch date of the ferry"},
		{"what was the score in the cup final", "what was the score in the cup final"},
		{"cup final - score in it", "cup final - score in it"},
		{"ferry strike in may", "ferry strike in may"},
	} {
		got, _ := valueAsked(c.q)
		assert.Equal(t, c.want, got, c.q)
	}
}
