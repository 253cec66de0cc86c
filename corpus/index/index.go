// Package index is factdesk's inverted index over quotations, facts and
// sentences: an analyzer chain, postings and a BM25 scorer that can explain
// itself.
//
// Every quotation, fact and remaining body sentence is a document with one
// text field. Each body paragraph is indexed too, as the context of the
// documents inside it: a quotation rarely repeats the words of the question
// that is about it ("What did Voss say about the port's offer?"), but the
// sentence that introduces it often does.
package index

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"

	"factdesk/corpus"
	"factdesk/corpus/clean"
	"factdesk/corpus/segment"
)

// Kind is what a document is.
type Kind uint8

const (
	KindQuote    Kind = 1 << iota // a corpus.Quote; Ref is its id
	KindFact                      // a corpus.Fact; Ref is its id
	KindSentence                  // a body sentence that is neither; Ref is -1
)

// AnyKind matches every document.
const AnyKind = KindQuote | KindFact | KindSentence

func (k Kind) String() string {
	switch k {
	case KindQuote:
		return "quote"
	case KindFact:
		return "fact"
	case KindSentence:
		return "sentence"
	}
	return "any"
}

// Doc is one indexed document.
type Doc struct {
	Kind    Kind
	Ref     int32 // Quote or Fact id, -1 for a sentence
	Article int32
	Para    int32 // global paragraph id of its context, -1 when none
	Span    corpus.Span
	Len     int32 // terms in the text field
}

// doc is a Doc as the index keeps it, in 20 bytes instead of 40: one per
// quotation, fact and sentence of the corpus. Its article is where it
// stands in the list (see Index.artFirst), and its kind shares a word with
// its length.
type doc struct {
	ref, para, start, end int32
	lenKind               uint32 // terms in the text << 3 | kind
}

func (d doc) kind() Kind { return Kind(d.lenKind & 7) }
func (d doc) len() int32 { return int32(d.lenKind >> 3) }

// maxDocLen bounds a document's length as kept beside its kind: no
// sentence holds half a billion words.
const maxDocLen = 1<<29 - 1

// doc returns document d as a Doc.
func (x *Index) doc(d int32) Doc {
	e := x.docs.at(d)
	return Doc{Kind: e.kind(), Ref: e.ref, Article: x.article(d), Para: e.para, Span: corpus.Span{Start: int(e.start), End: int(e.end)}, Len: e.len()}
}

// eachParaDoc calls f with each document of paragraph p, in order. An
// article's documents are its quotations, then its facts, then its other
// sentences paragraph by paragraph: the sentences of p are one run, found
// by bisection, and its quotations and facts are read from the few before.
func (x *Index) eachParaDoc(p int32, f func(d int32)) {
	a, _ := slices.BinarySearch(x.paraFirst, p+1)
	if a == 0 {
		return
	}
	lo, hi := x.artFirst[a-1], int32(x.docs.len())
	if a < len(x.artFirst) {
		hi = x.artFirst[a]
	}
	sents := lo + int32(sort.Search(int(hi-lo), func(i int) bool { return x.docs.kind(lo+int32(i)) == KindSentence }))
	for d := lo; d < sents; d++ {
		if x.docs.para(d) == p {
			f(d)
		}
	}
	for d := sents + int32(sort.Search(int(hi-sents), func(i int) bool { return x.docs.para(sents+int32(i)) >= p })); d < hi && x.docs.para(d) == p; d++ {
		f(d)
	}
}

// article is the article of document d: documents are numbered article
// by article, so it is the last whose first document is at most d.
func (x *Index) article(d int32) int32 {
	a, _ := slices.BinarySearch(x.artFirst, d+1)
	return int32(a - 1)
}

