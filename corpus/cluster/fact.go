package cluster

import (
	"math"
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/internal/pack"
)

// Thresholds for facts.
const (
	factDice      = 0.6 // near-identical wording, across articles
	factShared    = 4
	sameArtDice   = 0.8 // an article repeating itself (lede and body)
	sameArtShared = 3
	valueTextDice = 0.3 // an equal value plus this much shared wording
	valueWindow   = 64  // an item meets at most this many later items of its value bucket
	valueBonus    = 1.0 // value links outrank wording links
	// storylessShared stems in common let two facts naming the same people
	// join across articles that otherwise tell different stories.
	storylessShared = 5
)

// eventClasses is a tiny synonym set of event nouns and verbs, by stem: a
// "call" on October 14 and a "conversation on October 14" are one event.
var eventClasses = map[string]uint8{
	"call": 1, "convers": 1, "phone": 1, "telephon": 1, "phonecal": 1, "talk": 1,
	"meet": 2, "summit": 2, "visit": 2,
	"vote": 4, "elect": 4, "ballot": 4, "referendum": 4,
	"attack": 8, "strike": 8, "bomb": 8, "shell": 8,
	"publish": 16, "transcript": 16, "leak": 16, "record": 16,
	"sign": 32, "agreement": 32, "deal": 32, "treati": 32,
}

// factTerms is what the analyzer made of the facts: their terms, the names
// in each, and which articles tell one story.
type factTerms struct {
	docs  []doc
	names [][]int32
	sto   *stories
}

func analyzeFacts(c *corpus.Corpus, an *analyzer) *factTerms {
	n := len(c.Facts)
	ft := &factTerms{docs: make([]doc, n), names: make([][]int32, n)}
	// Outlets often print the same sentence: it is analysed once, and its
	// facts share what was made of it.
	first := firstText(n, func(i int) string { return c.Facts[i].Text(c) })
	var seq, nm []int32
	var lists arena[int32]
	for i := range c.Facts {
		if k := first[i]; int(k) != i {
			ft.docs[i], ft.names[i] = ft.docs[k], ft.names[k]
			continue
		}
		seq, nm = an.terms(seq[:0], nm[:0], c.Facts[i].Text(c))
		slices.Sort(seq)
		ft.docs[i] = doc{terms: lists.copy(dedup(seq))}
		slices.Sort(nm)
		if nm = dedup(nm); len(nm) > 0 {
			ft.names[i] = lists.copy(nm)
		}
	}
	ft.sto = newStories(c.Facts, ft.names, len(an.words))
	return ft
}

// buildFacts clusters c.Facts and sets their Cluster.
func buildFacts(c *corpus.Corpus, an *analyzer, ft *factTerms) []corpus.Cluster {
	n := len(c.Facts)
	fs := newFactSet(c, an, ft)
	// Candidates through rare words, and through equal values.
	var ps pairList
	addCandidates(&ps, blocking{n: n, keys: func(i int) []int32 { return fs.docs[i].terms }, df: fs.st.df}, fs.plausible)
	fs.addValuePairs(&ps)
	es := parallelEdges(groupPairs(&ps, n), func() func(p [2]int32) (float64, bool) {
		l := fs.newLinker()
		return func(p [2]int32) (float64, bool) { return l.link(p[0], p[1]) }
	})
	// A cluster keeps the values its members state: facts that disagree on
	// a day, a duration, an amount or a count never join, even through a
	// fact that states none.
	vals := fs.vals
	u := newUnionFind(n)
	u.link(es, func(ra, rb int32) bool {
		return !conflict(vals[ra], vals[rb])
	}, func(root, gone int32) {
		for _, v := range vals[gone] {
			if !slices.Contains(vals[root], v) {
				vals[root] = append(vals[root], v)
			}
		}
		vals[gone] = nil
	})
	out, of := u.assemble(func(i int) int { return int(c.Facts[i].Article) }, func(i, j int) bool {
		return len(c.Facts[i].Values()) > len(c.Facts[j].Values())
	})
	for i := range c.Facts {
		c.Facts[i].Cluster = int32(of[i])
	}
	return out
}

