package index

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// MaxPhraseDocs bounds the documents Phrase returns: a phrase of common
// words printed by hundreds of outlets needs no more to be answered.
const MaxPhraseDocs = 256

// MaxPhraseSlips bounds the corpus words one misspelt word of a phrase may
// stand for. A ranked search keeps the four closest and most common (more
// would match too much); a phrase can try more, because the other words at
// their places rule out the wrong ones, and in a large vocabulary the word
// meant is often rarer than four others one slip away.
const MaxPhraseSlips = 64

// MaxPhraseChecks bounds the documents whose positions Phrase compares,
// past the document lists' intersection: a phrase of words that stand
// together in many documents but at other distances costs this at most.
const MaxPhraseChecks = 1 << 14

// minStopPhrase is how many small words a phrase of small words alone
// needs: two stand together in nearly every document.
const minStopPhrase = 3

// phraseAlt is one term a phrase word may be, with a cursor into its
// postings, taken from the search scratch when first read: cur is 1 + its
// index there, 0 for none yet.
type phraseAlt struct {
	tid int32
	cur int
}

// phraseGroup is one word of a phrase at its distance from the first.
type phraseGroup struct {
	rel  int
	df   int
	alts []phraseAlt
}

// Phrase returns, in document order, up to limit documents of kinds whose
// text holds the groups as a phrase: each group's word, or one of its
// alternatives (a typo, a synonym), at the distance from the others that
// it has in the question, small words counted ("know a this easy" wants
// "easy" three words after "know", whatever the two between). Groups the
// corpus does not know hold their place but need not match. Fewer than
// two words the corpus has make no phrase, nor do fewer than three small
// words alone: Phrase returns nil.
//
// A misspelt word may be any corpus word one slip away (up to
// MaxPhraseSlips of them, closest and most common first), not only the
// few its group holds.
//
// When the rarest word is rare, its documents are walked and each other
// word looked up in them with a galloping cursor. When every word is
// common, the documents holding all of them are found first, as the AND
// of bitsets (one per common term, built once), so the cost is a pass
// over the bitsets and then the positions of the few documents left, not
// the postings of the commonest words.
//
// text is the fragment the groups were analyzed from: its small words
// ("a", "this"), which the groups leave out, must stand at their places
// too, when the corpus has them.
//
// When the words as analyzed make no phrase, every word of four letters
// or more may be a slip too, even one the corpus has ("crate" for
// "crane", an invented name one letter from another's); PhraseMatch returns the
// groups with the slips allowed, so that the quotations found are scored
// by the words they hold.
func (x *Index) Phrase(text string, groups []Group, kinds Kind, limit int) []int32 {
	docs, _ := x.PhraseMatch(text, groups, kinds, limit)
	return docs
}

// PhraseMatch is Phrase, and returns the groups the documents were found
// with, the slips it allowed among their alternatives: the quotations
// found are scored by the words they hold.
func (x *Index) PhraseMatch(text string, groups []Group, kinds Kind, limit int) ([]int32, []Group) {
	typos, _ := x.withSlips(groups, func(g Group) bool {
		return slices.ContainsFunc(g.Alts, func(a Alt) bool { return strings.HasPrefix(a.Why, "typo of ") })
	})
	if docs := x.phrase(text, typos, kinds, limit); len(docs) > 0 {
		return docs, typos
	}
	wide, added := x.withSlips(groups, func(g Group) bool { return !isNumber(g.Word) })
	if !added {
		return nil, groups
	}
	if docs := x.phrase(text, wide, kinds, limit); len(docs) > 0 {
		return docs, wide
	}
	return nil, groups
}

// withSlips returns a copy of groups in which each group pick chooses
// holds, as alternatives, up to MaxPhraseSlips corpus words one slip from
// its word, and whether it added any. The caller's groups stay as they
// were.
func (x *Index) withSlips(groups []Group, pick func(Group) bool) ([]Group, bool) {
	out := slices.Clone(groups)
	added := false
	for i, g := range groups {
		if !pick(g) {
			continue
		}
		for _, near := range x.slips(g.Word, MaxPhraseSlips) {
			if slices.ContainsFunc(out[i].Alts, func(a Alt) bool { return a.Term == near.Stem }) {
				continue
			}
			f := 0.85
			if near.Dist > 1 {
				f = 0.65
			}
			// Appended to a copy: the caller's groups stay as they were.
			out[i].Alts = append(out[i].Alts[:len(out[i].Alts):len(out[i].Alts)],
				Alt{Term: near.Stem, Factor: f, Cover: 1, Why: "typo of " + near.Word})
			added = true
		}
	}
	return out, added
}

