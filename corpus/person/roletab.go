package person

import (
	"slices"
)

// roleTab holds, for every person, the words of their roles and the
// nations those roles name, as small ids in one shared array. A map of
// words per person cost about twenty times the words' own ids, and most
// people share the few hundred words that roles are written with.
type roleTab struct {
	ids   map[string]int32 // a role word, or nationMark + a nation key → its id
	names []string         // by id
	// Person p's ids are data[span[2p]:span[2p+1]], sorted, a nation's id
	// with nationBit set so that nations come last. A person whose roles
	// change gets a new run at the end of data; the old run is left, as
	// roles change only while a corpus is built.
	span []uint32
	data []int32
	// byWord[w] lists the people whose roles hold word w, in the order
	// they got it.
	byWord [][]int32
}

const (
	nationBit  = 1 << 30
	nationMark = "\x00" // no role word starts with it
)

// intern returns s's id, added when new.
func (t *roleTab) intern(s string) int32 {
	if id, ok := t.ids[s]; ok {
		return id
	}
	if t.ids == nil {
		t.ids = map[string]int32{}
	}
	id := int32(len(t.names))
	t.ids[s] = id
	t.names = append(t.names, s)
	return id
}

// of returns person p's ids, nil when p has no role.
func (t *roleTab) of(p int) []int32 {
	if 2*p+1 >= len(t.span) {
		return nil
	}
	return t.data[t.span[2*p]:t.span[2*p+1]:t.span[2*p+1]]
}

// set records person p's role words and nation keys, and indexes p under
// each word it did not hold before.
func (t *roleTab) set(p int, words, nations []string) {
	for len(t.span) <= 2*p+1 {
		t.span = append(t.span, uint32(len(t.data)))
	}
	if len(words) == 0 && len(nations) == 0 && len(t.of(p)) == 0 {
		return
	}
	old := t.of(p)
	start := len(t.data)
	for _, w := range words {
		t.data = append(t.data, t.intern(w))
	}
	for _, k := range nations {
		t.data = append(t.data, t.intern(nationMark+k)|nationBit)
	}
	ids := t.data[start:]
	slices.Sort(ids)
	ids = slices.Compact(ids)
	t.data = t.data[:start+len(ids)]
	t.span[2*p], t.span[2*p+1] = uint32(start), uint32(len(t.data))
	for _, id := range ids {
		if id&nationBit != 0 {
			break
		}
		if _, had := slices.BinarySearch(old, id); had {
			continue
		}
		for len(t.byWord) <= int(id) {
			t.byWord = append(t.byWord, nil)
		}
		t.byWord[id] = append(t.byWord[id], int32(p))
	}
}

// word returns the id of role word w, or -1 when no role holds it.
func (t *roleTab) word(w string) int32 {
	if id, ok := t.ids[w]; ok {
		return id
	}
	return -1
}

// nation returns the id of nation key k as a person's ids hold it, or -1.
func (t *roleTab) nation(k string) int32 {
	if id, ok := t.ids[nationMark+k]; ok {
		return id | nationBit
	}
	return -1
}

// has reports whether person p's ids hold id.
func (t *roleTab) has(p int, id int32) bool {
	if id < 0 {
		return false
	}
	_, ok := slices.BinarySearch(t.of(p), id)
	return ok
}

// hasWord reports whether person p's roles hold word w.
func (t *roleTab) hasWord(p int, w string) bool { return t.has(p, t.word(w)) }

// hasNation reports whether person p's roles name any nation.
func (t *roleTab) hasNation(p int) bool {
	ids := t.of(p)
	return len(ids) > 0 && ids[len(ids)-1]&nationBit != 0
}

// people returns the people whose roles hold word w.
func (t *roleTab) people(w string) []int32 {
	if id := t.word(w); id >= 0 && int(id) < len(t.byWord) {
		return t.byWord[id]
	}
	return nil
}

// words calls f with each role word of person p, until f returns true.
func (t *roleTab) anyWord(p int, f func(w string) bool) bool {
	for _, id := range t.of(p) {
		if id&nationBit != 0 {
			break
		}
		if f(t.names[id]) {
			return true
		}
	}
	return false
}

// compact copies data and the word lists at their length, once the
// people are all read.
func (t *roleTab) compact() {
	t.data = slices.Clip(slices.Clone(t.data))
	t.span = slices.Clone(t.span)
	n := 0
	for _, l := range t.byWord {
		n += len(l)
	}
	all := make([]int32, 0, n)
	for i, l := range t.byWord {
		at := len(all)
		all = append(all, l...)
		t.byWord[i] = all[at:len(all):len(all)]
	}
}
