package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

const reloadArticle = "The council voted on Friday to build a new bridge across the harbour, ending years of argument over the old ferry route.\n\n\"This is the most important decision we have taken in a generation,\" the mayor, Ana Brandt, said after the vote.\n"

func writeFolder(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	return dir
}

// A reload that fails must leave the engine answering from the corpus it
// had: a newsroom fixing a typo in sources.yaml keeps its bot.
func TestBrokenReloadKeepsTheOldCorpus(t *testing.T) {
	tests := []struct {
		name string
		dir  func(t *testing.T) string
		want string
	}{
		{"missing folder", func(t *testing.T) string { return filepath.Join(t.TempDir(), "gone") }, "no such folder"},
		{"empty folder", func(t *testing.T) string { return t.TempDir() }, "empty folder"},
		{"malformed manifest", func(t *testing.T) string {
			return writeFolder(t, map[string]string{"a.txt": reloadArticle, "sources.yaml": "- file: a.txt\n  published: 2025-13-01\n"})
		}, `sources.yaml:1: entry 1: published "2025-13-01": want YYYY-MM-DD`},
		{"manifest naming a missing file", func(t *testing.T) string {
			return writeFolder(t, map[string]string{"a.txt": reloadArticle, "sources.yaml": "- file: b.txt\n"})
		}, `file "b.txt": no such article in the folder`},
		{"only binary files", func(t *testing.T) string {
			return writeFolder(t, map[string]string{"a.txt": "\x00\x01\x02"})
		}, "no readable article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := OpenDir("", Options{})
			require.NoError(t, err)
			before := e.Corpus()
			ask := func() corpus.Answer {
				a, err := e.Ask(context.Background(), "When did Witkoff and Ushakov speak on the phone?")
				require.NoError(t, err)
				return a
			}
			want := ask()

			err = e.Reload(tt.dir(t), Options{})
			require.Error(t, err)
			assert.Equal(t, corpus.EINVALID, corpus.ErrorCode(err))
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n")

			assert.Same(t, before, e.Corpus(), "the old corpus still serves")
			assert.Equal(t, SeedsName, e.Name())
			assert.Equal(t, 5, e.Stats().Articles)
			assert.Equal(t, want, ask(), "answers do not change")
		})
	}
}

func TestGoodReloadSwapsTheCorpus(t *testing.T) {
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	dir := writeFolder(t, map[string]string{
		"a.txt":        reloadArticle,
		"junk.txt":     "\x00",
		"sources.yaml": "- file: a.txt\n  outlet: Northshore Gazette\n  published: 2024-02-02\n",
	})
	require.NoError(t, e.Reload(dir, Options{}))
	assert.Equal(t, dir, e.Name())
	c := e.Corpus()
	require.Len(t, c.Articles, 1)
	assert.Equal(t, "Northshore Gazette", c.Articles[0].Outlet)
	assert.Equal(t, "2024-02-02", c.Articles[0].Published.String())
	require.Len(t, c.Problems, 1, "the binary file is a warning, not a failure")
	assert.Equal(t, "junk.txt", c.Problems[0].File)
}
