package person

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestByWordsDesc(t *testing.T) {
	mk := func(ns ...int) []candidate {
		var cs []candidate
		for _, n := range ns {
			cs = append(cs, candidate{words: make([]string, n)})
		}
		return cs
	}
	tests := []struct {
		name  string
		words []int
		want  []int
	}{
		{"none", nil, []int{}},
		{"one", []int{2}, []int{0}},
		{"longest first", []int{1, 3, 2}, []int{1, 2, 0}},
		{"equals keep their order", []int{2, 1, 2, 0, 1, 2}, []int{0, 2, 5, 1, 4, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, byWordsDesc(mk(tt.words...)))
		})
	}
}
