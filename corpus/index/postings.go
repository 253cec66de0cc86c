package index

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
)

// Postings are held compressed, one byte list per term (see lists), and
// read through a cursor. Document ids (or paragraph ids) are delta
// varints in blocks of blockSize postings, each block after the first
// with a skip entry, so that a cursor asked for a document far ahead skips
// whole blocks and decodes only the one that holds it, once. Plain int32
// ids, uint16 positions and an offset every 16 postings took three times
// the bytes (the index was 4× its text at 10,000 articles; see README).
//
// A term's text postings, in order:
//
//	uvarint df                  documents holding the term
//	uvarint docBytes            length of the document stream
//	(nb-1) skip entries         12 bytes each, little-endian: the document
//	                            before block k (k = 1…nb-1), and where block
//	                            k starts in the document and position streams
//	document stream             per posting: uvarint((doc − previous doc)<<1
//	                            | 1 when tf is 1), then uvarint(tf) only when
//	                            it is not 1; the first previous doc is −1
//	position stream             per posting, tf uvarints: its first
//	                            position, then each minus the one before
//
// where nb = ⌈df/blockSize⌉. A paragraph list is the same without
// docBytes and the position stream: its skip entries are 8 bytes (the
// paragraph before the block, where the block starts).
//
// Restore checks every list (checkList) before a cursor reads it, so a
// cursor trusts what it reads.

// blockSize is how many postings share one skip entry: a lookup decodes at
// most this many document ids, and the skip entries cost 12 bytes per
// block, under a tenth of a byte per posting.
const blockSize = 128

// maxTF bounds a posting's count and a position: BM25 has long saturated
// by then, and positions only serve phrases and proximity.
const maxTF = math.MaxUint16

// readUvarint reads the uvarint at b[i:], at most five bytes and 32 bits,
// and returns it with the index after it, or j = -1 when b ends first or
// the number does not fit.
func readUvarint(b []byte, i int) (v uint32, j int) {
	var s uint
	for k := 0; k < 5; k++ {
		if i >= len(b) {
			return 0, -1
		}
		c := b[i]
		i++
		if c < 0x80 {
			if k == 4 && c > 0x0f {
				return 0, -1
			}
			return v | uint32(c)<<s, i
		}
		v |= uint32(c&0x7f) << s
		s += 7
	}
	return 0, -1
}

// posting is one entry of a list as the encoder takes it.
type rawPosting struct {
	doc int32
	tf  uint16
	pos []uint16 // text postings only, sorted
}

// appendList encodes one term's postings, in document order, as the
// package comment above lays them out.
func appendList(b []byte, ps []rawPosting, withPos bool) []byte {
	var docs, pos []byte
	var skips []byte
	prev := int32(-1)
	for k, p := range ps {
		if k > 0 && k%blockSize == 0 {
			skips = binary.LittleEndian.AppendUint32(skips, uint32(prev))
			skips = binary.LittleEndian.AppendUint32(skips, uint32(len(docs)))
			if withPos {
				skips = binary.LittleEndian.AppendUint32(skips, uint32(len(pos)))
			}
		}
		// Most terms stand once in a sentence: a count of 1 is a bit of the
		// delta, not a byte of its own.
		if p.tf == 1 {
			docs = binary.AppendUvarint(docs, uint64(p.doc-prev)<<1|1)
		} else {
			docs = binary.AppendUvarint(docs, uint64(p.doc-prev)<<1)
			docs = binary.AppendUvarint(docs, uint64(p.tf))
		}
		prev = p.doc
		if withPos {
			last := uint16(0)
			for _, q := range p.pos {
				pos = binary.AppendUvarint(pos, uint64(q-last))
				last = q
			}
		}
	}
	b = binary.AppendUvarint(b, uint64(len(ps)))
	if withPos {
		b = binary.AppendUvarint(b, uint64(len(docs)))
	}
	b = append(b, skips...)
	b = append(b, docs...)
	return append(b, pos...)
}

// listDF is the number of postings of an encoded list.
func listDF(b []byte) int {
	df, _ := readUvarint(b, 0)
	return int(df)
}

