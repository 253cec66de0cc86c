// Package par runs a stage's work over a list on every core: the list is
// cut into contiguous runs, each run's results are kept apart, and the
// caller reads them back in the list's order, so that what a stage
// builds is the same whatever the scheduling and however many cores.
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Run is the items [Lo, Hi) of a list.
type Run struct{ Lo, Hi int }

// perCore is how many runs each core gets: more runs than cores, so that
// a core slowed by other work on the machine takes fewer of them.
const perCore = 4

// minWeight is the least weight worth another goroutine: a small corpus
// (the seeds, a test's few articles) is one run on the caller's.
const minWeight = 256 << 10

// Runs cuts [0, n) into contiguous runs of about equal weight (an
// article's bytes, say), in order; one run when the work is small or
// there is one core.
func Runs(n int, weight func(i int) int) []Run {
	return runs(n, weight, runtime.GOMAXPROCS(0))
}

func runs(n int, weight func(i int) int, cores int) []Run {
	if n <= 0 {
		return nil
	}
	total := 0
	for i := 0; i < n; i++ {
		total += max(weight(i), 1)
	}
	k := cores * perCore
	if cores < 2 || total < minWeight {
		k = 1
	}
	k = min(k, n)
	out := make([]Run, 0, k)
	lo, sum, next := 0, 0, 1
	for i := 0; i < n; i++ {
		sum += max(weight(i), 1)
		// Close a run once the weight so far reaches the next share; a
		// heavy item may pass several, and the next run aims past them.
		if len(out) < k-1 && sum*k >= total*next {
			out = append(out, Run{lo, i + 1})
			lo = i + 1
			next = sum*k/total + 1
		}
	}
	if lo < n {
		out = append(out, Run{lo, n})
	}
	return out
}

// Do calls f for every run, on at most GOMAXPROCS goroutines, and returns
// once all are done. f(i, r) is given run i and must write only what
// belongs to it. A panic in f is raised again in the caller's goroutine
// (a stage's panic is an error to the engine, not a crash).
func Do(rs []Run, f func(i int, r Run)) {
	workers := min(runtime.GOMAXPROCS(0), len(rs))
	if workers <= 1 {
		for i, r := range rs {
			f(i, r)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	var once sync.Once
	var failed any
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if p := recover(); p != nil {
					once.Do(func() { failed = p })
					next.Store(int64(len(rs))) // the others stop at their next run
				}
			}()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(rs) {
					return
				}
				f(i, rs[i])
			}
		}()
	}
	wg.Wait()
	if failed != nil {
		panic(failed)
	}
}
