package index

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"slices"

	"factdesk/corpus"
)

// Snapshot is a built index as encoding/gob writes it: the same arrays,
// with exported names. A snapshot file (see corpus/engine) holds one, so
// that a server starts without indexing again.
type Snapshot struct {
	// Documents, one entry each.
	DocRef, DocPara, DocStart, DocEnd, DocLen []int32
	DocKind                                   []uint8
	ArtFirst                                  []int32  // by article: its first document
	TermBytes                                 []uint8  // the terms by id, one after the other
	TermStarts                                []uint32 // term i is TermBytes[TermStarts[i]:TermStarts[i+1]]
	TPost, PPost                              List8    // compressed (see postings.go)
	TextSz                                    int64
	ParaLen                                   []int32
	ParaSz                                    int64
	ParaFirst                                 []int32  // by article: its first paragraph
	VocabBytes                                []uint8  // the words, one after the other
	VocabStarts                               []uint32 // word i is VocabBytes[VocabStarts[i]:VocabStarts[i+1]]
	VocabStems, VocabSorted                   []int32  // each word's stem as a term id; the words alphabetically
}

// List32 and List8 are packed lists: list i is Data[Start[i]:Start[i+1]].
type (
	List32 struct {
		Start []uint32
		Data  []int32
	}
	List8 struct {
		Start []uint32
		Data  []uint8
	}
)

// Snapshot returns the index's arrays; they are shared, not copied.
func (x *Index) Snapshot() *Snapshot {
	s := &Snapshot{TextSz: x.textSz, ParaSz: x.paraSz, ParaLen: x.paraLen,
		TPost: List8{x.tpost.start, x.tpost.data}, PPost: List8{x.ppost.start, x.ppost.data},
		ParaFirst: x.paraFirst, ArtFirst: x.artFirst}
	n := x.docs.len()
	s.DocRef, s.DocPara = make([]int32, n), make([]int32, n)
	s.DocStart, s.DocEnd, s.DocLen, s.DocKind = make([]int32, n), make([]int32, n), make([]int32, n), make([]uint8, n)
	for i := range n {
		d := x.docs.at(int32(i))
		s.DocRef[i], s.DocPara[i] = d.ref, d.para
		s.DocStart[i], s.DocEnd[i], s.DocLen[i], s.DocKind[i] = d.start, d.end, d.len(), uint8(d.kind())
	}
	s.TermBytes, s.TermStarts = x.terms.bytes, x.terms.start
	v := x.vocab
	s.VocabBytes, s.VocabStarts, s.VocabStems, s.VocabSorted = v.arena, v.start, v.stem, v.sorted
	return s
}

// Restore rebuilds the index of c from a snapshot taken of it, after
// checking that every list and reference is in range: a snapshot that
// does not fit c is refused, never read out of bounds later.
func Restore(c *corpus.Corpus, s *Snapshot) (*Index, error) {
	if s == nil {
		return nil, fmt.Errorf("index: empty snapshot")
	}
	n := len(s.DocRef)
	for _, l := range []int{len(s.DocPara), len(s.DocStart), len(s.DocEnd), len(s.DocLen), len(s.DocKind)} {
		if l != n {
			return nil, fmt.Errorf("index: document columns of different lengths")
		}
	}
	nt, np := len(s.TermStarts)-1, len(s.ParaLen)
	if err := checkStarts("terms", s.TermStarts, len(s.TermBytes), max(nt, 0)); err != nil {
		return nil, err
	}
	x := &Index{c: c, terms: &terms{bytes: s.TermBytes, start: s.TermStarts}, textSz: s.TextSz, paraSz: s.ParaSz,
		paraLen: s.ParaLen, artFirst: s.ArtFirst, free: make(chan *scratch, runtime.GOMAXPROCS(0))}
	if len(s.ArtFirst) != len(c.Articles) || n > 0 && (len(s.ArtFirst) == 0 || s.ArtFirst[0] != 0) {
		return nil, fmt.Errorf("index: documents by article do not fit the corpus")
	}
	for a, f := range s.ArtFirst {
		if f < 0 || int(f) > n || a > 0 && f < s.ArtFirst[a-1] {
			return nil, fmt.Errorf("index: article %d: first document %d out of range or order", a, f)
		}
	}
	art := 0
	docs := make([]doc, n)
	for i := range docs {
		for art+1 < len(s.ArtFirst) && int(s.ArtFirst[art+1]) <= i {
			art++
		}
		kind := Kind(s.DocKind[i])
		if s.DocLen[i] < 0 || s.DocLen[i] > maxDocLen || kind > 7 {
			return nil, fmt.Errorf("index: document %d: length or kind out of range", i)
		}
		d := doc{ref: s.DocRef[i], para: s.DocPara[i], start: s.DocStart[i], end: s.DocEnd[i], lenKind: uint32(s.DocLen[i])<<3 | uint32(kind)}
		if c.Articles[art] == nil ||
			d.start < 0 || d.start > d.end || int(d.end) > len(c.Articles[art].Text) || d.para < -1 || int(d.para) >= np {
			return nil, fmt.Errorf("index: document %d out of range", i)
		}
		switch kind {
		case KindQuote:
			if d.ref < 0 || int(d.ref) >= len(c.Quotes) || int(c.Quotes[d.ref].Article) != art {
				return nil, fmt.Errorf("index: document %d: no quotation %d in its article", i, d.ref)
			}
		case KindFact:
			if d.ref < 0 || int(d.ref) >= len(c.Facts) || int(c.Facts[d.ref].Article) != art {
				return nil, fmt.Errorf("index: document %d: no fact %d in its article", i, d.ref)
			}
		case KindSentence:
		default:
			return nil, fmt.Errorf("index: document %d: kind %d", i, kind)
		}
		docs[i] = d
	}
	x.docs = packDocs(docs)
	if t := x.terms.index(); t >= 0 {
		return nil, fmt.Errorf("index: term %d twice", t)
	}
	var err error
	check := func(what string, start []uint32, size, lists int) {
		if err == nil {
			err = checkStarts(what, start, size, lists)
		}
	}
	check("text postings", s.TPost.Start, len(s.TPost.Data), nt)
	check("paragraph postings", s.PPost.Start, len(s.PPost.Data), nt)
	if err != nil {
		return nil, err
	}
	x.tpost, x.ppost = lists[byte]{s.TPost.Start, s.TPost.Data}, lists[byte]{s.PPost.Start, s.PPost.Data}
	if len(s.ParaFirst) != len(c.Articles) {
		return nil, fmt.Errorf("index: paragraphs by article do not fit the corpus")
	}
	for a, f := range s.ParaFirst {
		if f < 0 || int(f) > np || a > 0 && f < s.ParaFirst[a-1] {
			return nil, fmt.Errorf("index: article %d: first paragraph %d out of range or order", a, f)
		}
	}
	x.paraFirst = s.ParaFirst
	if err := x.checkPostings(); err != nil {
		return nil, err
	}
	v, err := restoreVocab(s.VocabBytes, s.VocabStarts, s.VocabStems, s.VocabSorted, x.terms)
	if err != nil {
		return nil, err
	}
	x.vocab = v
	return x, nil
}

