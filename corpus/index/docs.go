package index

import "math/bits"

// docTable holds the documents bit-packed: each field of a doc takes the
// bits its largest value needs, so a document of the synthetic archive
// takes about 9 bytes instead of the 20 of a doc. The documents are a
// tenth of the index, one per quotation, fact and sentence.
type docTable struct {
	n     int
	width [nDocFields]uint8 // bits of each field
	off   [nDocFields]uint8 // each field's first bit in a record
	rec   uint64            // bits a record takes
	bits  []uint64
}

// The fields of a record. Ref and para are kept plus one, so that -1 is
// 0; a span as its start and its length; a kind as its bit's place.
const (
	fKind = iota
	fLen
	fPara
	fRef
	fStart
	fSpan
	nDocFields
)

func docFields(d doc) [nDocFields]uint32 {
	return [nDocFields]uint32{
		fKind:  uint32(bits.TrailingZeros8(uint8(d.kind()))),
		fLen:   uint32(d.len()),
		fPara:  uint32(d.para + 1),
		fRef:   uint32(d.ref + 1),
		fStart: uint32(d.start),
		fSpan:  uint32(d.end - d.start),
	}
}

// packDocs packs ds, whose fields must be in range (see doc: ref and para
// at least -1, a span within its text, a kind one of the three).
func packDocs(ds []doc) docTable {
	t := docTable{n: len(ds)}
	var most [nDocFields]uint32
	for _, d := range ds {
		for f, v := range docFields(d) {
			most[f] = max(most[f], v)
		}
	}
	for f := range most {
		t.width[f] = uint8(bits.Len32(most[f]))
		t.off[f] = uint8(t.rec)
		t.rec += uint64(t.width[f])
	}
	t.bits = make([]uint64, (t.rec*uint64(len(ds))+63)/64+1) // one word spare: get reads two
	for i, d := range ds {
		for f, v := range docFields(d) {
			t.put(uint64(i)*t.rec+uint64(t.off[f]), v)
		}
	}
	return t
}

func (t *docTable) put(pos uint64, v uint32) {
	w, sh := pos>>6, pos&63
	t.bits[w] |= uint64(v) << sh
	if sh > 32 {
		t.bits[w+1] |= uint64(v) >> (64 - sh)
	}
}

// get returns field f of document i.
func (t *docTable) get(i int32, f int) uint32 {
	pos := uint64(i)*t.rec + uint64(t.off[f])
	w, sh := pos>>6, pos&63
	v := t.bits[w]>>sh | t.bits[w+1]<<(63-sh)<<1 // the second word when the field runs into it
	return uint32(v) & (1<<t.width[f] - 1)
}

func (t *docTable) len() int { return t.n }

func (t *docTable) kind(i int32) Kind    { return Kind(1) << t.get(i, fKind) }
func (t *docTable) length(i int32) int32 { return int32(t.get(i, fLen)) }
func (t *docTable) para(i int32) int32   { return int32(t.get(i, fPara)) - 1 }
func (t *docTable) ref(i int32) int32    { return int32(t.get(i, fRef)) - 1 }

// at returns document i whole.
func (t *docTable) at(i int32) doc {
	start := int32(t.get(i, fStart))
	return doc{ref: t.ref(i), para: t.para(i), start: start, end: start + int32(t.get(i, fSpan)),
		lenKind: uint32(t.length(i))<<3 | uint32(t.kind(i))}
}

// bytes is the table's size.
func (t *docTable) bytes() int { return 8 * len(t.bits) }
