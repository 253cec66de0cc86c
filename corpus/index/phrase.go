package index

import "sort"

// MaxPhraseDocs bounds the documents Phrase returns: a phrase of common
// words printed by hundreds of outlets needs no more to be answered.
const MaxPhraseDocs = 256

// Phrase returns, in document order, up to limit documents of kinds whose
// text holds the groups as a phrase: each group's word, or one of its
// alternatives (a typo, a synonym), at the distance from the others that
// it has in the question, small words counted ("know a this easy" wants
// "easy" three words after "know", whatever the two between). Groups the
// corpus does not know hold their place but need not match; fewer than two
// known words, or none that is not small, make no phrase: Phrase returns
// nil.
//
// The rarest group drives: its documents are walked once, and each other
// group, rarest first, is looked up in them with a galloping cursor, so
// the cost is the rarest group's postings, not the sum of all.
//
// text is the fragment the groups were analyzed from: its small words
// ("a", "this"), which the groups leave out, must stand at their places
// too, when the corpus has them.
func (x *Index) Phrase(text string, groups []Group, kinds Kind, limit int) []int32 {
	if kinds == 0 {
		kinds = AnyKind
	}
	limit = min(max(limit, 1), MaxPhraseDocs)
	type alt struct {
		tid int32
		cur int // galloping cursor into tdocs
	}
	type pgroup struct {
		rel  int // position relative to the first group
		df   int
		alts []alt
	}
	var gs []pgroup
	first := -1
	for _, g := range groups {
		if !g.Known() {
			continue
		}
		if first < 0 {
			first = g.Pos
		}
		pg := pgroup{rel: g.Pos - first}
		for _, a := range g.Alts {
			if tid, ok := x.terms[a.Term]; ok {
				pg.alts = append(pg.alts, alt{tid: tid})
				pg.df += len(x.tdocs.at(tid))
			}
		}
		if len(pg.alts) > 0 {
			gs = append(gs, pg)
		}
	}
	if len(gs) == 0 {
		return nil
	}
	for _, t := range Words.Tokenize(text) {
		f := Fold(t.Term)
		if !IsStop(f) {
			continue
		}
		if tid, ok := x.terms[stopPrefix+f]; ok {
			gs = append(gs, pgroup{rel: t.Pos - first, df: len(x.tdocs.at(tid)), alts: []alt{{tid: tid}}})
		}
	}
	if len(gs) < 2 {
		return nil
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].df < gs[j].df })
	drive, rest := gs[0], gs[1:]
	var out []int32
	seen := map[int32]bool{}
	var starts, keep []int
	for _, da := range drive.alts {
		for i := range rest {
			for k := range rest[i].alts {
				rest[i].alts[k].cur = 0
			}
		}
		docs := x.tdocs.at(da.tid)
		data := x.tdata.at(da.tid)
		next := 0
		for _, d := range docs {
			at := next
			next += 1 + int(data[at])
			if kinds&x.docs[d].kind == 0 || seen[d] {
				continue
			}
			starts = starts[:0]
			for _, p := range data[at+1 : at+1+int(data[at])] {
				if s := int(p) - drive.rel; s >= 0 {
					starts = append(starts, s)
				}
			}
			for i := range rest {
				if len(starts) == 0 {
					break
				}
				g := &rest[i]
				keep = keep[:0]
				for k := range g.alts {
					a := &g.alts[k]
					list := x.tdocs.at(a.tid)
					a.cur = gallop(list, a.cur, d)
					if a.cur >= len(list) || list[a.cur] != d {
						continue
					}
					off := x.offset(a.tid, a.cur)
					tdata := x.tdata.at(a.tid)
					pos := tdata[off+1 : off+1+int(tdata[off])]
					for _, s := range starts {
						if hasPos(pos, s+g.rel) {
							keep = append(keep, s)
						}
					}
				}
				starts = append(starts[:0], keep...)
			}
			if len(starts) > 0 {
				seen[d] = true
				out = append(out, d)
				if len(out) >= limit {
					sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
					return out
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// gallop returns the first index at or after i whose value is at least d:
// doubling steps, then a binary search within the last one, so a walk in
// increasing order over a long list costs the log of each gap.
func gallop(list []int32, i int, d int32) int {
	if i >= len(list) || list[i] >= d {
		return i
	}
	step := 1
	lo := i
	for i+step < len(list) && list[i+step] < d {
		lo = i + step
		step *= 2
	}
	hi := min(i+step, len(list)-1)
	return lo + sort.Search(hi-lo+1, func(k int) bool { return list[lo+k] >= d })
}

// hasPos reports whether the sorted positions hold p.
func hasPos(pos []uint16, p int) bool {
	if p < 0 || p > 0xffff {
		return false
	}
	i := sort.Search(len(pos), func(k int) bool { return int(pos[k]) >= p })
	return i < len(pos) && int(pos[i]) == p
}