// factSet is what is worked out about every fact before pairs of them are
// compared, by fact id. Pairs number in the millions: they compare numbers,
// never strings.
type factSet struct {
	head    []factHead
	docs    []doc
	names   [][]int32 // sorted distinct name stems
	events  []uint8   // the kinds of event named (eventClasses)
	vals    [][]uint64
	keys    [][]uint64 // value keys (blockKey), numbered, in order
	persons [][]int    // the people (not organisations) named, sorted
	day     uint64     // the class number of calendar days
	st      *stats
	sto     *stories
}

// factHead is what plausible reads of a fact first, in 16 bytes: a
// candidate pair reads two from anywhere among a hundred thousand facts,
// and reading their lists, most of them empty, was most of its time.
type factHead struct {
	w   float64 // docs' weight
	art int32   // the article's number in sto
	has uint8   // which lists are not empty: hasVals, ...
}

const (
	hasVals uint8 = 1 << iota
	hasKeys
	hasPersons
	hasNames
)

// flag is bit if s is not empty.
func flag[T any](s []T, bit uint8) uint8 {
	if len(s) == 0 {
		return 0
	}
	return bit
}

func newFactSet(c *corpus.Corpus, an *analyzer, ft *factTerms) *factSet {
	n := len(c.Facts)
	fs := &factSet{
		docs: ft.docs, names: ft.names, sto: ft.sto,
		head: make([]factHead, n), events: make([]uint8, n),
		vals: make([][]uint64, n), keys: make([][]uint64, n), persons: make([][]int, n),
	}
	fs.st = newStats(fs.docs, len(an.words))
	// The kind of event of every stem, looked up once rather than per
	// occurrence.
	eventOf := make([]uint8, len(an.words))
	for t, w := range an.words {
		eventOf[t] = eventClasses[w]
	}
	vn := newValueNumbers()
	fs.day = uint64(vn.class(valueKey{class: 'd'}))
	var ks []valueKey
	var ids []uint64
	var pers []int
	// Each fact's lists cut from shared arrays, not a small allocation each.
	var vals arena[uint64]
	var people arena[int]
	for i := range c.Facts {
		f := &c.Facts[i]
		for _, t := range fs.docs[i].terms {
			fs.events[i] |= eventOf[t]
		}
		ks = ks[:0]
		for _, v := range f.Values() {
			if k, ok := conflictKey(v); ok && !slices.Contains(ks, k) {
				ks = append(ks, k)
			}
		}
		ids = vn.appendIDs(ids[:0], ks)
		fs.vals[i] = vals.copy(ids)
		ks = ks[:0]
		for _, v := range f.Values() {
			if k, ok := blockKey(v); ok && !slices.Contains(ks, k) {
				ks = append(ks, k)
			}
		}
		ids = vn.appendIDs(ids[:0], ks)
		fs.keys[i] = vals.copy(ids)
		pers = appendPersons(pers[:0], c, f)
		fs.persons[i] = people.copy(pers)
		fs.head[i] = factHead{w: fs.docs[i].w, art: fs.sto.of[i],
			has: flag(fs.vals[i], hasVals) | flag(fs.keys[i], hasKeys) | flag(fs.persons[i], hasPersons) | flag(fs.names[i], hasNames)}
	}
	return fs
}

// addValuePairs adds to ps the candidates through an equal value of the same kind of
// event ("a call on October 14"), which may share no rare word; within a
// bounded window, so that a day reported a thousand times stays linear.
// Pairs that share rare words too are met again; groupPairs drops the
// repeats. Only plausible pairs are kept.
func (fs *factSet) addValuePairs(ps *pairList) {
	buckets := map[uint64][]int32{} // value key<<8 | event bit → facts
	var order []uint64
	for i, ks := range fs.keys {
		ev := fs.events[i]
		if ev == 0 {
			continue
		}
		for _, k := range ks {
			for bit := uint8(1); bit != 0; bit <<= 1 {
				if ev&bit == 0 {
					continue
				}
				kb := k<<8 | uint64(bit)
				if _, ok := buckets[kb]; !ok {
					order = append(order, kb)
				}
				buckets[kb] = append(buckets[kb], int32(i))
			}
		}
	}
	for _, k := range order {
		b := buckets[k]
		for x := range b {
			for y := x + 1; y < len(b) && y <= x+valueWindow; y++ {
				if fs.plausible(b[x], b[y]) {
					ps.add([2]int32{b[x], b[y]})
				}
			}
		}
	}
}

