// Package cluster groups the same quotation, or the same fact, reported by
// several articles in whatever wording.
//
// Items are compared by the IDF-weighted overlap of their stemmed content
// words (snowball; stop words, numbers and calendar words out) and by the
// adjacent word pairs they share. Quotations of different speakers never
// join. Facts join when they state the same calendar day about the same
// kind of event, or, in articles that tell one story (they share their
// other names), an equal value with shared wording or nearly the same
// words; facts that disagree on a value, or name different persons, never
// join.
//
// To scale, nothing compares all pairs: items meet only through their
// rarest terms (and, for quotations, their speaker's rarest terms and
// opening words) and through equal values, each posting list bounded.
package cluster

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"

	"factdesk/corpus"
)

// Build fills c.QuoteClusters and c.FactClusters and sets the Cluster field
// of every quote and fact. Every quote and fact ends in exactly one cluster.
// A cluster's Members list its representative first (for facts, the
// wording with the most values; for quotations, the earliest), then the
// others in id order; Articles are sorted and distinct.
func Build(c *corpus.Corpus) {
	if c == nil {
		return
	}
	an := newAnalyzer()
	// The facts' names tell which articles report one story; quotations
	// need that too.
	ft := analyzeFacts(c, an)
	c.QuoteClusters = buildQuotes(c, an, ft.sto)
	c.FactClusters = buildFacts(c, an, ft)
}

// edge is a link between two items, strongest first when sorted.
type edge struct {
	a, b  int32
	score float64
}

// sortEdges orders edges by score, strongest first, then by items: pairs
// are distinct, so the order is total and any sort gives the same. Each
// edge sorts as two 64-bit keys, by a radix sort of 16 bits a pass, lowest
// first, passing over digits that no key changes: sorting through a
// comparison function cost several times more.
func sortEdges(es []edge) {
	type key struct{ hi, lo uint64 }
	ks := make([]key, len(es))
	var or, and key
	and = key{^uint64(0), ^uint64(0)}
	for i, e := range es {
		if !(e.score >= 0) { // the bits of a negative or NaN score do not sort
			slices.SortFunc(es, compareEdges)
			return
		}
		bits := math.Float64bits(e.score)
		if e.score == 0 {
			bits = 0 // -0 sorts with 0
		}
		// Complemented, a score sorts strongest first.
		k := key{^bits, uint64(uint32(e.a))<<32 | uint64(uint32(e.b))}
		ks[i] = k
		or.hi, or.lo, and.hi, and.lo = or.hi|k.hi, or.lo|k.lo, and.hi&k.hi, and.lo&k.lo
	}
	tmp := make([]key, len(ks))
	count := make([]int, 1<<16)
	for pass := 0; pass < 8; pass++ {
		hi, shift := pass >= 4, 16*uint(pass%4)
		changed := or.lo ^ and.lo
		if hi {
			changed = or.hi ^ and.hi
		}
		if changed>>shift&0xffff == 0 {
			continue
		}
		digit := func(k key) uint64 {
			if hi {
				return k.hi >> shift & 0xffff
			}
			return k.lo >> shift & 0xffff
		}
		clear(count)
		for _, k := range ks {
			count[digit(k)]++
		}
		at := 0
		for d, n := range count {
			count[d] = at
			at += n
		}
		for _, k := range ks {
			d := digit(k)
			tmp[count[d]] = k
			count[d]++
		}
		ks, tmp = tmp, ks
	}
	for i, k := range ks {
		es[i] = edge{a: int32(k.lo >> 32), b: int32(uint32(k.lo)), score: math.Float64frombits(^k.hi)}
	}
}

func compareEdges(x, y edge) int {
	if x.score != y.score {
		return cmp.Compare(y.score, x.score)
	}
	if x.a != y.a {
		return cmp.Compare(x.a, y.a)
	}
	return cmp.Compare(x.b, y.b)
}

// unionFind joins items into clusters; the root of a cluster is its
// lowest item, so callers can keep per-cluster facts indexed by root.
type unionFind struct {
	parent []int32
}

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int32, n)}
	for i := range u.parent {
		u.parent[i] = int32(i)
	}
	return u
}

