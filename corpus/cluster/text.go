package cluster

import "hash/maphash"

// firstText returns, for each of n items, the first item of the very same
// text: outlets print the same sentence, and it is analysed once. An
// open-addressing table of hashes and item numbers: a map of the strings
// cost twice as much, most of it not the hashing.
func firstText(n int, text func(i int) string) []int32 {
	first := make([]int32, n)
	size := 1
	for size < 2*n {
		size *= 2
	}
	type slot struct {
		hash uint32
		item int32 // +1; 0 for a free slot
	}
	slots := make([]slot, size)
	mask := uint64(size - 1)
	seed := maphash.MakeSeed()
	for i := 0; i < n; i++ {
		s := text(i)
		h := maphash.String(seed, s)
		first[i] = int32(i)
		for x := h & mask; ; x = (x + 1) & mask {
			sl := &slots[x]
			if sl.item == 0 {
				*sl = slot{uint32(h >> 32), int32(i) + 1}
				break
			}
			if sl.hash == uint32(h>>32) && text(int(sl.item-1)) == s {
				first[i] = sl.item - 1
				break
			}
		}
	}
	return first
}
