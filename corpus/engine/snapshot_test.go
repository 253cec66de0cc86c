package engine

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"factdesk/corpus/synth"
)

// snapshotOf writes e's snapshot into memory.
func snapshotOf(t testing.TB, e *Engine) []byte {
	var buf bytes.Buffer
	require.NoError(t, e.WriteSnapshot(&buf))
	return buf.Bytes()
}

// TestSnapshotSameReplies starts engines from snapshots of the seeds and
// of a synthetic corpus and checks that every reply, listing and lookup is
// what the built engine gives, byte for byte. The built engines are not
// compacted, so this also shows that compacting (a start from the same
// payload) changes no reply.
func TestSnapshotSameReplies(t *testing.T) {
	seeds, err := OpenDir("", Options{NoCompact: true})
	require.NoError(t, err)
	gen := synth.Generate(synth.Options{Articles: 200, Seed: 3})
	syn, err := Open(gen.FS, "synth", Options{NoCompact: true})
	require.NoError(t, err)
	var held []struct {
		Command string `yaml:"command"`
		Q       string `yaml:"q"`
	}
	b, err := os.ReadFile("testdata/questions-heldout.yaml")
	require.NoError(t, err)
	require.NoError(t, yaml.Unmarshal(b, &held))
	var seedQs, synQs [][2]string
	for _, q := range held {
		seedQs = append(seedQs, [2]string{q.Command, q.Q})
	}
	for _, p := range gen.Probes(60, 4) {
		synQs = append(synQs, [2]string{p.Command, p.Q})
	}
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		e    *Engine
		qs   [][2]string
	}{{"seeds", seeds, seedQs}, {"synthetic", syn, synQs}} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "corpus.snap")
			require.NoError(t, tt.e.WriteSnapshotFile(path))
			back, err := OpenSnapshot(path)
			require.NoError(t, err)
			assert.Equal(t, tt.e.Stats(), back.Stats())
			assert.Equal(t, tt.e.Name(), back.Name())
			js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
			assert.Equal(t, js(tt.e.Quotes(QuoteFilter{})), js(back.Quotes(QuoteFilter{})), "quotations")
			assert.Equal(t, js(tt.e.Corpus().People), js(back.Corpus().People), "people")
			assert.Equal(t, js(tt.e.Corpus().Facts), js(back.Corpus().Facts), "facts")
			assert.Equal(t, js(tt.e.Sources()), js(back.Sources()), "sources")
			for _, q := range tt.qs {
				do := func(e *Engine) string {
					if q[0] == "whosaid" {
						a, err := e.WhoSaid(ctx, q[1])
						require.NoError(t, err)
						return js(a)
					}
					a, err := e.Ask(ctx, q[1])
					require.NoError(t, err)
					return js(a)
				}
				assert.Equal(t, do(tt.e), do(back), "%s %q", q[0], q[1])
			}
			for _, p := range tt.e.Corpus().People {
				want, _ := tt.e.Lookup(p.Name)
				got, _ := back.Lookup(p.Name)
				assert.Equal(t, js(want), js(got), "lookup %q", p.Name)
			}
		})
	}
}