func (x *Index) phrase(text string, groups []Group, kinds Kind, limit int) []int32 {
	if kinds == 0 {
		kinds = AnyKind
	}
	gs := x.phraseGroups(text, groups)
	if gs == nil {
		return nil
	}
	return x.phraseDocs(gs, kinds, min(max(limit, 1), MaxPhraseDocs), gs[0].df > x.phraseWalk())
}

// phraseGroups returns the phrase's words with the terms each may be,
// rarest first, or nil when they make no phrase.
func (x *Index) phraseGroups(text string, groups []Group) []phraseGroup {
	var gs []phraseGroup
	first := -1
	content := 0
	for _, g := range groups {
		if !g.Known() {
			continue
		}
		if first < 0 {
			first = g.Pos
		}
		pg := phraseGroup{rel: g.Pos - first}
		add := func(term string) {
			tid, ok := x.terms.id(term)
			if !ok || slices.ContainsFunc(pg.alts, func(a phraseAlt) bool { return a.tid == tid }) {
				return
			}
			pg.alts = append(pg.alts, phraseAlt{tid: tid})
			pg.df += x.textDF(tid)
		}
		for _, a := range g.Alts {
			add(a.Term)
		}
		if len(pg.alts) > 0 {
			gs = append(gs, pg)
			content++
		}
	}
	// A typed word that is a content word as well ("ill") is not also
	// sought as the contraction it could stand for.
	asContent := map[int]bool{}
	for _, g := range groups {
		if g.Known() {
			asContent[g.Pos] = true
		}
	}
	for _, t := range Words.Tokenize(text) {
		forms := stopForms(Fold(t.Term))
		if len(forms) == 0 || asContent[t.Pos] {
			continue
		}
		if first < 0 {
			// A phrase of small words alone is placed from its first.
			first = t.Pos
		}
		pg := phraseGroup{rel: t.Pos - first}
		for _, f := range forms {
			if tid, ok := x.terms.id(stopPrefix + f); ok {
				pg.alts = append(pg.alts, phraseAlt{tid: tid})
				pg.df += x.textDF(tid)
			}
		}
		if len(pg.alts) > 0 {
			gs = append(gs, pg)
		}
	}
	if len(gs) < 2 || content == 0 && len(gs) < minStopPhrase {
		return nil
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].df < gs[j].df })
	return gs
}

// phraseDocs finds the documents holding gs, rarest first, by walking the
// rarest's documents or, when dense, from the bitsets.
func (x *Index) phraseDocs(gs []phraseGroup, kinds Kind, limit int, dense bool) []int32 {
	// The cursors, and the bitsets of denseDocs, are kept with the search
	// scratch: a phrase of misspelt words has a cursor for each of up to
	// 64 slips per word, and allocating them each time fed the garbage
	// collector.
	s := x.getScratch()
	defer x.putScratch(s)
	s.curs = s.curs[:0]
	var out []int32
	check := func(d int32) bool {
		if x.phraseAt(s, d, gs) {
			out = append(out, d)
		}
		return len(out) < limit
	}
	if dense {
		x.denseDocs(s, gs, kinds, check)
	} else {
		x.walkDocs(s, gs[0], kinds, check)
	}
	return out
}

// contractions maps a contraction among the small words, typed without
// its apostrophe, to the contraction: "its" may be "it's", "dont" "don't".
var contractions = func() map[string]string {
	m := map[string]string{}
	for w := range stop {
		if strings.Contains(w, "'") {
			m[strings.ReplaceAll(w, "'", "")] = w
		}
	}
	return m
}()

// stopForms returns the small words a folded word may be: itself when it
// is one, and the contraction it may be typed for. A remembered fragment
// drops apostrophes ("if its over") that the article prints.
func stopForms(f string) []string {
	var out []string
	if IsStop(f) {
		out = append(out, f)
	}
	if c, ok := contractions[f]; ok {
		out = append(out, c)
	}
	return out
}

