package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

func TestOpenSeeds(t *testing.T) {
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	st := e.Stats()
	assert.Equal(t, SeedsName, st.Name)
	assert.Equal(t, 5, st.Articles)
	assert.Positive(t, st.Bytes)
	assert.Equal(t, 0, st.Problems, "the seeds load without warnings")
}

func TestOpenDirErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(file, []byte("x"), 0o644))
	tests := []struct {
		name, dir, want string
	}{
		{"missing folder", filepath.Join(dir, "nope"), "no such folder"},
		{"a file, not a folder", file, "not a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := OpenDir(tt.dir, Options{})
			require.Error(t, err)
			assert.Equal(t, corpus.EINVALID, corpus.ErrorCode(err))
			assert.Contains(t, err.Error(), tt.dir)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestQuestionsAreChecked(t *testing.T) {
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	tests := []struct {
		name, q, want string
	}{
		{"empty", "   ", "empty"},
		{"invalid utf-8", "who said \xff", "UTF-8"},
		{"too long", strings.Repeat("word ", MaxQuestion), "longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ask := range []func(context.Context, string) (corpus.Answer, error){e.Ask, e.WhoSaid} {
				_, err := ask(context.Background(), tt.q)
				require.Error(t, err)
				assert.Equal(t, corpus.EINVALID, corpus.ErrorCode(err))
				assert.Contains(t, corpus.ErrorMessage(err), tt.want)
			}
		})
	}
}

func TestSourcesByOutletThenDate(t *testing.T) {
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	var got []string
	for _, s := range e.Sources() {
		got = append(got, outletName(s)+" "+s.File[:3])
	}
	// Outlets sort case-insensitively; an unknown publisher comes last.
	assert.Equal(t, []string{"Devdiscourse 004", "i24NEWS 003", "UNN 000", "UNN 002", "? 001"}, got)
}

func outletName(s corpus.Source) string {
	if s.Outlet == nil {
		return "?"
	}
	return *s.Outlet
}

func TestQuotesOfASpeakerNamedAsQuestionsDo(t *testing.T) {
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	for _, name := range []string{"Bacon", "don bacon", "the Nebraska Republican", "Baycon"} {
		t.Run(name, func(t *testing.T) {
			qs := e.Quotes(QuoteFilter{Speaker: name})
			require.NotEmpty(t, qs)
			for _, q := range qs {
				assert.Equal(t, "Don Bacon", q.Speaker)
			}
		})
	}
}

func TestUnknownSpeakerHasNoQuotes(t *testing.T) {
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	assert.Empty(t, e.Quotes(QuoteFilter{Speaker: "Nobody Atall"}))
	assert.Len(t, e.Quotes(QuoteFilter{}), len(e.Corpus().Quotes))
}

// Readers never lock: answering while the corpus is swapped must be race-free.
func TestConcurrentAskAndReload(t *testing.T) {
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				_, err := e.Ask(context.Background(), "When did Witkoff and Ushakov speak?")
				assert.NoError(t, err)
				e.Speakers("ush", 5)
				e.Sources()
			}
		}()
	}
	for j := 0; j < 3; j++ {
		require.NoError(t, e.Reload("", Options{}))
	}
	wg.Wait()
}
