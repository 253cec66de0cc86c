// Package engine wires factdesk's stages — load, people, quotations, facts,
// clusters, index, answer — into the one type that cmd/factdesk and bot
// call. It keeps the current corpus behind an atomic pointer, so a reload
// that fails leaves the old corpus serving and readers never lock.
package engine

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"factdesk/corpus"
	"factdesk/corpus/answer"
	"factdesk/corpus/clean"
	"factdesk/corpus/cluster"
	"factdesk/corpus/fact"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
	"factdesk/seeds"
)

// Options tune loading and building.
type Options struct {
	// MaxFileSize skips larger articles with a warning; 0 means
	// load.DefaultMaxFileSize.
	MaxFileSize int64
	// NoCompact keeps the corpus as the build left it, not laid out
	// again through a snapshot (compact): for comparing the two.
	NoCompact bool
}

// Engine answers questions over one corpus at a time. It is safe for
// concurrent use.
type Engine struct {
	cur  atomic.Pointer[snapshot]
	adds addQueue // Adds waiting for the one building (add.go)
}

// snapshot is one fully built corpus; it is never changed once published.
type snapshot struct {
	name     string
	c        *corpus.Corpus
	r        *person.Resolver
	idx      *index.Index
	ans      *answer.Answerer
	speakers []string // names and aliases of people with quotations, for autocomplete
	owner    []int    // speakers[i] belongs to person owner[i]
	bytes    int
}

// SeedsName is how the embedded corpus is named in messages.
const SeedsName = "embedded seeds"

// Open loads the corpus of fsys; name shows it in errors.
func Open(fsys fs.FS, name string, opt Options) (*Engine, error) {
	return OpenContext(context.Background(), fsys, name, opt)
}

// OpenContext is Open that gives up when ctx is done (Ctrl-C), between
// files and between stages, with an error that wraps ctx's.
func OpenContext(ctx context.Context, fsys fs.FS, name string, opt Options) (*Engine, error) {
	s, err := build(ctx, fsys, name, opt)
	if err != nil {
		return nil, err
	}
	e := &Engine{}
	e.cur.Store(s)
	return e, nil
}

// OpenDir loads a folder of articles, or the embedded seeds when dir is "".
func OpenDir(dir string, opt Options) (*Engine, error) {
	return OpenDirContext(context.Background(), dir, opt)
}

// OpenDirContext is OpenDir that gives up when ctx is done.
func OpenDirContext(ctx context.Context, dir string, opt Options) (*Engine, error) {
	fsys, name, err := source(dir)
	if err != nil {
		return nil, err
	}
	defer release(fsys)
	return OpenContext(ctx, fsys, name, opt)
}

// Reload swaps in the corpus of dir ("" for the seeds). When it fails the
// engine keeps serving the corpus it had.
func (e *Engine) Reload(dir string, opt Options) error {
	return e.ReloadContext(context.Background(), dir, opt)
}

// ReloadContext is Reload that is abandoned when ctx is done (SIGTERM
// during a reload): the engine keeps the corpus it had.
func (e *Engine) ReloadContext(ctx context.Context, dir string, opt Options) error {
	fsys, name, err := source(dir)
	if err != nil {
		return err
	}
	defer release(fsys)
	s, err := build(ctx, fsys, name, opt)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: reload abandoned: %w", name, err)
	}
	e.cur.Store(s)
	index.ForgetWords() // tokens cached from the corpus replaced would keep its text
	return nil
}

func source(dir string) (fs.FS, string, error) {
	if dir == "" {
		return seeds.FS, SeedsName, nil
	}
	st, err := os.Stat(dir)
	switch {
	case err != nil && os.IsNotExist(err):
		return nil, dir, corpus.Errorf(corpus.EINVALID, "%s: no such folder", dir)
	case err != nil:
		return nil, dir, corpus.Errorf(corpus.EINVALID, "%s: %v", dir, err)
	case !st.IsDir():
		return nil, dir, corpus.Errorf(corpus.EINVALID, "%s: not a folder", dir)
	}
	// Through a Root, a file swapped for a link out of the folder between
	// listing and reading is refused by the kernel, not read.
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, dir, corpus.Errorf(corpus.EINVALID, "%s: %v", dir, err)
	}
	return rootFS{root.FS(), root}, dir, nil
}

