package index

import (
	"slices"
	"unsafe"
)

// A Go map from string to int32 costs about 40 bytes an entry beside the
// string itself; the index's terms and the vocabulary's words are found
// instead through slots of 4 bytes (open addressing, at most half full),
// each 1 + the id of a string kept elsewhere: the terms in one byte arena,
// the words in their list.

// slotTable finds ids by string; eq(id, s) says whether id's string is s.
type slotTable struct {
	slots []int32 // 1 + id; 0 is empty; a power of two long
	n     int
}

func (t *slotTable) find(s string, eq func(int32, string) bool) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(t.slots) - 1)
	for i := hash(s, "") & mask; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			return 0, false
		}
		if eq(v-1, s) {
			return v - 1, true
		}
	}
}

// insert records id for s, which the table must not hold yet; key(id)
// is id's string, for moving the slots when they grow.
func (t *slotTable) insert(s string, id int32, key func(int32) string) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]int32, max(16, 2*len(old)))
		for _, v := range old {
			if v != 0 {
				t.put(key(v-1), v-1)
			}
		}
	}
	t.put(s, id)
	t.n++
}

func (t *slotTable) put(s string, id int32) {
	mask := uint32(len(t.slots) - 1)
	i := hash(s, "") & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = id + 1
}

// terms holds the index's terms in one byte arena, term i at
// bytes[start[i]:start[i+1]], and finds a term's id by its text.
type terms struct {
	bytes []byte
	start []uint32
	tab   slotTable
}

func newTerms() *terms { return &terms{start: []uint32{0}} }

// len is the number of terms.
func (t *terms) len() int { return len(t.start) - 1 }

// term is term i's text, read in place: the arena is only appended to,
// so the bytes under a string never change.
func (t *terms) term(i int32) string {
	a, b := t.start[i], t.start[i+1]
	if a == b {
		return ""
	}
	return unsafe.String(&t.bytes[a], b-a)
}

func (t *terms) eq(i int32, s string) bool {
	return string(t.bytes[t.start[i]:t.start[i+1]]) == s // compared without a copy
}

// id returns term s's id.
func (t *terms) id(s string) (int32, bool) { return t.tab.find(s, t.eq) }

// add returns s's id, added when new.
func (t *terms) add(s string) int32 {
	if id, ok := t.id(s); ok {
		return id
	}
	id := int32(t.len())
	t.bytes = append(t.bytes, s...)
	t.start = append(t.start, uint32(len(t.bytes)))
	t.tab.insert(s, id, t.term)
	return id
}

// trim copies the arena and starts at their length, giving back the
// slack append left (up to a quarter of each); strings read before stay
// valid, in the old arena.
func (t *terms) trim() { t.bytes, t.start = slices.Clone(t.bytes), slices.Clone(t.start) }

// index rebuilds the lookup of terms whose arena and starts were
// restored, and reports the first term that comes twice, or -1.
func (t *terms) index() int {
	t.tab = slotTable{}
	for i := int32(0); int(i) < t.len(); i++ {
		s := t.term(i)
		if _, ok := t.id(s); ok {
			return int(i)
		}
		t.tab.insert(s, i, t.term)
	}
	return -1
}

// hash is FNV-1a of a then b, as if joined, folded to 32 bits.
func hash(a, b string) uint32 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= 1099511628211
	}
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	return uint32(h ^ h>>32)
}
