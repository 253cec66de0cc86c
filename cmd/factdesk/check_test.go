package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedsDir is the seed corpus as a folder, the way a newsroom points check
// at its own.
const seedsDir = "../../seeds"

func TestCheckShowsWhatWasKept(t *testing.T) {
	out, _, err := runCLI(t, "check", seedsDir)
	require.NoError(t, err)
	for _, want := range []string{
		"../../seeds: 5 articles loaded, 1 not read\n",
		"\n004_ea041a958015aa0f.txt\n  title       Leaked Call Sparks Controversy Over US-Russia Ukraine Peace Talks\n  outlet      Devdiscourse (from sources.yaml)\n  published   2025-11-26\n  cites       Bloomberg\n  paragraphs  5 kept, 45 dropped as boilerplate\n",
		"    -    1  Left Menu  [short heading, no sentence]\n    T    3  Leaked Call Sparks Controversy Over US-Russia Ukraine Peace Talks\n    +    5  A leaked phone conversation between US and Russian officials,…\n",
		"    -   21  TRENDING  [short heading, no sentence]\n",
		"    -   85  © Copyright 2025  [copyright line]\n",
		"\n001_25263e0e9f502eb7.txt\n  title       (none: the text opens with its lead)\n  outlet      unknown (neither the manifest nor the text names it)\n",
		"    -    3  Details  [short heading, no sentence]\n",
		"  seeds.go: not an article (.txt or .md)\n",
	} {
		assert.Contains(t, out, want)
	}
}

func TestCheckJSONAgreesWithTheEngine(t *testing.T) {
	out, errw, err := runCLI(t, "check", "--json", seedsDir)
	require.NoError(t, err)
	assert.Empty(t, errw, "the seeds load without warnings")
	var r struct {
		Folder   string
		Articles []struct {
			File       string
			Title      *string
			Outlet     *string
			OutletFrom string `json:"outlet_from"`
			Published  *string
			Cites      []string
			Kept       int
			Dropped    int
			Paragraphs []struct{ Kind, Why, Text string }
			Quotes     int
			Facts      int
		}
		Ignored  []struct{ Name, Why string }
		Problems []any
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r), "stdout is one JSON document")
	require.Len(t, r.Articles, 5)
	assert.NotNil(t, r.Problems, "problems is a list, empty here")
	assert.Equal(t, []struct{ Name, Why string }{{"seeds.go", "not an article (.txt or .md)"}}, r.Ignored)

	a := r.Articles[4]
	require.NotNil(t, a.Title)
	assert.Equal(t, "Leaked Call Sparks Controversy Over US-Russia Ukraine Peace Talks", *a.Title)
	assert.Equal(t, 5, a.Kept)
	assert.Equal(t, 45, a.Dropped)
	assert.Equal(t, a.Kept+a.Dropped, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		assert.Equal(t, p.Kind == "boilerplate", p.Why != "", "a reason exactly for each dropped paragraph: %q", p.Text)
	}
	assert.Nil(t, r.Articles[1].Outlet, "unknown outlet is null")
	assert.Nil(t, r.Articles[1].Title, "no title is null")

	// The counts are the engine's: they add up to what `quotes` lists.
	qout, _, err := runCLI(t, "quotes", "--json", "--corpus", seedsDir)
	require.NoError(t, err)
	var quotes []struct{ File string }
	require.NoError(t, json.Unmarshal([]byte(qout), &quotes))
	perFile := map[string]int{}
	for _, q := range quotes {
		perFile[q.File]++
	}
	for _, a := range r.Articles {
		assert.Equal(t, perFile[a.File], a.Quotes, a.File)
	}
}

// copySeeds copies the seed articles into a new folder, without the
// manifest unless withManifest.
func copySeeds(t *testing.T, withManifest bool) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(seedsDir)
	require.NoError(t, err)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") && (!withManifest || e.Name() != "sources.yaml") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(seedsDir, e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644))
	}
	return dir
}

func TestCheckWithoutManifest(t *testing.T) {
	out, _, err := runCLI(t, "check", copySeeds(t, false))
	require.NoError(t, err)
	for _, want := range []string{
		"\n000_981dd985cbecc03a.txt\n  title       (none: the text opens with its lead)\n  outlet      UNN (from the text)\n",
		"\n001_25263e0e9f502eb7.txt\n  title       (none: the text opens with its lead)\n  outlet      unknown (neither the manifest nor the text names it)\n  published   2025-11-26\n  cites       Bloomberg, AP\n",
		"\n002_2912ca18f64d4cc1.txt\n  title       (none: the text opens with its lead)\n  outlet      UNN (from the text)\n",
		"\n003_9bbf0a362083fbb8.txt\n  title       (none: the text opens with its lead)\n  outlet      unknown (neither the manifest nor the text names it)\n",
		"  outlet      Devdiscourse (from the text)\n  published   2025-11-26\n",
	} {
		assert.Contains(t, out, want)
	}
}

func TestCheckWarnsAndLoadsTheRest(t *testing.T) {
	dir := copySeeds(t, true)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "photo.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "latin1.txt"), []byte("Caf\xe9"), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "drafts"), 0o755))

	out, errw, err := runCLI(t, "check", dir)
	require.NoError(t, err, "a folder that loads exits 0, warnings or not")
	assert.Equal(t, "warning: latin1.txt:1: skipped: not UTF-8 text (invalid byte at offset 3)\n"+
		"warning: photo.txt: skipped: binary file (NUL byte at offset 8)\n", errw)
	assert.Contains(t, out, ": 5 articles loaded, 2 files skipped, 1 not read\n")
	assert.Contains(t, out, "\nSkipped files:\n  latin1.txt:1: skipped: not UTF-8 text (invalid byte at offset 3)\n  photo.txt: skipped: binary file (NUL byte at offset 8)\n")
	assert.Contains(t, out, "  drafts/: sub-folder: only the top level is read\n")
}

func TestCheckUsage(t *testing.T) {
	for _, args := range [][]string{{"check"}, {"check", "a", "b"}} {
		_, _, err := runCLI(t, args...)
		require.Error(t, err)
		assert.Equal(t, 2, exitCode(err))
		assert.Equal(t, "check needs one folder (factdesk check DIR)", oneLine(err))
	}
}
