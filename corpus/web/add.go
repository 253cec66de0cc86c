package web

import (
	"context"
	"errors"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/engine"
	"factdesk/corpus/load"
)

// Adder takes sources in: it fetches or reads them, saves each article to
// the folder and, when Engine is set (a running server), brings the
// served corpus up to date at once.
type Adder struct {
	Fetcher *Fetcher
	Folder  *Folder
	Engine  *engine.Engine // nil: only the folder changes (the CLI)
}

// Result is what became of one article.
type Result struct {
	Source string // the address or file asked for, or a feed item's address
	engine.Added
	Err error // why it was not added; *Duplicate for a duplicate
}

// maxFeedAdds bounds how many of a feed's items one call fetches: the
// rest wait for the next poll, so one feed cannot hog the fetcher.
const maxFeedAdds = 50

// Add takes in one source: an http(s) address of a page or a feed, or a
// saved .html file. A feed gives one result per new item.
func (a *Adder) Add(ctx context.Context, source string) []Result {
	source = strings.TrimSpace(source)
	if !strings.Contains(source, "://") {
		r, art := a.readFile(source)
		return a.serve([]Result{r}, []*corpus.Article{art})
	}
	resp, err := a.Fetcher.Get(ctx, source, Conditional{})
	if err != nil {
		return []Result{{Source: source, Err: err}}
	}
	if looksLikeFeed(resp.ContentType, resp.Body) {
		f, err := ParseFeed(resp.Body, resp.ContentType)
		if err != nil {
			return []Result{{Source: source, Err: corpus.Errorf(corpus.EINVALID, "%s: %s", shorten(source), corpus.ErrorMessage(err))}}
		}
		return a.AddItems(ctx, f.Items)
	}
	r, art := a.savePage(source, resp.Body, resp.ContentType, resp.URL.String(), corpus.Date{})
	return a.serve([]Result{r}, []*corpus.Article{art})
}

// AddItems fetches and adds the items of a feed that the folder does not
// have yet (by address), at most maxFeedAdds of them. They are saved one
// by one and reach the served corpus together: one rebuild of the
// cross-article stages, not one per item.
func (a *Adder) AddItems(ctx context.Context, items []Item) []Result {
	var out []Result
	var arts []*corpus.Article
	known := a.Folder.knownURLs()
	for _, it := range items {
		if len(out) >= maxFeedAdds || ctx.Err() != nil {
			break
		}
		if known[URLKey(it.Link)] {
			continue
		}
		known[URLKey(it.Link)] = true
		resp, err := a.Fetcher.Get(ctx, it.Link, Conditional{})
		if err != nil {
			out = append(out, Result{Source: it.Link, Err: err})
			arts = append(arts, nil)
			continue
		}
		r, art := a.savePage(it.Link, resp.Body, resp.ContentType, resp.URL.String(), it.Published)
		out = append(out, r)
		arts = append(arts, art)
	}
	return a.serve(out, arts)
}

func (a *Adder) readFile(path string) (Result, *corpus.Article) {
	r := Result{Source: path}
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".html" && ext != ".htm" {
		r.Err = corpus.Errorf(corpus.EINVALID, "%s: want an http(s) address or a saved .html page", path)
		return r, nil
	}
	f, err := os.Open(path)
	if err != nil {
		r.Err = corpus.Errorf(corpus.EINVALID, "%s: %v", path, unwrapPath(err))
		return r, nil
	}
	defer f.Close()
	// A saved page has the fetcher's size cap, as the page fetched would.
	limit := a.Fetcher.cfg.MaxBytes
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		r.Err = corpus.Errorf(corpus.EINVALID, "%s: %v", path, unwrapPath(err))
		return r, nil
	}
	if int64(len(b)) > limit {
		r.Err = corpus.Errorf(corpus.EINVALID, "%s: the page is over the %s limit", path, load.HumanSize(limit))
		return r, nil
	}
	return a.savePage(path, b, "", "", corpus.Date{})
}

