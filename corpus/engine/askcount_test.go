package engine_test

import (
	"context"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
	"factdesk/corpus/synth"
)

// TestAskInstructions asks the benchmark's questions over 10,000
// synthetic articles once each, with the collector off, for a count of
// instructions that a loaded machine does not change (thread CPU time
// does: a shared VM's steal is counted as the thread's). The first run
// with FACTDESK_ASKSNAP=FILE builds and writes a snapshot; each later one
// reads it, so that under callgrind only the asks are slow:
//
//	FACTDESK_ASKSNAP=/tmp/s GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 \
//	  valgrind --tool=callgrind --toggle-collect='*askOnce*' ./engine.test -test.run TestAskInstructions
//
// FACTDESK_ASKKIND=TEXT asks only the questions holding TEXT ("When did").
// A snapshot is read only by the binary that wrote it.
func TestAskInstructions(t *testing.T) {
	snap := os.Getenv("FACTDESK_ASKSNAP")
	if snap == "" {
		t.Skip("FACTDESK_ASKSNAP not set")
	}
	gen := synth.Generate(synth.Options{Articles: 10000, Seed: 1})
	if _, err := os.Stat(snap); err != nil {
		e, err := engine.Open(gen.FS, "synth", engine.Options{})
		require.NoError(t, err)
		require.NoError(t, e.WriteSnapshotFile(snap))
		return
	}
	e, err := engine.OpenSnapshot(snap)
	require.NoError(t, err)
	defer unverified()()
	runtime.GC()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	ctx := context.Background()
	for _, p := range gen.Probes(400, 2) {
		if p.Command != "whosaid" && strings.Contains(p.Q, os.Getenv("FACTDESK_ASKKIND")) {
			askOnce(ctx, e, p.Q)
		}
	}
}

// askOnce is one ask, a function of its own for callgrind to count.
//
//go:noinline
func askOnce(ctx context.Context, e *engine.Engine, q string) {
	_, _ = e.Ask(ctx, q)
}
