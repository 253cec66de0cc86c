package index

import (
	"fmt"
	"math"
	"slices"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/lex"
)

// Alt is one index term a question word may match, with its weight.
type Alt struct {
	Term   string
	Factor float64 // 1 for the word itself, less for typos and synonyms
	// Cover is how much a match of it counts as a match of the word
	// (coverage): a typo is the word itself, a synonym is not quite.
	Cover float64
	Why   string // "exact", "typo of …", "synonym"
}

// Group is one meaning-bearing word of a question and the terms that
// count as it. A document scores a group once, by its best alternative.
type Group struct {
	Word string // as typed, folded
	Alts []Alt
	// Weight is the word's share of the question's meaning: the IDF of the
	// word itself, or of what it is a typo of; unknown words get the
	// highest IDF there is, so a question about things the corpus never
	// mentions matches little of itself.
	Weight float64
	// Pos is the word's place in the question, small words counted: a
	// phrase match wants the same distances in the text (see Phrase).
	Pos int
}

// Known reports whether the corpus has the word, a word it is a typo of,
// or one of its synonyms.
func (g Group) Known() bool { return len(g.Alts) > 0 }

// Mode asks for extra work.
type Mode uint8

const (
	// Explain builds a score explanation for each hit.
	Explain Mode = 1 << iota
)

// Query is a prepared search.
type Query struct {
	Groups []Group
	Kinds  Kind             // documents to consider; 0 means all
	Filter func(d int) bool // optional
	// ParaWeight scales matches in the surrounding paragraph; 0 ignores it.
	ParaWeight float64
	Limit      int
	Mode       Mode
	// Only, when not nil, is the candidate set itself, sorted (Phrase
	// gives one): every group is looked up in these documents alone.
	Only []int32
}

// Hit is one scored document.
type Hit struct {
	Doc   int
	Score float64
	// Coverage is the share of the question's weight the document matches,
	// each word counted by its Quality: 1 when every word itself is in
	// the text.
	Coverage float64
	// Matched says, per group, 2 for a match in the text, 1 in the
	// context, 0 for none.
	Matched []uint8
	// Quality says, per group, how well it matched: the factor of the
	// alternative (1 the word itself, less a typo or a synonym), halved
	// for a match in the context only.
	Quality []float64
	// Near is the number of neighbouring question words that stand in
	// the same order, at most three words apart, in the text.
	Near    int
	Explain *corpus.Explanation
}

// Analyze turns question text into groups: each meaning-bearing word with
// its typo and synonym alternatives.
func (x *Index) Analyze(text string) []Group {
	toks := Surface().Analyze(text)
	out := make([]Group, 0, len(toks))
	for _, t := range toks {
		g := x.Expand(t.Term)
		g.Pos = t.Pos
		out = append(out, g)
	}
	return out
}