// SmallWords returns the groups of a fragment's small words ("to", "be",
// "or"), which Analyze leaves out, each the term that holds its positions:
// a fragment of small words alone can be scored by them among the
// documents Phrase found, never searched for in the whole corpus.
func (x *Index) SmallWords(text string) []Group {
	var out []Group
	for _, t := range Words.Tokenize(text) {
		f := Fold(t.Term)
		if !IsStop(f) {
			continue
		}
		term := stopPrefix + f
		if _, ok := x.terms.id(term); !ok {
			continue
		}
		out = append(out, Group{Word: f, Pos: t.Pos, Weight: IDF(x.docs.len(), x.DF(term)),
			Alts: []Alt{{Term: term, Factor: 1, Cover: 1, Why: "exact"}}})
	}
	return out
}

// phraseWalk is the document frequency up to which the rarest word's
// documents are walked one by one, each looked up in the other words'
// lists; past it a pass over the bitsets (a word per 64 documents and
// group) is cheaper.
func (x *Index) phraseWalk() int { return max(1024, x.docs.len()/128) }

// walkDocs calls check on every document of kinds holding one of g's
// terms, in order, once each, until check returns false.
func (x *Index) walkDocs(s *scratch, g phraseGroup, kinds Kind, check func(int32) bool) {
	// Cursors of their own (phraseAt moves g's as it checks), by index in
	// the scratch's pool, which phraseAt may grow.
	live := make([]int, 0, len(g.alts))
	for _, a := range g.alts {
		k := s.newCursor()
		if x.textCursor(&s.curs[k], a.tid).next() {
			live = append(live, k)
		}
	}
	for len(live) > 0 {
		// The least head of the lists: a merge of a few short lists.
		next := int32(-1)
		for _, k := range live {
			if d, _ := s.curs[k].cur(); next < 0 || d < next {
				next = d
			}
		}
		for i := 0; i < len(live); i++ {
			if d, _ := s.curs[live[i]].cur(); d == next && !s.curs[live[i]].next() {
				live = slices.Delete(live, i, i+1)
				i--
			}
		}
		if kinds&x.docs.kind(next) != 0 && !check(next) {
			return
		}
	}
}

// denseDocs calls check, in order and at most MaxPhraseChecks times, on
// the documents of kinds that hold some term of every group.
func (x *Index) denseDocs(s *scratch, gs []phraseGroup, kinds Kind, check func(int32) bool) {
	// Two bitsets of the whole corpus, kept with the search scratch: a
	// query allocating them would feed the garbage collector hundreds of
	// kilobytes each time in a large archive.
	n := (x.docs.len() + 63) / 64
	if len(s.acc64) != n {
		s.acc64, s.tmp64 = make([]uint64, n), make([]uint64, n)
	}
	acc, tmp := s.acc64, s.tmp64
	for i, g := range gs {
		var set []uint64
		if len(g.alts) == 1 {
			set = x.docBits(g.alts[0].tid)
		}
		if set == nil {
			// Several terms, or one too rare for a bitset of its own.
			clear(tmp) // left from the last group or the last query
			for _, a := range g.alts {
				if b := x.docBits(a.tid); b != nil {
					for k := range tmp {
						tmp[k] |= b[k]
					}
					continue
				}
				for c := x.textCursor(&s.cur, a.tid); c.next(); {
					d, _ := c.cur()
					tmp[d>>6] |= 1 << (d & 63)
				}
			}
			set = tmp
		}
		if i == 0 {
			copy(acc, set)
			continue
		}
		for k := range acc {
			acc[k] &= set[k]
		}
	}
	checks := 0
	for k, w := range acc {
		for w != 0 {
			d := int32(k<<6 | bits.TrailingZeros64(w))
			w &= w - 1
			if kinds&x.docs.kind(d) == 0 {
				continue
			}
			if checks++; checks > MaxPhraseChecks || !check(d) {
				return
			}
		}
	}
}

