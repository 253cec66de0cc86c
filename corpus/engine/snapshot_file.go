package engine

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"factdesk/corpus"
	"factdesk/corpus/answer"
	"factdesk/corpus/index"
	"factdesk/corpus/person"
)

// A snapshot file holds a built corpus — articles, extractions, people,
// clusters, index — so that a server or a command starts from it instead
// of building. Its layout:
//
//	factdesk snapshot <format> <schema>\n   one line, at most 128 bytes
//	length                                  8 bytes, big-endian: of the payload
//	checksum                                32 bytes: SHA-256 of the payload
//	payload                                 the parts below
//
// The payload is a gob stream of several messages — the name and
// problems, the marks of texts left out (see snapshot_text.go), then
// articles, people, quotations, facts and clusters in
// batches of snapshotBatch, each batch after its count, then the
// resolver's tables, the answerer's tables of names and role phrases
// (format 3: a start built them again, half its time) and the index
// without its numeric arrays — followed
// by those arrays, raw (index.Snapshot.AppendColumns). Batches keep each
// gob message small (gob reads a large one in growing chunks, copying it
// over and over), and raw arrays are copied, not decoded item by item.
//
// <format> is SnapshotFormat; <schema> is a digest of the Go types the
// payload holds, so a snapshot written by a program whose model differs
// in any field is refused rather than misread. A snapshot is refused with
// one line naming the file and what is wrong; the caller then builds.

// SnapshotFormat is the layout's version; it changes when the layout does.
const SnapshotFormat = 4

const snapshotMagic = "factdesk snapshot"

// snapshotBatch is how many items one gob message of a snapshot holds.
const snapshotBatch = 512

// maxSnapshot bounds a payload's length before anything is allocated for
// it: far above any corpus one machine serves.
const maxSnapshot = 1 << 36

// snapshotPayload is what a snapshot file holds.
type snapshotPayload struct {
	Name          string
	Articles      []*corpus.Article
	People        []*corpus.Person
	Quotes        []corpus.Quote
	Facts         []corpus.Fact
	QuoteClusters []corpus.Cluster
	FactClusters  []corpus.Cluster
	Problems      corpus.Problems
	Derived       derivedText
	Resolver      *person.Snapshot
	Answer        *answer.Snapshot
	Index         *index.Snapshot
}

// snapshotHeader is the first line of a snapshot file written by this
// program.
var snapshotHeader = fmt.Sprintf("%s %d %s\n", snapshotMagic, SnapshotFormat, schemaDigest(reflect.TypeOf(snapshotPayload{})))

// schemaDigest digests the names and kinds of t's fields, recursively.
func schemaDigest(t reflect.Type) string {
	var b strings.Builder
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		fmt.Fprintf(&b, "%s/%s(", t.String(), t.Kind())
		if !seen[t] {
			seen[t] = true
			switch t.Kind() {
			case reflect.Struct:
				for i := 0; i < t.NumField(); i++ {
					if f := t.Field(i); f.IsExported() {
						b.WriteString(f.Name + ":")
						walk(f.Type)
					}
				}
			case reflect.Slice, reflect.Array, reflect.Pointer:
				walk(t.Elem())
			case reflect.Map:
				walk(t.Key())
				walk(t.Elem())
			}
		}
		b.WriteString(")")
	}
	walk(t)
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// WriteSnapshot writes the current corpus as a snapshot.
func (e *Engine) WriteSnapshot(w io.Writer) error {
	s := e.snap()
	c := s.c
	p := snapshotPayload{Name: s.name, Articles: c.Articles, People: c.People, Quotes: c.Quotes, Facts: c.Facts,
		QuoteClusters: c.QuoteClusters, FactClusters: c.FactClusters, Problems: c.Problems,
		Resolver: s.r.Snapshot(), Answer: s.ans.Snapshot(), Index: s.idx.Snapshot()}
	var buf bytes.Buffer
	if err := encodePayload(gob.NewEncoder(&buf), &p); err != nil {
		return corpus.Errorf(corpus.EINTERNAL, "snapshot: %v", err)
	}
	raw, err := p.Index.AppendColumns(buf.AvailableBuffer())
	if err != nil {
		return corpus.Errorf(corpus.EINTERNAL, "snapshot: %v", err)
	}
	buf.Write(raw)
	sum := sha256.Sum256(buf.Bytes())
	var head [40]byte
	binary.BigEndian.PutUint64(head[:8], uint64(buf.Len()))
	copy(head[8:], sum[:])
	bw := bufio.NewWriter(w)
	bw.WriteString(snapshotHeader)
	bw.Write(head[:])
	bw.Write(buf.Bytes())
	return bw.Flush()
}

