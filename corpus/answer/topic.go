package answer

import (
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/internal/pack"
	"factdesk/corpus/lex"
)

// quotedPerson resolves who "what did X say" asks about, preferring
// someone the corpus quotes: the person the words name; else a quoted
// person whose name is that one's written another way (one article's
// "Zelensky", another's "Zelenskyy", kept apart upstream); else the quoted
// person a description fits.
func (a *Answerer) quotedPerson(name string) (*corpus.Person, bool) {
	if a.stranger(strings.Fields(index.Fold(name)), true) {
		return nil, false // the whole subject is a name no one bears
	}
	p, ok := a.lookup(name)
	ok = ok && p != nil
	// A name, or a description the corpus itself writes of someone
	// ("the Athletic", "the energy minister"), is theirs.
	exact := ok && len(a.nm.forms[descriptionKey(index.Fold(name))]) > 0
	if ok && (exact || !isDescription(name)) {
		if len(a.quotesBy.of(p.ID)) > 0 {
			return p, true
		}
		if q := a.quotedTwin(p); q != nil {
			return q, true
		}
	}
	// A description: of the people it fits best, one quoted (or whose
	// twin is), before a looser fit of the name tables.
	ms := a.roles.find(roleTerms(name, a.idx.Vocab()))
	var tops []roleMatch // the best fits, all as good
	for _, m := range ms {
		if m.recall < MinRoleRecall || len(tops) > 0 && m.recall < tops[0].recall {
			break
		}
		tops = append(tops, m)
	}
	// The name tables' pick, if it fits as well as any, else the first
	// quoted of the best fits.
	if ok && slices.ContainsFunc(tops, func(m roleMatch) bool { return m.id == p.ID }) {
		tops = nil
	}
	for _, m := range tops {
		q := a.c.Person(m.id)
		if q == nil {
			continue
		}
		if len(a.quotesBy.of(m.id)) > 0 {
			return q, true
		}
		if t := a.quotedTwin(q); t != nil {
			return t, true
		}
	}
	if ok {
		if len(a.quotesBy.of(p.ID)) == 0 {
			if q := a.quotedTwin(p); q != nil {
				return q, true
			}
		}
		return p, true
	}
	return nil, false
}

// isDescription reports whether a speaker is asked for by what they are
// ("the city manager"), not by name.
func isDescription(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "the", "a", "an":
		return true
	}
	return false
}

// nameParts is a person's folded first and last name.
type nameParts struct {
	id          int
	first, last string
}

// partsOf splits p's name; a name of one word is a surname alone.
func partsOf(p *corpus.Person) (nameParts, bool) {
	f := fieldsOf(index.Fold(p.Name))
	switch {
	case p.Kind != corpus.KindPerson || len(f) == 0:
		return nameParts{}, false
	case len(f) == 1:
		return nameParts{id: p.ID, last: f[0]}, true
	}
	return nameParts{id: p.ID, first: f[0], last: f[len(f)-1]}, true
}

// lowWeight is the weight of a word the corpus does not know: that of
// the least weighty word it knows. Slang, a synonym or a typo too far
// gone says little of whether a text is about the question, and must not
// outweigh the words that match.
func lowWeight(groups []index.Group) float64 {
	low := 0.0
	for _, g := range groups {
		if g.Known() && (low == 0 || g.Weight < low) {
			low = g.Weight
		}
	}
	if low == 0 {
		return 1
	}
	return low
}

// quotedNames splits the names of the people quotesBy quotes, by id.
func quotedNames(c *corpus.Corpus, quotesBy idLists) []nameParts {
	var out []nameParts
	for _, id := range quotesBy.keys() {
		if p := c.Person(id); p != nil {
			if n, ok := partsOf(p); ok {
				out = append(out, n)
			}
		}
	}
	slices.SortFunc(out, func(x, y nameParts) int { return x.id - y.id })
	// Folded one by one among the fold's garbage: copied together.
	var ar pack.Strings
	n := 0
	for _, p := range out {
		n += len(p.first) + len(p.last)
	}
	ar.Reserve(n)
	for i := range out {
		out[i].first, out[i].last = ar.Copy(out[i].first), ar.Copy(out[i].last)
	}
	return slices.Clone(out)
}

// twins are p and the quoted people whose full name is p's written
// another way: one article's "Zelensky", another's "Zelenskyy", which
// the person stage kept apart.
func (a *Answerer) twins(p *corpus.Person) []int {
	out := []int{p.ID}
	mine, ok := partsOf(p)
	if !ok {
		return out
	}
	for _, i := range a.surnames.like(mine.last) {
		if n := a.quotedNames[i]; n.id != p.ID && sameName(mine, n) {
			out = append(out, n.id)
		}
	}
	return out
}