// rootFS is a folder read through its os.Root, which Close releases once
// the corpus is read (a reload a day would otherwise keep a descriptor
// each). It passes on what loading uses of the Root's FS.
type rootFS struct {
	fs.FS
	root *os.Root
}

func (r rootFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(r.FS, name) }
func (r rootFS) ReadLink(name string) (string, error)       { return fs.ReadLink(r.FS, name) }
func (r rootFS) Lstat(name string) (fs.FileInfo, error)     { return fs.Lstat(r.FS, name) }
func (r rootFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(r.FS, name) }
func (r rootFS) Close() error                               { return r.root.Close() }

var (
	_ fs.ReadLinkFS = rootFS{}
	_ fs.ReadDirFS  = rootFS{}
	_ fs.StatFS     = rootFS{}
)

// release closes fsys when it holds a descriptor.
func release(fsys fs.FS) {
	if c, ok := fsys.(io.Closer); ok {
		c.Close()
	}
}

func build(ctx context.Context, fsys fs.FS, name string, opt Options) (*snapshot, error) {
	c, err := load.LoadContext(ctx, fsys, name, load.Options{MaxFileSize: opt.MaxFileSize})
	if err != nil {
		return nil, err
	}
	s, err := assembleContext(ctx, c, name)
	if err != nil || opt.NoCompact {
		return s, err
	}
	return compact(s)
}

// compact lays a built corpus out again through its snapshot: what a
// build keeps is scattered among its freed garbage, pages held part full
// (0.5 MB, half the text at 1,000 articles), and read back from one
// payload it is dense, for about a tenth of a build.
func compact(s *snapshot) (*snapshot, error) {
	payload, err := encodeSnapshot(s)
	if err != nil {
		return nil, err
	}
	s = nil // the payload holds it all; the build can go before decoding
	runtime.GC()
	// Emptied by served among the build, the caches' new roots would
	// hold pages of it once it is gone.
	lex.ForgetCache()
	quote.ForgetCache()
	out, err := decodeSnapshot(payload)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINTERNAL, "compacting: %v", err)
	}
	return out, nil
}

// assemble runs the stages after loading on a corpus whose articles are
// read and split into sentences; Add uses it too.
func assemble(c *corpus.Corpus, name string) *snapshot {
	s, _ := assembleContext(context.Background(), c, name) // never stopped
	return s
}

// assembleContext is assemble that gives up between stages when ctx is
// done; each stage runs to its end.
func assembleContext(ctx context.Context, c *corpus.Corpus, name string) (*snapshot, error) {
	stopped := func() error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: loading stopped: %w", name, err)
		}
		return nil
	}
	if err := stopped(); err != nil {
		return nil, err
	}
	r := person.Build(c.Articles)
	if err := stopped(); err != nil {
		return nil, err
	}
	c.Quotes = quote.Extract(c.Articles, r)
	c.People = r.People()
	if err := stopped(); err != nil {
		return nil, err
	}
	c.Facts = fact.Extract(c.Articles, r)
	if err := stopped(); err != nil {
		return nil, err
	}
	cluster.Build(c)
	if err := stopped(); err != nil {
		return nil, err
	}
	idx := index.Build(c)
	if err := stopped(); err != nil {
		return nil, err
	}
	// Built: the sentence spans served the stages, and would cost a
	// quarter of the text's size for as long as the corpus is served.
	for _, a := range c.Articles {
		a.Sentences = nil
	}
	return served(name, c, r, idx), nil
}