// WriteSnapshotFile writes the snapshot to path through a temporary file
// beside it, so that a reader never sees half a snapshot.
func (e *Engine) WriteSnapshotFile(path string) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	defer os.Remove(f.Name())
	if err := e.WriteSnapshot(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	return nil
}

// OpenSnapshot starts an engine from a snapshot file.
func OpenSnapshot(path string) (*Engine, error) {
	s, err := readSnapshotFile(path)
	if err != nil {
		return nil, err
	}
	e := &Engine{}
	e.cur.Store(s)
	return e, nil
}

// ReloadSnapshot swaps in the corpus of a snapshot file; when it fails
// the engine keeps serving the corpus it had.
func (e *Engine) ReloadSnapshot(path string) error {
	s, err := readSnapshotFile(path)
	if err != nil {
		return err
	}
	e.cur.Store(s)
	return nil
}

func readSnapshotFile(path string) (*snapshot, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	s, err := readSnapshot(bufio.NewReaderSize(f, 1<<20), fi.Size())
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	return s, nil
}

// readSnapshot reads and checks a snapshot of size bytes at most.
func readSnapshot(r io.Reader, size int64) (*snapshot, error) {
	br := bufio.NewReader(io.LimitReader(r, 128))
	line, err := br.ReadString('\n')
	if err != nil || !strings.HasPrefix(line, snapshotMagic+" ") {
		return nil, fmt.Errorf("not a factdesk snapshot")
	}
	if line != snapshotHeader {
		return nil, fmt.Errorf("snapshot of another version (%s), this program reads %s: build it again",
			strings.TrimSpace(strings.TrimPrefix(line, snapshotMagic+" ")), strings.TrimSpace(strings.TrimPrefix(snapshotHeader, snapshotMagic+" ")))
	}
	// The header line came through br; what it read ahead belongs to
	// the rest.
	rest := io.MultiReader(br, r)
	var head [40]byte
	if _, err := io.ReadFull(rest, head[:]); err != nil {
		return nil, fmt.Errorf("snapshot cut short")
	}
	n := binary.BigEndian.Uint64(head[:8])
	if n > maxSnapshot {
		return nil, fmt.Errorf("snapshot length %d out of range", n)
	}
	if n > uint64(max(size, 0)) {
		return nil, fmt.Errorf("snapshot cut short")
	}
	// Sized once and read straight into: grown by doubling, copying the
	// payload was a third of a start.
	buf := make([]byte, n)
	if _, err := io.ReadFull(rest, buf); err != nil {
		return nil, fmt.Errorf("snapshot cut short")
	}
	// The checksum is computed beside the decoding, on the other core,
	// and checked before anything decoded is used: the decoder refuses
	// any input by itself (FuzzSnapshot), so decoding a corrupt payload
	// first is only wasted work.
	sumc := make(chan [32]byte, 1)
	go func() { sumc <- sha256.Sum256(buf) }()
	s, err := decodeSnapshot(buf)
	if sum := <-sumc; !bytes.Equal(sum[:], head[8:]) {
		return nil, fmt.Errorf("snapshot corrupt: checksum does not match")
	}
	return s, err
}

// decodeSnapshot decodes a payload and checks that every reference in it
// is in range, so that no answer later reads out of bounds.
func decodeSnapshot(b []byte) (*snapshot, error) {
	defer pauseGC()()
	br := bytes.NewReader(b)
	// A bytes.Reader is an io.ByteReader, so gob reads no further than
	// its messages: what is left after them is the index's arrays.
	p, err := decodePayload(gob.NewDecoder(br), len(b))
	if err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	rest, err := p.Index.ReadColumns(b[len(b)-br.Len():])
	if err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("snapshot corrupt: %d bytes after the index", len(rest))
	}
	c := &corpus.Corpus{Articles: p.Articles, People: p.People, Quotes: p.Quotes, Facts: p.Facts,
		QuoteClusters: p.QuoteClusters, FactClusters: p.FactClusters, Problems: p.Problems}
	if err := checkCorpus(c); err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	if err := p.Derived.fill(c); err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	r, err := person.Restore(c.People, p.Resolver)
	if err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	idx, err := index.Restore(c, p.Index)
	if err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	ans, err := answer.Restore(c, idx, r, p.Answer)
	if err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	return servedWith(p.Name, c, r, idx, ans), nil
}

// gcPause counts the decodes under way, so that two at once (a reload
// beside a start, tests in parallel) leave collection as they found it.
var gcPause struct {
	sync.Mutex
	n, percent int
}