// checkStarts checks that start delimits lists lists in size items.
func checkStarts(what string, start []uint32, size, lists int) error {
	if len(start) != lists+1 || start[0] != 0 || int(start[lists]) != size {
		return fmt.Errorf("index: %s: %d lists over %d items do not fit", what, len(start)-1, size)
	}
	for i := 1; i < len(start); i++ {
		if start[i] < start[i-1] {
			return fmt.Errorf("index: %s: list %d starts before the one before it", what, i)
		}
	}
	return nil
}

// checkPostings checks every posting list as a cursor reads it (see
// checkList): document and paragraph ids in range and in order, counts
// and positions whole, skip entries where their blocks start.
func (x *Index) checkPostings() error {
	nd, np := int32(x.docs.len()), int32(len(x.paraLen))
	for t := int32(0); int(t) < len(x.tpost.start)-1; t++ {
		if err := checkList(x.tpost.at(t), true, nd); err != nil {
			return fmt.Errorf("index: term %d: text postings: %v", t, err)
		}
		if err := checkList(x.ppost.at(t), false, np); err != nil {
			return fmt.Errorf("index: term %d: paragraph postings: %v", t, err)
		}
	}
	return nil
}

// Columns are written beside the gob-encoded rest of a Snapshot as raw
// little-endian arrays: decoding tens of millions of postings element by
// element through gob was most of a start from a snapshot file.

// column is one numeric array of a Snapshot.
type column[T int32 | uint32 | uint16 | uint64 | uint8] struct{ p *[]T }

// columnIO is what a column does whatever its item type.
type columnIO interface {
	reset()
	size() int
	appendTo(b []byte) ([]byte, error)
	readFrom(b []byte, ar *arenas) ([]byte, error)
	// reserve counts in ar the items of the column at the start of b,
	// checked as readFrom checks them, and returns the bytes after it.
	reserve(b []byte, ar *arenas) ([]byte, error)
}

// arenas hold the items of the columns an index keeps, one array per item
// type: read each into an array of its own, the middle-sized ones (8-32
// KB at 1,000 articles) each held a span of their size class part empty.
type arenas struct {
	u8            []uint8
	u32           []uint32
	i32           []int32
	n8, n32, ni32 int // items counted by reserve
}

// arenaOf is ar's array of T and its count, nil for a type none is kept
// of.
func arenaOf[T int32 | uint32 | uint16 | uint64 | uint8](ar *arenas) (*[]T, *int) {
	if ar == nil {
		return nil, nil
	}
	var p any
	var n *int
	switch any(T(0)).(type) {
	case uint8:
		p, n = &ar.u8, &ar.n8
	case uint32:
		p, n = &ar.u32, &ar.n32
	case int32:
		p, n = &ar.i32, &ar.ni32
	default:
		return nil, nil
	}
	return p.(*[]T), n
}

// alloc makes the arrays reserve counted, each at once.
func (ar *arenas) alloc() {
	ar.u8, ar.u32, ar.i32 = make([]uint8, ar.n8), make([]uint32, ar.n32), make([]int32, ar.ni32)
}