// savePage reads one page and saves it to the folder; date is the feed's
// date for it, used when the page states none. It returns the article as
// the loader reads it, or nil with the reason in the Result.
func (a *Adder) savePage(source string, b []byte, contentType, base string, date corpus.Date) (r Result, art *corpus.Article) {
	r = Result{Source: source}
	// A hostile page must not take down the server polling a feed.
	defer func() {
		if p := recover(); p != nil {
			r, art = Result{Source: source, Err: corpus.Errorf(corpus.EINTERNAL, "%s: panic while reading the page: %v", shorten(source), p)}, nil
		}
	}()
	p, err := ReadPage(b, contentType, base)
	if err != nil {
		r.Err = corpus.Errorf(corpus.EINVALID, "%s: %s", shorten(source), corpus.ErrorMessage(err))
		return r, nil
	}
	if p.Published.IsZero() {
		p.Published = date
	}
	file, err := a.Folder.Save(p)
	if err != nil {
		var d *Duplicate
		if errors.As(err, &d) {
			r.Err = err
			return r, nil
		}
		r.Err = corpus.Errorf(corpus.ErrorCode(err), "%s: %s", shorten(source), corpus.ErrorMessage(err))
		return r, nil
	}
	m := load.Manifest{File: file, URL: p.URL, Published: p.Published.String(), Date: p.Published}
	if p.Outlet != "" {
		o := p.Outlet
		m.Outlet = &o
	}
	art, err = load.One(file, []byte(p.Text), &m)
	if err != nil {
		r.Err = err
		return r, nil
	}
	r.Added = engine.Describe(art)
	// The page's own title, where the loader saw the first line as prose.
	r.Title = first(r.Title, p.Title)
	return r, art
}

// serve adds the saved articles (arts[i] belongs to res[i], nil for a
// refusal) to the served corpus at once, when there is one, and fills in
// what the whole corpus says of them (speakers are resolved across it).
func (a *Adder) serve(res []Result, arts []*corpus.Article) []Result {
	if a.Engine == nil {
		return res
	}
	var batch []*corpus.Article
	for _, art := range arts {
		if art != nil {
			batch = append(batch, art)
		}
	}
	if len(batch) == 0 {
		return res
	}
	added, err := a.Engine.Add(batch...)
	byFile := map[string]engine.Added{}
	for _, ad := range added {
		byFile[ad.File] = ad
	}
	for i, art := range arts {
		if art == nil {
			continue
		}
		if err != nil {
			// Saved in the folder all the same: the next reload or folder
			// scan serves it.
			res[i].Err = err
			continue
		}
		if ad, ok := byFile[art.File]; ok {
			title := res[i].Title
			res[i].Added = ad
			res[i].Title = first(ad.Title, title)
		}
	}
	return res
}

// looksLikeFeed tells a feed from a page by its content type, and for the
// generic XML and JSON types by its first element.
func looksLikeFeed(contentType string, b []byte) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return false
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return true
	}
	head := strings.ToLower(string(b[:min(len(b), 1024)]))
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf") || strings.Contains(head, "jsonfeed.org")
}

// knownURLs are the address keys of the folder's manifest, so a feed poll
// fetches only what is new.
func (f *Folder) knownURLs() map[string]bool {
	out := map[string]bool{}
	_, list, err := load.ReadManifestFile(filepath.Join(f.Dir, load.ManifestFile))
	if err != nil {
		return out // Save reports it, with the file and line
	}
	for _, m := range list {
		if k := URLKey(m.URL); k != "" {
			out[k] = true
		}
	}
	return out
}

// Reason is the one-line reason for people of an Adder error: a duplicate
// names the article already there; an unexpected error is "internal error"
// (the detail is for the log).
func Reason(err error) string {
	var d *Duplicate
	if errors.As(err, &d) {
		return d.Error()
	}
	return corpus.ErrorMessage(err)
}
