package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
)

// newsSite serves the saved pages and a feed that lists them; the feed
// can change between polls.
type newsSite struct {
	*httptest.Server
	mu       sync.Mutex
	feed     string // the feed's body; its ETag is its length
	feedHits atomic.Int32
	notMod   atomic.Int32
}

func startSite(t *testing.T) *newsSite {
	s := &newsSite{}
	mux := http.NewServeMux()
	for _, n := range []string{"wordpress", "jsonld", "amp", "menus", "noarticle"} {
		body := pageBytes(t, n+".html")
		mux.HandleFunc("/"+n, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		})
	}
	latin1 := pageBytes(t, "latin1.html")
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write(latin1)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		s.feedHits.Add(1)
		s.mu.Lock()
		body := s.feed
		s.mu.Unlock()
		etag := fmt.Sprintf(`"%d"`, len(body))
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.notMod.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, body)
	})
	s.Server = serveOn(t, "127.0.0.1", mux)
	return s
}

func (s *newsSite) setFeed(paths ...string) {
	body := "<rss><channel><title>Test desk</title>"
	for _, p := range paths {
		body += fmt.Sprintf("<item><title>%s</title><link>%s/%s</link><pubDate>Mon, 02 Mar 2026 10:00:00 +0000</pubDate></item>", p, s.URL, p)
	}
	s.mu.Lock()
	s.feed = body + "</channel></rss>"
	s.mu.Unlock()
}

const seedArticle = "Harbour wall repairs delayed again\n\nRepairs to the harbour wall will not start before the summer, the port authority said on Monday. \"The contractor has gone,\" said Ola Dahl, the harbour master.\n"

func liveAdder(t *testing.T) (*Adder, *engine.Engine) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "001_old.txt"), []byte(seedArticle), 0o644))
	e, err := engine.OpenDir(dir, engine.Options{})
	require.NoError(t, err)
	return &Adder{Fetcher: testFetcher(Config{PerHost: time.Millisecond}, allowOnly("127.0.0.1")), Folder: &Folder{Dir: dir}, Engine: e}, e
}

func TestAddPagesByAddressToARunningEngine(t *testing.T) {
	site := startSite(t)
	a, e := liveAdder(t)
	ctx := context.Background()
	tests := []struct {
		path, outlet, date string
		speakers           []string
	}{
		{"wordpress", "Harbour Gazette", "2026-03-04", []string{"Tomas Berg", "Helen Vik"}},
		{"jsonld", "Valley Courier", "2026-02-11", []string{"Daniel Reyes", "Karen Liu"}},
		{"latin1", "Le Petit Riverain", "2026-05-02", []string{"Renée Duval"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res := a.Add(ctx, site.URL+"/"+tt.path)
			require.Len(t, res, 1)
			require.NoError(t, res[0].Err)
			assert.Equal(t, tt.outlet, res[0].Outlet)
			assert.Equal(t, tt.date, res[0].Published.String())
			assert.Equal(t, tt.speakers, res[0].Speakers)
			assert.Positive(t, res[0].Quotes)
		})
	}
	assert.Len(t, e.Corpus().Articles, 4, "the engine serves them at once, no reload")
	ans, err := e.Ask(ctx, "When is the ferry strike due to begin?")
	require.NoError(t, err)
	require.True(t, ans.Found, "an added article answers at once")
	assert.Contains(t, ans.Answer, "March 18")

	t.Run("the same page again is refused and nothing is lost", func(t *testing.T) {
		res := a.Add(ctx, site.URL+"/wordpress")
		require.Len(t, res, 1)
		var d *Duplicate
		require.True(t, errors.As(res[0].Err, &d))
		assert.Equal(t, "address", d.Same)
		assert.Len(t, e.Corpus().Articles, 4)
	})
	t.Run("a page without an article", func(t *testing.T) {
		res := a.Add(ctx, site.URL+"/noarticle")
		require.Error(t, res[0].Err)
		assert.Contains(t, res[0].Err.Error(), "/noarticle: no article found on the page")
	})
	t.Run("a 404", func(t *testing.T) {
		res := a.Add(ctx, site.URL+"/gone")
		require.Error(t, res[0].Err)
		assert.Contains(t, res[0].Err.Error(), "404 Not Found")
	})
	t.Run("a saved page", func(t *testing.T) {
		res := a.Add(ctx, filepath.Join("testdata", "amp.html"))
		require.NoError(t, res[0].Err)
		assert.Equal(t, "Northern Ledger", res[0].Outlet)
		assert.Equal(t, "https://northernledger.example/news/rail-line-reopen", res[0].URL)
	})
	t.Run("a 10 MB saved page", func(t *testing.T) {
		big := filepath.Join(t.TempDir(), "big.html")
		require.NoError(t, os.WriteFile(big, []byte("<p>"+strings.Repeat("word ", 2<<20)+"</p>"), 0o644))
		res := a.Add(ctx, big)
		assert.EqualError(t, res[0].Err, big+": the page is over the 5.0 MB limit")
	})
	t.Run("a file that is no page", func(t *testing.T) {
		res := a.Add(ctx, filepath.Join("testdata", "notes.txt"))
		assert.EqualError(t, res[0].Err, "testdata/notes.txt: want an http(s) address or a saved .html page")
	})
	reloaded, err := engine.OpenDir(a.Folder.Dir, engine.Options{})
	require.NoError(t, err)
	assert.Len(t, reloaded.Corpus().Articles, 5, "the folder holds what the engine serves")
}