// Index is built once per corpus and read concurrently.
type Index struct {
	c    *corpus.Corpus
	docs docTable // bit-packed (see docs.go)
	// artFirst[a] is the first document of article a: each article's
	// documents follow the previous article's.
	artFirst []int32
	terms    *terms // by id, in one arena (see strtab.go)
	// tpost[t] and ppost[t] are the text and paragraph postings of term
	// t, compressed, read through a cursor (see postings.go).
	tpost   lists[byte]
	ppost   lists[byte]
	textSz  int64
	paraLen []int32
	paraSz  int64
	// paraFirst[a] is the first paragraph of article a: paragraphs too
	// are numbered article by article. A paragraph's documents are found
	// among its article's (see eachParaDoc), not kept in lists of their
	// own, which took 4 bytes a document.
	paraFirst []int32
	vocab     *Vocab
	// free keeps search scratch space for reuse, one per CPU.
	free chan *scratch
	// bits holds, by term id, the documents of a common term as a bitset,
	// built by Phrase on first use (see docBits).
	bits sync.Map
}

// Build indexes c.
func Build(c *corpus.Corpus) *Index {
	x := &Index{c: c, terms: newTerms(), free: make(chan *scratch, runtime.GOMAXPROCS(0))}
	x.vocab = newVocabOn(x.terms) // a word's stem is a term
	b := &builder{x: x, surface: Surface(), stems: map[string]string{}, words: map[string]wordTerm{}}
	quotesOf := make([][]int, len(c.Articles))
	for i := range c.Quotes {
		if a := c.Quotes[i].Article; a >= 0 && int(a) < len(c.Articles) {
			quotesOf[a] = append(quotesOf[a], i)
		}
	}
	factsOf := make([][]int, len(c.Articles))
	for i := range c.Facts {
		if a := int(c.Facts[i].Article); a >= 0 && a < len(c.Articles) {
			factsOf[a] = append(factsOf[a], i)
		}
	}
	// Every quotation and fact is a document, and so is each other
	// sentence (news sentences run well over 100 bytes): sized once, the
	// document list is not doubled and copied while it grows.
	size := 0
	for _, a := range c.Articles {
		if a != nil {
			size += len(a.Text)
		}
	}
	b.docs = make([]doc, 0, len(c.Quotes)+len(c.Facts)+size/100)
	// News text holds a distinct term about every ten bytes, in a document
	// and in its paragraph, and a position every five: sized once, the
	// posting buffers are not copied over and over (a large slice grows
	// by a quarter) while they fill.
	b.tpost = make([]textPost, 0, size/8)
	b.tpos = make([]uint16, 0, size/4)
	b.ppost = make([]paraPost, 0, size/8)
	x.artFirst = make([]int32, len(c.Articles))
	x.paraFirst = make([]int32, len(c.Articles))
	for ai, a := range c.Articles {
		x.artFirst[ai] = int32(len(b.docs))
		x.paraFirst[ai] = int32(len(x.paraLen))
		b.article(ai, a, quotesOf[ai], factsOf[ai])
	}
	x.vocab.finish()
	x.terms.trim()
	b.compact()
	return x
}

// lists is many lists of T in one array: list i is
// data[start[i]:start[i+1]]. A slice header per list would cost 24 bytes
// for each term and paragraph, more than most of their lists hold.
type lists[T any] struct {
	start []uint32
	data  []T
}

// at is list i, capped at its length.
func (l lists[T]) at(i int32) []T {
	a, b := l.start[i], l.start[i+1]
	return l.data[a:b:b]
}

// pack moves ls into one array at its exact length.
func pack[T any](ls [][]T) lists[T] {
	n := 0
	for _, l := range ls {
		n += len(l)
	}
	out := lists[T]{start: make([]uint32, len(ls)+1), data: make([]T, 0, n)}
	for i, l := range ls {
		out.data = append(out.data, l...)
		out.start[i+1] = uint32(len(out.data))
	}
	return out
}

