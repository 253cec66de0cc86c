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
	"slices"
	"strings"
	"sync"

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
// The payload (format 5) is a gob stream of a few messages — the name and
// problems, the resolver's tables, the answerer's tables of names and
// role phrases, the index without its numeric arrays — followed by the
// corpus's lists as fixed-width numbers (snapshot_cols.go: articles,
// people, quotations, facts, clusters) and by the index's numeric arrays,
// raw (index.Snapshot.AppendColumns). Numbers are copied, not decoded
// field by field through reflection as gob does (format 3 wrote the lists
// as gob batches: most of a start).
//
// <format> is SnapshotFormat; <schema> is a digest of the Go types the
// payload holds, so a snapshot written by a program whose model differs
// in any field is refused rather than misread. A snapshot is refused with
// one line naming the file and what is wrong; the caller then builds.

// SnapshotFormat is the layout's version; it changes when the layout does.
const SnapshotFormat = 9

const snapshotMagic = "factdesk snapshot"

// maxSnapshot bounds a payload's length before anything is allocated for
// it: far above any corpus one machine serves.
const maxSnapshot = 1 << 36

// snapshotPayload is what a snapshot file holds. The header's schema
// digest is of this type, so it covers the model's types that the
// columns write (TestColumnsCoverModel checks that they write every
// field).
type snapshotPayload struct {
	Name          string
	Articles      []*corpus.Article
	People        []*corpus.Person
	Quotes        []corpus.Quote
	Facts         []corpus.Fact
	QuoteClusters []corpus.Cluster
	FactClusters  []corpus.Cluster
	Problems      corpus.Problems
	Resolver      *person.Snapshot
	Answer        *answer.Snapshot
	Index         *index.Snapshot
}

// snapshotHeader is the first line of a snapshot file written by this
// program: the layout's version, the payload's schema, and the program.
var snapshotHeader = sync.OnceValue(func() string {
	return fmt.Sprintf("%s %d %s %s\n", snapshotMagic, SnapshotFormat, schemaDigest(reflect.TypeOf(snapshotPayload{})), programID())
})

// programID names the program that writes and reads snapshots: its VCS
// revision when built from a clean checkout, else a digest of its own
// executable. Extraction rules change between versions while the payload's
// types stay the same; a snapshot from another version would answer from
// the old rules' quotations and facts, so it is refused and built again.
// Worked out once, on first use: reading the executable takes tens of ms.
var programID = sync.OnceValue(func() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		rev, clean := "", false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				clean = s.Value == "false"
			}
		}
		if rev != "" && clean {
			return "rev-" + rev[:min(12, len(rev))]
		}
	}
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			defer f.Close()
			h := sha256.New()
			if _, err := io.Copy(h, f); err == nil {
				return "exe-" + hex.EncodeToString(h.Sum(nil))[:12]
			}
		}
	}
	return "unknown"
})

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
	payload, err := encodeSnapshot(e.snap())
	if err != nil {
		return err
	}
	sum := sha256.Sum256(payload)
	var head [40]byte
	binary.BigEndian.PutUint64(head[:8], uint64(len(payload)))
	copy(head[8:], sum[:])
	bw := bufio.NewWriter(w)
	bw.WriteString(snapshotHeader())
	bw.Write(head[:])
	bw.Write(payload)
	return bw.Flush()
}

