package person

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBlocksKeepOrderAcrossBlocks(t *testing.T) {
	tests := []struct {
		name string
		runs []int // lengths of the runs added
	}{
		{"nothing", nil},
		{"empty runs", []int{0, 0}},
		{"one small run", []int{3}},
		{"a run longer than a block", []int{5000}},
		{"runs that straddle a block", []int{4000, 200, 0, 4100}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b blocks[int]
			var want []int
			next := 0
			for _, n := range tt.runs {
				run := make([]int, n)
				for i := range run {
					run[i] = next
					next++
				}
				b.add(run)
				want = append(want, run...)
			}
			got := b.join()
			assert.Equal(t, want, got)
			assert.Equal(t, len(got), cap(got), "joined at the exact length")
		})
	}
}