// docBits returns the documents holding term tid as a bitset, built on
// first use and kept, or nil for a term in fewer than one document in 32:
// a bitset is then at most four times the term's compressed postings (a
// byte or more each), and spares a phrase of common words from decoding
// them at every query.
func (x *Index) docBits(tid int32) []uint64 {
	if x.textDF(tid)*32 < x.docs.len() {
		return nil
	}
	if b, ok := x.bits.Load(tid); ok {
		return b.([]uint64)
	}
	b := make([]uint64, (x.docs.len()+63)/64)
	var c cursor
	for x.textCursor(&c, tid); c.next(); {
		d, _ := c.cur()
		b[d>>6] |= 1 << (d & 63)
	}
	v, _ := x.bits.LoadOrStore(tid, b)
	return v.([]uint64)
}

// phraseAt reports whether document d holds the groups at their distances:
// the first group's positions give the starts, and each other group keeps
// those it follows at its distance. gs's cursors only move forward, so d
// must grow from call to call.
func (x *Index) phraseAt(s *scratch, d int32, gs []phraseGroup) bool {
	var starts [32]int
	var pbuf [64]uint16
	st := starts[:0]
	for gi := range gs {
		g := &gs[gi]
		var keep []int
		var kbuf [32]int
		keep = kbuf[:0]
		for k := range g.alts {
			a := &g.alts[k]
			if a.cur == 0 {
				k := s.newCursor()
				x.textCursor(&s.curs[k], a.tid)
				a.cur = k + 1
			}
			c := &s.curs[a.cur-1]
			if !c.advance(d) {
				continue
			}
			if e, _ := c.cur(); e != d {
				continue
			}
			pos := c.positions(pbuf[:0])
			if gi == 0 {
				// A position holds one term: no start comes twice.
				for _, p := range pos {
					if s := int(p) - g.rel; s >= 0 {
						st = append(st, s)
					}
				}
				continue
			}
			for _, s := range st {
				if hasPos(pos, s+g.rel) {
					keep = append(keep, s)
				}
			}
		}
		if gi > 0 {
			st = append(st[:0], keep...)
		}
		if len(st) == 0 {
			return false
		}
	}
	return true
}

// slips returns up to n corpus words one slip (or, for long words, two)
// from word, the closest and then the most common first: in a large
// vocabulary many rare words lie one slip from a common one ("tals":
// tales, tails, talks), and a cap must not drop the one meant.
func (x *Index) slips(word string, n int) []Near {
	nears := x.vocab.Near(word)
	sort.SliceStable(nears, func(i, j int) bool {
		if nears[i].Dist != nears[j].Dist {
			return nears[i].Dist < nears[j].Dist
		}
		return x.DF(nears[i].Stem) > x.DF(nears[j].Stem)
	})
	return nears[:min(n, len(nears))]
}

// hasPos reports whether the sorted positions hold p.
func hasPos(pos []uint16, p int) bool {
	if p < 0 || p > 0xffff {
		return false
	}
	i := sort.Search(len(pos), func(k int) bool { return int(pos[k]) >= p })
	return i < len(pos) && int(pos[i]) == p
}

// Apostrophes restores the apostrophe of a contraction typed without it
// ("dont", "theres", "youre"): a word the corpus does not know, which one
// apostrophe before its last one or two letters makes a word it does. An
// unknown word weighs most in a search, so a fragment typed fast would
// otherwise lose the quotation it was typed from. Words the corpus knows
// ("its", "were", "ill") stay as typed; Phrase reads "its" as "it's" too.
func (x *Index) Apostrophes(text string) string {
	var b strings.Builder
	last := 0
	for _, t := range Words.Tokenize(text) {
		w := text[t.Start:t.End]
		f := Fold(w)
		if len(f) < 3 || len(f) > 12 || strings.ContainsAny(f, "'’") || IsStop(f) || x.vocab.Has(f) {
			continue
		}
		for _, cut := range []int{len(f) - 1, len(f) - 2} {
			c := f[:cut] + "'" + f[cut:]
			// A small word's contraction ("isnt", "youre") is one
			// whether or not the corpus writes it.
			if _, stop := x.terms.id(stopPrefix + c); stop || x.vocab.Has(c) || IsStop(c) {
				b.WriteString(text[last:t.Start])
				b.WriteString(c)
				last = t.End
				break
			}
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}
