package index

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// makeList returns n postings over documents below 1<<20, gaps and counts
// drawn from seed, positions in order.
func makeList(n int, gap int, seed uint64) []rawPosting {
	r := rand.New(rand.NewPCG(seed, 7))
	ps := make([]rawPosting, n)
	d := int32(-1)
	for i := range ps {
		d += 1 + int32(r.IntN(gap))
		tf := 1
		if r.IntN(4) == 0 {
			tf = 1 + r.IntN(5)
		}
		pos := make([]uint16, tf)
		p := uint16(r.IntN(40))
		for k := range pos {
			pos[k] = p
			p += 1 + uint16(r.IntN(300))
		}
		ps[i] = rawPosting{doc: d, tf: uint16(tf), pos: pos}
	}
	return ps
}

// TestCursor reads encoded lists back: every posting in order with its
// count and positions, and advance lands on the first document at or after
// a target, forward, back, past the end and before the start.
func TestCursor(t *testing.T) {
	tests := []struct {
		name    string
		n, gap  int
		withPos bool
	}{
		{"empty", 0, 1, true},
		{"one", 1, 5, true},
		{"one block less one", blockSize - 1, 3, true},
		{"one block", blockSize, 3, true},
		{"one block and one", blockSize + 1, 3, true},
		{"dense, many blocks", 5000, 1, true},
		{"sparse, many blocks", 3000, 400, true},
		{"paragraphs", 1000, 20, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := makeList(tt.n, tt.gap, uint64(tt.n))
			b := appendList(nil, ps, tt.withPos)
			require.NoError(t, checkList(b, tt.withPos, 1<<30))
			assert.Equal(t, tt.n, listDF(b))

			var c cursor
			c.reset(b, tt.withPos)
			for i := 0; c.next(); i++ {
				d, tf := c.cur()
				require.Equal(t, ps[i].doc, d, "posting %d", i)
				require.Equal(t, int(ps[i].tf), tf, "posting %d", i)
				if tt.withPos && i%3 == 0 { // positions of some postings only: the others are skipped
					require.Equal(t, ps[i].pos, c.positions(nil), "posting %d", i)
				}
			}
			assert.False(t, c.at(), "past the last posting")

			docs := make([]int32, len(ps))
			for i, p := range ps {
				docs[i] = p.doc
			}
			targets := []int32{-5, 0, 1 << 29}
			last := int32(0)
			if len(docs) > 0 {
				last = docs[len(docs)-1]
			}
			r := rand.New(rand.NewPCG(1, 2))
			for range 300 {
				targets = append(targets, int32(r.IntN(int(last)+10)))
			}
			c.reset(b, tt.withPos)
			for _, target := range targets {
				i, _ := slices.BinarySearch(docs, target)
				ok := c.advance(target)
				require.Equal(t, i < len(docs), ok, "advance(%d)", target)
				if !ok {
					continue
				}
				d, tf := c.cur()
				require.Equal(t, docs[i], d, "advance(%d)", target)
				require.Equal(t, int(ps[i].tf), tf)
				if tt.withPos {
					require.Equal(t, ps[i].pos, c.positions(nil), "advance(%d)", target)
				}
				// A lookup may decode a block part of the way: next goes on.
				if ok := c.next(); i+1 < len(docs) {
					require.True(t, ok)
					d, _ := c.cur()
					require.Equal(t, docs[i+1], d, "next after advance(%d)", target)
				} else {
					require.False(t, ok)
				}
			}
		})
	}
}