// Expand builds the group of one folded, unstemmed word.
func (x *Index) Expand(word string) Group {
	word = Number(word) // "five" is 5 in the index
	g := Group{Word: word}
	st := Stem(word)
	n := x.docs.len()
	add := func(term string, f float64, why string) {
		// A term is added once: looked for among the few added, where a
		// set of them was a map made for every word expanded.
		if slices.ContainsFunc(g.Alts, func(a Alt) bool { return a.Term == term }) {
			return
		}
		if _, ok := x.terms.id(term); !ok {
			return
		}
		cover := 1.0
		if why == "synonym" {
			cover = f
		}
		g.Alts = append(g.Alts, Alt{Term: term, Factor: f, Cover: cover, Why: why})
	}
	add(st, 1, "exact")
	// A verb's irregular forms are the word itself, which the stemmer
	// cannot see: "pay" finds "paid", "sold" finds "sell".
	if !isNumber(word) {
		if lemma := lex.Lemma(word, lex.Verb); lemma != "" {
			add(Stem(lemma), 1, "form of "+lemma)
			for _, f := range lex.Forms(lemma) {
				add(Stem(f), 1, "form of "+lemma)
			}
		}
	}
	if len(g.Alts) > 0 {
		g.Weight = IDF(n, x.DF(g.Alts[0].Term))
	} else if !isNumber(word) {
		// Of the words one slip away, the closest and then the most
		// common are the likeliest meant (see slips).
		for _, near := range x.slips(word, math.MaxInt) {
			f := 0.85
			if near.Dist > 1 {
				f = 0.65
			}
			add(near.Stem, f, "typo of "+near.Word)
			if len(g.Alts) >= 4 {
				break
			}
		}
		for _, a := range g.Alts {
			if w := IDF(n, x.DF(a.Term)); w > g.Weight {
				g.Weight = w
			}
		}
	}
	if g.Weight == 0 {
		// A word the corpus does not know, even misspelt: short ones are
		// more often slips ("gud") than meaning, so they weigh less.
		g.Weight = IDF(n, 0) * min(1, float64(utf8.RuneCountInString(word))/4)
	}
	syn := Synonyms(st)
	// A word misspelt finds its synonyms through the word it slips from
	// ("speek": speak, call); a word of the language the corpus does not
	// use is no slip ("hired" is not "fired", whose synonyms are "sack").
	if len(g.Alts) == 0 && len(syn) == 0 && !lex.Known(lex.Lemma(word, 0), 0) {
		for _, near := range synonymVocab.Near(st) {
			syn = append(syn, near.Word)
			syn = append(syn, Synonyms(near.Word)...)
		}
	}
	for _, s := range syn {
		add(s, SynonymFactor, "synonym")
	}
	return g
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// scratch is per-search working memory, pooled so that a search costs
// what it touches, not the size of the corpus.
type scratch struct {
	slot  []int32 // doc → 1 + index into acc; -1 when filtered out
	pslot []int32 // paragraph → 1 + index into paccs
	docs  []int32 // every document touched, to reset slot
	acc   []int32 // the candidates
	paras []int32
	text  []float64  // len(groups) per touched doc
	ctx   []float64  // len(groups) per touched paragraph
	pos   [][]uint16 // len(groups) per touched doc: positions of the best alt
	// tfac and pfac hold, like text and ctx, the best factor of an
	// alternative that matched (1 the word itself, less a typo or synonym).
	tfac, pfac []float32
	// matched is reused while ranking candidates.
	matched []uint8
	// acc64 and tmp64 are Phrase's bitsets of all documents (denseDocs).
	acc64, tmp64 []uint64
	// posBuf holds the positions that pos points into, sorted is acc in
	// document order (see Search), cur and pcur read postings.
	posBuf    []uint16
	sorted    []int32
	cur, pcur cursor
	// curs are Phrase's cursors, one per term read (see newCursor).
	curs []cursor
	// all and top are a Ranking's candidates and the best of them for a
	// page (see Rank, Hits): held here, they are allocated once per
	// scratch, not per search.
	all, top []ranked
}

// newCursor takes a cursor from s's pool and returns its index: the pool
// may grow while its cursors are in use, so they are held by index. A
// cursor is reset before it is read, so one reused is not cleared.
func (s *scratch) newCursor() int {
	n := len(s.curs)
	if n < cap(s.curs) {
		s.curs = s.curs[:n+1]
	} else {
		s.curs = append(s.curs, cursor{})
	}
	return n
}

// getScratch takes working memory from the index's free list. Not a
// sync.Pool: the pool is emptied at every garbage collection, and then a
// search would allocate and clear arrays the size of the corpus.
func (x *Index) getScratch() *scratch {
	select {
	case s := <-x.free:
		return s
	default:
		return &scratch{slot: make([]int32, x.docs.len()), pslot: make([]int32, len(x.paraLen))}
	}
}

func (x *Index) putScratch(s *scratch) {
	for _, d := range s.docs {
		s.slot[d] = 0
	}
	for _, p := range s.paras {
		s.pslot[p] = 0
	}
	s.docs, s.acc, s.paras = s.docs[:0], s.acc[:0], s.paras[:0]
	s.text, s.ctx, s.pos = s.text[:0], s.ctx[:0], s.pos[:0]
	s.tfac, s.pfac = s.tfac[:0], s.pfac[:0]
	s.posBuf = s.posBuf[:0]
	s.all, s.top = s.all[:0], s.top[:0]
	select {
	case x.free <- s:
	default: // enough are kept for the searches that run at once
	}
}

// posting is one alternative of one group, ready to score.
type posting struct {
	group  int
	tid    int32
	df     int // documents holding the term
	factor float64
	cover  float32
	idf    float64 // in the text field
	pidf   float64 // in the paragraph field
}

// commonDocs is the document frequency above which a term no longer adds
// candidates of its own (when rarer words of the question found some): it
// only adds to the scores of candidates, looked up by binary search. A
// document that holds only the question's common words matches too little
// of it to answer, so skipping it changes no answer and keeps a search's
// cost to what its rare words touch.
func (x *Index) commonDocs() int { return min(2048, max(256, x.docs.len()/64)) }

// Broad reports whether every known group is a common word (see
// commonDocs), so that a search for them scores every document of the
// rarest: the cost of a search grows with the corpus.
func (x *Index) Broad(groups []Group) bool {
	cut := x.commonDocs()
	known := false
	for _, g := range groups {
		for _, a := range g.Alts {
			if tid, ok := x.terms.id(a.Term); ok {
				known = true
				if x.textDF(tid) <= cut {
					return false
				}
			}
		}
	}
	return known
}

// Search scores the documents that match the groups and returns the best
// q.Limit of them (all when Limit is 0), best first.
func (x *Index) Search(q Query) []Hit {
	r := x.Rank(q)
	defer r.Close()
	return r.Hits(q.Limit)
}

// Ranking is a search whose candidates are scored, to be read a page at
// a time: Hits(n) is what Search gives with Limit n, and a longer page
// costs the choice of its hits, not the search again. It holds working
// memory of the index until Close.
type Ranking struct {
	x     *Index
	q     Query
	s     *scratch
	all   []ranked
	total float64
}

// ranked is a candidate's document and score, before its hit is built.
type ranked struct {
	d     int32
	score float64
}

// better orders candidates best first: by score, then by document.
func better(a, b ranked) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.d < b.d
}