// plausible is the part of link that needs no comparison of the wording:
// most candidate pairs fail it, and are dropped before they are sorted.
func (fs *factSet) plausible(i, j int32) bool {
	// The heads first, then the lists only where both facts have some.
	a, b := &fs.head[i], &fs.head[j]
	both := a.has & b.has
	if a.art == b.art {
		return maxDice(a.w, b.w) >= sameArtDice && (both&hasVals == 0 || !conflict(fs.vals[i], fs.vals[j]))
	}
	// Without an equal value only near-identical wording can join (byWords
	// in link).
	if both&hasKeys == 0 && maxDice(a.w, b.w) < factDice {
		return false
	}
	if both&hasVals != 0 && conflict(fs.vals[i], fs.vals[j]) {
		return false
	}
	// Facts naming different people are about different things: two calls
	// on one day between other people are two calls. Organisations do not
	// count: one outlet cites Bloomberg News, another the AP.
	if both&hasPersons != 0 && !intersects(fs.persons[i], fs.persons[j]) {
		return false
	}
	// Near-identical wording must name the same people.
	return both&hasKeys != 0 && shareValue(fs.keys[i], fs.keys[j], anyClass) ||
		maxDice(a.w, b.w) >= factDice && (both&hasNames == 0 || sharesSorted(fs.names[i], fs.names[j]))
}

// linker scores plausible pairs of facts, in order of their first fact.
// It keeps that fact's terms and its article's names marked, so a pair
// walks only the second fact's lists; each goroutine has its own.
type linker struct {
	fs     *factSet
	i      int32   // the first fact of the pairs scored now, -1 before any
	art    int32   // fs.head[i].art
	term   []bool  // fact i's terms
	name   []bool  // article art's names
	own    []bool  // fact i's names
	wa     float64 // the weight of article art's names but fact i's own
	waDone bool    // wa is summed for row i
}

func (fs *factSet) newLinker() *linker {
	return &linker{fs: fs, i: -1, art: -1, term: make([]bool, len(fs.st.idf)),
		name: make([]bool, len(fs.sto.idf)), own: make([]bool, len(fs.sto.idf))}
}

// row makes i the first fact of the pairs scored.
func (l *linker) row(i int32) {
	if i == l.i {
		return
	}
	fs, s := l.fs, l.fs.sto
	if l.i >= 0 {
		mark(l.term, fs.docs[l.i].terms, false)
		mark(l.own, fs.names[l.i], false)
	}
	mark(l.term, fs.docs[i].terms, true)
	mark(l.own, fs.names[i], true)
	if a := fs.head[i].art; a != l.art {
		if l.art >= 0 {
			mark(l.name, s.names[l.art], false)
		}
		mark(l.name, s.names[a], true)
		l.art = a
	}
	l.i = i
	l.waDone = false // summed when a pair first needs it (articleWeight)
}

// articleWeight is the weight of the row's article's names but fact i's
// own. Summing it for every row was quadratic in a long article (thousands
// of names, thousands of facts) where most rows pair only within their
// article and never need it.
func (l *linker) articleWeight() float64 {
	if !l.waDone {
		s := l.fs.sto
		l.wa = 0
		for k, t := range s.names[l.art] {
			if !l.own[t] {
				l.wa += s.weights[l.art][k]
			}
		}
		l.waDone = true
	}
	return l.wa
}

// mark sets to v the marks of terms ts.
func mark(marks []bool, ts []int32, v bool) {
	for _, t := range ts {
		marks[t] = v
	}
}

