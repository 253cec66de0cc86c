// Package peer compares factdesk, in one process and over the same
// synthetic articles (factdesk/corpus/synth), with bleve v2 (scorch, kept
// in memory) indexing the articles, and with a sahilm/fuzzy scan of every
// quotation: build time, heap, and the latency of whosaid and ask. It is
// a module of its own so that the product never depends on bleve; run it
// from this folder:
//
//	go test -run XXX -bench Peers -benchtime 1x .            # 1,000 and 10,000 articles
//	FACTDESK_PEER_SIZES=100000 go test -run XXX -bench Peers -benchtime 1x -timeout 2h .
package peer

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/sahilm/fuzzy"

	"factdesk/corpus/engine"
	"factdesk/corpus/synth"
)

func sizes() []int {
	s := os.Getenv("FACTDESK_PEER_SIZES")
	if s == "" {
		return []int{1000, 10000}
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// heapAfter runs build and returns what it keeps on the heap.
func heapAfter(build func() any) (any, float64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	return v, float64(after.HeapInuse) - float64(before.HeapInuse)
}

// timed returns the median and 99th percentile of do over n calls.
func timed(n int, do func(i int)) (p50, p99 time.Duration) {
	ts := make([]time.Duration, n)
	for i := range ts {
		t0 := time.Now()
		do(i)
		ts[i] = time.Since(t0)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts[n/2], ts[n*99/100]
}

// BenchmarkPeers makes one pass over the probes per size: run it with
// -benchtime 1x (a larger b.N only repeats the same figures).
func BenchmarkPeers(b *testing.B) {
	for _, n := range sizes() {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
			probes := gen.Probes(400, 2)
			var frags, asks []synth.Probe
			for _, p := range probes {
				if p.Command == "whosaid" {
					frags = append(frags, p)
				} else {
					asks = append(asks, p)
				}
			}
			text := float64(gen.Bytes)
			ctx := context.Background()

			t0 := time.Now()
			v, fdHeap := heapAfter(func() any {
				e, err := engine.Open(gen.FS, "synth", engine.Options{})
				if err != nil {
					b.Fatal(err)
				}
				return e
			})
			fdBuild := time.Since(t0)
			e := v.(*engine.Engine)

			t0 = time.Now()
			v, blHeap := heapAfter(func() any {
				idx, err := bleve.NewUsing("", bleve.NewIndexMapping(), scorch.Name, scorch.Name, nil)
				if err != nil {
					b.Fatal(err)
				}
				batch := idx.NewBatch()
				err = fs.WalkDir(gen.FS, ".", func(path string, d fs.DirEntry, err error) error {
					if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
						return err
					}
					data, err := fs.ReadFile(gen.FS, path)
					if err != nil {
						return err
					}
					if err := batch.Index(path, map[string]string{"text": string(data)}); err != nil {
						return err
					}
					if batch.Size() >= 1000 {
						if err := idx.Batch(batch); err != nil {
							return err
						}
						batch = idx.NewBatch()
					}
					return nil
				})
				if err == nil {
					err = idx.Batch(batch)
				}
				if err != nil {
					b.Fatal(err)
				}
				return idx
			})
			blBuild := time.Since(t0)
			bl := v.(bleve.Index)
			defer bl.Close()

			texts := make([]string, len(e.Corpus().Quotes))
			for i, q := range e.Corpus().Quotes {
				texts[i] = q.Text
			}
			_, fzHeap := heapAfter(func() any { return append([]string(nil), texts...) })

			hits, fzHits := 0, 0
			fdW50, fdW99 := timed(len(frags), func(i int) {
				if a, _ := e.WhoSaid(ctx, frags[i].Q); a.Found && gen.Right(frags[i], a.Speaker) {
					hits++
				}
			})
			fdA50, fdA99 := timed(len(asks), func(i int) { e.Ask(ctx, asks[i].Q) })
			blQuery := func(q string) {
				mq := bleve.NewMatchQuery(q)
				mq.SetFuzziness(1)
				if _, err := bl.Search(bleve.NewSearchRequestOptions(mq, 5, 0, false)); err != nil {
					b.Fatal(err)
				}
			}
			blW50, blW99 := timed(len(frags), func(i int) { blQuery(frags[i].Q) })
			blA50, blA99 := timed(len(asks), func(i int) { blQuery(asks[i].Q) })
			fz := min(len(frags), 40) // a scan is slow: fewer fragments
			fzW50, fzW99 := timed(fz, func(i int) {
				if m := fuzzy.Find(frags[i].Q, texts); len(m) > 0 && e.Corpus().Quotes[m[0].Index].Speaker == frags[i].Speaker {
					fzHits++
				}
			})
			runtime.KeepAlive(e)

			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
			b.ReportMetric(fdBuild.Seconds(), "factdesk-build-s")
			b.ReportMetric(blBuild.Seconds(), "bleve-build-s")
			b.ReportMetric(fdHeap/text, "factdesk-heap/text")
			b.ReportMetric(blHeap/text, "bleve-heap/text")
			b.ReportMetric(fzHeap/text, "fuzzy-heap/text")
			b.ReportMetric(ms(fdW50), "factdesk-whosaid-p50-ms")
			b.ReportMetric(ms(fdW99), "factdesk-whosaid-p99-ms")
			b.ReportMetric(ms(blW50), "bleve-whosaid-p50-ms")
			b.ReportMetric(ms(blW99), "bleve-whosaid-p99-ms")
			b.ReportMetric(ms(fzW50), "fuzzy-whosaid-p50-ms")
			b.ReportMetric(ms(fzW99), "fuzzy-whosaid-p99-ms")
			b.ReportMetric(ms(fdA50), "factdesk-ask-p50-ms")
			b.ReportMetric(ms(fdA99), "factdesk-ask-p99-ms")
			b.ReportMetric(ms(blA50), "bleve-ask-p50-ms")
			b.ReportMetric(ms(blA99), "bleve-ask-p99-ms")
			b.ReportMetric(float64(hits)/float64(len(frags)), "factdesk-whosaid-hit@1")
			b.ReportMetric(float64(fzHits)/float64(fz), "fuzzy-whosaid-hit@1")
			b.ReportMetric(blHeap/fdHeap, "heap-bleve/factdesk")
			b.ReportMetric(float64(blW99)/float64(fdW99), "whosaid-p99-bleve/factdesk")
			b.ReportMetric(1e9/fdHeap*float64(n), "factdesk-articles/GB")
		})
	}
}