// surnames finds the quoted names that can be one name written another
// way (sameName): those of the same surname, or of one a slip from it.
// Reading every quoted name instead cost a whosaid at 100,000 articles
// (33,000 names) most of its time.
type surnames struct {
	byLast map[string][]int32 // surname → indexes in quotedNames
	near   *index.Vocab       // the surnames, for their slips
}

func newSurnames(names []nameParts) surnames {
	s := surnames{byLast: map[string][]int32{}, near: index.NewVocab()}
	for i, n := range names {
		s.byLast[n.last] = append(s.byLast[n.last], int32(i))
		if len(n.last) >= 6 {
			s.near.Add(n.last, n.last)
		}
	}
	s.near.Finish()
	pack.Map(s.byLast) // its keys are names' own (see quotedNames)
	return s
}

// like returns, in order, the indexes of the names whose surname is last
// or, when both are long enough for sameName to allow it, one slip away.
func (s surnames) like(last string) []int32 {
	out := slices.Clone(s.byLast[last])
	if len(last) >= 6 && s.near != nil {
		for _, n := range s.near.Near(last) {
			if n.Dist <= 1 {
				out = append(out, s.byLast[n.Word]...)
			}
		}
		slices.Sort(out)
	}
	return out
}

// quotedTwin is the most quoted of p's twins other than p, or nil.
func (a *Answerer) quotedTwin(p *corpus.Person) *corpus.Person {
	var best *corpus.Person
	for _, id := range a.twins(p)[1:] {
		if best == nil || len(a.quotesBy.of(id)) > len(a.quotesBy.of(best.ID)) {
			best = a.c.Person(id)
		}
	}
	return best
}

// sameSpeaker reports whether two speaker ids are one known person,
// written the same way or as twins.
func (a *Answerer) sameSpeaker(x, y int) bool {
	if x < 0 || y < 0 {
		return false
	}
	if x == y {
		return true
	}
	p, q := a.c.Person(x), a.c.Person(y)
	if p == nil || q == nil {
		return false
	}
	m, ok1 := partsOf(p)
	n, ok2 := partsOf(q)
	return ok1 && ok2 && sameName(m, n)
}

// sameName reports whether two names are one written two ways: first
// names equal or one slip apart, surnames equal or, when long, one slip apart ("volodymyr
// zelensky", "volodymyr zelenskyy").
func sameName(x, y nameParts) bool {
	if x.first == "" || y.first == "" {
		// A surname alone ("Berg") is the full name's only when equal.
		return x.last == y.last && x.first != y.first
	}
	if x.first[0] != y.first[0] {
		return false
	}
	// "Yulia" and "Yuliia", not "John" and "Jane".
	if x.first != y.first && !editsAtMostOne(x.first, y.first) {
		return false
	}
	if x.last == y.last {
		return true
	}
	return len(x.last) >= 6 && len(y.last) >= 6 && editsAtMostOne(x.last, y.last)
}

func fieldsOf(s string) []string {
	var out []string
	for _, t := range index.Words.Tokenize(s) {
		out = append(out, t.Term)
	}
	return out
}

// editsAtMostOne reports whether a and b are at most one insertion,
// deletion or substitution apart.
func editsAtMostOne(a, b string) bool {
	return abs(len(a)-len(b)) <= 1 && levenshtein.ComputeDistance(a, b) <= 1
}

// MinArticleTopic is the share of a topic's weight that the article of a
// quotation must hold for the quotation to be about it, when no quotation
// of the speaker holds the topic itself: "what did the harbour master say
// about the storm" is answered by what he said in an article about the
// storm, though he never says "storm".
const MinArticleTopic = 0.5

// LooseArticleTopic is the share of the topic an article must hold for a
// quotation of its to be proposed when none holds MinArticleTopic. It
// stays a floor: taking it out added no dev-story proposal below it for
// the fit to learn from, and below it any quotation of the speaker would
// do.
const LooseArticleTopic = 0.25

// maxTopicQuotes bounds the quotations of one speaker read for a topic.
const maxTopicQuotes = 64

