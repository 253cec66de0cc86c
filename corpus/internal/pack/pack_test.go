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

func TestStringsCopiesIntoSharedChunks(t *testing.T) {
	var ar Strings
	big := string(make([]byte, chunkSize+1))
	for _, tc := range []struct {
		name, in string
	}{
		{"empty", ""},
		{"short", "ushkov"},
		{"longer than a chunk", big},
		{"after a long one", "voss"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := ar.Copy(tc.in)
			assert.Equal(t, tc.in, out)
		})
	}
	var fresh Strings
	fresh.Reserve(len("firstsecond"))
	a, b := fresh.Copy("first"), fresh.Copy("second")
	assert.Equal(t, uintptr(len("first")), uintptr(unsafe.Pointer(unsafe.StringData(b)))-uintptr(unsafe.Pointer(unsafe.StringData(a))), "one chunk, in order")
	assert.Equal(t, len("firstsecond"), cap(fresh.chunk), "reserved exactly")
}

func TestKeysAndListsKeepEntries(t *testing.T) {
	var ar Strings
	sets := map[string]bool{"he": true, "she": false}
	assert.Equal(t, map[string]bool{"he": true, "she": false}, Keys(sets, &ar))
	assert.Nil(t, Keys(map[string]int(nil), &ar), "nil stays nil")

	lists := map[string][]int{"voss": {1, 2}, "ushkov": {3}, "none": nil}
	out := Lists(lists, &ar)
	assert.Equal(t, map[string][]int{"voss": {1, 2}, "ushkov": {3}, "none": nil}, out)
	assert.Equal(t, 1, cap(out["ushkov"]), "capped at its length")
}