// TestSnapshotRefused checks that a damaged snapshot, or one of another
// version, is refused with one line that says why.
func TestSnapshotRefused(t *testing.T) {
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	good := snapshotOf(t, e)
	head := len(snapshotHeader())
	flip := func(at int) []byte {
		b := bytes.Clone(good)
		b[at] ^= 0x40
		return b
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"a byte of the payload changed", flip(head + 40 + len(good[head+40:])/2), "checksum does not match"},
		{"the checksum changed", flip(head + 20), "checksum does not match"},
		{"cut short", good[:len(good)-100], "cut short"},
		{"no payload", good[:head+10], "cut short"},
		{"another version", append([]byte("factdesk snapshot 0 0000000000000000\n"), good[head:]...), "another version"},
		{"another schema", append([]byte(strings.Replace(snapshotHeader(), " "+programID(), "x "+programID(), 1)), good[head:]...), "another version"},
		// the same layout and types, written by another build of factdesk,
		// whose rules may have extracted otherwise: built again
		{"another program", append([]byte(strings.Replace(snapshotHeader(), programID(), "exe-000000000000", 1)), good[head:]...), "another version"},
		{"not a snapshot", []byte("- file: 001.txt\n  outlet: AP\n"), "not a factdesk snapshot"},
		{"empty", nil, "not a factdesk snapshot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readSnapshot(bytes.NewReader(tt.data), int64(len(tt.data)))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n", "one line")
		})
	}
	t.Run("a missing file names it", func(t *testing.T) {
		_, err := OpenSnapshot(filepath.Join(t.TempDir(), "none.snap"))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "none.snap")
	})
	// A file written by another program with a right checksum: the
	// reader still refuses a payload that does not hold together.
	payload := good[head+40:]
	reseal := func(p []byte) []byte {
		var buf bytes.Buffer
		buf.WriteString(snapshotHeader())
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(p)))
		sum := sha256.Sum256(p)
		buf.Write(n[:])
		buf.Write(sum[:])
		buf.Write(p)
		return buf.Bytes()
	}
	sealed := []struct {
		name    string
		payload []byte
		want    string
	}{
		{"bytes after the index", append(bytes.Clone(payload), 1, 2, 3), "after the index"},
		{"the last array cut", payload[:len(payload)-1], "out of range"},
		{"only the gob messages", payload[:len(payload)/3], "snapshot corrupt"},
		{"a gob stream alone", payload[:40], "snapshot corrupt"},
	}
	for _, tt := range sealed {
		t.Run("sealed: "+tt.name, func(t *testing.T) {
			data := reseal(tt.payload)
			_, err := readSnapshot(bytes.NewReader(data), int64(len(data)))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n", "one line")
		})
	}
	t.Run("the intact snapshot reads", func(t *testing.T) {
		_, err := readSnapshot(bytes.NewReader(good), int64(len(good)))
		require.NoError(t, err)
	})
}

// FuzzSnapshot feeds the reader damaged files, and the decoder damaged
// payloads past the checksum (a file written by someone else with a
// right checksum): they are refused, never a panic.
//
// The seed is one short invented article (a quotation, a speaker, a few
// facts), about 7 KB as a snapshot: eight synthetic articles made a seed
// of 90 KB, and the fuzzer, mutating and decoding it whole each time,
// barely moved. Each new input the fuzzer finds is minimized for up to a
// minute by default, which shows as "0/sec": `go test -fuzz FuzzSnapshot
// -fuzzminimizetime 2s` runs about a thousand inputs a second.
func FuzzSnapshot(f *testing.F) {
	e, err := Open(tinyCorpus, "tiny", Options{})
	if err != nil {
		f.Fatal(err)
	}
	good := snapshotOf(f, e)
	f.Add(good, false)
	f.Add(good[len(snapshotHeader())+40:], true)
	f.Add([]byte(snapshotHeader()), false)
	f.Fuzz(func(t *testing.T, data []byte, payload bool) {
		if payload {
			if s, err := decodeSnapshot(data); err == nil {
				// What decodes must answer without panicking.
				e := &Engine{}
				e.cur.Store(s)
				_, _ = e.Ask(context.Background(), "Who called for him to be fired?")
				_, _ = e.WhoSaid(context.Background(), "we will continue the talks")
			}
			return
		}
		_, _ = readSnapshot(bytes.NewReader(data), int64(len(data)))
	})
}

// tinyCorpus is one invented article: a quotation with its speaker, a
// date, a duration and a share.
var tinyCorpus = fstest.MapFS{
	"a.txt": {Data: []byte("Harbour talks resume\n\nThe port board met on Monday for two hours. " +
		"\"We will keep the ferries running,\" said Mira Tallo, the board's chair.\n\n" +
		"Tallo said fares would rise by 3 percent in May.\n")},
	"sources.yaml": {Data: []byte("- file: a.txt\n  outlet: Bay Courier\n  published: 2026-03-02\n")},
}

// TestSnapshotLeavesCollectionOn reads snapshots, one at a time and
// several at once: collection, paused while each decodes, is as it was
// afterwards.
func TestSnapshotLeavesCollectionOn(t *testing.T) {
	e, err := Open(tinyCorpus, "tiny", Options{})
	require.NoError(t, err)
	good := snapshotOf(t, e)
	for _, n := range []int{1, 8} {
		t.Run(fmt.Sprintf("%d at once", n), func(t *testing.T) {
			before := debug.SetGCPercent(73)
			defer debug.SetGCPercent(before)
			var wg sync.WaitGroup
			for i := 0; i < n; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, err := readSnapshot(bytes.NewReader(good), int64(len(good)))
					assert.NoError(t, err)
				}()
			}
			wg.Wait()
			assert.Equal(t, 73, debug.SetGCPercent(73), "collection as it was")
		})
	}
}