// byBetter is better as a comparison, for slices.SortFunc: the same
// order as sort.Slice with better, without its allocations.
func byBetter(a, b ranked) int {
	switch {
	case better(a, b):
		return -1
	case better(b, a):
		return 1
	}
	return 0
}

// Rank scores every document that matches q's groups; q.Limit is left to
// Hits.
func (x *Index) Rank(q Query) *Ranking {
	r := &Ranking{x: x, q: q}
	ng := len(q.Groups)
	if ng == 0 || x.docs.len() == 0 {
		return r
	}
	kinds := q.Kinds
	if kinds == 0 {
		kinds = AnyKind
	}
	s := x.getScratch()
	r.s = s
	ntext, npara := x.docs.len(), len(x.paraLen)
	var rare, common []posting
	cut := x.commonDocs()
	for gi, g := range q.Groups {
		for _, alt := range g.Alts {
			tid, ok := x.terms.id(alt.Term)
			if !ok {
				continue
			}
			cover := alt.Cover
			if cover == 0 {
				cover = alt.Factor
			}
			p := posting{group: gi, tid: tid, factor: alt.Factor, cover: float32(cover),
				df: x.textDF(tid), idf: IDF(ntext, x.textDF(tid)), pidf: IDF(npara, x.paraDF(tid))}
			if p.df > cut {
				common = append(common, p)
			} else {
				rare = append(rare, p)
			}
		}
	}
	if q.Only != nil {
		for _, d := range q.Only {
			if d >= 0 && int(d) < ntext && s.slot[d] == 0 && kinds&x.docs.kind(d) != 0 {
				s.admit(q, d, ng)
			}
		}
		common = append(rare, common...)
		rare = nil
	}
	if len(rare) == 0 && len(common) > 0 && q.Only == nil {
		// Only common words: the candidates are the documents holding
		// the rarest of them.
		dfs := make([]int, ng)
		for _, p := range common {
			dfs[p.group] += p.df
		}
		g := common[0].group
		for _, p := range common {
			if dfs[p.group] < dfs[g] {
				g = p.group
			}
		}
		rest := common[:0:0]
		for _, p := range common {
			if p.group == g {
				rare = append(rare, p)
			} else {
				rest = append(rest, p)
			}
		}
		common = rest
	}
	for _, p := range rare {
		x.scanText(s, q, p, kinds)
		if q.ParaWeight > 0 {
			x.scanPara(s, q, p)
		}
	}
	// Documents whose paragraph matched are candidates too.
	if q.ParaWeight > 0 && q.Only == nil {
		for _, p := range s.paras {
			x.eachParaDoc(p, func(d int32) {
				if s.slot[d] == 0 && kinds&x.docs.kind(d) != 0 {
					s.admit(q, d, ng)
				}
			})
		}
	}
	if len(common) > 0 {
		// In document order, so that probe's cursors go forward, each
		// block decoded once; the scores do not depend on the order.
		s.sorted = append(s.sorted[:0], s.acc...)
		slices.Sort(s.sorted)
	}
	for _, p := range common {
		x.probe(s, q, p)
	}
	for _, g := range q.Groups {
		r.total += g.Weight
	}
	// Score every candidate without allocating; Hits builds the full hits
	// of the best alone.
	r.all = s.all[:0]
	if cap(s.matched) < ng {
		s.matched = make([]uint8, ng)
	}
	for _, d := range s.acc {
		r.all = append(r.all, ranked{d, x.score(q, s, d, r.total, s.matched[:ng], nil, false).Score})
	}
	s.all = r.all // its array, grown, serves the next search
	return r
}