// compact sorts the postings, gathered in the order of documents and
// paragraphs, by term (each term's in that order) and encodes each term's
// list (see postings.go).
func (b *builder) compact() {
	x := b.x
	nt := x.terms.len()
	// Counting sort by term: the postings of each term keep their order.
	byTerm := func(n int, tid func(i int) int32) (start []uint32, order []int32) {
		start = make([]uint32, nt+1)
		for i := 0; i < n; i++ {
			start[tid(i)+1]++
		}
		for t := 0; t < nt; t++ {
			start[t+1] += start[t]
		}
		order = make([]int32, n)
		at := slices.Clone(start[:nt])
		for i := 0; i < n; i++ {
			t := tid(i)
			order[at[t]] = int32(i)
			at[t]++
		}
		return start, order
	}
	var ps []rawPosting
	start, order := byTerm(len(b.tpost), func(i int) int32 { return b.tpost[i].tid })
	x.tpost = lists[byte]{start: make([]uint32, nt+1), data: make([]byte, 0, len(b.tpost)*2+len(b.tpos))}
	for t := 0; t < nt; t++ {
		ps = ps[:0]
		for _, i := range order[start[t]:start[t+1]] {
			p := b.tpost[i]
			tf := b.tpos[p.at]
			ps = append(ps, rawPosting{doc: p.doc, tf: tf, pos: b.tpos[p.at+1 : p.at+1+uint32(tf)]})
		}
		x.tpost.data = appendList(x.tpost.data, ps, true)
		x.tpost.start[t+1] = uint32(len(x.tpost.data))
	}
	b.tpost, b.tpos = nil, nil
	start, order = byTerm(len(b.ppost), func(i int) int32 { return b.ppost[i].tid })
	x.ppost = lists[byte]{start: make([]uint32, nt+1), data: make([]byte, 0, len(b.ppost)*3)}
	for t := 0; t < nt; t++ {
		ps = ps[:0]
		for _, i := range order[start[t]:start[t+1]] {
			p := b.ppost[i]
			ps = append(ps, rawPosting{doc: p.para, tf: p.tf})
		}
		x.ppost.data = appendList(x.ppost.data, ps, false)
		x.ppost.start[t+1] = uint32(len(x.ppost.data))
	}
	b.ppost = nil
	// Copies at their length give back the slack append left.
	x.tpost.data, x.ppost.data = slices.Clone(x.tpost.data), slices.Clone(x.ppost.data)
	x.paraLen = slices.Clone(x.paraLen)
	x.docs = packDocs(b.docs)
	b.docs = nil
}

// textDF and paraDF are the number of documents and paragraphs holding
// term t.
func (x *Index) textDF(t int32) int { return listDF(x.tpost.at(t)) }
func (x *Index) paraDF(t int32) int { return listDF(x.ppost.at(t)) }

// textCursor and paraCursor point c at term t's postings.
func (x *Index) textCursor(c *cursor, t int32) *cursor { c.reset(x.tpost.at(t), true); return c }
func (x *Index) paraCursor(c *cursor, t int32) *cursor { c.reset(x.ppost.at(t), false); return c }

// textPost is a term in a document: its [tf, positions...] start at
// tpos[at].
type textPost struct {
	tid, doc int32
	at       uint32
}

// paraPost is a term in a paragraph, tf times.
type paraPost struct {
	tid, para int32
	tf        uint16
}

type builder struct {
	x       *Index
	surface *Analyzer
	stems   map[string]string
	words   map[string]wordTerm // word as written → its term
	one     [1]Token            // a word on its way through the filters
	tp      []termPos
	keys    []uint64 // group's sort buffer
	buf     []Token  // tokens of the current article; reused by the next
	para    []Token  // a paragraph's meaningful tokens, reused
	// The postings in the order they are found, and the documents of each
	// paragraph; compact packs them into the index.
	docs  []doc // the documents as they are found; compact packs them
	tpost []textPost
	tpos  []uint16
	ppost []paraPost
}

func (b *builder) stem(w string) string {
	if s, ok := b.stems[w]; ok {
		return s
	}
	s := Stem(w)
	if len(b.stems) < 1<<20 {
		b.stems[w] = s
	}
	return s
}

// paraToks is one analyzed paragraph, offsets made absolute.
type paraToks struct {
	id    int32
	span  corpus.Span
	sents []corpus.Span
	toks  []Token
}

