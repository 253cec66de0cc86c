package web

import (
	"bytes"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"factdesk/corpus"
	"factdesk/corpus/load"
)

// Page is an article read from a web page.
type Page struct {
	Meta
	// URL is the canonical address when the page states one, else the
	// address it was fetched from (or "" for a saved file without one).
	URL string
	// Text is the article as the corpus keeps it: the title on the first
	// line, then the paragraphs, one per line with a blank line between.
	Text string
}

// Bounds on what counts as an article: a page whose main text is shorter,
// or has no sentence, is an index, a gallery or an error page.
const (
	minArticleRunes = 200
	maxPageBytes    = 16 << 20
)

// ReadPage reads a page's metadata and its main text. contentType is the
// HTTP header ("" for a saved file): with the page's own <meta charset> it
// says how to decode, so Windows-1252 and ISO-8859-1 pages read right.
// base is the address the page came from, for relative links; it may be "".
func ReadPage(b []byte, contentType, base string) (Page, error) {
	if len(b) > maxPageBytes {
		return Page{}, corpus.Errorf(corpus.EINVALID, "page of %s is over the %s limit", load.HumanSize(int64(len(b))), load.HumanSize(maxPageBytes))
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return Page{}, corpus.Errorf(corpus.EINVALID, "no article found on the page (it is empty)")
	}
	r, err := charset.NewReader(bytes.NewReader(b), contentType)
	if err != nil {
		return Page{}, corpus.Errorf(corpus.EINVALID, "page: unknown character encoding in %q", contentType)
	}
	dec, err := io.ReadAll(io.LimitReader(r, 4*maxPageBytes))
	if err != nil {
		return Page{}, corpus.Errorf(corpus.EINVALID, "page: cannot decode: %v", err)
	}
	if !utf8.Valid(dec) {
		dec = bytes.ToValidUTF8(dec, []byte("\uFFFD"))
	}
	doc, err := html.Parse(bytes.NewReader(dec))
	if err != nil {
		return Page{}, corpus.Errorf(corpus.EINVALID, "page: not HTML: %v", err)
	}
	// Metadata first: readability prunes the tree it is given.
	p := Page{Meta: readMeta(doc)}
	pageURL, _ := url.Parse(base)
	if pageURL != nil && pageURL.Host == "" {
		pageURL = nil
	}
	if p.Canonical != "" {
		if c, err := url.Parse(p.Canonical); err == nil {
			if pageURL != nil {
				c = pageURL.ResolveReference(c)
			}
			if c.Scheme == "http" || c.Scheme == "https" {
				p.URL = c.String()
			}
		}
	}
	if p.URL == "" && pageURL != nil {
		p.URL = pageURL.String()
	}
	prune(doc)
	art, err := readability.FromDocument(doc, pageURL)
	if err != nil || art.Node == nil {
		return p, corpus.Errorf(corpus.EINVALID, "no article found on the page")
	}
	var sb strings.Builder
	if err := art.RenderText(&sb); err != nil {
		return p, corpus.Errorf(corpus.EINVALID, "no article found on the page")
	}
	// What readability finds the page says only when the metadata did not.
	p.Title = first(p.Title, art.Title())
	p.Outlet = first(p.Outlet, art.SiteName())
	p.Author = first(p.Author, art.Byline())
	if p.Published.IsZero() {
		if t, err := art.PublishedTime(); err == nil {
			p.Published = corpus.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
		}
	}
	paras := paragraphs(sb.String())
	if len(paras) > 0 && sameLine(paras[0], p.Title) {
		paras = paras[1:]
	}
	body := strings.Join(paras, "\n\n")
	if utf8.RuneCountInString(body) < minArticleRunes || !hasSentence(body) {
		return p, corpus.Errorf(corpus.EINVALID, "no article found on the page (%d characters of text, want %d or more in sentences)", utf8.RuneCountInString(body), minArticleRunes)
	}
	if p.Title != "" {
		body = p.Title + "\n\n" + body
	}
	p.Text = body + "\n"
	return p, nil
}

// hiddenClasses mark text meant for screen readers only ("Skip to
// content", "Post navigation" in WordPress themes): a sighted reader never
// sees it, and readability keeps it.
var hiddenClasses = []string{"screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden", "skip-link", "screenreader"}

// prune removes what no reader sees or reads as the article: navigation,
// hidden elements and screen-reader-only text.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && dropped(c) {
			n.RemoveChild(c)
		} else {
			prune(c)
		}
		c = next
	}
}

func dropped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Noscript, atom.Template:
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		for _, h := range hiddenClasses {
			if c == h {
				return true
			}
		}
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// paragraphs splits rendered text into trimmed one-line paragraphs.
func paragraphs(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

func sameLine(a, b string) bool {
	return b != "" && strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// hasSentence reports whether text has a word followed by sentence
// punctuation and a space or the end: an article, not a list of links.
func hasSentence(s string) bool {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if s[i-1] >= 'a' && s[i-1] <= 'z' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '"') {
				return true
			}
		}
	}
	return false
}