// served makes a built corpus ready to answer from.
func served(name string, c *corpus.Corpus, r *person.Resolver, idx *index.Index) *snapshot {
	// What is built from here on is kept for as long as the corpus is
	// served: collected first, the stages' garbage leaves holes for it in
	// pages already in use, instead of its being spread over new pages
	// among the garbage of building it (0.05-0.1 times the text at 1,000
	// articles; one collection, under a hundredth of a build).
	runtime.GC()
	r.ForgetCaches() // extraction is over
	a := answer.New(c, idx, r)
	lex.ForgetCache() // so is every lemma lookup of the build's
	quote.ForgetCache()
	return servedWith(name, c, r, idx, a)
}

// servedWith is served around an answerer already made (restored from a
// snapshot file).
func servedWith(name string, c *corpus.Corpus, r *person.Resolver, idx *index.Index, ans *answer.Answerer) *snapshot {
	index.ForgetWords() // the tokens cached while building point into the built text
	s := &snapshot{name: name, c: c, r: r, idx: idx, ans: ans}
	for _, a := range c.Articles {
		s.bytes += len(a.Text)
	}
	has := map[int]bool{}
	for _, q := range c.Quotes {
		has[int(q.SpeakerID)] = true
	}
	for _, p := range c.People {
		if !has[p.ID] {
			continue
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			s.speakers = append(s.speakers, clean.String(n))
			s.owner = append(s.owner, p.ID)
		}
	}
	return s
}

func (e *Engine) snap() *snapshot { return e.cur.Load() }

// Corpus returns the current corpus. Callers must not modify it.
func (e *Engine) Corpus() *corpus.Corpus { return e.snap().c }

// Name is the folder the corpus came from, or SeedsName.
func (e *Engine) Name() string { return e.snap().name }

// MaxQuestion bounds a question's length: a reporter's question is short,
// and the bound keeps pathological input cheap.
const MaxQuestion = 1000

func checkQuestion(q string) (string, error) {
	q = strings.TrimSpace(clean.String(q))
	switch {
	case q == "":
		return "", corpus.Errorf(corpus.EINVALID, "the question is empty")
	case !utf8.ValidString(q):
		return "", corpus.Errorf(corpus.EINVALID, "the question is not valid UTF-8")
	case len(q) > MaxQuestion:
		return "", corpus.Errorf(corpus.EINVALID, "the question is longer than %d bytes", MaxQuestion)
	}
	return q, nil
}

// Ask answers a question.
func (e *Engine) Ask(ctx context.Context, q string) (corpus.Answer, error) {
	q, err := checkQuestion(q)
	if err != nil {
		return corpus.Answer{}, err
	}
	return e.snap().ans.Ask(ctx, q), nil
}

// WhoSaid finds who said a fragment.
func (e *Engine) WhoSaid(ctx context.Context, fragment string) (corpus.Answer, error) {
	q, err := checkQuestion(fragment)
	if err != nil {
		return corpus.Answer{}, err
	}
	return e.snap().ans.WhoSaid(ctx, q), nil
}

// QuoteFilter selects quotations.
type QuoteFilter struct {
	Speaker string // a name, surname, alias or misspelling; "" for everyone
	About   string // a topic to rank by; "" keeps corpus order
}

// Quotes returns the quotations that match f. An unknown speaker yields no
// quotations and no error: the CLI exits 0 whether or not it found anything.
func (e *Engine) Quotes(f QuoteFilter) []corpus.Quote {
	s := e.snap()
	var ids []int
	if strings.TrimSpace(f.Speaker) == "" {
		for i := range s.c.Quotes {
			ids = append(ids, i)
		}
	} else {
		f.Speaker = clean.String(f.Speaker)
		p, ok := s.r.Lookup(strings.TrimSpace(f.Speaker))
		if !ok {
			// As a question would name them: by ear, or described.
			if p, ok = s.ans.Person(strings.TrimSpace(f.Speaker)); !ok {
				return []corpus.Quote{}
			}
		}
		for i, q := range s.c.Quotes {
			if int(q.SpeakerID) == p.ID {
				ids = append(ids, i)
			}
		}
	}
	if strings.TrimSpace(f.About) != "" {
		ids = s.ans.QuotesAbout(ids, f.About)
	}
	out := make([]corpus.Quote, 0, len(ids))
	for _, i := range ids {
		out = append(out, s.c.Quotes[i])
	}
	return out
}