func (b *builder) article(ai int, a *corpus.Article, quotes, facts []int) {
	x := b.x
	// Nothing keeps the previous article's tokens: postings hold term ids.
	b.buf = b.buf[:0]
	var paras []paraToks
	pid := make([]int32, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		pid[i] = -1
		if p.Kind != corpus.ParaBody || p.Span().End > len(a.Text) || p.Span().Start < 0 || p.Span().Start > p.Span().End {
			continue
		}
		toks := b.analyze(a.Text, p.Span())
		id := int32(len(x.paraLen))
		pid[i] = id
		n := meaningful(toks)
		x.paraLen = append(x.paraLen, int32(n))
		x.paraSz += int64(n)
		b.addPara(id, toks)
		paras = append(paras, paraToks{id: id, span: p.Span(), sents: segment.SentencesOf(a.Text, a.Sentences, p), toks: toks})
	}
	// paras are in text order with ids counting up from paras[0].id: the
	// paragraph of an id, or of an offset, is found without a walk over
	// them all for each of an article's thousands of quotations.
	paraOf := func(i int, s corpus.Span) (int32, []Token) {
		if i >= 0 && i < len(pid) && pid[i] >= 0 {
			if p := paras[pid[i]-paras[0].id]; p.span.Contains(s) {
				return p.id, within(p.toks, s)
			}
		}
		k := sort.Search(len(paras), func(k int) bool { return paras[k].span.End > s.Start })
		for ; k < len(paras) && paras[k].span.Start <= s.Start; k++ {
			if p := paras[k]; p.span.Contains(s) {
				return p.id, within(p.toks, s)
			}
		}
		if i >= 0 && i < len(pid) {
			return pid[i], b.analyze(a.Text, s)
		}
		return -1, b.analyze(a.Text, s)
	}
	covered := map[corpus.Span]bool{}
	for _, qi := range quotes {
		q := &x.c.Quotes[qi]
		if !validSpan(q.Span(), a.Text) {
			continue
		}
		p, toks := paraOf(int(q.Paragraph), q.Span())
		b.addDoc(Doc{Kind: KindQuote, Ref: int32(qi), Article: int32(ai), Para: p, Span: q.Span()}, toks)
	}
	for _, fi := range facts {
		f := &x.c.Facts[fi]
		if !validSpan(f.Span(), a.Text) {
			continue
		}
		covered[f.Span()] = true
		p, toks := paraOf(int(f.Paragraph), f.Span())
		b.addDoc(Doc{Kind: KindFact, Ref: int32(fi), Article: int32(ai), Para: p, Span: f.Span()}, toks)
	}
	for _, p := range paras {
		for _, s := range p.sents {
			if covered[s] {
				continue
			}
			b.addDoc(Doc{Kind: KindSentence, Ref: -1, Article: int32(ai), Para: p.id, Span: s}, within(p.toks, s))
		}
	}
}

func validSpan(s corpus.Span, text string) bool {
	return s.Start >= 0 && s.End <= len(text) && s.Start < s.End
}

// within returns the tokens inside s.
func within(toks []Token, s corpus.Span) []Token {
	// Searched, not walked from the first token: a paragraph of thousands
	// of sentences asked this for each of them.
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= s.Start })
	j := i
	for j < len(toks) && toks[j].End <= s.End {
		j++
	}
	return toks[i:j]
}

// wordTerm is what the surface filters and the stemmer make of a word as
// written: its term, unless the filters drop it.
type wordTerm struct {
	term string
	tid  int32 // 1 + term's id
	keep bool
	// stopTid is, for a stopword, 1 + the id of its position-only term;
	// -1 for a word dropped for another reason; 0 not yet known.
	stopTid int32
}

// stopPrefix starts the terms of small words: no analyzed word begins
// with it, so no question word finds them by spelling or by typo.
const stopPrefix = "\x00"

// meaningful counts the tokens that are not stopwords.
func meaningful(toks []Token) int {
	n := 0
	for _, t := range toks {
		if !t.stop {
			n++
		}
	}
	return n
}

