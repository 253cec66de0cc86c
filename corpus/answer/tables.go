package answer

import (
	"slices"
	"sort"

	"factdesk/corpus"
)

// idLists holds, for each key 0…n-1 (an article, a person), a list of
// quotation ids, all in one array: list k is data[start[k]:start[k+1]].
// A map of slices cost a slice header, a map entry and append's slack for
// each key, about three times the ids themselves.
type idLists struct {
	start []uint32
	data  []int32
}

// groupIDs lists each id 0…n-1 under key(id), skipping those whose key is
// negative, each list in id order.
func groupIDs(n int, key func(i int) int) idLists {
	keys := 0
	for i := 0; i < n; i++ {
		keys = max(keys, key(i)+1)
	}
	l := idLists{start: make([]uint32, keys+1)}
	for i := 0; i < n; i++ {
		if k := key(i); k >= 0 {
			l.start[k+1]++
		}
	}
	for k := 0; k < keys; k++ {
		l.start[k+1] += l.start[k]
	}
	l.data = make([]int32, l.start[keys])
	at := slices.Clone(l.start[:keys])
	for i := 0; i < n; i++ {
		if k := key(i); k >= 0 {
			l.data[at[k]] = int32(i)
			at[k]++
		}
	}
	return l
}

// of returns key k's list, empty for a key that has none.
func (l idLists) of(k int) []int32 {
	if k < 0 || k+1 >= len(l.start) {
		return nil
	}
	return l.data[l.start[k]:l.start[k+1]:l.start[k+1]]
}

// keys returns the keys whose lists are not empty, in order.
func (l idLists) keys() []int {
	var out []int
	for k := 0; k+1 < len(l.start); k++ {
		if l.start[k+1] > l.start[k] {
			out = append(out, k)
		}
	}
	return out
}

// fileIndex finds an article by its file name: the article ids sorted by
// file, searched, instead of a map holding a copy of every name's header.
type fileIndex struct {
	arts  []*corpus.Article
	order []int32
}

func newFileIndex(arts []*corpus.Article) fileIndex {
	f := fileIndex{arts: arts, order: make([]int32, len(arts))}
	for i := range f.order {
		f.order[i] = int32(i)
	}
	// Stable, so that of two articles of one file the later is found last.
	sort.SliceStable(f.order, func(i, j int) bool { return arts[f.order[i]].File < arts[f.order[j]].File })
	return f
}

// find returns the article of file, the last one when two share it.
func (f fileIndex) find(file string) (int, bool) {
	i := sort.Search(len(f.order), func(i int) bool { return f.arts[f.order[i]].File > file })
	if i == 0 || f.arts[f.order[i-1]].File != file {
		return 0, false
	}
	return int(f.order[i-1]), true
}

// phraseList holds role phrases as their stems: phrase i is
// flat[off[i]:off[i]+n[i]], and a phrase written again beside another
// name shares the stems of its first. A slice header per phrase cost more
// than most phrases' stems.
type phraseList struct {
	flat []string
	off  []uint32
	n    []uint16
}

// add appends a phrase of stems (at most 65,535 of them are kept: a
// phrase is a few words).
func (p *phraseList) add(stems []string) {
	stems = stems[:min(len(stems), 1<<16-1)]
	p.off = append(p.off, uint32(len(p.flat)))
	p.n = append(p.n, uint16(len(stems)))
	p.flat = append(p.flat, stems...)
}

// repeat appends phrase i again, sharing its stems.
func (p *phraseList) repeat(i int) {
	p.off = append(p.off, p.off[i])
	p.n = append(p.n, p.n[i])
}

// at is phrase i's stems.
func (p *phraseList) at(i int32) []string {
	a := p.off[i]
	b := a + uint32(p.n[i])
	return p.flat[a:b:b]
}

func (p *phraseList) len() int { return len(p.off) }