// Lookup resolves a name to a person.
func (e *Engine) Lookup(name string) (*corpus.Person, bool) { return e.snap().r.Lookup(name) }

// Speakers suggests up to n canonical names of people with quotations for a
// partly typed name: the autocomplete of /quotes. sahilm/fuzzy's
// subsequence matching is right here ("ushk" → Ushakov).
func (e *Engine) Speakers(typed string, n int) []string {
	s := e.snap()
	typed = clean.String(typed) // "Wit\u200bkoff" pasted is Witkoff
	var out []string
	seen := map[int]bool{}
	add := func(id int) {
		if !seen[id] && len(out) < n {
			seen[id] = true
			out = append(out, s.c.People[id].Name)
		}
	}
	if strings.TrimSpace(typed) == "" {
		ids := append([]int(nil), s.owner...)
		sort.Slice(ids, func(i, j int) bool { return s.c.People[ids[i]].Name < s.c.People[ids[j]].Name })
		for _, id := range ids {
			add(id)
		}
		return out
	}
	for _, m := range fuzzy.Find(typed, s.speakers) {
		add(s.owner[m.Index])
	}
	if len(out) == 0 {
		if p, ok := s.r.Lookup(typed); ok {
			add(p.ID)
		}
	}
	return out
}

// SuggestQuotes offers up to n quotations for a partly typed fragment: the
// autocomplete of /whosaid.
func (e *Engine) SuggestQuotes(fragment string, n int) []corpus.Quote {
	s := e.snap()
	fragment = clean.String(fragment)
	var out []corpus.Quote
	for _, i := range s.ans.SuggestQuotes(fragment, n) {
		out = append(out, s.c.Quotes[i])
	}
	return out
}

// Sources lists the articles of the corpus by outlet, then date.
func (e *Engine) Sources() []corpus.Source {
	s := e.snap()
	out := make([]corpus.Source, 0, len(s.c.Articles))
	for _, a := range s.c.Articles {
		out = append(out, a.Source())
	}
	sort.SliceStable(out, func(i, j int) bool {
		oi, oj := "", ""
		if out[i].Outlet != nil {
			oi = *out[i].Outlet
		}
		if out[j].Outlet != nil {
			oj = *out[j].Outlet
		}
		if oi, oj = strings.ToLower(oi), strings.ToLower(oj); oi != oj {
			return oj == "" || (oi != "" && oi < oj)
		}
		if out[i].Published != out[j].Published {
			return out[i].Published.String() > out[j].Published.String()
		}
		return out[i].File < out[j].File
	})
	return out
}

// Stats sums up the corpus for /about and metrics.
type Stats struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
	Bytes    int    `json:"bytes"`
	Quotes   int    `json:"quotes"`
	Facts    int    `json:"facts"`
	People   int    `json:"people"`
	Outlets  int    `json:"outlets"`
	Problems int    `json:"problems"`
}

// Stats returns the size of the current corpus.
func (e *Engine) Stats() Stats {
	s := e.snap()
	outlets := map[string]bool{}
	for _, a := range s.c.Articles {
		if a.Outlet != "" {
			outlets[a.Outlet] = true
		}
	}
	return Stats{Name: s.name, Articles: len(s.c.Articles), Bytes: s.bytes, Quotes: len(s.c.Quotes),
		Facts: len(s.c.Facts), People: len(s.c.People), Outlets: len(outlets), Problems: len(s.c.Problems)}
}