// analyze returns the stemmed tokens of text[s], with absolute offsets, and
// records every surface word in the vocabulary.
func (b *builder) analyze(text string, s corpus.Span) []Token {
	// b.surface is Surface(), whose tokenizer is Words: its tokens go into
	// the article's buffer (see article) instead of a slice per paragraph.
	// Its filters each read one token alone, so what they make of a word
	// as written is worked out once (b.words) and looked up after.
	n := len(b.buf)
	// Words are read in the normalised view (clean), their offsets taken
	// back to the article's own text.
	view := clean.Words(text[s.Start:s.End])
	b.buf = appendWords(b.buf, view.S)
	toks := b.buf[n:len(b.buf):len(b.buf)]
	out := toks[:0]
	for _, t := range toks {
		wt, known := b.words[t.Term]
		if !known {
			b.one[0] = Token{Term: t.Term}
			f := b.one[:]
			for _, fl := range b.surface.Filters {
				f = fl.Filter(f)
			}
			if wt.keep = len(f) == 1; wt.keep {
				w := f[0].Term
				var seen bool
				if wt.term, seen = b.stems[w]; !seen {
					// A word in the stem cache is in the vocabulary already.
					wt.term = b.stem(w)
					b.x.vocab.addID(w, b.term(wt.term))
				}
				wt.tid = b.term(wt.term) + 1
			}
			if len(b.words) < 1<<20 {
				b.words[t.Term] = wt
			}
		}
		if !wt.keep {
			// A small word: no meaning of its own, but it holds its place
			// in a phrase ("know a this easy"), so it is indexed under a
			// term no question word can spell.
			if wt.stopTid == 0 {
				if f := fold(t.Term); IsStop(f) {
					wt.stopTid = b.term(stopPrefix+f) + 1
				} else {
					wt.stopTid = -1
				}
				if len(b.words) < 1<<20 {
					b.words[t.Term] = wt
				}
			}
			if wt.stopTid > 0 {
				t.Term, t.tid, t.stop = "", wt.stopTid, true
				t.Start += s.Start
				t.End += s.Start
				out = append(out, t)
			}
			continue
		}
		t.Term, t.tid = wt.term, wt.tid
		t.Start = view.Orig(t.Start) + s.Start
		t.End = view.Orig(t.End) + s.Start
		out = append(out, t)
	}
	return out
}

func (b *builder) term(t string) int32 {
	x := b.x
	return x.terms.add(t)
}

// termPos is one token as a term id and position, for grouping.
type termPos struct{ tid, pos int32 }

// group returns the tokens' term ids and positions sorted by term, then
// position, in a buffer the builder reuses.
func (b *builder) group(toks []Token) []termPos {
	// Sorted as one uint64 each (term id, then position): an ordered sort
	// without a comparison function is several times faster.
	b.keys = b.keys[:0]
	base := 0
	if len(toks) > 0 {
		base = toks[0].Pos
	}
	for _, t := range toks {
		tid := t.tid - 1
		if t.tid == 0 {
			tid = b.term(t.Term)
		}
		b.keys = append(b.keys, uint64(uint32(tid))<<32|uint64(uint32(int32(t.Pos-base))))
	}
	slices.Sort(b.keys)
	b.tp = b.tp[:0]
	for _, k := range b.keys {
		b.tp = append(b.tp, termPos{int32(k >> 32), int32(uint32(k))})
	}
	return b.tp
}

// eachTerm calls fn with each run of tp that holds one term.
func eachTerm(tp []termPos, fn func(tid int32, run []termPos)) {
	for i := 0; i < len(tp); {
		j := i
		for j < len(tp) && tp[j].tid == tp[i].tid {
			j++
		}
		fn(tp[i].tid, tp[i:j])
		i = j
	}
}

func (b *builder) addPara(id int32, toks []Token) {
	// A paragraph is context for scoring only: its small words are not
	// kept.
	b.para = b.para[:0]
	for _, t := range toks {
		if !t.stop {
			b.para = append(b.para, t)
		}
	}
	eachTerm(b.group(b.para), func(tid int32, run []termPos) {
		b.ppost = append(b.ppost, paraPost{tid: tid, para: id, tf: uint16(min(len(run), math.MaxUint16))})
	})
}

