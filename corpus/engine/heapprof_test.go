package engine_test

import (
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"syscall"
	"testing"
	"time"

	"factdesk/corpus/engine"
	"factdesk/corpus/synth"
)

// TestHeapProfile writes a heap profile of a built synthetic corpus while
// it is still held, for finding where the heap goes:
// FACTDESK_HEAPPROFILE=FILE [FACTDESK_HEAPARTICLES=N] go test -run TestHeapProfile.
// FACTDESK_HEAPSNAPSHOT=1 profiles a start from a snapshot instead;
// FACTDESK_NOCOMPACT=1 the corpus as the build left it.
func TestHeapProfile(t *testing.T) {
	path := os.Getenv("FACTDESK_HEAPPROFILE")
	if path == "" {
		t.Skip("FACTDESK_HEAPPROFILE not set")
	}
	n := 10000
	if s := os.Getenv("FACTDESK_HEAPARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	runtime.MemProfileRate = 4096
	gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
	e, err := engine.Open(gen.FS, "synth", engine.Options{NoCompact: os.Getenv("FACTDESK_NOCOMPACT") != ""})
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("FACTDESK_HEAPSNAPSHOT") != "" {
		snap := t.TempDir() + "/c.snap"
		if err := e.WriteSnapshotFile(snap); err != nil {
			t.Fatal(err)
		}
		e = nil
		if e, err = engine.OpenSnapshot(snap); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("text %d bytes, heap in use %d (%.2f× the text), live %d (%.2f×)", gen.Bytes, ms.HeapInuse, float64(ms.HeapInuse)/float64(gen.Bytes),
		ms.HeapAlloc, float64(ms.HeapAlloc)/float64(gen.Bytes))
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		t.Fatal(err)
	}
	runtime.KeepAlive(e)
}

// TestStartProfile writes a CPU profile of starts from a snapshot:
// FACTDESK_STARTPROFILE=FILE [FACTDESK_HEAPARTICLES=N].
func TestStartProfile(t *testing.T) {
	path := os.Getenv("FACTDESK_STARTPROFILE")
	if path == "" {
		t.Skip("FACTDESK_STARTPROFILE not set")
	}
	n := 10000
	if s := os.Getenv("FACTDESK_HEAPARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
	e, err := engine.Open(gen.FS, "synth", engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	snap := t.TempDir() + "/c.snap"
	if err := e.WriteSnapshotFile(snap); err != nil {
		t.Fatal(err)
	}
	e = nil
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	starts := 5
	if n <= 1000 {
		starts = 50
	}
	t0 := time.Now()
	for i := 0; i < starts; i++ {
		if e, err = engine.OpenSnapshot(snap); err != nil {
			t.Fatal(err)
		}
		e = nil
		runtime.GC()
	}
	pprof.StopCPUProfile()
	t.Logf("a start took %v", time.Since(t0)/time.Duration(starts))
}

// TestPeakMemory reports the process's peak resident memory after one
// build, for comparing a build with and without compaction, each in a
// process of its own: FACTDESK_PEAKARTICLES=N [FACTDESK_NOCOMPACT=1].
func TestPeakMemory(t *testing.T) {
	s := os.Getenv("FACTDESK_PEAKARTICLES")
	if s == "" {
		t.Skip("FACTDESK_PEAKARTICLES not set")
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	before := ru.Maxrss
	t0 := time.Now()
	e, err := engine.Open(gen.FS, "synth", engine.Options{NoCompact: os.Getenv("FACTDESK_NOCOMPACT") != ""})
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(t0)
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("text %.1f MB; peak RSS %.1f MB before the build, %.1f MB after (%.2f× the text); build %v; heap in use %.1f MB",
		float64(gen.Bytes)/1e6, float64(before)/1e3, float64(ru.Maxrss)/1e3, float64(ru.Maxrss*1000)/float64(gen.Bytes), took, float64(ms.HeapInuse)/1e6)
	runtime.KeepAlive(e)
}
