package index_test

import (
	"os"
	"runtime"
	"sort"
	"strconv"
	"testing"

	"factdesk/corpus/engine"
	"factdesk/corpus/index"
	"factdesk/corpus/synth"
)

// TestIndexMemory reports the heap the index alone takes over the
// synthetic archive, against its text, part by part. It builds a whole
// engine first (tens of seconds at 10,000 articles), so it runs only when
// FACTDESK_INDEX_MEM names a number of articles.
func TestIndexMemory(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("FACTDESK_INDEX_MEM"))
	if err != nil || n <= 0 {
		t.Skip("set FACTDESK_INDEX_MEM=10000 to measure the index's heap")
	}
	gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
	e, err := engine.Open(gen.FS, "synth", engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := e.Corpus()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := index.Build(c)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := float64(after.HeapInuse) - float64(before.HeapInuse)
	t.Logf("articles %d, text %.1f MB, index heap %.1f MB = %.2f× the text", n, float64(gen.Bytes)/1e6, heap/1e6, heap/float64(gen.Bytes))
	sizes := x.MemSizes()
	var names []string
	for k := range sizes {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		t.Logf("%-24s %7.2f MB", k, float64(sizes[k])/1e6)
	}
	runtime.KeepAlive(x)
	runtime.KeepAlive(e)
}