// encodeSnapshot returns the payload of s's snapshot.
func encodeSnapshot(s *snapshot) ([]byte, error) {
	c := s.c
	p := snapshotPayload{Name: s.name, Articles: c.Articles, People: c.People, Quotes: c.Quotes, Facts: c.Facts,
		QuoteClusters: c.QuoteClusters, FactClusters: c.FactClusters, Problems: c.Problems,
		Resolver: s.r.Snapshot(), Answer: s.ans.Snapshot(), Index: s.idx.Snapshot()}
	var buf bytes.Buffer
	if err := encodePayload(gob.NewEncoder(&buf), &p); err != nil {
		return nil, corpus.Errorf(corpus.EINTERNAL, "snapshot: %v", err)
	}
	// Appended to the gob messages in place, in a buffer sized once (a
	// little over: the strings other than texts and file names are
	// guessed): grown by doubling, copying it was most of an encoding.
	need := buf.Len() + itemsSize(c) + p.Index.ColumnsSize() + 64<<10 + 64*len(c.People)
	for _, a := range c.Articles {
		need += len(a.Text) + len(a.File) + len(a.URL) + 8
	}
	raw, err := appendCorpusColumns(slices.Grow(buf.Bytes(), need), &corpus.Corpus{Articles: p.Articles, People: p.People,
		Quotes: p.Quotes, Facts: p.Facts, QuoteClusters: p.QuoteClusters, FactClusters: p.FactClusters})
	if err != nil {
		return nil, corpus.Errorf(corpus.EINTERNAL, "snapshot: %v", err)
	}
	raw, err = p.Index.AppendColumns(raw)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINTERNAL, "snapshot: %v", err)
	}
	return raw, nil
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
	index.ForgetWords() // tokens cached from the corpus replaced would keep its text
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
	if line != snapshotHeader() {
		return nil, fmt.Errorf("snapshot of another version (%s), this program reads %s: build it again",
			strings.TrimSpace(strings.TrimPrefix(line, snapshotMagic+" ")), strings.TrimSpace(strings.TrimPrefix(snapshotHeader(), snapshotMagic+" ")))
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
	// its messages: what is left after them is the corpus's lists and
	// the index's arrays.
	p, err := decodePayload(gob.NewDecoder(br))
	if err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	c, rest, err := readCorpusColumns(b[len(b)-br.Len():])
	if err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	c.Problems = p.Problems
	rest, err = p.Index.ReadColumns(rest)
	if err != nil {
		return nil, fmt.Errorf("snapshot corrupt: %v", err)
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("snapshot corrupt: %d bytes after the index", len(rest))
	}
	if err := checkCorpus(c); err != nil {
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
			if !inText(p.Span()) {
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
			if s := m.Span(); m.Article < 0 || int(m.Article) >= na || s.Start < 0 || s.Start > s.End || s.End > len(c.Articles[m.Article].Text) {
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
		if err := item("quotation", i, int(q.ID), int(q.Article), int(q.Paragraph), int(q.SpeakerID), int(q.Cluster), len(c.QuoteClusters), q.Span()); err != nil {
			return err
		}
	}
	for i, f := range c.Facts {
		if err := item("fact", i, i, int(f.Article), int(f.Paragraph), corpus.NoPerson, int(f.Cluster), len(c.FactClusters), f.Span()); err != nil {
			return err
		}
		for _, id := range f.People() {
			if id < 0 || int(id) >= np {
				return fmt.Errorf("fact %d: person %d out of range", i, id)
			}
		}
		for _, v := range f.Values() {
			if v.Span().Start < 0 || v.Span().Start > v.Span().End || v.Span().End > len(c.Articles[f.Article].Text) {
				return fmt.Errorf("fact %d: value out of range", i)
			}
		}
	}
	clusters := func(what string, cs []corpus.Cluster, items int) error {
		for i, cl := range cs {
			for _, m := range cl.Members() {
				if m < 0 || int(m) >= items {
					return fmt.Errorf("%s cluster %d: member %d out of range", what, i, m)
				}
			}
			for _, a := range cl.Articles() {
				if a < 0 || int(a) >= na {
					return fmt.Errorf("%s cluster %d: article %d out of range", what, i, a)
				}
			}
			if !slices.IsSorted(cl.Articles()) {
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

// encodePayload writes p's head, the resolver's and the answerer's
// tables and the index without its numeric arrays as gob messages.
func encodePayload(enc *gob.Encoder, p *snapshotPayload) error {
	if p.Resolver == nil || p.Answer == nil || p.Index == nil {
		return fmt.Errorf("no resolver, answerer or index to write")
	}
	if err := enc.Encode(snapshotHead{Name: p.Name, Problems: p.Problems}); err != nil {
		return err
	}
	if err := enc.Encode(p.Resolver); err != nil {
		return err
	}
	if err := enc.Encode(p.Answer); err != nil {
		return err
	}
	return enc.Encode(p.Index.WithoutColumns())
}

// decodePayload reads what encodePayload wrote.
func decodePayload(dec *gob.Decoder) (*snapshotPayload, error) {
	var head snapshotHead
	if err := dec.Decode(&head); err != nil {
		return nil, err
	}
	p := &snapshotPayload{Name: head.Name, Problems: head.Problems, Resolver: &person.Snapshot{}, Answer: &answer.Snapshot{}, Index: &index.Snapshot{}}
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
