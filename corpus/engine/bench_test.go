package engine_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sahilm/fuzzy"

	"factdesk/corpus/answer"
	"factdesk/corpus/engine"
	"factdesk/corpus/index"
	"factdesk/corpus/synth"
)

// The 100,000-article size takes minutes and gigabytes; it runs only when
// asked for: FACTDESK_BENCH_LARGE=1, `go test -bench Engine ./corpus/engine
// -args -large`, or a -bench pattern that names articles=100000.
var large = flag.Bool("large", false, "also benchmark the 100,000-article corpus")

func benchSizes() []int {
	sizes := []int{1000, 10000}
	f := flag.Lookup("test.bench")
	if *large || os.Getenv("FACTDESK_BENCH_LARGE") != "" || f != nil && strings.Contains(f.Value.String(), "100000") {
		sizes = append(sizes, 100000)
	}
	return sizes
}

// BenchmarkEngine measures, per corpus size: building (load, extract,
// index) in MB/s of article text and heap per article; the latency of ask
// and whosaid (median and 99th percentile); and, as the baseline,
// sahilm/fuzzy scanning every quotation for the same fragments. hit@1 is
// the share of whosaid fragments (half of them misspelt) whose first
// answer names the right speaker, for factdesk and for the baseline.
func BenchmarkEngine(b *testing.B) {
	defer unverified()()
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
			var e *engine.Engine
			var buildNs float64
			b.Run("build", func(b *testing.B) {
				b.SetBytes(int64(gen.Bytes))
				var before, after runtime.MemStats
				var cpu time.Duration
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					e = nil
					runtime.GC()
					runtime.ReadMemStats(&before)
					began := cpuTime()
					b.StartTimer()
					var err error
					e, err = engine.Open(gen.FS, "synth", engine.Options{})
					if err != nil {
						b.Fatal(err)
					}
					b.StopTimer()
					cpu += cpuTime() - began
					b.StartTimer()
				}
				b.StopTimer()
				// The CPU time of the process (every core) per build: on a
				// machine shared with other work, the wall clock's MB/s
				// moves with their load, and this far less.
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
				buildNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				runtime.GC()
				runtime.ReadMemStats(&after)
				heap := float64(after.HeapInuse) - float64(before.HeapInuse)
				runtime.KeepAlive(e)
				b.ReportMetric(heap/float64(n), "heap-B/article")
				b.ReportMetric(heap/float64(gen.Bytes), "heap/text")
				// The live objects alone: what heap/text holds beyond them
				// is pages part full (see README, "allocator overhead").
				live := float64(after.HeapAlloc) - float64(before.HeapAlloc)
				b.ReportMetric(live/float64(gen.Bytes), "live/text")
			})
			if e == nil {
				var err error
				if e, err = engine.Open(gen.FS, "synth", engine.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			// Starting from a snapshot file instead of building: its time,
			// its size, and how many times faster than the build above.
			b.Run("snapshot-start", func(b *testing.B) {
				path := filepath.Join(b.TempDir(), "corpus.snap")
				if err := e.WriteSnapshotFile(path); err != nil {
					b.Fatal(err)
				}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if _, err := engine.OpenSnapshot(path); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				if fi, err := os.Stat(path); err == nil {
					b.ReportMetric(float64(fi.Size())/float64(gen.Bytes), "file/text")
				}
				if per := float64(b.Elapsed().Nanoseconds()) / float64(b.N); buildNs > 0 && per > 0 {
					b.ReportMetric(buildNs/per, "×-faster-than-build")
				}
			})
			// The index and answerer alone, over the extracted corpus.
			b.Run("index", func(b *testing.B) {
				c := e.Corpus()
				b.SetBytes(int64(gen.Bytes))
				var before, after runtime.MemStats
				var a *answer.Answerer
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					a = nil
					runtime.GC()
					runtime.ReadMemStats(&before)
					b.StartTimer()
					a = answer.New(c, index.Build(c), nil)
				}
				b.StopTimer()
				runtime.GC()
				runtime.ReadMemStats(&after)
				runtime.KeepAlive(a)
				heap := float64(after.HeapInuse) - float64(before.HeapInuse)
				b.ReportMetric(heap/float64(n), "heap-B/article")
				b.ReportMetric(heap/float64(gen.Bytes), "heap/text")
			})
			probes := gen.Probes(400, 2)
			var asks, frags []synth.Probe
			for _, p := range probes {
				if p.Command == "whosaid" {
					frags = append(frags, p)
				} else {
					asks = append(asks, p)
				}
			}
			ctx := context.Background()
			b.Run("ask", func(b *testing.B) {
				hits := 0
				latencies(b, len(asks), func(i int) {
					a, err := e.Ask(ctx, asks[i].Q)
					if err != nil {
						b.Fatal(err)
					}
					if hit(gen, asks[i], a) {
						hits++
					}
				})
				b.ReportMetric(float64(hits)/float64(b.N), "hit@1")
			})
			// hit@1 of each kind of ask, once over every probe: the figure
			// that must not fall as the corpus grows (TestSizeInvariance);
			// and each kind's p99, to tell which kind makes the tail.
			b.Run("ask-kinds", func(b *testing.B) {
				var rates map[string]float64
				all := map[string][]time.Duration{}
				for i := 0; i < b.N; i++ {
					var took map[string][]time.Duration
					rates, took = timedRates(b, e, gen, asks, false)
					for k, ts := range took {
						all[k] = append(all[k], ts...)
					}
				}
				for k, r := range rates {
					b.ReportMetric(r, "hit@1-"+k)
				}
				for k, ts := range all {
					sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
					b.ReportMetric(float64(ts[len(ts)*99/100].Nanoseconds())/1e3, "p99-µs-"+k)
				}
			})
			b.Run("whosaid", func(b *testing.B) {
				hits := 0
				latencies(b, len(frags), func(i int) {
					a, err := e.WhoSaid(ctx, frags[i].Q)
					if err != nil {
						b.Fatal(err)
					}
					if hit(gen, frags[i], a) {
						hits++
					}
				})
				b.ReportMetric(float64(hits)/float64(b.N), "hit@1")
			})
			b.Run("suggest", func(b *testing.B) {
				latencies(b, len(frags), func(i int) {
					q := frags[i].Q
					e.SuggestQuotes(q[:len(q)*2/3], 5)
				})
			})
			b.Run("fuzzy-baseline", func(b *testing.B) {
				c := e.Corpus()
				texts := make([]string, len(c.Quotes))
				for i, q := range c.Quotes {
					texts[i] = q.Text
				}
				hits := 0
				latencies(b, len(frags), func(i int) {
					m := fuzzy.Find(frags[i].Q, texts)
					if len(m) > 0 && c.Quotes[m[0].Index].Speaker == frags[i].Speaker {
						hits++
					}
				})
				b.ReportMetric(float64(hits)/float64(b.N), "hit@1")
			})
		})
	}
}

// latencies runs do b.N times over n inputs and reports the median and
// 99th percentile of one call.
func latencies(b *testing.B, n int, do func(i int)) {
	if n == 0 {
		b.Skip("no probes")
	}
	ts := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		do(i % n)
		ts = append(ts, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	b.ReportMetric(float64(ts[len(ts)/2].Nanoseconds())/1e3, "p50-µs")
	b.ReportMetric(float64(ts[len(ts)*99/100].Nanoseconds())/1e3, "p99-µs")
}

// unverified turns off the test-only check of the shared token cache
// (index.VerifyShared) until the function it returns is called: timed
// code runs as in a user's binary.
func unverified() func() {
	was := index.VerifyShared
	index.VerifyShared = false
	return func() { index.VerifyShared = was }
}