// pauseGC stops collection until the function it returns is called.
// Everything a snapshot decodes stays: collecting while the heap fills
// from the payload marks the same growing corpus over and over (40% of a
// start's CPU). The payload's length bounds what is allocated meanwhile,
// and GOMEMLIMIT, when set, still collects.
func pauseGC() (resume func()) {
	gcPause.Lock()
	if gcPause.n == 0 {
		gcPause.percent = debug.SetGCPercent(-1)
	}
	gcPause.n++
	gcPause.Unlock()
	return func() {
		gcPause.Lock()
		if gcPause.n--; gcPause.n == 0 {
			debug.SetGCPercent(gcPause.percent)
		}
		gcPause.Unlock()
	}
}

// checkCorpus checks the model's references: ids at their places, spans
// inside their article's text, clusters and people that exist.
func checkCorpus(c *corpus.Corpus) error {
	na, np := len(c.Articles), len(c.People)
	for i, a := range c.Articles {
		if a == nil || a.ID != i {
			return fmt.Errorf("article %d out of place", i)
		}
		inText := func(s corpus.Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= len(a.Text) }
		if !inText(a.Title) {
			return fmt.Errorf("article %d: title out of range", i)
		}
		for _, p := range a.Paragraphs {
			if !inText(p.Span) {
				return fmt.Errorf("article %d: paragraph out of range", i)
			}
		}
		if len(a.Sentences) > 0 {
			return fmt.Errorf("article %d: sentences kept", i)
		}
	}
	for i, p := range c.People {
		if p == nil || p.ID != i {
			return fmt.Errorf("person %d out of place", i)
		}
		for _, m := range p.Mentions {
			if m.Article < 0 || m.Article >= na || m.Span.Start < 0 || m.Span.Start > m.Span.End || m.Span.End > len(c.Articles[m.Article].Text) {
				return fmt.Errorf("person %d: mention out of range", i)
			}
		}
	}
	item := func(what string, i, id, art, para, speaker, cluster, clusters int, s corpus.Span) error {
		switch {
		case id != i:
			return fmt.Errorf("%s %d out of place", what, i)
		case art < 0 || art >= na:
			return fmt.Errorf("%s %d: article %d out of range", what, i, art)
		case s.Start < 0 || s.Start > s.End || s.End > len(c.Articles[art].Text):
			return fmt.Errorf("%s %d: span out of range", what, i)
		case para < 0 || para >= len(c.Articles[art].Paragraphs):
			return fmt.Errorf("%s %d: paragraph out of range", what, i)
		case speaker < corpus.NoPerson || speaker >= np:
			return fmt.Errorf("%s %d: person %d out of range", what, i, speaker)
		case cluster < 0 || cluster >= clusters:
			return fmt.Errorf("%s %d: cluster %d out of range", what, i, cluster)
		}
		return nil
	}
	for i, q := range c.Quotes {
		if err := item("quotation", i, q.ID, q.Article, q.Paragraph, q.SpeakerID, q.Cluster, len(c.QuoteClusters), q.Span); err != nil {
			return err
		}
	}
	for i, f := range c.Facts {
		if err := item("fact", i, f.ID, f.Article, f.Paragraph, corpus.NoPerson, f.Cluster, len(c.FactClusters), f.Span); err != nil {
			return err
		}
		for _, id := range f.People {
			if id < 0 || id >= np {
				return fmt.Errorf("fact %d: person %d out of range", i, id)
			}
		}
		for _, v := range f.Values {
			if v.Span.Start < 0 || v.Span.Start > v.Span.End || v.Span.End > len(c.Articles[f.Article].Text) {
				return fmt.Errorf("fact %d: value out of range", i)
			}
		}
	}
	clusters := func(what string, cs []corpus.Cluster, items int) error {
		for i, cl := range cs {
			if cl.ID != i {
				return fmt.Errorf("%s cluster %d out of place", what, i)
			}
			for _, m := range cl.Members {
				if m < 0 || m >= items {
					return fmt.Errorf("%s cluster %d: member %d out of range", what, i, m)
				}
			}
			for _, a := range cl.Articles {
				if a < 0 || a >= na {
					return fmt.Errorf("%s cluster %d: article %d out of range", what, i, a)
				}
			}
			if !sort.IntsAreSorted(cl.Articles) {
				return fmt.Errorf("%s cluster %d: articles out of order", what, i)
			}
		}
		return nil
	}
	if err := clusters("quotation", c.QuoteClusters, len(c.Quotes)); err != nil {
		return err
	}
	return clusters("fact", c.FactClusters, len(c.Facts))
}

// OpenSnapshotOrDir starts from the snapshot at path; when the snapshot is
// refused, warn is told why, in one line, and the engine builds from dir
// ("" for the embedded seeds) instead.
func OpenSnapshotOrDir(path, dir string, opt Options, warn func(error)) (*Engine, error) {
	e, err := OpenSnapshot(path)
	if err == nil {
		return e, nil
	}
	if warn != nil {
		warn(err)
	}
	return OpenDir(dir, opt)
}

