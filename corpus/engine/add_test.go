package engine

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/load"
)

const bridgeArticle = "Council backs new bridge\n\nThe council voted on Friday to build a new bridge across the harbour. \"This is the most important decision we have taken in a generation,\" the mayor, Ana Brandt, said after the vote.\n"

const ferryArticle = "Ferry crews vote to strike\n\nCrews on the island ferry have voted to strike for four days starting on March 18, the union said on Wednesday. \"We had no choice,\" said Tomas Berg, the union organiser.\n"

func parsed(t *testing.T, file, text, outlet string) *corpus.Article {
	t.Helper()
	m := &load.Manifest{File: file, Outlet: &outlet}
	a, err := load.One(file, []byte(text), m)
	require.NoError(t, err)
	return a
}

func TestAddMakesAnArticleAnswerableWithoutReload(t *testing.T) {
	e, err := OpenDir(writeFolder(t, map[string]string{"001_bridge.txt": bridgeArticle}), Options{})
	require.NoError(t, err)
	ctx := context.Background()
	before, err := e.WhoSaid(ctx, "we had no choice")
	require.NoError(t, err)
	require.False(t, before.Found)

	added, err := e.Add(parsed(t, "002_ferry.txt", ferryArticle, "Harbour Gazette"))
	require.NoError(t, err)
	require.Len(t, added, 1)
	assert.Equal(t, "002_ferry.txt", added[0].File)
	assert.Equal(t, "Harbour Gazette", added[0].Outlet)
	assert.Equal(t, 1, added[0].Quotes)
	assert.Equal(t, []string{"Tomas Berg"}, added[0].Speakers)

	after, err := e.WhoSaid(ctx, "we had no choice")
	require.NoError(t, err)
	assert.True(t, after.Found)
	assert.Equal(t, "Tomas Berg", after.Speaker)
	old, err := e.WhoSaid(ctx, "most important decision")
	require.NoError(t, err)
	assert.Equal(t, "Ana Brandt", old.Speaker, "the articles already served still answer")

	again, err := e.Add(parsed(t, "002_ferry.txt", ferryArticle, "Harbour Gazette"))
	require.NoError(t, err)
	assert.Empty(t, again, "a file the corpus has is not added twice")
	assert.Len(t, e.Corpus().Articles, 2)
}

// Readers never lock and never see a half-built corpus: an answer started
// before an Add finishes on the corpus it started with. Run with -race.
func TestAddWhileReadersAsk(t *testing.T) {
	e, err := OpenDir(writeFolder(t, map[string]string{"001_bridge.txt": bridgeArticle}), Options{})
	require.NoError(t, err)
	held := e.Corpus()
	var stop atomic.Bool
	var wg sync.WaitGroup
	var asked atomic.Int64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				a, err := e.WhoSaid(context.Background(), "most important decision")
				assert.NoError(t, err)
				assert.Equal(t, "Ana Brandt", a.Speaker)
				_ = e.Quotes(QuoteFilter{})
				_ = e.Sources()
				asked.Add(1)
			}
		}()
	}
	const n = 6
	var adders sync.WaitGroup
	for i := 0; i < n; i++ {
		adders.Add(1)
		go func(i int) {
			defer adders.Done()
			f := "00" + string(rune('2'+i)) + "_ferry.txt"
			_, err := e.Add(parsed(t, f, ferryArticle+"\nUpdate "+f+" was filed on the day.\n", "Harbour Gazette"))
			assert.NoError(t, err)
		}(i)
	}
	adders.Wait()
	time.Sleep(20 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	assert.Positive(t, asked.Load())
	assert.Len(t, e.Corpus().Articles, 1+n, "concurrent Adds lose none")
	assert.Len(t, held.Articles, 1, "a corpus already handed out never changes")
	for i, a := range e.Corpus().Articles {
		assert.Equal(t, i, a.ID)
	}
}

