package engine_test

import (
	"context"
	"os"
	"runtime/pprof"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
	"factdesk/corpus/synth"
)

// TestSlowProbes prints the slowest asks of the benchmark's probes, each
// timed at its fastest of several rounds (so that a wait for a core does
// not make a probe slow), for finding what the tail of ask does:
// FACTDESK_SLOWPROBES=N (articles) go test -run TestSlowProbes -v.
// FACTDESK_SLOWPROFILE=FILE writes a CPU profile of the slowest twenty,
// asked again and again.
func TestSlowProbes(t *testing.T) {
	s := os.Getenv("FACTDESK_SLOWPROBES")
	if s == "" {
		t.Skip("FACTDESK_SLOWPROBES not set")
	}
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
	e, err := engine.Open(gen.FS, "synth", engine.Options{})
	require.NoError(t, err)
	var asks []synth.Probe
	for _, p := range gen.Probes(400, 2) {
		if p.Command != "whosaid" {
			asks = append(asks, p)
		}
	}
	ctx := context.Background()
	best := make([]time.Duration, len(asks))
	first := make([]time.Duration, len(asks))
	var later []time.Duration
	for round := 0; round < 7; round++ {
		for i, p := range asks {
			t0 := time.Now()
			_, err := e.Ask(ctx, p.Q)
			require.NoError(t, err)
			d := time.Since(t0)
			if round == 0 {
				first[i] = d
			} else {
				later = append(later, d)
			}
			if round == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	pct := func(ts []time.Duration) (p50, p99 time.Duration) {
		ts = append([]time.Duration(nil), ts...)
		sort.Slice(ts, func(a, b int) bool { return ts[a] < ts[b] })
		return ts[len(ts)/2], ts[len(ts)*99/100]
	}
	f50, f99 := pct(first)
	l50, l99 := pct(later)
	t.Logf("first asks: p50 %v p99 %v; asked again: p50 %v p99 %v", f50, f99, l50, l99)
	byFirst := make([]int, len(asks))
	for i := range byFirst {
		byFirst[i] = i
	}
	sort.Slice(byFirst, func(a, b int) bool { return first[byFirst[a]] > first[byFirst[b]] })
	for _, i := range byFirst[:10] {
		t.Logf("first %8v (best %8v) %-8s %q", first[i], best[i], probeKind(asks[i]), asks[i].Q)
	}
	order := make([]int, len(asks))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return best[order[a]] > best[order[b]] })
	sorted := append([]time.Duration(nil), best...)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a] < sorted[b] })
	t.Logf("%d asks, fastest of 7: p50 %v, p99 %v", len(asks), sorted[len(sorted)/2], sorted[len(sorted)*99/100])
	slow := order[:min(20, len(order))]
	for _, i := range slow {
		t.Logf("%8v %-8s %q", best[i], probeKind(asks[i]), asks[i].Q)
	}
	if path := os.Getenv("FACTDESK_SLOWPROFILE"); path != "" {
		f, err := os.Create(path)
		require.NoError(t, err)
		defer f.Close()
		require.NoError(t, pprof.StartCPUProfile(f))
		for r := 0; r < 50; r++ {
			for _, i := range slow {
				e.Ask(ctx, asks[i].Q)
			}
		}
		pprof.StopCPUProfile()
	}
}