// aboutTopic picks (about: the topic was asked "about"), among quotations ids, the one whose article holds
// most of the topic groups, then the one most outlets carried; false when
// no article holds least of the topic.
func (a *Answerer) aboutTopic(ids []int, groups []index.Group, least float64, about bool) (index.Hit, bool) {
	if least < MinArticleTopic {
		for _, g := range groups {
			if !g.Known() {
				// "the Harbourgate tape" in a corpus that never
				// writes Harbourgate: no loose match is about it.
				return index.Hit{}, false
			}
		}
	}
	// A loose match on a thing asked "about" must hold the word that
	// tells which: of the words before the topic's last (its head noun),
	// the heaviest. An article that holds "deal" of "about the harbour
	// deal", and not "harbour", is about some other deal; the head itself
	// may be worded otherwise ("the levy ballot" for "the levy vote"), as
	// may a clause ("after Lund left": "after his sacking").
	var head []index.Group
	if least < MinArticleTopic && about && len(groups) > 1 {
		for _, g := range groups[:len(groups)-1] {
			if len(head) == 0 || g.Weight > head[0].Weight {
				head = []index.Group{g}
			}
		}
	}
	covered := map[int32]float64{}
	best, bestCov, bestW := -1, 0.0, 0
	for k, id := range ids {
		if k == maxTopicQuotes {
			break
		}
		q := a.c.Quotes[id]
		cov, ok := covered[int32(q.Article)]
		if !ok {
			cov = a.articleCoverage(int(q.Article), groups)
			if len(head) > 0 && cov < MinArticleTopic && a.articleCoverage(int(q.Article), head) == 0 {
				cov = 0
			}
			covered[int32(q.Article)] = cov
		}
		w := a.clusterSize(id)*1000 + min(len(q.Text), 999)
		if cov >= least && (cov > bestCov || cov == bestCov && w > bestW) {
			best, bestCov, bestW = id, cov, w
		}
	}
	if best < 0 {
		return index.Hit{}, false
	}
	d := a.idx.QuoteDoc(best)
	if d < 0 {
		return index.Hit{}, false
	}
	return index.Hit{Doc: d, Score: bestCov, Coverage: bestCov}, true
}

// articleCoverage is the share of the groups' weight whose words (or
// synonyms) article art holds. The body is looked up in the index's
// postings (no stemming of the whole article for each proposal); only the
// titles, which the index leaves out, are read here.
func (a *Answerer) articleCoverage(art int, groups []index.Group) float64 {
	if art < 0 || art >= len(a.c.Articles) {
		return 0
	}
	ar := a.c.Articles[art]
	title := map[string]bool{}
	for _, p := range ar.Paragraphs {
		if p.Kind != corpus.ParaTitle || p.Span().Start < 0 || p.Span().End > len(ar.Text) || p.Span().Start >= p.Span().End {
			continue
		}
		a.addStems(title, ar.Text[p.Span().Start:p.Span().End])
	}
	return coveredBy(groups, func(term string) bool { return title[term] || a.idx.InArticle(term, art) })
}

// ownWords is, among the speaker's quotations that search found (hits),
// the one whose own words hold the most of the topic, when the one picked
// by its article (picked) holds none of it and that one holds at least
// half LooseArticleTopic: a quotation that speaks of the topic says more of it
// than one that only stands in an article about it.
func (a *Answerer) ownWords(picked index.Hit, hits []index.Hit, groups []index.Group) index.Hit {
	for _, h := range hits {
		if h.Doc == picked.Doc && inText(groups, h, nil) > 0 {
			return picked
		}
	}
	best, bestCov := -1, LooseArticleTopic/2
	for k, h := range hits {
		if c := inText(groups, h, nil); c >= bestCov {
			best, bestCov = k, c
		}
	}
	if best < 0 {
		return picked
	}
	h := hits[best]
	h.Score = max(h.Score, picked.Score)
	return h
}

// namesNoOne reports whether name, the words before "say" in a
// what-said question, names no one: its head, the last word, is a
// common noun for no person ("the council's joke post", "independent
// audits": a thing, which says only what its words find), no person
// or description the corpus knows fits it, and the corpus writes every
// word of it. A name the corpus never writes is someone it does not
// quote; a word for a person ("the harbour spokesman") is someone the
// corpus may not know, not words to search.
func (a *Answerer) namesNoOne(name string) bool {
	var words []string
	for _, w := range strings.Fields(index.Fold(name)) {
		if w = dropPossessive(strings.Trim(w, ".,;:!?\"'()")); w != "" && !index.IsStop(w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return false
	}
	head := lex.Lemma(words[len(words)-1], lex.Noun)
	if head == "" || !lex.Known(head, lex.Noun) || lex.FirstClass(head, lex.Noun).Has(lex.NounPerson) {
		return false
	}
	for _, w := range words {
		if !a.inCorpus(a.stemOf(w)) {
			return false
		}
	}
	if p, ok := a.lookup(name); ok && p != nil {
		return false
	}
	_, quoted := a.quotedPerson(name)
	return !quoted
}