// checkList checks an encoded list as a cursor will read it: every varint
// whole, ids in order below n, counts at least 1, positions in order within
// 65535, skip entries where the blocks are, nothing left over. A list that
// passes cannot make a cursor read past its end.
func checkList(b []byte, withPos bool, n int32) error {
	df, i := readUvarint(b, 0)
	if i < 0 || int(df) > len(b) {
		return fmt.Errorf("count out of range")
	}
	docBytes := uint32(0)
	if withPos {
		if docBytes, i = readUvarint(b, i); i < 0 {
			return fmt.Errorf("stream length cut short")
		}
	}
	sw := skipWidth(withPos)
	nb := (int(df) + blockSize - 1) / blockSize
	skipBytes := max(nb-1, 0) * sw
	if skipBytes > len(b)-i {
		return fmt.Errorf("skip entries cut short")
	}
	skips := b[i : i+skipBytes]
	i += skipBytes
	docs := b[i:]
	var pos []byte
	if withPos {
		if int(docBytes) > len(docs) {
			return fmt.Errorf("document stream cut short")
		}
		docs, pos = docs[:docBytes], docs[docBytes:]
	}
	prev := int64(-1)
	at, pat := 0, 0
	for k := 0; k < int(df); k++ {
		if k > 0 && k%blockSize == 0 {
			e := skips[(k/blockSize-1)*sw:]
			if int64(int32(binary.LittleEndian.Uint32(e))) != prev || binary.LittleEndian.Uint32(e[4:]) != uint32(at) ||
				withPos && binary.LittleEndian.Uint32(e[8:]) != uint32(pat) {
				return fmt.Errorf("skip entry %d does not match its block", k/blockSize)
			}
		}
		v, j := readUvarint(docs, at)
		if j < 0 || v>>1 == 0 {
			return fmt.Errorf("posting %d: id cut short or out of order", k)
		}
		tf := uint32(1)
		if v&1 == 0 {
			if tf, j = readUvarint(docs, j); j < 0 || tf < 2 || tf > maxTF {
				return fmt.Errorf("posting %d: count out of range", k)
			}
		}
		at = j
		prev += int64(v >> 1)
		if prev >= int64(n) {
			return fmt.Errorf("posting %d: id %d out of range", k, prev)
		}
		if withPos {
			p := uint32(0)
			for q := uint32(0); q < tf; q++ {
				d, j := readUvarint(pos, pat)
				if j < 0 || uint64(p)+uint64(d) > maxTF {
					return fmt.Errorf("posting %d: positions out of range", k)
				}
				p += d
				pat = j
			}
		}
	}
	if at != len(docs) || pat != len(pos) {
		return fmt.Errorf("bytes left over")
	}
	return nil
}

func skipWidth(withPos bool) int {
	if withPos {
		return 12
	}
	return 8
}

// cursor reads one encoded list (see checkList), a block at a time: a
// walk decodes each block whole, a lookup only as far into its block as
// the document asked for, and later lookups in the same block go on from
// there.
type cursor struct {
	df, nb  int
	withPos bool
	skips   []byte
	docs    []byte
	pos     []byte
	// The block being read: blk (−1 before the first), its n postings, nd
	// of them decoded, the next starting at off in docs; i the current
	// posting (n when past the last posting of the list); before and
	// after bound its documents: before < doc ≤ after.
	blk, n, nd, i, off int
	before, after      int32
	doc                [blockSize]int32
	tf                 [blockSize]uint16
	// pIdx is the posting whose positions start at pAt; blkPos is where
	// the block's positions start.
	pIdx, pAt, blkPos int
}

// reset points c at the encoded list b, before its first posting.
func (c *cursor) reset(b []byte, withPos bool) {
	df, i := readUvarint(b, 0)
	docBytes := uint32(0)
	if withPos {
		docBytes, i = readUvarint(b, i)
	}
	c.df, c.withPos = int(df), withPos
	c.nb = (c.df + blockSize - 1) / blockSize
	sw := skipWidth(withPos)
	if c.df == 0 {
		c.skips, c.docs, c.pos = nil, nil, nil
	} else {
		c.skips = b[i : i+(c.nb-1)*sw]
		i += len(c.skips)
		c.docs = b[i:]
		if withPos {
			c.docs, c.pos = b[i:i+int(docBytes)], b[i+int(docBytes):]
		}
	}
	c.blk, c.n, c.nd, c.i = -1, 0, 0, -1
}

// skip returns the document before block k, and where the block starts in
// the document and position streams.
func (c *cursor) skip(k int) (before int32, at, pat int) {
	if k == 0 {
		return -1, 0, 0
	}
	e := c.skips[(k-1)*skipWidth(c.withPos):]
	before, at = int32(binary.LittleEndian.Uint32(e)), int(binary.LittleEndian.Uint32(e[4:]))
	if c.withPos {
		pat = int(binary.LittleEndian.Uint32(e[8:]))
	}
	return before, at, pat
}