func TestWatcherAddsNewFilesAndReloadsChangedOnes(t *testing.T) {
	dir := writeFolder(t, map[string]string{"001_bridge.txt": bridgeArticle,
		"sources.yaml": "- file: 001_bridge.txt\n  outlet: Harbour Gazette\n"})
	e, err := OpenDir(dir, Options{})
	require.NoError(t, err)
	w := &Watcher{Engine: e, Dir: dir}
	_, reloaded, err := w.Scan()
	require.NoError(t, err)
	require.False(t, reloaded)
	old := time.Now().Add(-time.Minute) // past the settle time

	write := func(name, text string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		require.NoError(t, os.Chtimes(p, old, old))
	}
	t.Run("a new file and its entry are added one by one", func(t *testing.T) {
		write("002_ferry.txt", ferryArticle)
		write("sources.yaml", "- file: 001_bridge.txt\n  outlet: Harbour Gazette\n- file: 002_ferry.txt\n  outlet: Island Post\n  published: 2026-03-04\n")
		held := e.Corpus()
		added, reloaded, err := w.Scan()
		require.NoError(t, err)
		assert.False(t, reloaded)
		require.Len(t, added, 1)
		assert.Equal(t, "Island Post", added[0].Outlet)
		assert.Equal(t, "2026-03-04", added[0].Published.String())
		assert.Len(t, e.Corpus().Articles, 2)
		assert.Len(t, held.Articles, 1)
	})
	t.Run("a file too fresh to be complete waits for the next scan", func(t *testing.T) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "003_new.txt"), []byte(bridgeArticle+"\nMore.\n"), 0o644))
		added, _, err := w.Scan()
		require.NoError(t, err)
		assert.Empty(t, added)
		require.NoError(t, os.Remove(filepath.Join(dir, "003_new.txt")))
	})
	t.Run("a file that will not load is reported once", func(t *testing.T) {
		write("004_bin.txt", "\x00\x01binary")
		_, _, err := w.Scan()
		require.Error(t, err)
		assert.Contains(t, err.Error(), "004_bin.txt")
		_, _, err = w.Scan()
		assert.NoError(t, err, "not tried again while unchanged")
		require.NoError(t, os.Remove(filepath.Join(dir, "004_bin.txt")))
	})
	t.Run("a changed entry of a served article reloads everything", func(t *testing.T) {
		write("sources.yaml", "- file: 001_bridge.txt\n  outlet: Harbour Times\n- file: 002_ferry.txt\n  outlet: Island Post\n  published: 2026-03-04\n")
		_, reloaded, err := w.Scan()
		require.NoError(t, err)
		assert.True(t, reloaded)
		assert.Equal(t, "Harbour Times", e.Corpus().Articles[0].Outlet)
	})
	t.Run("a removed file reloads everything", func(t *testing.T) {
		require.NoError(t, os.Remove(filepath.Join(dir, "002_ferry.txt")))
		write("sources.yaml", "- file: 001_bridge.txt\n  outlet: Harbour Times\n")
		_, reloaded, err := w.Scan()
		require.NoError(t, err)
		assert.True(t, reloaded)
		assert.Len(t, e.Corpus().Articles, 1)
	})
}

func TestDescribeOneArticle(t *testing.T) {
	d := Describe(parsed(t, "x.txt", ferryArticle, "Harbour Gazette"))
	assert.Equal(t, 1, d.Quotes)
	assert.Equal(t, []string{"Tomas Berg"}, d.Speakers)
	assert.Equal(t, "Harbour Gazette", d.Outlet)
}

// BenchmarkAdd measures adding one article against the baseline of
// reloading the same folder with it, in the same run: the difference is
// the loading Add skips (go test -bench Add -benchtime 5x ./corpus/engine/;
// set FACTDESK_BENCH_DIR to a bigger folder, such as polnear-train).
func BenchmarkAdd(b *testing.B) {
	dir := os.Getenv("FACTDESK_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
		require.NoError(b, os.WriteFile(filepath.Join(dir, "001_bridge.txt"), []byte(bridgeArticle), 0o644))
		require.NoError(b, os.WriteFile(filepath.Join(dir, "002_ferry.txt"), []byte(ferryArticle), 0o644))
	}
	e, err := OpenDir(dir, Options{})
	require.NoError(b, err)
	fresh, err := load.One("zz_added.txt", []byte(ferryArticle+"\nThe union said talks would resume on Monday.\n"), nil)
	require.NoError(b, err)
	base := e.snap()
	b.Run("add one article", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			e.cur.Store(base)
			_, err := e.Add(fresh)
			require.NoError(b, err)
		}
	})
	b.Run("baseline: reload the folder", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			require.NoError(b, e.Reload(dir, Options{}))
		}
	})
}

func TestAddSkipsNilAndRepeatedArticles(t *testing.T) {
	e, err := OpenDir(writeFolder(t, map[string]string{"001_bridge.txt": bridgeArticle}), Options{})
	require.NoError(t, err)
	a := parsed(t, "002_ferry.txt", ferryArticle, "Harbour Gazette")
	added, err := e.Add(nil, a, a)
	require.NoError(t, err)
	require.Len(t, added, 1)
	assert.Equal(t, "002_ferry.txt", added[0].File)
	assert.Len(t, e.Corpus().Articles, 2)
}