// compare is st.compareTerms of facts i (the row) and j: the shared terms
// are met in the same order, so the weight is the very same number.
func (l *linker) compare(j int32) overlap {
	fs := l.fs
	o := overlap{wa: fs.docs[l.i].w, wb: fs.docs[j].w}
	for _, t := range fs.docs[j].terms {
		if l.term[t] {
			o.shared++
			o.weight += fs.st.idf[t]
		}
	}
	return o
}

// sameStory is sto.same for the articles of facts i (the row) and j,
// skipping the names of both facts. Each sum adds the same weights in the
// same order, so the answer is the very same.
func (l *linker) sameStory(j int32) bool {
	fs, s := l.fs, l.fs.sto
	b := fs.head[j].art
	if b == l.art {
		return true
	}
	skipB := fs.names[j]
	skip := func(t int32) bool { return l.own[t] || slices.Contains(skipB, t) }
	// Article a's weight, but fact i's names, unless fact j names one of
	// the others too.
	wa := l.articleWeight()
	for _, t := range skipB {
		if l.name[t] && !l.own[t] {
			wa = 0
			for k, t := range s.names[l.art] {
				if !skip(t) {
					wa += s.weights[l.art][k]
				}
			}
			break
		}
	}
	wb, shared := 0.0, 0.0
	for k, t := range s.names[b] {
		if skip(t) {
			continue
		}
		wb += s.weights[b][k]
		if l.name[t] {
			shared += s.weights[b][k]
		}
	}
	m := min(wa, wb)
	return m == 0 || shared/m >= storyCover
}

// link decides whether two plausible facts state the same thing, and how
// strongly: an equal value with some of the same words about the same
// kind of event, or nearly the same words naming someone in common. An
// article repeating itself needs nearly the same words. Shared people
// alone prove nothing: in a political corpus every sentence names the
// same two candidates.
func (l *linker) link(i, j int32) (float64, bool) {
	l.row(i)
	fs := l.fs
	o := l.compare(j)
	d := o.dice()
	if fs.head[i].art == fs.head[j].art {
		return d, d >= sameArtDice && o.shared >= sameArtShared
	}
	sameEvent := fs.events[i]&fs.events[j] != 0
	ka, kb := fs.keys[i], fs.keys[j]
	// The same kind of event on the same calendar day is strong evidence,
	// even when the wording has little else in common.
	if sameEvent && o.shared >= 2 && shareValue(ka, kb, fs.day) {
		return valueBonus + d, true
	}
	// Otherwise an equal value or the same words join only articles that
	// tell one story: in articles about other people, "The call lasted
	// about 12 minutes" is another event's. Facts naming the very same
	// people and saying much the same need no more: "the unfairness of the
	// tax laws is unbelievable, Trump said", in a story on taxes and one
	// on veterans.
	byValue := shareValue(ka, kb, anyClass) && ((sameEvent && o.shared >= 2) || (o.shared >= 3 && d >= valueTextDice))
	// The same sentence about other people ("X did not respond to requests
	// for comment") is another fact.
	na, nb := fs.names[i], fs.names[j]
	byWords := d >= factDice && o.shared >= factShared &&
		(len(na) == 0 || len(nb) == 0 || sharesSorted(na, nb))
	if !byValue && !byWords {
		return 0, false
	}
	pa, pb := fs.persons[i], fs.persons[j]
	storyless := len(pa) > 0 && slices.Equal(pa, pb) && o.shared >= storylessShared
	if !storyless && !l.sameStory(j) {
		return 0, false
	}
	if byValue {
		return valueBonus + d, true
	}
	return d, true
}

func sharesSorted(a, b []int32) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// valueKey is what makes two values "the same": a class of value and its
// normal form. Classes: 'd' a calendar day, 'M' a month, 't' a duration,
// 'm' an amount of money in unit, 'p' a percentage, 'n' a count of unit.
type valueKey struct {
	class byte
	unit  corpus.Unit
	norm  string
}

