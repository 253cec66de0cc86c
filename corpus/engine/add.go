package engine

import (
	"os"
	"path/filepath"
	"sync"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
	"factdesk/corpus/segment"
)

// Added is what adding one article brought to the corpus.
type Added struct {
	File      string      `json:"file"`
	Title     string      `json:"title,omitempty"`
	Outlet    string      `json:"outlet,omitempty"`
	URL       string      `json:"url,omitempty"`
	Published corpus.Date `json:"published"`
	Quotes    int         `json:"quotes"`
	Speakers  []string    `json:"speakers"`
}

// maxAddRetries bounds how often Add starts over when a Reload swapped the
// corpus while it was building.
const maxAddRetries = 8

// Add puts articles, read one by one (load.One), into the served corpus
// without reading the folder again: the old articles keep their parsed
// paragraphs, outlets and dates, and only the cross-article stages
// (people, quotations, facts, clusters, index) run again over the whole.
// Answers in flight finish on the snapshot they started with; the next
// question sees the new one. An article whose file the corpus already has
// is left out. Add is safe for concurrent use with every other method.
//
// Adds that arrive while one is building wait and then go in together, in
// one rebuild (group commit): a feed poll, /add and the folder watch at
// once cost two rebuilds, not three that each undo the others' swap.
func (e *Engine) Add(arts ...*corpus.Article) ([]Added, error) {
	me := &pendingAdd{arts: arts, done: make(chan struct{})}
	q := &e.adds
	q.mu.Lock()
	q.pending = append(q.pending, me)
	if q.running {
		q.mu.Unlock()
		<-me.done
		return me.added, me.err
	}
	q.running = true
	for len(q.pending) > 0 {
		batch := q.pending
		q.pending = nil
		q.mu.Unlock()
		var all []*corpus.Article
		for _, p := range batch {
			all = append(all, p.arts...)
		}
		added, err := e.add(all)
		byFile := make(map[string]Added, len(added))
		for _, a := range added {
			byFile[a.File] = a
		}
		for _, p := range batch {
			p.err = err
			for _, a := range p.arts {
				if a == nil {
					continue
				}
				if ad, ok := byFile[a.File]; ok {
					p.added = append(p.added, ad)
					delete(byFile, a.File) // the same file asked twice is added once
				}
			}
			if p != me {
				close(p.done)
			}
		}
		q.mu.Lock()
	}
	q.running = false
	q.mu.Unlock()
	return me.added, me.err
}

// addQueue gathers the Adds that wait for the one building.
type addQueue struct {
	mu      sync.Mutex
	running bool
	pending []*pendingAdd
}

type pendingAdd struct {
	arts  []*corpus.Article
	added []Added
	err   error
	done  chan struct{}
}

// add builds and swaps in one snapshot with arts.
func (e *Engine) add(arts []*corpus.Article) (added []Added, err error) {
	// A strange article must not take down a server that is serving the
	// corpus it has: a panic in a stage is an error, and nothing is swapped.
	defer func() {
		if p := recover(); p != nil {
			added, err = nil, corpus.Errorf(corpus.EINTERNAL, "adding %d article(s): panic: %v", len(arts), p)
		}
	}()
	for try := 0; try < maxAddRetries; try++ {
		old := e.snap()
		have := make(map[string]bool, len(old.c.Articles))
		for _, a := range old.c.Articles {
			have[a.File] = true
		}
		var fresh []*corpus.Article
		for _, a := range arts {
			if a != nil && !have[a.File] {
				have[a.File] = true
				fresh = append(fresh, a)
			}
		}
		if len(fresh) == 0 {
			return nil, nil
		}
		next := extend(old, fresh)
		if e.cur.CompareAndSwap(old, next) {
			index.ForgetWords() // tokens cached from the corpus replaced would keep its text
			return summarize(next.c, len(old.c.Articles)), nil
		}
	}
	return nil, corpus.Errorf(corpus.EINTERNAL, "the corpus kept changing while adding; try again")
}

// AddFiles reads the named article files of dir with their entries in
// dir's sources.yaml and adds them; a file that cannot be read is reported
// in the error and the others are added.
func (e *Engine) AddFiles(dir string, files []string) ([]Added, error) {
	man := map[string]load.Manifest{}
	_, list, err := load.ReadManifestFile(filepath.Join(dir, load.ManifestFile))
	if err != nil {
		return nil, err
	}
	for _, m := range list {
		man[m.File] = m
	}
	var arts []*corpus.Article
	var probs corpus.Problems
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			probs.Add(f, "", "skipped: cannot read")
			continue
		}
		var m *load.Manifest
		if x, ok := man[f]; ok {
			m = &x
		}
		a, err := load.One(f, b, m)
		if err != nil {
			probs.Add(f, "", corpus.ErrorMessage(err))
			continue
		}
		arts = append(arts, a)
	}
	added, err := e.Add(arts...)
	if err != nil {
		return added, err
	}
	if len(probs) > 0 {
		return added, corpus.Errorf(corpus.EINVALID, "%s", probs[0].Error())
	}
	return added, nil
}

// extend builds a new snapshot of old's articles and fresh ones. Old
// articles are copied, not shared: the stages write nothing into them
// today, but a snapshot must never change under a reader.
func extend(old *snapshot, fresh []*corpus.Article) *snapshot {
	n := len(old.c.Articles)
	all := make([]corpus.Article, n+len(fresh))
	c := &corpus.Corpus{Articles: make([]*corpus.Article, 0, len(all)), Problems: old.c.Problems}
	for i, a := range old.c.Articles {
		all[i] = *a
	}
	for i, a := range fresh {
		all[n+i] = *a
	}
	for i := range all {
		all[i].ID = i
		// The engine dropped the sentences once built; the stages read them.
		segment.Split(&all[i])
		c.Articles = append(c.Articles, &all[i])
	}
	// Laid out again as a build is (compact), so that a server adding
	// articles for weeks keeps the heap of one that started from them; a
	// failure leaves it as built.
	s := assemble(c, old.name)
	if cs, err := compact(s); err == nil {
		return cs
	}
	return s
}

// summarize tells, for each article from index from on, what it brought.
func summarize(c *corpus.Corpus, from int) []Added {
	out := make([]Added, 0, len(c.Articles)-from)
	for _, a := range c.Articles[from:] {
		out = append(out, describe(c, a))
	}
	return out
}

func describe(c *corpus.Corpus, a *corpus.Article) Added {
	ad := Added{File: a.File, Outlet: a.Outlet, URL: a.URL, Published: a.Published, Speakers: []string{}}
	if a.Title.Len() > 0 && a.Title.End <= len(a.Text) {
		ad.Title = a.Text[a.Title.Start:a.Title.End]
	}
	seen := map[string]bool{}
	for _, q := range c.Quotes {
		if int(q.Article) != a.ID {
			continue
		}
		ad.Quotes++
		if q.Speaker != "" && !seen[q.Speaker] {
			seen[q.Speaker] = true
			ad.Speakers = append(ad.Speakers, q.Speaker)
		}
	}
	return ad
}

// Describe runs people and quotations over one article alone: what
// `factdesk add` prints when no corpus is being served.
func Describe(a *corpus.Article) Added {
	b := *a
	b.ID = 0
	segment.Split(&b)
	c := &corpus.Corpus{Articles: []*corpus.Article{&b}}
	r := person.Build(c.Articles)
	c.Quotes = quote.Extract(c.Articles, r)
	return describe(c, &b)
}