func TestAddAFeedAddsItsItems(t *testing.T) {
	site := startSite(t)
	site.setFeed("wordpress", "menus", "noarticle")
	a, e := liveAdder(t)
	res := a.Add(context.Background(), site.URL+"/feed")
	require.Len(t, res, 3)
	assert.NoError(t, res[0].Err)
	assert.NoError(t, res[1].Err)
	assert.Error(t, res[2].Err)
	assert.Len(t, e.Corpus().Articles, 3)
}

func TestPollHonoursETagAndAddsWhatAChangingFeedBrings(t *testing.T) {
	site := startSite(t)
	a, e := liveAdder(t)
	p := &Poller{Adder: a}
	ctx := context.Background()
	feedURL := site.URL + "/feed"

	site.setFeed("wordpress")
	res, err := p.Poll(ctx, feedURL)
	require.NoError(t, err)
	require.Len(t, res, 1)
	assert.NoError(t, res[0].Err)

	res, err = p.Poll(ctx, feedURL)
	require.NoError(t, err)
	assert.Empty(t, res)
	assert.Equal(t, int32(1), site.notMod.Load(), "the second poll was a conditional GET answered 304")

	site.setFeed("jsonld", "wordpress", "noarticle")
	res, err = p.Poll(ctx, feedURL)
	require.NoError(t, err)
	require.Len(t, res, 2, "only the new items are fetched")
	assert.NoError(t, res[0].Err)
	assert.Error(t, res[1].Err)
	assert.Len(t, e.Corpus().Articles, 3)

	site.setFeed("jsonld", "wordpress", "noarticle", "amp-gone")
	res, err = p.Poll(ctx, feedURL)
	require.NoError(t, err)
	require.Len(t, res, 1, "a refused item is not fetched again")
	assert.Contains(t, res[0].Err.Error(), "404")
}

func TestPollBacksOffOnErrors(t *testing.T) {
	site := startSite(t)
	a, _ := liveAdder(t)
	p := &Poller{Adder: a}
	site.mu.Lock()
	site.feed = "<rss><channel><item><title>broken"
	site.mu.Unlock()
	every := time.Minute
	want := []time.Duration{2 * time.Minute, 4 * time.Minute, 8 * time.Minute}
	for i, w := range want {
		t.Run(fmt.Sprintf("error %d", i+1), func(t *testing.T) {
			_, err := p.Poll(context.Background(), site.URL+"/feed")
			require.Error(t, err)
			assert.Contains(t, err.Error(), "feed: broken XML")
			assert.Equal(t, w, p.delay(site.URL+"/feed", every, err))
		})
	}
	site.setFeed()
	_, err := p.Poll(context.Background(), site.URL+"/feed")
	require.NoError(t, err)
	assert.Equal(t, every, p.delay(site.URL+"/feed", every, nil), "back to the interval once it works")
	for i := 0; i < 20; i++ {
		p.stateOf(site.URL+"/feed").failures++
	}
	assert.Equal(t, MaxBackoff, p.delay(site.URL+"/feed", every, errors.New("x")))
}
