package lex

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"iter"
	"sort"
	"strings"
	"sync"

	"factdesk/corpus/lex/internal/wnfmt"
)

//go:generate go run ./internal/gen -wordnet /usr/share/wordnet -o wordnet.bin

// wordnetBin is WordNet 3.0 compiled by internal/gen (licence: LICENSE.wordnet).
//
//go:embed wordnet.bin
var wordnetBin []byte

// table reads wordnet.bin in place: opening it only slices the sections, so
// the first lookup of a process costs microseconds, not a map build.
type table struct {
	wordOff []byte // uint32 × (n+1)
	words   []byte
	synRec  []byte
	broader []byte // uint32 pairs (synset, broader synset), sorted
	n       int    // words
}

var (
	tableOnce sync.Once
	theTable  *table
)

// tab returns the embedded table. A broken table is a build error (the file
// is generated and tested), so it panics with the package's name.
func tab() *table {
	tableOnce.Do(func() {
		t, err := openTable(wordnetBin)
		if err != nil {
			panic("lex: embedded wordnet.bin: " + err.Error())
		}
		theTable = t
	})
	return theTable
}

func openTable(b []byte) (*table, error) {
	h := len(wnfmt.Magic) + 4*wnfmt.NumSections
	if len(b) < h || string(b[:len(wnfmt.Magic)]) != wnfmt.Magic {
		return nil, fmt.Errorf("not a %s table", wnfmt.Magic)
	}
	sec := make([][]byte, wnfmt.NumSections)
	off := h
	for i := range sec {
		n := int(binary.LittleEndian.Uint32(b[len(wnfmt.Magic)+4*i:]))
		if n < 0 || off+n > len(b) {
			return nil, fmt.Errorf("section %d: length %d past the end", i, n)
		}
		sec[i] = b[off : off+n]
		off += n
	}
	t := &table{wordOff: sec[wnfmt.WordOff], words: sec[wnfmt.Words], synRec: sec[wnfmt.Synsets], broader: sec[wnfmt.Broader]}
	if len(t.broader)%8 != 0 {
		return nil, fmt.Errorf("broader links (%d bytes) are not pairs", len(t.broader))
	}
	t.n = len(t.wordOff)/4 - 1
	if t.n < 0 || len(t.wordOff)%4 != 0 || u32(t.wordOff, t.n) != uint32(len(t.words)) {
		return nil, fmt.Errorf("word offsets (%d bytes) do not end at the words' end", len(t.wordOff))
	}
	return t, nil
}

func u32(b []byte, i int) uint32 { return binary.LittleEndian.Uint32(b[4*i:]) }

// entry returns word i's text and the rest of its record.
func (t *table) entry(i int) (text []byte, rest reader) {
	// Offsets are checked here, on each use, rather than all 150,000 when the
	// table opens: that check cost a millisecond of every process's start.
	a, b := u32(t.wordOff, i), u32(t.wordOff, i+1)
	if a > b || b > uint32(len(t.words)) {
		return nil, reader{}
	}
	r := reader{b: t.words[a:b]}
	n := r.next()
	if n > uint64(len(r.b)) {
		return nil, reader{}
	}
	return r.b[:n], reader{b: r.b[n:]}
}

func (t *table) word(i int) string {
	if i < 0 || i >= t.n {
		return ""
	}
	w, _ := t.entry(i)
	return string(w)
}

// find returns the id of word w (already normalised), or -1.
func (t *table) find(w string) int {
	i := sort.Search(t.n, func(i int) bool {
		b, _ := t.entry(i)
		return bytesAtLeast(b, w)
	})
	if i < t.n {
		if b, _ := t.entry(i); string(b) == w {
			return i
		}
	}
	return -1
}

// bytesAtLeast is string(b) >= w without converting b.
func bytesAtLeast(b []byte, w string) bool {
	n := min(len(b), len(w))
	for i := range n {
		if b[i] != w[i] {
			return b[i] > w[i]
		}
	}
	return len(b) >= len(w)
}

// sense is one meaning of a word: its synset and how often SemCor tagged it.
type sense struct {
	syn   int
	count int
}

type derivation struct{ syn, word int }

type exception struct {
	pos  POS
	base int
}

// record decodes word i's record. Records are a few dozen bytes, so decoding
// on each lookup costs less than keeping decoded copies.
func (t *table) record(i int) (senses []sense, derivs []derivation, excs []exception) {
	_, r := t.entry(i)
	n := r.count()
	senses = make([]sense, 0, n)
	for range n {
		senses = append(senses, sense{int(r.next()), int(r.next())})
	}
	n = r.count()
	derivs = make([]derivation, 0, n)
	for range n {
		derivs = append(derivs, derivation{int(r.next()), int(r.next())})
	}
	n = r.count()
	for range n {
		v := r.next()
		excs = append(excs, exception{POS(v >> 24), int(v & (1<<24 - 1))})
	}
	return
}