func (c column[T]) reset() { *c.p = nil }

// size is how many bytes appendTo appends.
func (c column[T]) size() int { return 8 + len(*c.p)*binary.Size(T(0)) }

// appendTo appends the column's length (8 bytes) and its items,
// little-endian.
func (c column[T]) appendTo(b []byte) ([]byte, error) {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(*c.p)))
	return binary.Append(b, binary.LittleEndian, *c.p)
}

// length reads a column's length at the start of b, checked against the
// bytes left after it, and returns its items' bytes.
func length[T int32 | uint32 | uint16 | uint64 | uint8](b []byte) (uint64, []byte, error) {
	if len(b) < 8 {
		return 0, nil, fmt.Errorf("cut short")
	}
	n, size := binary.LittleEndian.Uint64(b), uint64(binary.Size(T(0)))
	b = b[8:]
	if n > uint64(len(b))/size {
		return 0, nil, fmt.Errorf("%d items out of range", n)
	}
	return n, b, nil
}

func (c column[T]) reserve(b []byte, ar *arenas) ([]byte, error) {
	n, b, err := length[T](b)
	if err != nil {
		return nil, err
	}
	if _, k := arenaOf[T](ar); k != nil {
		*k += int(n)
	}
	return b[n*uint64(binary.Size(T(0))):], nil
}

// readFrom reads what appendTo wrote at the start of b, the length
// checked against the bytes left before anything is allocated for it;
// the items go into ar's array of their type when ar is not nil.
func (c column[T]) readFrom(b []byte, ar *arenas) ([]byte, error) {
	n, b, err := length[T](b)
	if err != nil {
		return nil, err
	}
	size := uint64(binary.Size(T(0)))
	if a, _ := arenaOf[T](ar); a != nil && uint64(len(*a)) >= n {
		*c.p, *a = (*a)[:n:n], (*a)[n:]
		if n == 0 {
			*c.p = []T{} // as make leaves it
		}
	} else {
		*c.p = make([]T, n)
	}
	if _, err := binary.Decode(b[:n*size], binary.LittleEndian, *c.p); err != nil {
		return nil, err
	}
	return b[n*size:], nil
}

// columns lists the snapshot's numeric arrays in the order a file holds
// them.
func (s *Snapshot) columns() []columnIO {
	return []columnIO{column[int32]{&s.DocRef}, column[int32]{&s.ArtFirst}, column[int32]{&s.DocPara},
		column[int32]{&s.DocStart}, column[int32]{&s.DocEnd}, column[int32]{&s.DocLen}, column[uint8]{&s.DocKind},
		column[uint32]{&s.TPost.Start}, column[uint8]{&s.TPost.Data}, column[uint32]{&s.PPost.Start}, column[uint8]{&s.PPost.Data},
		column[int32]{&s.ParaLen}, column[int32]{&s.ParaFirst},

		column[uint8]{&s.VocabBytes}, column[uint32]{&s.VocabStarts}, column[int32]{&s.VocabStems}, column[int32]{&s.VocabSorted}, column[uint8]{&s.TermBytes}, column[uint32]{&s.TermStarts}}
}

// WithoutColumns returns a copy of s without its numeric arrays: what
// gob encodes, the arrays following as AppendColumns writes them.
func (s *Snapshot) WithoutColumns() *Snapshot {
	t := *s
	for _, c := range t.columns() {
		c.reset()
	}
	return &t
}

// ColumnsSize is how many bytes AppendColumns appends.
func (s *Snapshot) ColumnsSize() int {
	n := 0
	for _, c := range s.columns() {
		n += c.size()
	}
	return n
}

// AppendColumns appends s's numeric arrays to b, each as its length
// (8 bytes) and its items, little-endian.
func (s *Snapshot) AppendColumns(b []byte) ([]byte, error) {
	// Grown once to the arrays' size: appended one by one, the payload
	// was copied at each doubling.
	b = slices.Grow(b, s.ColumnsSize())
	for _, c := range s.columns() {
		var err error
		if b, err = c.appendTo(b); err != nil {
			return nil, fmt.Errorf("index: %v", err)
		}
	}
	return b, nil
}

// ReadColumns reads into s the arrays AppendColumns wrote at the start of
// b and returns what follows them. The arrays Restore keeps share an
// array per item type; the documents' six, which it copies, are apart.
func (s *Snapshot) ReadColumns(b []byte) ([]byte, error) {
	cols := s.columns()
	var ar arenas
	keep := func(i int) *arenas {
		if i == 0 || i >= 2 && i <= 6 { // DocRef, DocPara ... DocKind
			return nil
		}
		return &ar
	}
	rest := b
	for i, c := range cols {
		var err error
		if rest, err = c.reserve(rest, keep(i)); err != nil {
			return nil, fmt.Errorf("index: column %d: %v", i, err)
		}
	}
	ar.alloc()
	for i, c := range cols {
		var err error
		if b, err = c.readFrom(b, keep(i)); err != nil {
			return nil, fmt.Errorf("index: column %d: %v", i, err)
		}
	}
	return b, nil
}