// blockKey is the value key that blocking compares: a calendar day, a
// duration, an amount of money, a percentage or a count of something.
// Plain numbers without a unit, coarse periods ("2025-10") and weekdays
// ("on Tuesday": every story of the day has one) are too common to tell
// facts apart; days still keep facts of different days apart.
func blockKey(v corpus.Value) (valueKey, bool) {
	switch v.Kind {
	case corpus.ValueDate:
		if isDay(v.Norm) {
			return valueKey{class: 'd', norm: v.Norm}, true
		}
	case corpus.ValueDuration:
		return valueKey{class: 't', norm: v.Norm}, true
	case corpus.ValueMoney:
		return valueKey{class: 'm', unit: v.Unit, norm: v.Norm}, true
	case corpus.ValuePercent:
		return valueKey{class: 'p', norm: v.Norm}, true
	case corpus.ValueNumber:
		if v.Unit != 0 {
			return valueKey{class: 'n', unit: v.Unit, norm: v.Norm}, true
		}
	}
	return valueKey{}, false
}

// isDay reports whether norm is a full date, YYYY-MM-DD or --MM-DD.
func isDay(norm string) bool {
	if len(norm) == 10 && norm[4] == '-' && norm[7] == '-' {
		return true
	}
	return len(norm) == 7 && strings.HasPrefix(norm, "--") && norm[4] == '-'
}

// isMonth reports whether norm is a month, YYYY-MM.
func isMonth(norm string) bool { return len(norm) == 7 && norm[4] == '-' && norm[0] != '-' }

// conflictKey is the value key by which two facts must agree to be the
// same fact, if both state a value of its class: days (relative ones
// too), months, durations, amounts of a currency, percentages, counts of
// a unit.
func conflictKey(v corpus.Value) (valueKey, bool) {
	k, ok := blockKey(v)
	if v.Kind == corpus.ValueRelative && isDay(v.Norm) {
		k, ok = valueKey{class: 'd', norm: v.Norm}, true
	}
	if (v.Kind == corpus.ValueDate || v.Kind == corpus.ValueRelative) && isMonth(v.Norm) {
		k, ok = valueKey{class: 'M', norm: v.Norm}, true
	}
	return k, ok
}

// valueNumbers numbers value keys and their classes (class and unit): a
// value is class<<32 | value.
type valueNumbers struct {
	classes map[valueKey]uint32 // keys without norm
	values  map[valueKey]uint32
}

func newValueNumbers() *valueNumbers {
	return &valueNumbers{classes: map[valueKey]uint32{}, values: map[valueKey]uint32{}}
}

func (vn *valueNumbers) class(k valueKey) uint32 {
	k.norm = ""
	id, ok := vn.classes[k]
	if !ok {
		id = uint32(len(vn.classes))
		vn.classes[k] = id
	}
	return id
}

// appendIDs appends to out the numbers of keys.
func (vn *valueNumbers) appendIDs(out []uint64, keys []valueKey) []uint64 {
	for _, k := range keys {
		id, ok := vn.values[k]
		if !ok {
			id = uint32(len(vn.values))
			vn.values[k] = id
		}
		out = append(out, uint64(vn.class(k))<<32|uint64(id))
	}
	return out
}

// conflict reports whether two value lists disagree: some class has
// values in both, and none in common.
func conflict(a, b []uint64) bool {
	for _, x := range a {
		class := x >> 32
		both := false
		for _, y := range b {
			if y>>32 == class {
				both = true
				break
			}
		}
		if !both {
			continue
		}
		agree := false
		for _, x2 := range a {
			if x2>>32 == class && slices.Contains(b, x2) {
				agree = true
				break
			}
		}
		if !agree {
			return true
		}
	}
	return false
}

// anyClass lets shareValue count every class of value.
const anyClass = ^uint64(0)