// senses yields word i's senses in the record's order, read in place:
// the word-class tests (FirstClass, IsCommunication) run for word after
// word of the sentences a question judges, and each decoded the whole
// record into new slices to read a sense or two.
func (t *table) senses(i int) iter.Seq2[int, sense] {
	return func(yield func(int, sense) bool) {
		_, r := t.entry(i)
		n := r.count()
		for k := range n {
			s := sense{int(r.next()), int(r.next())}
			if !yield(k, s) {
				return
			}
		}
	}
}

// hasPOS reports whether word i has a sense in pos (0: any), reading its
// record without allocating: morphy asks this of every candidate.
func (t *table) hasPOS(i int, pos POS) bool {
	_, r := t.entry(i)
	n := r.count()
	for range n {
		syn := int(r.next())
		r.next()
		if pos == 0 || t.pos(syn) == pos {
			return true
		}
	}
	return false
}

// synset returns a synset's lexicographer file number and its members.
func (t *table) synset(s int) (class int, members []int) {
	if s < 0 || s >= len(t.synRec) {
		return 0, nil
	}
	r := reader{b: t.synRec[s+1:]}
	n := r.count()
	members = make([]int, 0, n)
	for range n {
		members = append(members, int(r.next()))
	}
	return int(t.synRec[s]), members
}

// broaderOf appends to out the synsets a step broader than synset s (see
// wnfmt.Broader).
func (t *table) broaderOf(s int, out []int) []int {
	n := len(t.broader) / 8
	i := sort.Search(n, func(i int) bool { return int(u32(t.broader, 2*i)) >= s })
	for ; i < n && int(u32(t.broader, 2*i)) == s; i++ {
		out = append(out, int(u32(t.broader, 2*i+1)))
	}
	return out
}

func (t *table) class(s int) int {
	if s < 0 || s >= len(t.synRec) {
		return 0
	}
	return int(t.synRec[s])
}

func (t *table) pos(s int) POS { return POS(wnfmt.POSOfClass(byte(t.class(s)))) }

// reader reads unsigned varints; a truncated record reads as zeros, which
// only a corrupt table could produce and the table test rules out.
type reader struct{ b []byte }

// count reads a list's length, bounded by the bytes left (every item takes at
// least one), so a corrupt length cannot make a lookup loop or allocate long.
func (r *reader) count() int {
	return int(min(r.next(), uint64(len(r.b))))
}

func (r *reader) next() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

// normWord is how the table spells a lemma: lower case, words separated by
// single spaces (WordNet's underscores), typographic apostrophes straight.
func normWord(w string) string {
	w = strings.TrimSpace(w)
	if isLowerASCII(w) {
		return w
	}
	w = strings.ReplaceAll(strings.ToLower(w), "\u2019", "'")
	if f := strings.Fields(strings.ReplaceAll(w, "_", " ")); len(f) > 0 {
		return strings.Join(f, " ")
	}
	return w // "_" and "__" are tokens, not empty multi-word lemmas
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 || c == '_' || c == ' ' {
			return false
		}
	}
	return true
}

// narrower is the broader links turned round, built once when first asked:
// for each synset, the synsets a step narrower, as uint32 pairs (synset,
// narrower synset) sorted by the first.
var (
	narrowerOnce sync.Once
	narrowerTab  []uint32
)

// narrowerOf appends to out the synsets a step narrower than synset s: the
// synsets whose broader links (see broaderOf) lead to s.
func (t *table) narrowerOf(s int, out []int) []int {
	narrowerOnce.Do(func() {
		n := len(t.broader) / 8
		p := make([]uint32, 0, 2*n)
		for i := 0; i < n; i++ {
			p = append(p, u32(t.broader, 2*i+1), u32(t.broader, 2*i))
		}
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return p[2*idx[a]] < p[2*idx[b]] })
		narrowerTab = make([]uint32, 0, 2*n)
		for _, i := range idx {
			narrowerTab = append(narrowerTab, p[2*i], p[2*i+1])
		}
	})
	n := len(narrowerTab) / 2
	i := sort.Search(n, func(i int) bool { return int(narrowerTab[2*i]) >= s })
	for ; i < n && int(narrowerTab[2*i]) == s; i++ {
		out = append(out, int(narrowerTab[2*i+1]))
	}
	return out
}

// PrepareNarrower builds the table Narrower reads, so that the first
// question that needs it does not wait for it (a few milliseconds).
func PrepareNarrower() { tab().narrowerOf(-1, nil) }