func (b *builder) addDoc(d Doc, toks []Token) int32 {
	x := b.x
	id := int32(len(b.docs))
	n := meaningful(toks)
	b.docs = append(b.docs, doc{ref: d.Ref, para: d.Para, start: int32(d.Span.Start), end: int32(d.Span.End), lenKind: uint32(min(n, maxDocLen))<<3 | uint32(d.Kind)})
	x.textSz += int64(n)
	eachTerm(b.group(toks), func(tid int32, run []termPos) {
		b.tpost = append(b.tpost, textPost{tid: tid, doc: id, at: uint32(len(b.tpos))})
		// Positions only serve proximity, so a document longer than
		// 65535 words keeps its first 65535 occurrences.
		n := min(len(run), math.MaxUint16)
		b.tpos = append(b.tpos, uint16(n))
		for _, p := range run[:n] {
			b.tpos = append(b.tpos, uint16(min(p.pos, math.MaxUint16)))
		}
	})
	return id
}

// Corpus is the corpus the index was built from.
func (x *Index) Corpus() *corpus.Corpus { return x.c }

// Docs returns a copy of every document.
func (x *Index) Docs() []Doc {
	out := make([]Doc, x.docs.len())
	for i := range out {
		out[i] = x.doc(int32(i))
	}
	return out
}

// Doc returns document d.
func (x *Index) Doc(d int) Doc { return x.doc(int32(d)) }

// QuoteDoc is the document of quotation id, or -1.
func (x *Index) QuoteDoc(id int) int {
	if id < 0 || id >= len(x.c.Quotes) {
		return -1
	}
	return x.refDoc(int(x.c.Quotes[id].Article), KindQuote, int32(id))
}

// FactDoc is the document of fact id, or -1.
func (x *Index) FactDoc(id int) int {
	if id < 0 || id >= len(x.c.Facts) {
		return -1
	}
	return x.refDoc(int(x.c.Facts[id].Article), KindFact, int32(id))
}

// refDoc finds the document of kind k (a quotation or a fact) whose ref
// is ref in article a, or -1. An article's quotations come first, then its
// facts, each kind in the order of their ids (see article): bisected, they
// need no table from ids to documents, which took 4 bytes each.
func (x *Index) refDoc(a int, k Kind, ref int32) int {
	if a < 0 || a >= len(x.artFirst) {
		return -1
	}
	lo, hi := x.artFirst[a], int32(x.docs.len())
	if a+1 < len(x.artFirst) {
		hi = x.artFirst[a+1]
	}
	from := lo + int32(sort.Search(int(hi-lo), func(i int) bool { return x.docs.kind(lo+int32(i)) >= k }))
	to := from + int32(sort.Search(int(hi-from), func(i int) bool { return x.docs.kind(from+int32(i)) > k }))
	d := from + int32(sort.Search(int(to-from), func(i int) bool { return x.docs.ref(from+int32(i)) >= ref }))
	if d < to && x.docs.ref(d) == ref {
		return int(d)
	}
	return -1
}

// Text is what document d says, as its article prints it.
func (x *Index) Text(d int) string {
	doc := x.doc(int32(d))
	return doc.Span.Of(x.c.Articles[doc.Article].Text)
}

// Vocab is the corpus vocabulary.
func (x *Index) Vocab() *Vocab { return x.vocab }

// DF is the number of documents whose text holds the stemmed term.
func (x *Index) DF(term string) int {
	if id, ok := x.terms.id(term); ok {
		return x.textDF(id)
	}
	return 0
}

// N is the number of documents.
func (x *Index) N() int { return x.docs.len() }

// memSizes returns the bytes each part of the index holds (string and map
// overheads estimated), for the memory test.
func (x *Index) memSizes() map[string]int {
	m := map[string]int{}
	m["docs"] = x.docs.bytes() + 4*len(x.artFirst)
	m["text postings"] = len(x.tpost.data) + 4*len(x.tpost.start)
	m["para postings"] = len(x.ppost.data) + 4*len(x.ppost.start)
	m["para docs"] = 4*len(x.paraFirst) + 4*len(x.paraLen)
	m["terms"] = len(x.terms.bytes) + 4*len(x.terms.start) + 4*len(x.terms.tab.slots)
	v := x.vocab
	m["vocab words"] = len(v.arena) + 4*len(v.start) + 4*len(v.stem)
	m["vocab ids"] = 4 * len(v.ids.slots)
	m["vocab order"] = 4 * len(v.sorted)
	m["count terms"] = x.terms.len()
	m["count words"] = v.Len()
	m["count docs"] = x.docs.len()
	return m
}
