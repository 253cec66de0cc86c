//go:build linux

package engine_test

import (
	"context"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
	"factdesk/corpus/lex"
	"factdesk/corpus/synth"
)

// threadCPU is the CPU time the calling thread has used: on a shared
// machine a call's own work, without the waits for a core that its wall
// time holds.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

// TestSlowProbes tells what the tail of ask is made of, for the
// benchmark's probes over N synthetic articles:
// FACTDESK_SLOWPROBES=N go test -run TestSlowProbes -v ./corpus/engine.
// Each probe is asked once cold and then in rounds, every other round
// with the collector off; each ask is timed by the wall and by its
// thread's CPU (so that a loaded machine still shows the work). It prints
// p50 / p99 of each, and the probes slowest at their fastest (a probe
// slow by itself, not by what ran beside it). FACTDESK_SLOWPROFILE=FILE
// writes a CPU profile of those probes asked again and again;
// FACTDESK_NOCOMPACT=1 asks the corpus as the build left it;
// FACTDESK_SLOWAB=1 also asks each probe with the tagger's hashed
// features and with prose's own tagger in turn (slowAB).
func TestSlowProbes(t *testing.T) {
	s := os.Getenv("FACTDESK_SLOWPROBES")
	if s == "" {
		t.Skip("FACTDESK_SLOWPROBES not set")
	}
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
	e, err := engine.Open(gen.FS, "synth", engine.Options{NoCompact: os.Getenv("FACTDESK_NOCOMPACT") != ""})
	require.NoError(t, err)
	var asks []synth.Probe
	for _, p := range gen.Probes(400, 2) {
		if p.Command != "whosaid" {
			asks = append(asks, p)
		}
	}
	defer unverified()()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ctx := context.Background()
	const rounds = 9
	times := map[string][]time.Duration{} // "cold|warm|no-gc wall|cpu"
	best := make([]time.Duration, len(asks))
	for round := 0; round < rounds; round++ {
		phase := "warm"
		switch {
		case round == 0:
			phase = "cold"
		case round%2 == 0:
			phase = "no-gc"
			runtime.GC()
			debug.SetGCPercent(-1)
		}
		for i, p := range asks {
			w0, c0 := time.Now(), threadCPU()
			_, err := e.Ask(ctx, p.Q)
			c, w := threadCPU()-c0, time.Since(w0)
			require.NoError(t, err)
			times[phase+" wall"] = append(times[phase+" wall"], w)
			times[phase+" cpu"] = append(times[phase+" cpu"], c)
			if round > 0 && (best[i] == 0 || c < best[i]) {
				best[i] = c
			}
		}
		if phase == "no-gc" {
			debug.SetGCPercent(100)
		}
	}
	for _, k := range []string{"cold wall", "cold cpu", "warm wall", "warm cpu", "no-gc wall", "no-gc cpu"} {
		ts := times[k]
		sort.Slice(ts, func(a, b int) bool { return ts[a] < ts[b] })
		t.Logf("%-10s p50 %8v p99 %8v max %8v", k, ts[len(ts)/2], ts[len(ts)*99/100], ts[len(ts)-1])
	}
	order := make([]int, len(asks))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return best[order[a]] > best[order[b]] })
	slow := order[:min(20, len(order))]
	for _, i := range slow {
		t.Logf("fastest cpu %8v %-8s %q", best[i], probeKind(asks[i]), asks[i].Q)
	}
	if os.Getenv("FACTDESK_SLOWAB") != "" {
		slowAB(t, e, asks)
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

// slowAB asks every probe with the tagger's hashed features and with
// prose's own tagger in turn, the order alternating, so that both arms
// share whatever else runs on the machine: each arm's thread CPU p50 and
// p99, and each arm's time for the probes slowest at their fastest.
func slowAB(t *testing.T, e *engine.Engine, asks []synth.Probe) {
	defer lex.UseProseTagger(false)
	ctx := context.Background()
	arms := []string{"hashed", "prose"}
	times := map[string][]time.Duration{}
	best := map[string][]time.Duration{"hashed": make([]time.Duration, len(asks)), "prose": make([]time.Duration, len(asks))}
	for round := 0; round < 9; round++ {
		for i, p := range asks {
			for k := range arms {
				arm := arms[(k+round+i)%2]
				lex.UseProseTagger(arm == "prose")
				c0 := threadCPU()
				_, err := e.Ask(ctx, p.Q)
				c := threadCPU() - c0
				require.NoError(t, err)
				times[arm] = append(times[arm], c)
				if b := best[arm]; b[i] == 0 || c < b[i] {
					b[i] = c
				}
			}
		}
	}
	for _, arm := range arms {
		ts := times[arm]
		sort.Slice(ts, func(a, b int) bool { return ts[a] < ts[b] })
		t.Logf("ab %-6s cpu p50 %8v p99 %8v", arm, ts[len(ts)/2], ts[len(ts)*99/100])
	}
	order := make([]int, len(asks))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return best["prose"][order[a]] > best["prose"][order[b]] })
	for _, i := range order[:min(10, len(order))] {
		t.Logf("ab fastest cpu prose %8v hashed %8v %-8s %q", best["prose"][i], best["hashed"][i], probeKind(asks[i]), asks[i].Q)
	}
}
