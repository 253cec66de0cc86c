package person

import (
	"slices"
	"sort"
)

// offsetsIn returns, for article art, each person's mention offsets in
// order. nearest and principal ask it for the few people a word may name,
// where they once walked every mention of the article: in a 4 MB article
// that was thousands of mentions for each of thousands of words. Built on
// first use and kept in step by noteRef.
func (r *Resolver) offsetsIn(art int) map[int32][]int32 {
	if r.offs == nil {
		r.offs = map[int]map[int32][]int32{}
	}
	m, ok := r.offs[art]
	if !ok {
		m = map[int32][]int32{}
		for _, x := range r.byArt[art] {
			m[x.id] = append(m[x.id], x.start)
		}
		for _, s := range m {
			slices.Sort(s)
		}
		r.offs[art] = m
	}
	return m
}

// noteRef records in the offsets of art a mention just added to byArt.
func (r *Resolver) noteRef(art int, x ref) {
	m, ok := r.offs[art]
	if !ok {
		return // built from byArt when first asked
	}
	s := m[x.id]
	i := len(s)
	for i > 0 && s[i-1] > x.start {
		i--
	}
	m[x.id] = slices.Insert(s, i, x.start)
}

// before returns how many of the offsets s lie before off.
func before(s []int32, off int) int {
	return sort.Search(len(s), func(i int) bool { return int(s[i]) >= off })
}
