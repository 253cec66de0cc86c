package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/bot"
	"factdesk/corpus/engine"
)

// The saved pages of corpus/web's tests, written for them (invented stories).
// The path is made absolute before any test changes folder.
var webTestdata, _ = filepath.Abs(filepath.Join("..", "..", "corpus", "web", "testdata"))

func savedPage(name string) string { return filepath.Join(webTestdata, name) }

const deskArticle = "Harbour wall repairs delayed again\n\nRepairs to the harbour wall will not start before the summer, the port authority said on Monday. \"The contractor has gone,\" said Ola Dahl, the harbour master.\n"

func deskFolder(t *testing.T) string {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "001_wall.txt"), []byte(deskArticle), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sources.yaml"), []byte("- file: 001_wall.txt\n  outlet: Harbour Gazette\n"), 0o644))
	return dir
}

func TestAddSavedPages(t *testing.T) {
	serveEnv(t, nil)
	dir := deskFolder(t)
	out, errw, err := runCLI(t, "add", "--corpus", dir, savedPage("wordpress.html"), savedPage("menus.html"), savedPage("noarticle.html"))
	require.NoError(t, err, "some were added")
	assert.Equal(t, "added \"Ferry crews vote to strike over rota changes\" — Harbour Gazette, 2026-03-04 — 3 quotations (Tomas Berg, Helen Vik) [002_af98c3ab711dd3ee.txt]\n"+
		"added \"City approves budget with extra bus routes\" — The Metro Standard, 2026-04-09 — 2 quotations (Rafael Costa, Ingrid Moe) [003_4790c9ae57156596.txt]\n", out)
	assert.Equal(t, "not added: "+savedPage("noarticle.html")+": no article found on the page (59 characters of text, want 200 or more in sentences)\n", errw)

	out, errw, err = runCLI(t, "add", "--corpus", dir, savedPage("wordpress.html"))
	require.Error(t, err)
	assert.Equal(t, 2, exitCode(err))
	assert.Empty(t, out)
	assert.Equal(t, "not added: "+savedPage("wordpress.html")+": already in the corpus as 002_af98c3ab711dd3ee.txt (same address)\n", errw)

	out, _, err = runCLI(t, "sources", "--corpus", dir)
	require.NoError(t, err)
	assert.Contains(t, out, "The Metro Standard 2026-04-09 003_4790c9ae57156596.txt")
	assert.Contains(t, out, "Harbour Gazette")
}

func TestAddByAddressWithJSON(t *testing.T) {
	serveEnv(t, nil)
	page, err := os.ReadFile(savedPage("jsonld.html"))
	require.NoError(t, err)
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	defer s.Close()
	dir := deskFolder(t)
	_, _, err = runCLI(t, "add", "--corpus", dir, s.URL+"/dam")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nothing added")

	require.NoError(t, os.WriteFile("test.yaml", []byte("fetch: {allow_private: true}\n"), 0o644))
	out, _, err := runCLI(t, "add", "--config", "test.yaml", "--corpus", dir, "--json", s.URL+"/dam")
	require.NoError(t, err)
	var docs []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &docs))
	require.Len(t, docs, 1)
	assert.Equal(t, "Valley Courier", docs[0]["outlet"])
	assert.Equal(t, "2026-02-11", docs[0]["published"])
	assert.Equal(t, "https://valleycourier.example/news/dam-inspection", docs[0]["url"])
	assert.Equal(t, []any{"Daniel Reyes", "Karen Liu"}, docs[0]["speakers"])
}

func TestAddUsageErrors(t *testing.T) {
	serveEnv(t, nil)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no source", []string{"add", "--corpus", "x"}, "add needs a SOURCE"},
		{"no folder", []string{"add", "https://x.example/a"}, "add needs --corpus DIR: the embedded seeds cannot grow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, tt.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// serve's feed poller adds a new item to the engine it serves, and the
// folder watch adds a file put there by hand: each answerable in seconds.
func TestServeIngestsFeedsAndTheFolder(t *testing.T) {
	page, err := os.ReadFile(savedPage("amp.html"))
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.HandleFunc("/rail", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	})
	var base string
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Rail</title><link href="%s/rail"/></entry></feed>`, base)
	})
	s := httptest.NewServer(mux)
	defer s.Close()
	base = s.URL

	dir := deskFolder(t)
	cfg := bot.DefaultConfig()
	cfg.Corpus = dir
	cfg.Fetch.AllowPrivate = true
	cfg.Feeds = []bot.FeedConfig{{URL: s.URL + "/feed", Every: bot.Duration(time.Hour)}}
	cfg.Add.Watch = bot.Duration(50 * time.Millisecond)
	e, err := engine.OpenDir(dir, engine.Options{})
	require.NoError(t, err)
	var log lockedBuffer
	adder, stop := startIngest(context.Background(), e, cfg, slog.New(slog.NewTextHandler(&log, nil)))
	defer stop()
	require.NotNil(t, adder)
	waitFor(t, &log, regexp.MustCompile(`(feed item added)`))
	assert.Len(t, e.Corpus().Articles, 2)
	a, err := e.WhoSaid(context.Background(), "more stable than it was before")
	require.NoError(t, err)
	assert.Equal(t, "Sara Lind", a.Speaker)

	old := time.Now().Add(-time.Minute)
	p := filepath.Join(dir, "099_hand.txt")
	require.NoError(t, os.WriteFile(p, []byte(strings.ReplaceAll(deskArticle, "harbour wall", "sea wall")), 0o644))
	require.NoError(t, os.Chtimes(p, old, old))
	waitFor(t, &log, regexp.MustCompile(`(article added from the folder)`))
	assert.Len(t, e.Corpus().Articles, 3)
}