// shareValue reports whether two facts, by their value keys, state an
// equal value of class only (anyClass: of any class); "on the same day"
// asks for the class of calendar days.
func shareValue(a, b []uint64, only uint64) bool {
	for _, x := range a {
		if only != anyClass && x>>32 != only {
			continue
		}
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// bits is the position of the single set bit of b.
func bits(b uint8) int {
	n := 0
	for b > 1 {
		b >>= 1
		n++
	}
	return n
}

// stories knows which names each article mentions, to tell whether two
// articles report one story: they must share a good part of their names,
// weighted by how rare each name is across articles. Articles are
// numbered (number) in the order their first fact comes.
type stories struct {
	number map[int]int32 // article id → its number
	of     []int32       // fact id → its article's number
	names  [][]int32     // by number: sorted distinct name stems
	idf    []float64
	// weights are the idf of names, in the same places: two articles are
	// compared hundreds of thousands of times.
	weights [][]float64
}

// storyCover is the share of the smaller article's name weight that the
// other must mention too.
const storyCover = 0.5

func newStories(facts []corpus.Fact, names [][]int32, vocab int) *stories {
	s := &stories{number: map[int]int32{}, of: make([]int32, len(facts)), idf: make([]float64, vocab)}
	last := -1
	k := int32(-1)
	for i, f := range facts {
		// A fact's article is most often the previous fact's.
		if k < 0 || int(f.Article) != last {
			var ok bool
			if k, ok = s.number[int(f.Article)]; !ok {
				k = int32(len(s.names))
				s.number[int(f.Article)] = k
				s.names = append(s.names, nil)
			}
			last = int(f.Article)
		}
		s.of[i] = k
		s.names[k] = append(s.names[k], names[i]...)
	}
	df := make([]int, vocab)
	for a, ns := range s.names {
		slices.Sort(ns)
		ns = dedup(ns)
		s.names[a] = ns
		for _, t := range ns {
			df[t]++
		}
	}
	for t, d := range df {
		if d > 0 {
			s.idf[t] = math.Log(1 + float64(len(s.names))/float64(d))
		}
	}
	s.weights = make([][]float64, len(s.names))
	for a, ns := range s.names {
		s.weights[a] = make([]float64, len(ns))
		for i, t := range ns {
			s.weights[a][i] = s.idf[t]
		}
	}
	pack.Slices(pack.Fields(s.names, func(ns *[]int32) *[]int32 { return ns }))
	pack.Slices(pack.Fields(s.weights, func(ws *[]float64) *[]float64 { return ws }))
	return s
}

// numberOf is the number of an article, -1 for one without facts.
func (s *stories) numberOf(article int) int32 {
	if k, ok := s.number[article]; ok {
		return k
	}
	return -1
}

// same reports whether the articles numbered a and b share enough names to
// be one story. The names of the two facts compared, skipA and skipB
// (sorted), do not count: "This is reported by Evening Standard Online" in
// two articles says nothing of whether they tell one story. An article
// that names nobody else gives no evidence either way.

func (s *stories) same(a, b int32, skipA, skipB []int32) bool {
	if a == b {
		return true
	}
	var na, nb []int32
	var wna, wnb []float64
	if a >= 0 {
		na, wna = s.names[a], s.weights[a]
	}
	if b >= 0 {
		nb, wnb = s.names[b], s.weights[b]
	}
	// Each sum adds the same weights in the same order as before names
	// were skipped in one walk (the very same number, compared to a
	// threshold).
	skip := func(t int32) bool { return slices.Contains(skipA, t) || slices.Contains(skipB, t) }
	wa, wb, shared := 0.0, 0.0, 0.0
	for i, t := range na {
		if !skip(t) {
			wa += wna[i]
		}
	}
	for j, t := range nb {
		if !skip(t) {
			wb += wnb[j]
		}
	}
	for i, j := 0, 0; i < len(na) && j < len(nb); {
		switch {
		case na[i] < nb[j]:
			i++
		case na[i] > nb[j]:
			j++
		default:
			if !skip(na[i]) {
				shared += wna[i]
			}
			i++
			j++
		}
	}
	m := min(wa, wb)
	return m == 0 || shared/m >= storyCover
}

// appendPersons appends to out the people a fact names who are persons,
// not organisations, sorted and distinct.
func appendPersons(out []int, c *corpus.Corpus, f *corpus.Fact) []int {
	for _, id := range f.People() {
		if p := c.Person(int(id)); p != nil && p.Kind == corpus.KindPerson {
			out = append(out, int(id))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
