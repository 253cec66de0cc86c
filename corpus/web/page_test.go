package web

import (
	"time"

	"factdesk/corpus"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The saved pages in testdata are written for these tests, in the markup
// of common news systems; their stories are invented.
func TestReadPageCommonNewsSystems(t *testing.T) {
	tests := []struct {
		name, file, contentType          string
		title, outlet, date, url, author string
		has                              []string // paragraphs of the article
		hasNot                           []string // menus, trending lists, footers, banners
	}{
		{name: "WordPress article with sidebar and cookie notice", file: "wordpress.html",
			title: "Ferry crews vote to strike over rota changes", outlet: "Harbour Gazette", date: "2026-03-04",
			url: "https://harbourgazette.example/2026/03/04/ferry-crews-vote-to-strike/", author: "Mira Olsen",
			has:    []string{"Crews on the island ferry service", "Of the 212 members", "“Nobody on these boats", "The strike is due to begin on March 18"},
			hasNot: []string{"Skip to content", "Trending", "Lighthouse keeper", "cookies", "Proudly powered", "Post navigation", "Contact us"}},
		{name: "metadata in JSON-LD only (@graph)", file: "jsonld.html",
			title: "Dam inspection finds cracks in spillway", outlet: "Valley Courier", date: "2026-02-11",
			url: "https://valleycourier.example/news/dam-inspection", author: "Priya Anand",
			has:    []string{"State engineers found cracks", `"We would rather lower the water now`, "Karen Liu"},
			hasNot: []string{"Subscribe", "Advertise with us"}},
		{name: "AMP page", file: "amp.html",
			title: "Rail line to reopen after landslide", outlet: "Northern Ledger", date: "2026-01-20",
			url: "https://northernledger.example/news/rail-line-reopen", author: "Jon Hale",
			has:    []string{"The coastal rail line closed", "said Sara Lind", "Commuters have relied"},
			hasNot: []string{"Front page", "Menu", "UA-000"}},
		{name: "menus, trending and most-read lists around the article", file: "menus.html",
			title: "City approves budget with extra bus routes", outlet: "The Metro Standard", date: "2026-04-09",
			url: "https://metrostandard.example/city/budget-bus-routes-2026", author: "Lena Kowalski",
			has:    []string{"The city council approved", "said deputy mayor Rafael Costa", "said councillor Ingrid Moe", "120 more drivers"},
			hasNot: []string{"Trending now", "Most read", "Heatwave", "Storm warning", "Sign up", "cookies", "All rights reserved", "Podcasts"}},
		{name: "Windows-1252 page (meta http-equiv)", file: "cp1252.html",
			title: "Café owners protest terrace fees", outlet: "Le Petit Riverain", date: "2026-05-02",
			url: "https://petitriverain.example/cafe-terraces",
			has: []string{"forty cafés", "“A terrace is what keeps a small café alive", "André Morel"}, hasNot: []string{"Accueil"}},
		{name: "ISO-8859-1 page (charset in the HTTP header only)", file: "latin1.html", contentType: "text/html; charset=iso-8859-1",
			title: "Café owners protest terrace fees", outlet: "Le Petit Riverain", date: "2026-05-02",
			url: "https://petitriverain.example/cafe-terraces-latin1",
			has: []string{"Renée Duval", "André Morel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := os.ReadFile("testdata/" + tt.file)
			require.NoError(t, err)
			p, err := ReadPage(b, tt.contentType, "https://example.org/fetched/from")
			require.NoError(t, err)
			assert.Equal(t, tt.title, p.Title)
			assert.Equal(t, tt.outlet, p.Outlet)
			assert.Equal(t, tt.date, p.Published.String())
			assert.Equal(t, tt.url, p.URL)
			assert.Equal(t, tt.author, p.Author)
			assert.True(t, strings.HasPrefix(p.Text, tt.title+"\n\n"), "the title is the first line: %q", p.Text[:min(80, len(p.Text))])
			for _, s := range tt.has {
				assert.Contains(t, p.Text, s)
			}
			for _, s := range tt.hasNot {
				assert.NotContains(t, p.Text, s)
			}
			assert.True(t, utf8.ValidString(p.Text))
			assert.NotContains(t, p.Text, "\n\n\n", "paragraphs are separated by one blank line")
		})
	}
}

func TestReadPageRefusals(t *testing.T) {
	noArticle, err := os.ReadFile("testdata/noarticle.html")
	require.NoError(t, err)
	tests := []struct {
		name string
		page []byte
		want string
	}{
		{"a front page of links", noArticle, "no article found on the page"},
		{"an empty page", []byte(""), "no article found on the page"},
		{"plain text, not a page", []byte("just a few words"), "no article found on the page"},
		{"a page over the size cap", []byte(strings.Repeat("<p>word </p>", maxPageBytes/11+10)), "over the 16.0 MB limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPage(tt.page, "text/html", "")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n", "one line")
		})
	}
}

