package engine_test

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
	"factdesk/corpus/synth"
)

// cpuTime is the process's CPU time: unlike the wall clock, it does not
// grow when other processes share the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadCost loads one article of shape s and size n and returns the CPU
// time per byte, the least of a few runs.
func loadCost(t testing.TB, s synth.Shape, n, runs int) float64 {
	text := synth.Hostile(s, n)
	fsys := fstest.MapFS{"a.txt": &fstest.MapFile{Data: []byte(text)}}
	best := 0.0
	for range runs {
		began := cpuTime()
		_, err := engine.Open(fsys, "hostile", engine.Options{})
		require.NoError(t, err)
		per := float64(cpuTime()-began) / float64(len(text))
		if best == 0 || per < best {
			best = per
		}
	}
	return best
}

// TestLoadCostPerByteIsFlat is the budget's property: for every hostile
// shape, loading a 16 times larger article costs at most a few times more
// per byte. A step quadratic in its input costs 16 times more per byte; a
// linear one the same (less, as fixed costs spread). The sizes fit CI's
// time; BenchmarkHostileLoad runs them up to 4 MB.
func TestLoadCostPerByteIsFlat(t *testing.T) {
	small, large := 8<<10, 128<<10
	if raceEnabled {
		small, large = 2<<10, 32<<10
	}
	for _, s := range synth.Shapes {
		t.Run(string(s), func(t *testing.T) {
			loadCost(t, s, small, 1) // warm caches and the stemmer's tables
			ps, pl := loadCost(t, s, small, 3), loadCost(t, s, large, 3)
			assert.Less(t, pl, 4*ps+50, "ns per byte: %.0f at %d KB, %.0f at %d KB", ps, small>>10, pl, large>>10)
		})
	}
}

// The failures of issue 13, at their size: a 100 KB word took 30 s; a
// 4 MB article is the largest a corpus reads.
func TestHostileArticlesLoadQuickly(t *testing.T) {
	tests := []struct {
		shape synth.Shape
		size  int
	}{
		{synth.LongWord, 100 << 10},
		{synth.LongWord, 4_000_000},
		{synth.ManyQuotes, 4_000_000},
		{synth.DeepNesting, 1 << 20},
		{synth.ManyNames, 256 << 10},
		{synth.Ordinary, 1 << 20},
	}
	for _, tt := range tests {
		if raceEnabled && tt.size > 100<<10 {
			tt.size /= 16
		}
		t.Run(fmt.Sprintf("%s %d KB", tt.shape, tt.size>>10), func(t *testing.T) {
			// A budget in CPU nanoseconds per byte, far above the few
			// hundred to few thousand measured and far below what a
			// quadratic step costs at this size (the 100 KB word: 300,000).
			budget := 40000.0
			if raceEnabled {
				budget *= 10
			}
			assert.Less(t, loadCost(t, tt.shape, tt.size, 1), budget)
		})
	}
}

func TestPastedTextIsUnderstood(t *testing.T) {
	e, err := engine.OpenDir("", engine.Options{})
	require.NoError(t, err)
	ctx := context.Background()
	plain, err := e.WhoSaid(ctx, "really good call")
	require.NoError(t, err)
	require.True(t, plain.Found)
	for _, tc := range []struct{ name, fragment string }{
		{"zero-width non-joiner and space", "rea\u200clly go\u200bod call"},
		{"fullwidth letters", "\uff52\uff45\uff41\uff4c\uff4c\uff59 good call"},
		{"soft hyphen and BOM", "\ufeffreal\u00adly good call"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ans, err := e.WhoSaid(ctx, tc.fragment)
			require.NoError(t, err)
			assert.True(t, ans.Found)
			assert.Equal(t, plain.Speaker, ans.Speaker)
			assert.Equal(t, plain.Quote, ans.Quote)
		})
	}
	for _, tc := range []struct{ name, typed string }{
		{"zero-width space", "Wit\u200bkoff"},
		{"fullwidth", "\uff37\uff49\uff54\uff4b\uff4f\uff46\uff46"},
	} {
		t.Run("autocomplete "+tc.name, func(t *testing.T) {
			assert.Contains(t, e.Speakers(tc.typed, 5), "Steve Witkoff")
		})
	}
}

func TestCancelledLoadAndReload(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := engine.OpenDirContext(ctx, "", engine.Options{})
	assert.ErrorIs(t, err, context.Canceled)

	e, err := engine.OpenDir("", engine.Options{})
	require.NoError(t, err)
	before := e.Corpus()
	assert.ErrorIs(t, e.ReloadContext(ctx, "", engine.Options{}), context.Canceled)
	assert.Same(t, before, e.Corpus(), "an abandoned reload keeps the old corpus")
}

// BenchmarkHostileLoad records loading cost per byte for each hostile
// shape from 1 KB to 4 MB (ns/op over the bytes of SetBytes).
func BenchmarkHostileLoad(b *testing.B) {
	for _, s := range synth.Shapes {
		for _, n := range []int{1 << 10, 64 << 10, 1 << 20, 4_000_000} {
			text := synth.Hostile(s, n)
			fsys := fstest.MapFS{"a.txt": &fstest.MapFile{Data: []byte(text)}}
			b.Run(fmt.Sprintf("%s/%dKB", s, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := engine.Open(fsys, "hostile", engine.Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
