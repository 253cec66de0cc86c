// Package person finds the people (and organisations) that articles name,
// joins their aliases and misspellings into one canonical person each, and
// resolves a name as a user or an article writes it.
//
// A name is a run of capitalised words in a body paragraph, with titles
// ("US Secretary of State", "Rep.", "Mr.") taken off and kept as roles.
// Runs with an organisation word ("House", "News") are organisations; runs
// with a place word are dropped. A lone capitalised word that is the
// surname of a full name (or within a small edit distance of one) is an
// alias of that person, chosen in the same article first.
package person

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"factdesk/corpus"
	"factdesk/corpus/internal/par"
	"factdesk/corpus/segment"
)

// ref is one mention of a person in an article, in 12 bytes: there is
// one for every name an article writes.
type ref struct {
	start, end, id int32
}

func newRef(s corpus.Span, id int) ref {
	return ref{start: int32(s.Start), end: int32(s.End), id: int32(id)}
}

func (x ref) span() corpus.Span { return corpus.Span{Start: int(x.start), End: int(x.end)} }

// Resolver knows every person of a corpus and their written forms.
//
// Build and the extraction stages (Resolve, Ensure) use it from one
// goroutine while a corpus is built; afterwards Lookup, People, PeopleIn,
// NamesIn, Fit and Gender are safe for concurrent use.
type Resolver struct {
	people  []*corpus.Person
	forms   map[string][]int          // Key(written form) -> person ids
	surname []string                  // per person: Key of the last name word
	roles   roleTab                   // per person: words of its roles and nations they name
	byArt   map[int][]ref             // mentions per article, by offset
	offs    map[int]map[int32][]int32 // per article, per person: mention offsets (see offsetsIn)
	// roleKeys[id] are the Keys of person id's roles, in order, while
	// build runs (see addRole).
	roleKeys [][]string
	nameKeys []nameKey // per person, while build runs (see nameKey)

	lower      map[string]struct{} // words the corpus writes in lower case (see firstNamed)
	outlets    map[string]struct{} // Keys of the corpus's publishers (see TypeOf); not in snapshots
	articles   int                 // how many articles Build read (see prominent)
	gender     []int               // per person: pronoun evidence, + he, - she
	titled     []int               // per person: honorifics of surnames only they could mean (see learnTitled)
	mu         sync.Mutex          // guards the misspelling cache below
	missCache  map[string][]int    // misspelt results while the people stay the same
	missKept   int                 // entries the build left in missCache (at least 1 once built; 0 while building)
	missPeople int
	byPrefix   map[string][]int // first two bytes and length of a surname -> ids (see head)
	bySuffix   map[string][]int // last three bytes and length of a surname -> ids
	// seenIn[id] == seenRound: person id was already compared in this
	// round of misspeltUncached; a round is one call.
	seenIn    []int32
	seenRound int32
}

func newResolver() *Resolver {
	return &Resolver{forms: map[string][]int{}, byArt: map[int][]ref{}}
}

// Build finds the people named in the articles' body paragraphs.
func Build(arts []*corpus.Article) *Resolver {
	r := newResolver()
	r.articles = len(arts)
	for _, a := range arts {
		if a != nil && a.Outlet != "" {
			r.noteOutlet(a.Outlet)
		}
	}
	// The names of each article are read on every core, in contiguous
	// runs of articles joined in order: what an article's scan finds
	// depends on its text alone.
	rs := par.Runs(len(arts), func(i int) int {
		if arts[i] == nil {
			return 0
		}
		return len(arts[i].Text)
	})
	parts := make([]scanRun, len(rs))
	par.Do(rs, func(i int, run par.Run) { parts[i].scan(arts[run.Lo:run.Hi]) })
	var cb blocks[candidate]
	var sb blocks[sentence]
	for i := range parts {
		cb.list, cb.n = append(cb.list, parts[i].cb.list...), cb.n+parts[i].cb.n
		sb.list, sb.n = append(sb.list, parts[i].sb.list...), sb.n+parts[i].sb.n
		if r.lower == nil {
			r.lower = parts[i].sc.lower
			continue
		}
		for w := range parts[i].sc.lower {
			r.lower[w] = struct{}{}
		}
	}
	r.build(arts, cb.join())
	r.learnGender(arts, sb.join())
	return r
}

// scanRun is what scanNames finds in a run of articles.
type scanRun struct {
	cb blocks[candidate]
	sb blocks[sentence]
	sc scratch
}

func (sr *scanRun) scan(arts []*corpus.Article) {
	// Each article's candidates and sentences go into blocks, joined once
	// at the end: a slice of a corpus's candidates doubled as it grew
	// copied them several times over.
	var cands []candidate
	var sents []sentence
	for _, a := range arts {
		if a == nil {
			continue
		}
		cands, sents = cands[:0], sents[:0]
		for _, p := range a.Paragraphs { // a.Body() without the copy
			if p.Kind != corpus.ParaBody {
				continue
			}
			cands, sents = scanNames(a, p, cands, sents, &sr.sc)
		}
		sr.cb.add(cands)
		sr.sb.add(sents)
	}
}

// blocks gathers many small runs of T in fixed-size blocks.
type blocks[T any] struct {
	list [][]T
	n    int
}

func (b *blocks[T]) add(xs []T) {
	for len(xs) > 0 {
		if len(b.list) == 0 || len(b.list[len(b.list)-1]) == cap(b.list[len(b.list)-1]) {
			b.list = append(b.list, make([]T, 0, 4096))
		}
		last := &b.list[len(b.list)-1]
		k := min(len(xs), cap(*last)-len(*last))
		*last = append(*last, xs[:k]...)
		xs = xs[k:]
		b.n += k
	}
}