func (u *unionFind) find(x int32) int32 {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// link applies edges strongest first. ok vetoes joining two clusters
// (given their roots); joined is told the new root and the absorbed one.
func (u *unionFind) link(es []edge, ok func(ra, rb int32) bool, joined func(root, gone int32)) {
	sortEdges(es)
	for _, e := range es {
		ra, rb := u.find(e.a), u.find(e.b)
		if ra == rb || !ok(ra, rb) {
			continue
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		u.parent[rb] = ra
		joined(ra, rb)
	}
}

// assemble turns the union-find into clusters numbered by their first
// member. article gives an item's article; better(i, j) says whether i
// represents its cluster better than j (ties keep the lowest id).
func (u *unionFind) assemble(article func(i int) int, better func(i, j int) bool) ([]corpus.Cluster, []int) {
	n := len(u.parent)
	of := make([]int, n)
	byRoot := make([]int32, n) // root → its cluster's number + 1
	var size []int
	for i := 0; i < n; i++ {
		r := u.find(int32(i))
		if byRoot[r] == 0 {
			size = append(size, 0)
			byRoot[r] = int32(len(size))
		}
		k := int(byRoot[r] - 1)
		size[k]++
		of[i] = k
	}
	// Most clusters hold one item: their member and article lists are
	// gathered in two scratch arrays, then cut from one shared array,
	// members then articles, rather than allocated one by one.
	members, arts := make([]int32, n), make([]int32, n)
	start := make([]int, len(size)+1)
	for k, sz := range size {
		start[k+1] = start[k] + sz
	}
	fill := slices.Clone(start[:len(size)])
	for i := 0; i < n; i++ {
		members[fill[of[i]]] = int32(i)
		fill[of[i]]++
	}
	nArts := make([]int, len(size))
	total := 0
	for k := range size {
		m := members[start[k]:start[k+1]]
		best := 0
		for j := 1; j < len(m); j++ {
			if better(int(m[j]), int(m[best])) {
				best = j
			}
		}
		if best > 0 {
			rep := m[best]
			copy(m[1:best+1], m[:best])
			m[0] = rep
		}
		as := arts[start[k]:start[k]:start[k+1]]
		for _, i := range m {
			as = append(as, int32(article(int(i))))
		}
		slices.Sort(as)
		nArts[k] = len(slices.Compact(as))
		total += corpus.ClusterSpace(len(m), nArts[k])
	}
	out := make([]corpus.Cluster, len(size))
	ids := make([]int32, total)
	at := 0
	for k := range size {
		nm, na := start[k+1]-start[k], nArts[k]
		n := corpus.ClusterSpace(nm, na)
		buf := ids[at : at+n : at+n]
		copy(buf[n-nm-na:], members[start[k]:start[k+1]])
		copy(buf[n-na:], arts[start[k]:start[k]+na])
		out[k].SetPacked(buf, nm, na)
		at += n
	}
	if out == nil {
		out = []corpus.Cluster{}
	}
	return out, of
}

// Blocking bounds. Every item is posted under each of its keys shared by
// at most maxPosting items (a commoner key tells nothing apart), and looks
// for partners under its queryKeys rarest keys: a fragment finds the long
// quotation it comes from through its own rare words. A partner must share
// minHits of those keys, unless the item has fewer.
const (
	maxPosting = 64
	queryKeys  = 8
	minHits    = 2
)

// blocking is what candidates knows of the items: keys numbered from 0.
type blocking struct {
	n    int
	keys func(i int) []int32 // an item's keys
	df   []int32             // how many items have each key
	// Of keys equally rare, an item queries those of the lowest value
	// (nil: the lowest number).
	value []uint64
}

// candidates returns the distinct pairs (i < j) of items that share rare
// keys, grouped by i (groupPairs).
func candidates(b blocking) grouped {
	var ps pairList
	addCandidates(&ps, b, nil)
	return groupPairs(&ps, b.n)
}

// addCandidates adds to ps the pairs candidates finds, with repeats, only
// those keep accepts (nil: all).
func addCandidates(ps *pairList, b blocking, keep func(i, j int32) bool) {
	type kd struct {
		v  uint64 // the key's value, which orders keys of one frequency
		id int32
		d  int32
	}
	n, keys, df := b.n, b.keys, b.df
	rareKey := func(k int32) bool { return df[k] >= 2 && df[k] <= maxPosting }
	// The items holding each rare key, in item order, in one flat list;
	// and the query keys of every item in another: both counted first.
	start := make([]int32, len(df)+1)
	nrare := make([]int32, n)
	nquery := 0
	for i := 0; i < n; i++ {
		for _, k := range keys(i) {
			if rareKey(k) {
				start[k+1]++
				nrare[i]++
			}
		}
		nquery += int(min(nrare[i], queryKeys))
	}
	for k := range df {
		start[k+1] += start[k]
	}
	post := make([]int32, start[len(df)])
	next := slices.Clone(start[:len(df)])
	rare := make([]int32, 0, nquery)
	rareAt := make([]int32, n+1)
	var buf []kd
	for i := 0; i < n; i++ {
		buf = buf[:0]
		for _, k := range keys(i) {
			if rareKey(k) {
				v := uint64(k)
				if b.value != nil {
					v = b.value[k]
				}
				buf = append(buf, kd{v, k, df[k]})
				post[next[k]] = int32(i)
				next[k]++
			}
		}
		// The rarest first. An item has a dozen rare keys or so: sorting
		// them through a comparison function cost more than the sorting.
		less := func(x, y kd) bool { return x.d < y.d || x.d == y.d && x.v < y.v }
		if len(buf) <= 32 {
			for x := 1; x < len(buf); x++ {
				e, y := buf[x], x
				for ; y > 0 && less(e, buf[y-1]); y-- {
					buf[y] = buf[y-1]
				}
				buf[y] = e
			}
		} else {
			slices.SortFunc(buf, func(x, y kd) int {
				if less(x, y) {
					return -1
				}
				if less(y, x) {
					return 1
				}
				return 0
			})
		}
		if len(buf) > queryKeys {
			buf = buf[:queryKeys]
		}
		for _, e := range buf {
			rare = append(rare, e.id)
		}
		rareAt[i+1] = int32(len(rare))
	}
	hits := make([]int32, n)
	var touched []int32
	for i := 0; i < n; i++ {
		q := rare[rareAt[i]:rareAt[i+1]]
		for _, id := range q {
			for _, j := range post[start[id]:start[id+1]] {
				if j == int32(i) {
					continue
				}
				if hits[j] == 0 {
					touched = append(touched, j)
				}
				hits[j]++
			}
		}
		for _, j := range touched {
			h := int(hits[j])
			hits[j] = 0
			if h < minHits && h != len(q) && nrare[j] >= minHits {
				continue
			}
			p := pair(int32(i), j)
			if keep == nil || keep(p[0], p[1]) {
				ps.add(p)
			}
		}
		touched = touched[:0]
	}
}

// pairList gathers pairs in blocks: millions of pairs, grown by append,
// were copied over and over.
type pairList struct {
	blocks [][][2]int32
	n      int
}

func (ps *pairList) add(p [2]int32) {
	if k := len(ps.blocks); k == 0 || len(ps.blocks[k-1]) == cap(ps.blocks[k-1]) {
		ps.blocks = append(ps.blocks, make([][2]int32, 0, 1<<16))
	}
	b := &ps.blocks[len(ps.blocks)-1]
	*b = append(*b, p)
	ps.n++
}

func pair(i, j int32) [2]int32 {
	if i > j {
		i, j = j, i
	}
	return [2]int32{i, j}
}

// grouped is pairs (i, j) grouped by i: the partners of item i are
// second[start[i]:start[i+1]].
type grouped struct {
	start, second []int32
}

// groupPairs returns the pairs of ps (i < j < n) without repeats, grouped
// by their first item, the second in the order met: scoring needs no more
// order, since edges are sorted by score and items. Counted into place,
// then marked per first item, which beats sorting a million pairs.
func groupPairs(ps *pairList, n int) grouped {
	start := make([]int32, n+1)
	for _, b := range ps.blocks {
		for _, p := range b {
			start[p[0]+1]++
		}
	}
	for i := 0; i < n; i++ {
		start[i+1] += start[i]
	}
	second := make([]int32, ps.n)
	next := slices.Clone(start[:n])
	for _, b := range ps.blocks {
		for _, p := range b {
			second[next[p[0]]] = p[1]
			next[p[0]]++
		}
	}
	*ps = pairList{}
	// Repeats dropped in place: seen[j] == i+1 once (i, j) is kept.
	seen := next
	clear(seen)
	kept := int32(0)
	for i := int32(0); i < int32(n); i++ {
		lo, hi := start[i], start[i+1]
		start[i] = kept
		for _, j := range second[lo:hi] {
			if seen[j] != i+1 {
				seen[j] = i + 1
				second[kept] = j
				kept++
			}
		}
	}
	start[n] = kept
	return grouped{start: start, second: second[:kept:kept]}
}

// parallelEdges scores pairs on every CPU: linking only reads what was
// worked out before, and the edges come back in pair order. Each
// goroutine scores a run of first items, in order, with a link of its own
// from newLink.
func parallelEdges(g grouped, newLink func() func(p [2]int32) (float64, bool)) []edge {
	n := len(g.start) - 1
	workers := runtime.GOMAXPROCS(0)
	if workers > 8 {
		workers = 8
	}
	if len(g.second) < 4096 || workers < 2 {
		workers = 1
	}
	// Runs of about as many pairs each.
	chunk := (len(g.second) + workers - 1) / max(workers, 1)
	firstOf := func(w int) int {
		at := int32(min(w*chunk, len(g.second)))
		i, _ := slices.BinarySearch(g.start[:n], at)
		return i
	}
	parts := make([][]edge, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := firstOf(w), firstOf(w+1)
		if w == workers-1 {
			hi = n
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			link := newLink()
			for i := lo; i < hi; i++ {
				for _, j := range g.second[g.start[i]:g.start[i+1]] {
					p := [2]int32{int32(i), j}
					if s, ok := link(p); ok {
						parts[w] = append(parts[w], edge{p[0], p[1], s})
					}
				}
			}
		}()
	}
	wg.Wait()
	var out []edge
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
