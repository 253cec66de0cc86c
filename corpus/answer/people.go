package answer

import (
	"strings"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// personWords are the folded words that name a person in text: the words
// of the canonical name and of every alias ("steve", "witkoff", "ushkov").
func personWords(p *corpus.Person) map[string]bool {
	m := map[string]bool{}
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		for _, t := range index.Words.Tokenize(n) {
			if f := index.Fold(t.Term); len(f) > 2 && !index.IsStop(f) {
				m[f] = true
			}
		}
	}
	return m
}

// lookup resolves a name as typed: first through the person stage's
// resolver, then by the corpus's own people (full name, alias or surname,
// within a small edit distance; or the words of a role, for "the Nebraska
// Republican").
func (a *Answerer) lookup(name string) (*corpus.Person, bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, false
	}
	if a.r != nil {
		if p, ok := a.r.Lookup(name); ok && p != nil {
			if q := a.c.Person(p.ID); q != nil {
				return q, true
			}
			return p, true
		}
	}
	f := index.Fold(name)
	var best *corpus.Person
	bestD := 1 << 30
	for _, p := range a.c.People {
		for _, n := range append([]string{p.Name, surname(p.Name)}, p.Aliases...) {
			n = index.Fold(n)
			if n == "" {
				continue
			}
			d := levenshtein.ComputeDistance(f, n)
			if d <= index.MaxEdits(len([]rune(n))) && (d < bestD || d == bestD && best != nil && len(a.quotesBy[p.ID]) > len(a.quotesBy[best.ID])) {
				best, bestD = p, d
			}
		}
	}
	if best != nil {
		return best, true
	}
	// A description: every meaning-bearing word of it in one role.
	want := contentWords(name)
	if len(want) == 0 {
		return nil, false
	}
	for _, p := range a.c.People {
		for _, role := range p.Roles {
			have := contentWords(role)
			all := true
			for w := range want {
				if !have[w] {
					all = false
					break
				}
			}
			if all {
				return p, true
			}
		}
	}
	return nil, false
}

func contentWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, t := range index.Words.Tokenize(s) {
		if f := index.Fold(t.Term); !index.IsStop(f) {
			m[f] = true
		}
	}
	return m
}

func surname(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// mention is a person named in a question: Words[From:To].
type mention struct {
	From, To int
	Person   *corpus.Person
}

// findPeople finds the people a question names in Words[from:], longest
// spans first, and the capitalised words that name nobody and nothing the
// corpus knows ("Biden", "Champions League").
func (a *Answerer) findPeople(q Question, from int) (found []mention, unknown []string) {
	ws := q.Words
	used := make([]bool, len(ws))
	for i := from; i < len(ws); i++ {
		if used[i] {
			continue
		}
		for l := min(4, len(ws)-i); l >= 1; l-- {
			span := ws[i : i+l]
			if index.IsStop(span[0].Fold) && l == 1 || index.IsStop(span[l-1].Fold) {
				continue
			}
			text := q.Text[span[0].Start : span[l-1].Start+len(span[l-1].Text)]
			p, ok := a.lookup(text)
			if !ok || !a.plausible(span, p) {
				continue
			}
			found = append(found, mention{From: i, To: i + l, Person: p})
			for j := i; j < i+l; j++ {
				used[j] = true
			}
			break
		}
	}
	for i := max(from, 1); i < len(ws); i++ {
		w := ws[i]
		if used[i] || !w.Upper || index.IsStop(w.Fold) || isNumeric(w.Fold) {
			continue
		}
		v := a.idx.Vocab()
		if v.Has(w.Fold) || len(v.Near(w.Fold)) > 0 {
			continue
		}
		unknown = append(unknown, w.Text)
	}
	return found, unknown
}

// plausible guards against a resolver that is too eager: a one-word span
// must be capitalised or near a word of the person's names, and a longer
// one must share a word with the person's names or roles.
func (a *Answerer) plausible(span []Word, p *corpus.Person) bool {
	names := personWords(p)
	for _, w := range span {
		for n := range names {
			if w.Fold == n || levenshtein.ComputeDistance(w.Fold, n) <= index.MaxEdits(len([]rune(n))) {
				return true
			}
		}
	}
	if len(span) == 1 {
		return false
	}
	roles := map[string]bool{}
	for _, r := range p.Roles {
		for w := range contentWords(r) {
			roles[w] = true
		}
	}
	for _, w := range span {
		if roles[w.Fold] {
			return true
		}
	}
	return false
}

func isNumeric(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// involves reports whether document d concerns person p: p said it, the
// fact stage found p in it, or p's name is written in it or in the
// paragraph around it.
func (a *Answerer) involves(d index.Doc, p *corpus.Person) bool {
	switch d.Kind {
	case index.KindQuote:
		if a.c.Quotes[d.Ref].SpeakerID == p.ID {
			return true
		}
	case index.KindFact:
		for _, id := range a.c.Facts[d.Ref].People {
			if id == p.ID {
				return true
			}
		}
	}
	art := a.c.Articles[d.Article]
	names := a.names[p.ID]
	text := d.Span.Of(art.Text)
	if mentions(text, names) {
		return true
	}
	if pi := a.paraOf(d); pi >= 0 {
		return mentions(art.Paragraphs[pi].Span.Of(art.Text), names)
	}
	return false
}

func mentions(text string, names map[string]bool) bool {
	for _, t := range index.Words.Tokenize(text) {
		f := index.Fold(t.Term)
		if strings.HasSuffix(f, "'s") {
			f = f[:len(f)-2]
		}
		if names[f] {
			return true
		}
	}
	return false
}

// paraOf is the index in its article of the paragraph holding d, or -1.
func (a *Answerer) paraOf(d index.Doc) int {
	art := a.c.Articles[d.Article]
	for i, p := range art.Paragraphs {
		if p.Span.Contains(d.Span) {
			return i
		}
	}
	return -1
}