// load makes block k the one read, nothing of it decoded yet.
func (c *cursor) load(k int) {
	before, at, pat := c.skip(k)
	c.blk, c.before, c.off, c.nd = k, before, at, 0
	c.blkPos, c.pIdx, c.pAt = pat, 0, pat
	c.n = min(blockSize, c.df-k*blockSize)
	c.after = math.MaxInt32
	if k+1 < c.nb {
		c.after, _, _ = c.skip(k + 1)
	}
}

// fill decodes the block's postings on from nd, up to the first whose
// document is at least target, or to its end.
func (c *cursor) fill(target int32) {
	b, at, d := c.docs, c.off, c.before
	if c.nd > 0 {
		d = c.doc[c.nd-1]
	}
	j := c.nd
	for j < c.n {
		// One byte holds most deltas and counts: read inline, not by a call.
		v, tf := uint32(b[at]), uint32(1)
		if v < 0x80 {
			at++
		} else {
			v, at = readUvarint(b, at)
		}
		if v&1 == 0 {
			if tf = uint32(b[at]); tf < 0x80 {
				at++
			} else {
				tf, at = readUvarint(b, at)
			}
		}
		d += int32(v >> 1)
		c.doc[j], c.tf[j] = d, uint16(tf)
		j++
		if d >= target {
			break
		}
	}
	c.nd, c.off = j, at
}

// next moves to the next posting and reports whether there is one.
func (c *cursor) next() bool {
	c.i++
	return c.i < c.nd || c.nextBlock()
}

// nextBlock decodes the rest of the block, or the next block whole, for
// next.
func (c *cursor) nextBlock() bool {
	if c.i < c.n {
		c.fill(math.MaxInt32)
		return true
	}
	if c.blk+1 >= c.nb {
		c.i = c.n
		return false
	}
	c.load(c.blk + 1)
	c.fill(math.MaxInt32)
	c.i = 0
	return true
}

// advance moves to the first posting whose document is at least target
// and reports whether there is one. Within the block being read it goes
// on from where it is; another block is found by its skip entry. It may
// go back too.
func (c *cursor) advance(target int32) bool {
	if c.nb == 0 {
		return false
	}
	if c.blk < 0 || target <= c.before || target > c.after {
		// The last block whose document before is below target holds it,
		// or no block does.
		k := sort.Search(c.nb, func(k int) bool {
			b, _, _ := c.skip(k)
			return b >= target
		}) - 1
		if k = max(k, 0); k != c.blk {
			c.load(k)
		}
	}
	if c.i < 0 || c.i >= c.nd || c.doc[c.i] > target {
		c.i = 0
	}
	if c.i < c.nd && c.doc[c.nd-1] >= target {
		// Decoded already: the first at least target, by halves.
		j, _ := slices.BinarySearch(c.doc[c.i:c.nd], target)
		c.i += j
		return true
	}
	if c.nd == c.n {
		// Only the last block ends below a target inside its bounds.
		c.i = c.n
		return false
	}
	// Every posting decoded is below target: fill stops at the first
	// that is not, the last it decodes.
	c.fill(target)
	if c.doc[c.nd-1] >= target {
		c.i = c.nd - 1
		return true
	}
	c.i = c.n // the block ends below target: the last block
	return false
}

// at reports whether the cursor is on a posting.
func (c *cursor) at() bool { return c.i >= 0 && c.i < c.n }

// cur is the current posting's document (or paragraph) and count.
func (c *cursor) cur() (int32, int) { return c.doc[c.i], int(c.tf[c.i]) }

// positions appends the current posting's positions to buf.
func (c *cursor) positions(buf []uint16) []uint16 {
	if c.i < c.pIdx {
		c.pIdx, c.pAt = 0, c.blkPos
	}
	for ; c.pIdx < c.i; c.pIdx++ {
		// Past each earlier posting's positions: tf varints, each ending
		// in a byte below 0x80.
		for left := int(c.tf[c.pIdx]); left > 0; c.pAt++ {
			if c.pos[c.pAt] < 0x80 {
				left--
			}
		}
	}
	p := uint32(0)
	for q := 0; q < int(c.tf[c.i]); q++ {
		var d uint32
		d, c.pAt = readUvarint(c.pos, c.pAt)
		p += d
		buf = append(buf, uint16(p))
	}
	c.pIdx = c.i + 1
	return buf
}
