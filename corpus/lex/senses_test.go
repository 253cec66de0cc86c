package lex

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSensesReadInPlace checks that the senses read in place are the
// record's, in its order, and that a loop may stop after the first.
func TestSensesReadInPlace(t *testing.T) {
	tab := tab()
	for _, w := range []string{"say", "post", "ferry", "strike", "quickly", "green"} {
		t.Run(w, func(t *testing.T) {
			id := tab.find(w)
			require.GreaterOrEqual(t, id, 0)
			want, _, _ := tab.record(id)
			var got []sense
			for k, s := range tab.senses(id) {
				assert.Equal(t, len(got), k)
				got = append(got, s)
			}
			assert.Equal(t, want, got)
			var first []sense
			for _, s := range tab.senses(id) {
				first = append(first, s)
				break
			}
			assert.Equal(t, want[:1], first)
		})
	}
}