// TestCheckListRefuses: a list that a cursor would misread is refused.
func TestCheckListRefuses(t *testing.T) {
	good := appendList(nil, makeList(300, 4, 3), true)
	require.NoError(t, checkList(good, true, 1<<20))
	with := func(i int, v byte) []byte {
		b := slices.Clone(good)
		b[i] = v
		return b
	}
	// The header is df (2 bytes), docBytes (2 bytes), then 2 skip entries.
	skip := 4
	tests := []struct {
		name    string
		b       []byte
		withPos bool
		n       int32
	}{
		{"nothing", nil, true, 1 << 20},
		{"cut short", good[:len(good)-1], true, 1 << 20},
		{"a byte left over", append(slices.Clone(good), 0), true, 1 << 20},
		{"a count past the bytes", binary.AppendUvarint(nil, 1<<20), false, 1 << 20},
		{"a varint never ending", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, false, 1 << 20},
		{"a document out of range", good, true, 10},
		{"a skip entry off its block", with(skip, good[skip]+1), true, 1 << 20},
		{"read as paragraphs", good, false, 1 << 20},
		{"a delta of nothing", []byte{1, 0 << 1}, false, 1 << 20},
		{"a count of nothing", []byte{1, 1 << 1, 0}, false, 1 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Error(t, checkList(tt.b, tt.withPos, tt.n))
		})
	}
}

// FuzzCheckList: no bytes make checkList panic, and a cursor over a list
// it lets through reads it whole, and advances anywhere, without reading
// past its end.
func FuzzCheckList(f *testing.F) {
	f.Add(appendList(nil, makeList(300, 4, 3), true), true)
	f.Add(appendList(nil, makeList(200, 9, 4), false), false)
	f.Add(appendList(nil, makeList(2, 9, 5), true), true)
	f.Fuzz(func(t *testing.T, b []byte, withPos bool) {
		if checkList(b, withPos, 1<<20) != nil {
			return
		}
		var c cursor
		c.reset(b, withPos)
		n := 0
		var buf []uint16
		for ; c.next(); n++ {
			d, tf := c.cur()
			require.Less(t, d, int32(1<<20))
			if withPos {
				buf = c.positions(buf[:0])
				require.Len(t, buf, tf)
			}
		}
		require.Equal(t, listDF(b), n)
		for _, target := range []int32{1 << 19, 3, 0, 1 << 21, 70} {
			if c.advance(target) && withPos {
				c.positions(buf[:0])
			}
		}
	})
}

// BenchmarkCursor reads a long list through the cursor beside the same
// documents as a plain array: all of it, and a lookup of every 50th and
// every 1,000th document (binary search in the array, advance in the
// cursor).
func BenchmarkCursor(b *testing.B) {
	ps := makeList(200_000, 8, 9)
	list := appendList(nil, ps, true)
	docs := make([]int32, len(ps))
	for i, p := range ps {
		docs[i] = p.doc
	}
	var want int64
	for _, d := range docs {
		want += int64(d)
	}
	lookups := func(every int) ([]int32, int64) {
		var targets []int32
		var want int64
		for i := every; i < len(docs); i += every {
			targets = append(targets, docs[i-1]+1) // one past a document: the next
			want += int64(docs[i])
		}
		return targets, want
	}
	b.Run("walk/array", func(b *testing.B) {
		for range b.N {
			var sum int64
			for _, d := range docs {
				sum += int64(d)
			}
			require.Equal(b, want, sum)
		}
		b.ReportMetric(float64(4*len(docs))/float64(len(docs)), "B/posting")
	})
	b.Run("walk/cursor", func(b *testing.B) {
		var c cursor
		for range b.N {
			var sum int64
			for c.reset(list, true); c.next(); {
				d, _ := c.cur()
				sum += int64(d)
			}
			require.Equal(b, want, sum)
		}
		b.ReportMetric(float64(len(list))/float64(len(docs)), "B/posting")
	})
	for _, every := range []int{50, 1000} {
		targets, wantFound := lookups(every)
		b.Run(fmt.Sprintf("lookup-every-%d/array", every), func(b *testing.B) {
			for range b.N {
				var sum int64
				for _, t := range targets {
					i, _ := slices.BinarySearch(docs, t)
					sum += int64(docs[i])
				}
				require.Equal(b, wantFound, sum)
			}
		})
		b.Run(fmt.Sprintf("lookup-every-%d/cursor", every), func(b *testing.B) {
			var c cursor
			for range b.N {
				var sum int64
				c.reset(list, true)
				for _, t := range targets {
					c.advance(t)
					d, _ := c.cur()
					sum += int64(d)
				}
				require.Equal(b, wantFound, sum)
			}
		})
	}
}