func TestReadMetaSources(t *testing.T) {
	page := func(head string) string {
		return "<html><head>" + head + "</head><body><p>x</p></body></html>"
	}
	tests := []struct {
		name, html                string
		outlet, date, url, author string
	}{
		{"JSON-LD wins over Open Graph",
			page(`<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Ledger"},"datePublished":"2026-01-02T10:00:00Z"}</script><meta property="og:site_name" content="Other"><meta property="article:published_time" content="2025-05-05">`),
			"Ledger", "2026-01-02", "", ""},
		{"a list of JSON-LD objects and a list of types",
			page(`<script type="application/ld+json">[{"@type":"WebSite","name":"Site"},{"@type":["ReportageNewsArticle"],"publisher":"Wire","author":[{"name":"A One"},{"name":"B Two"}]}]</script>`),
			"Wire", "", "", "A One, B Two"},
		{"the day is the publisher's, not UTC's",
			page(`<meta property="article:published_time" content="2026-03-01T23:30:00-05:00">`), "", "2026-03-01", "", ""},
		{"the canonical link wins over og:url; relative addresses resolve",
			page(`<meta property="og:url" content="https://x.example/a?utm_source=t"><link rel="canonical" href="/a">`), "", "", "https://x.example/a", ""},
		{"an author given as a profile address is no name",
			page(`<meta property="article:author" content="https://facebook.example/someone"><meta name="parsely-author" content="Kim Park">`), "", "", "", "Kim Park"},
		{"broken JSON-LD is skipped, not fatal",
			page(`<script type="application/ld+json">{"@type":"NewsArticle",</script><meta property="og:site_name" content="Fallback">`), "Fallback", "", "", ""},
		{"a <time datetime> when nothing else dates it",
			"<html><body><time datetime=\"2026-07-04\">4 July</time></body></html>", "", "2026-07-04", "", ""},
		{"a nonsense date is no date",
			page(`<meta property="article:published_time" content="yesterday">`), "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := ReadPage([]byte(tt.html), "", "https://x.example/from")
			assert.Equal(t, tt.outlet, p.Outlet)
			assert.Equal(t, tt.date, p.Published.String())
			if tt.url != "" {
				assert.Equal(t, tt.url, p.URL)
			}
			assert.Equal(t, tt.author, p.Author)
		})
	}
}

// FuzzReadPage: any bytes read as a page give an error or an article whose
// text is valid UTF-8 and starts with its title; nothing panics.
func FuzzReadPage(f *testing.F) {
	for _, n := range []string{"wordpress.html", "jsonld.html", "amp.html", "menus.html", "cp1252.html", "noarticle.html"} {
		b, err := os.ReadFile("testdata/" + n)
		require.NoError(f, err)
		f.Add(b, "")
	}
	f.Add([]byte(`<script type="application/ld+json">[[[[[[[[[[{"@type":"NewsArticle"}]]]]]]]]]]</script>`), "text/html; charset=utf-16")
	f.Add([]byte("\xff\xfe<\x00p\x00>"), "text/html; charset=nonsense")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		p, err := ReadPage(b, ct, "https://x.example/a")
		if err != nil {
			assert.NotContains(t, err.Error(), "\n")
			return
		}
		assert.True(t, utf8.ValidString(p.Text))
		assert.True(t, strings.HasPrefix(p.Text, p.Title))
		assert.True(t, utf8.ValidString(p.Outlet) && utf8.ValidString(p.Title))
	})
}

func day(y, m, d int) corpus.Date { return corpus.Date{Year: y, Month: time.Month(m), Day: d} }