// snapshotHead is the first message of a payload.
type snapshotHead struct {
	Name     string
	Problems corpus.Problems
}

// encodePayload writes p as gob messages, its long lists in batches, the
// index without its numeric arrays.
func encodePayload(enc *gob.Encoder, p *snapshotPayload) error {
	if p.Resolver == nil || p.Answer == nil || p.Index == nil {
		return fmt.Errorf("no resolver, answerer or index to write")
	}
	if err := enc.Encode(snapshotHead{Name: p.Name, Problems: p.Problems}); err != nil {
		return err
	}
	d := deriveText(p)
	if err := enc.Encode(d); err != nil {
		return err
	}
	for _, err := range []error{encodeBatches(enc, p.Articles, nil), encodeBatches(enc, p.People, d.blankPeople),
		encodeBatches(enc, p.Quotes, d.blankQuotes), encodeBatches(enc, p.Facts, d.blankFacts),
		encodeBatches(enc, p.QuoteClusters, nil), encodeBatches(enc, p.FactClusters, nil)} {
		if err != nil {
			return err
		}
	}
	if err := enc.Encode(p.Resolver); err != nil {
		return err
	}
	if err := enc.Encode(p.Answer); err != nil {
		return err
	}
	return enc.Encode(p.Index.WithoutColumns())
}

// decodePayload reads what encodePayload wrote into a payload of size
// bytes.
func decodePayload(dec *gob.Decoder, size int) (*snapshotPayload, error) {
	var head snapshotHead
	if err := dec.Decode(&head); err != nil {
		return nil, err
	}
	p := &snapshotPayload{Name: head.Name, Problems: head.Problems, Resolver: &person.Snapshot{}, Answer: &answer.Snapshot{}, Index: &index.Snapshot{}}
	if err := dec.Decode(&p.Derived); err != nil {
		return nil, err
	}
	for _, err := range []error{decodeBatches(dec, &p.Articles, size), decodeBatches(dec, &p.People, size),
		decodeBatches(dec, &p.Quotes, size), decodeBatches(dec, &p.Facts, size),
		decodeBatches(dec, &p.QuoteClusters, size), decodeBatches(dec, &p.FactClusters, size)} {
		if err != nil {
			return nil, err
		}
	}
	if err := dec.Decode(p.Resolver); err != nil {
		return nil, err
	}
	if err := dec.Decode(p.Answer); err != nil {
		return nil, err
	}
	if err := dec.Decode(p.Index); err != nil {
		return nil, err
	}
	return p, nil
}

// encodeBatches writes len(xs), then xs in batches of snapshotBatch;
// blank, when not nil, rewrites a copy of each batch (from item at)
// before it is written.
func encodeBatches[T any](enc *gob.Encoder, xs []T, blank func(batch []T, at int)) error {
	if err := enc.Encode(len(xs)); err != nil {
		return err
	}
	var buf []T
	for i := 0; i < len(xs); i += snapshotBatch {
		batch := xs[i:min(i+snapshotBatch, len(xs))]
		if blank != nil {
			buf = append(buf[:0], batch...)
			blank(buf, i)
			batch = buf
		}
		if err := enc.Encode(batch); err != nil {
			return err
		}
	}
	return nil
}

// decodeBatches reads what encodeBatches wrote. The count is checked
// against the payload's size (each item takes a byte at least), and the
// room made for it at once is no larger than the payload, so a crafted
// count allocates nothing huge; each batch is checked against the count.
func decodeBatches[T any](dec *gob.Decoder, out *[]T, size int) error {
	var n int
	if err := dec.Decode(&n); err != nil {
		return err
	}
	if n < 0 || n > size {
		return fmt.Errorf("%d items out of range", n)
	}
	var zero T
	xs := make([]T, 0, min(n, size/max(1, int(unsafe.Sizeof(zero)))))
	for len(xs) < n {
		// gob decodes a batch into the room left in xs when it fits (the
		// room is fresh, so fields a message leaves out stay zero):
		// appending a batch copied it with the garbage collector's write
		// barriers, a tenth of a start at 100,000 articles.
		batch := xs[len(xs):len(xs):cap(xs)]
		if err := dec.Decode(&batch); err != nil {
			return err
		}
		if len(batch) == 0 || len(batch) > n-len(xs) {
			return fmt.Errorf("a batch of %d items out of range", len(batch))
		}
		if len(batch) <= cap(xs)-len(xs) && &batch[0] == &xs[:len(xs)+1][len(xs)] {
			xs = xs[:len(xs)+len(batch)]
		} else {
			xs = append(xs, batch...)
		}
	}
	*out = xs
	return nil
}
