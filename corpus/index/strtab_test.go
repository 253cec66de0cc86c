package index

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTerms: every term added is found by its text under the id it was
// given, across the slots' growth, and a text never added is not found.
func TestTerms(t *testing.T) {
	tm := newTerms()
	var words []string
	for i := 0; i < 5000; i++ {
		words = append(words, fmt.Sprintf("harbour%d", i))
	}
	words = append(words, "", stopPrefix+"the")
	for i, w := range words {
		require.Equal(t, int32(i), tm.add(w), "first add of %q", w)
	}
	tests := []struct {
		name string
		text string
		want int32
		ok   bool
	}{
		{"the first", "harbour0", 0, true},
		{"the last before growing twice", "harbour4999", 4999, true},
		{"the empty term", "", 5000, true},
		{"a small word's term", stopPrefix + "the", 5001, true},
		{"a prefix of a term", "harbour", 0, false},
		{"a term with more", "harbour49999", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, ok := tm.id(tt.text)
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				assert.Equal(t, tt.want, id)
				assert.Equal(t, tt.text, tm.term(id))
			}
		})
	}
	assert.Equal(t, int32(7), tm.add("harbour7"), "a second add returns the first id")
	assert.Equal(t, len(words), tm.len())

	t.Run("rebuilt from the arena", func(t *testing.T) {
		back := &terms{bytes: tm.bytes, start: tm.start}
		require.Equal(t, -1, back.index())
		for i, w := range words {
			id, ok := back.id(w)
			require.True(t, ok, w)
			require.Equal(t, int32(i), id)
		}
	})
	t.Run("a term twice is named", func(t *testing.T) {
		twice := newTerms()
		twice.add("port")
		twice.add("ferry")
		twice.bytes = append(twice.bytes, "port"...)
		twice.start = append(twice.start, uint32(len(twice.bytes)))
		assert.Equal(t, 2, twice.index())
	})
}