// Hits returns the best n hits (all when n is 0), best first: the same
// whatever pages were asked before.
func (r *Ranking) Hits(n int) []Hit {
	if r.s == nil {
		return nil
	}
	all := r.all
	if n > 0 && len(all) > n {
		// Partial selection: a heap of the best n, its root the worst of
		// them.
		top := append(r.s.top[:0], all[:n]...)
		r.s.top = top
		down := func(i int) {
			for {
				w, left, right := i, 2*i+1, 2*i+2
				if left < len(top) && better(top[w], top[left]) {
					w = left
				}
				if right < len(top) && better(top[w], top[right]) {
					w = right
				}
				if w == i {
					return
				}
				top[i], top[w] = top[w], top[i]
				i = w
			}
		}
		for i := len(top)/2 - 1; i >= 0; i-- {
			down(i)
		}
		for _, c := range all[n:] {
			if better(c, top[0]) {
				top[0] = c
				down(0)
			}
		}
		all = top
	}
	slices.SortFunc(all, byBetter)
	hits := make([]Hit, len(all))
	// Every hit's Matched and Quality are cut from one array of each,
	// capped, so that a caller's append copies them.
	ng := len(r.q.Groups)
	matched, quality := make([]uint8, len(all)*ng), make([]float64, len(all)*ng)
	for i, c := range all {
		j := i * ng
		hits[i] = r.x.score(r.q, r.s, c.d, r.total, matched[j:j+ng:j+ng], quality[j:j+ng:j+ng], r.q.Mode&Explain != 0)
	}
	return hits
}

// Close gives the ranking's working memory back to the index; Hits
// returns nothing after it.
func (r *Ranking) Close() {
	if r.s != nil {
		r.x.putScratch(r.s)
		r.s = nil
	}
}

// admit makes d a candidate if the query's filter lets it through, and
// reports whether it did; a document filtered out is not asked again.
func (s *scratch) admit(q Query, d int32, ng int) bool {
	s.docs = append(s.docs, d)
	if q.Filter != nil && !q.Filter(int(d)) {
		s.slot[d] = -1
		return false
	}
	s.acc = append(s.acc, d)
	s.slot[d] = int32(len(s.acc))
	for j := 0; j < ng; j++ {
		s.text = append(s.text, 0)
		s.tfac = append(s.tfac, 0)
		s.pos = append(s.pos, nil)
	}
	return true
}

// addPara starts the context scores of paragraph p.
func (s *scratch) addPara(p int32, ng int) int {
	s.paras = append(s.paras, p)
	s.pslot[p] = int32(len(s.paras))
	for j := 0; j < ng; j++ {
		s.ctx = append(s.ctx, 0)
		s.pfac = append(s.pfac, 0)
	}
	return len(s.paras) - 1
}

func (x *Index) tfNorm(tf int32, dl int32, avg float64) float64 {
	m := DefaultBM25
	t := float64(tf)
	return t * (m.K1 + 1) / (t + m.K1*(1-m.B+m.B*float64(dl)/avg))
}