// join returns every run in order, in one slice of the exact length.
func (b *blocks[T]) join() []T {
	if b.n == 0 {
		return nil
	}
	out := make([]T, 0, b.n)
	for _, l := range b.list {
		out = append(out, l...)
	}
	return out
}

// People returns every person, indexed by Person.ID.
func (r *Resolver) People() []*corpus.Person {
	if r == nil {
		return nil
	}
	return r.people
}

// Person returns the person with id, or nil.
func (r *Resolver) Person(id int) *corpus.Person {
	if r == nil || id < 0 || id >= len(r.people) {
		return nil
	}
	return r.people[id]
}

// Lookup resolves a name as a user types it — a full name, a surname, an
// alias, a misspelling ("Ushkov") or a description ("the Nebraska
// Republican") — to one person. Ambiguous or unknown names give false.
func (r *Resolver) Lookup(name string) (*corpus.Person, bool) {
	if r == nil {
		return nil, false
	}
	k := Key(stripTitles(name))
	if k == "" {
		return nil, false
	}
	if id, ok := r.pick(r.forms[k]); ok {
		return r.people[id], true
	}
	if id, ok := r.pick(r.misspelt(k)); ok {
		return r.people[id], true
	}
	if id, ok := r.pick(r.byRole(name)); ok {
		return r.people[id], true
	}
	// "the Russian diplomat": the one person whose nation and kind of role
	// fit best.
	d := parseDesc(name)
	if len(d.words) == 0 {
		return nil, false
	}
	// Only a person whose roles hold the head noun (fit 3) or a word of
	// its class (fit 2) can win, so only they are scored.
	best, n, score := 0, 0, 2
	for _, id := range r.headCandidates(d.head) {
		switch f := r.fit(id, d); {
		case f > score:
			best, n, score = id, 1, f
		case f == score:
			best, n = id, n+1
		}
	}
	if n == 1 {
		return r.people[best], true
	}
	return nil, false
}

// pick returns the one id of ids, or the one that dominates the others by
// mentions (a corpus that names Donald Trump 40 times and Melania Trump
// once means Donald by "Trump").
func (r *Resolver) pick(ids []int) (int, bool) {
	ids = uniq(ids)
	switch len(ids) {
	case 0:
		return 0, false
	case 1:
		return ids[0], true
	}
	sort.Slice(ids, func(i, j int) bool { return len(r.people[ids[i]].Mentions) > len(r.people[ids[j]].Mentions) })
	if len(r.people[ids[0]].Mentions) >= 3*len(r.people[ids[1]].Mentions)+1 {
		return ids[0], true
	}
	return 0, false
}

func uniq(ids []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// byRole finds the people whose roles hold every content word of desc.
func (r *Resolver) byRole(desc string) []int {
	words := roleWords(desc)
	if len(words) == 0 {
		return nil
	}
	// Everyone found must hold the first word: scan only those.
	var out []int
	for _, id := range r.roles.people(words[0]) {
		all := true
		for _, w := range words[1:] {
			if !r.roles.hasWord(int(id), w) {
				all = false
				break
			}
		}
		if all {
			out = append(out, int(id))
		}
	}
	return sortedUniq(out)
}

// headCandidates returns, in id order, the people whose roles hold head or
// a word of head's class.
func (r *Resolver) headCandidates(head string) []int {
	var out []int
	add := func(ids []int32) {
		for _, id := range ids {
			out = append(out, int(id))
		}
	}
	add(r.roles.people(head))
	if class := roleClasses[head]; class != 0 {
		for w, c := range roleClasses {
			if c == class && w != head {
				add(r.roles.people(w))
			}
		}
	}
	return sortedUniq(out)
}

func sortedUniq(ids []int) []int {
	sort.Ints(ids)
	return slices.Compact(ids)
}

// descStop are words of a description that do not describe anyone.
var descStop = segment.WordSet(`the a an of to who which that has have had been is was be and or in on for with
by from at as this one another some several two three its his her their`)

// roleWords splits a role or a description into comparable words.
func roleWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(s, "\u2019", "'"))) {
		w = strings.Trim(w, ".,;:!?\"()[]")
		if w == "" || descStop[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// PeopleIn returns the ids of the people an article names (by name, alias or
// misspelling) inside span s, in order of first mention, without repeats.
// Facts use it to know who an event involves.
func (r *Resolver) PeopleIn(a *corpus.Article, s corpus.Span) []int {
	if r == nil || a == nil {
		return nil
	}
	var out []int
	seen := map[int]bool{}
	refs := r.byArt[a.ID]
	i := sort.Search(len(refs), func(i int) bool { return refs[i].span().Start >= s.Start })
	for ; i < len(refs) && refs[i].span().Start < s.End; i++ {
		if refs[i].span().End <= s.End && !seen[int(refs[i].id)] {
			seen[int(refs[i].id)] = true
			out = append(out, int(refs[i].id))
		}
	}
	return out
}

// Named is one name found in an article, resolved to a person.
type Named struct {
	Span corpus.Span
	ID   int
}

// NamesIn returns every resolved name inside span s of article a, in order.
func (r *Resolver) NamesIn(a *corpus.Article, s corpus.Span) []Named {
	return r.appendNamesIn(nil, a, s)
}

// appendNamesIn appends NamesIn(a, s) to out.
func (r *Resolver) appendNamesIn(out []Named, a *corpus.Article, s corpus.Span) []Named {
	if r == nil || a == nil {
		return out
	}
	refs := r.byArt[a.ID]
	i := sort.Search(len(refs), func(i int) bool { return refs[i].span().Start >= s.Start })
	for ; i < len(refs) && refs[i].span().Start < s.End; i++ {
		if refs[i].span().End <= s.End {
			out = append(out, Named{Span: refs[i].span(), ID: int(refs[i].id)})
		}
	}
	return out
}
