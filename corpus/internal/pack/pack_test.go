package pack

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

type item struct{ vals []int }

func TestSlicesShareOneArrayAndKeepValues(t *testing.T) {
	items := []item{{[]int{1, 2}}, {nil}, {[]int{}}, {[]int{3}}}
	Slices(Fields(items, func(it *item) *[]int { return &it.vals }))

	assert.Equal(t, []int{1, 2}, items[0].vals)
	assert.Nil(t, items[1].vals, "nil stays nil")
	assert.Empty(t, items[2].vals)
	assert.Equal(t, []int{3}, items[3].vals)
	first, last := uintptr(unsafe.Pointer(&items[0].vals[0])), uintptr(unsafe.Pointer(&items[3].vals[0]))
	assert.Equal(t, 2*unsafe.Sizeof(int(0)), last-first, "one backing array, in order")
	assert.Equal(t, 2, cap(items[0].vals), "capped at its length")

	items[0].vals = append(items[0].vals, 9)
	assert.Equal(t, []int{3}, items[3].vals, "an append copies out, the neighbour is untouched")
}