// textAt scores document d, which holds p's term tf times; c is on its
// posting, for the positions.
func (x *Index) textAt(s *scratch, p posting, d int32, tf int, c *cursor, ng int, avg float64) {
	v := p.factor * p.idf * x.tfNorm(int32(tf), x.docs.length(d), avg)
	k := int(s.slot[d]-1)*ng + p.group
	s.tfac[k] = max(s.tfac[k], p.cover)
	if v > s.text[k] {
		s.text[k] = v
		// Decoded only for the best alternative so far, into the scratch
		// space: a slice kept from an older array stays valid when it
		// grows.
		n := len(s.posBuf)
		s.posBuf = c.positions(s.posBuf)
		s.pos[k] = s.posBuf[n:len(s.posBuf):len(s.posBuf)]
	}
}

// scanText walks every document holding p's term.
func (x *Index) scanText(s *scratch, q Query, p posting, kinds Kind) {
	ng := len(q.Groups)
	avg := float64(x.textSz) / float64(max(1, x.docs.len()))
	c := x.textCursor(&s.cur, p.tid)
	for c.next() {
		d, tf := c.cur()
		if kinds&x.docs.kind(d) == 0 {
			continue
		}
		if s.slot[d] == 0 {
			s.admit(q, d, ng)
		}
		if s.slot[d] > 0 {
			x.textAt(s, p, d, tf, c, ng, avg)
		}
	}
}

// scanPara walks every paragraph holding p's term.
func (x *Index) scanPara(s *scratch, q Query, p posting) {
	ng := len(q.Groups)
	avg := float64(x.paraSz) / float64(max(1, len(x.paraLen)))
	c := x.paraCursor(&s.cur, p.tid)
	for c.next() {
		para, tf := c.cur()
		if s.pslot[para] == 0 {
			s.addPara(para, ng)
		}
		v := p.factor * p.pidf * x.tfNorm(int32(tf), x.paraLen[para], avg)
		k := int(s.pslot[para]-1)*ng + p.group
		s.pfac[k] = max(s.pfac[k], p.cover)
		if v > s.ctx[k] {
			s.ctx[k] = v
		}
	}
}

// probe scores a common term for the candidates only.
func (x *Index) probe(s *scratch, q Query, p posting) {
	ng := len(q.Groups)
	avg := float64(x.textSz) / float64(max(1, x.docs.len()))
	pavg := float64(x.paraSz) / float64(max(1, len(x.paraLen)))
	c := x.textCursor(&s.cur, p.tid)
	pc := x.paraCursor(&s.pcur, p.tid)
	// The candidates are looked up in document order: the cursor skips
	// the blocks between them and decodes a block no further than the
	// last asked for in it, so a lookup per candidate costs no more than
	// a walk of the list, unless the candidates outnumber its postings.
	walk := len(s.acc) > p.df
	if walk {
		for c.next() {
			if d, tf := c.cur(); s.slot[d] > 0 {
				x.textAt(s, p, d, tf, c, ng, avg)
			}
		}
	}
	for _, d := range s.sorted { // s.acc in document order (see Search)
		if !walk && c.advance(d) {
			if e, tf := c.cur(); e == d {
				x.textAt(s, p, d, tf, c, ng, avg)
			}
		}
		para := x.docs.para(d)
		if q.ParaWeight <= 0 || para < 0 {
			continue
		}
		if s.pslot[para] == 0 {
			s.addPara(para, ng)
		}
		k := int(s.pslot[para]-1)*ng + p.group
		if s.ctx[k] > 0 {
			continue // this paragraph has been scored for p's group already
		}
		if pc.advance(para) {
			if e, tf := pc.cur(); e == para {
				s.pfac[k] = max(s.pfac[k], p.cover)
				if v := p.factor * p.pidf * x.tfNorm(int32(tf), x.paraLen[para], pavg); v > s.ctx[k] {
					s.ctx[k] = v
				}
			}
		}
	}
}

// score combines the per-group matches of document d, written into
// matched and (when not nil) quality, one entry per group: the hit's
// Matched and Quality.
func (x *Index) score(q Query, s *scratch, d int32, total float64, matched []uint8, quality []float64, explain bool) Hit {
	ng := len(q.Groups)
	k := int(s.slot[d] - 1)
	h := Hit{Doc: int(d), Matched: matched, Quality: quality}
	clear(h.Matched)
	clear(h.Quality)
	var ctx []float64
	var pfac []float32
	if p := x.docs.para(d); q.ParaWeight > 0 && p >= 0 && s.pslot[p] != 0 {
		pk := int(s.pslot[p] - 1)
		ctx = s.ctx[pk*ng : pk*ng+ng]
		pfac = s.pfac[pk*ng : pk*ng+ng]
	}
	var sum, covered float64
	var ex *corpus.Explanation
	if explain {
		ex = &corpus.Explanation{Message: fmt.Sprintf("%s %d of %q", x.docs.kind(d), x.docs.ref(d), x.c.Articles[x.article(d)].File)}
	}
	for gi, g := range q.Groups {
		t := s.text[k*ng+gi]
		c := 0.0
		if ctx != nil {
			c = q.ParaWeight * ctx[gi]
		}
		quality := 0.0
		switch {
		case t > 0:
			h.Matched[gi] = 2
			quality = float64(s.tfac[k*ng+gi])
		case c > 0:
			h.Matched[gi] = 1
			quality = float64(pfac[gi]) / 2
		}
		covered += g.Weight * quality
		if h.Quality != nil {
			h.Quality[gi] = quality
		}
		v := max(t, c)
		sum += v
		if ex != nil {
			msg := fmt.Sprintf("%q: not matched", g.Word)
			switch {
			case t > 0 && t >= c:
				msg = fmt.Sprintf("%q matched in the text", g.Word)
			case c > 0:
				msg = fmt.Sprintf("%q matched in the paragraph around it (×%.2f)", g.Word, q.ParaWeight)
			}
			ex.Children = append(ex.Children, &corpus.Explanation{Value: v, Message: msg, Children: x.explainGroup(g, d)})
		}
	}
	// Proximity: neighbouring question words in order, close together.
	prev := -1
	for gi := range q.Groups {
		if h.Matched[gi] != 2 {
			continue
		}
		if prev >= 0 && near(s.pos[k*ng+prev], s.pos[k*ng+gi], 3) {
			h.Near++
		}
		prev = gi
	}
	bonus := 1.0
	if ng > 1 {
		bonus += 0.3 * float64(h.Near) / float64(ng-1)
	}
	h.Score = sum * bonus
	if total > 0 {
		h.Coverage = covered / total
	}
	if ex != nil {
		ex.Children = append(ex.Children, &corpus.Explanation{Value: bonus, Message: fmt.Sprintf("proximity boost: %d neighbouring question words in order", h.Near)})
		ex.Children = append(ex.Children, &corpus.Explanation{Value: h.Coverage, Message: "coverage: share of the question's IDF weight matched (not part of the score)"})
		ex.Value = h.Score
		ex.Message = fmt.Sprintf("score of %s, sum of matched words × proximity:", ex.Message)
		h.Explain = ex
	}
	return h
}

// explainGroup explains each alternative of g in document d.
func (x *Index) explainGroup(g Group, d int32) []*corpus.Explanation {
	var out []*corpus.Explanation
	ntext := x.docs.len()
	avg := float64(x.textSz) / float64(max(1, ntext))
	for _, alt := range g.Alts {
		tid, ok := x.terms.id(alt.Term)
		if !ok {
			continue
		}
		var c cursor
		if !x.textCursor(&c, tid).advance(d) {
			continue
		}
		at, tf := c.cur()
		if at != d {
			continue
		}
		st := Stats{N: ntext, DF: c.df, TF: tf, Len: int(x.docs.length(d)), AvgLen: avg}
		e := DefaultBM25.Explain(alt.Term, st)
		out = append(out, &corpus.Explanation{Value: alt.Factor * e.Value, Message: fmt.Sprintf("%s × %.2f (%s)", alt.Term, alt.Factor, alt.Why), Children: []*corpus.Explanation{e}})
	}
	return out
}

// near reports whether some b position follows some a position by 1..gap.
func near(a, b []uint16, gap int) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch d := int(b[j]) - int(a[i]); {
		case d <= 0:
			j++
		case d <= gap:
			return true
		default:
			i++
		}
	}
	return false
}
