package cluster

import (
	"math"
	"slices"
	"strings"

	"factdesk/corpus"
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
	ft := &factTerms{docs: make([]doc, len(c.Facts)), names: make([][]int32, len(c.Facts))}
	for i, f := range c.Facts {
		seq, nm := an.terms(f.Text)
		ft.docs[i] = makeTermDoc(seq)
		slices.Sort(nm)
		ft.names[i] = dedup(nm)
	}
	ft.sto = newStories(c.Facts, ft.names, len(an.words))
	return ft
}

// buildFacts clusters c.Facts and sets their Cluster.
func buildFacts(c *corpus.Corpus, an *analyzer, ft *factTerms) []corpus.Cluster {
	n := len(c.Facts)
	docs, names, sto := ft.docs, ft.names, ft.sto
	events := make([]uint8, n)
	st := newStats(docs, len(an.words))
	for i := range docs {
		for _, t := range docs[i].terms {
			events[i] |= eventClasses[an.words[t]]
		}
	}
	// Candidates through an equal value of the same kind of event ("a call
	// on October 14"), which may share no rare word; within a bounded
	// window, so that a day reported a thousand times stays linear. Pairs
	// that share rare words too are met again below; sortPairs drops the
	// repeats.
	buckets := map[string][]int32{}
	var order, seen []string
	for i, f := range c.Facts {
		if events[i] == 0 {
			continue
		}
		seen = seen[:0]
		for _, v := range f.Values {
			k := valueKey(v)
			if k == "" || slices.Contains(seen, k) {
				continue
			}
			seen = append(seen, k)
			for bit := uint8(1); bit != 0; bit <<= 1 {
				if events[i]&bit == 0 {
					continue
				}
				kb := k + "|" + string(rune('a'+bits(bit)))
				if _, ok := buckets[kb]; !ok {
					order = append(order, kb)
				}
				buckets[kb] = append(buckets[kb], int32(i))
			}
		}
	}
	// Counted first: the pairs number in the millions.
	nv := 0
	for _, k := range order {
		for x, l := 0, len(buckets[k]); x < l; x++ {
			nv += min(valueWindow, l-1-x)
		}
	}
	vpairs := make([][2]int32, 0, nv)
	for _, k := range order {
		b := buckets[k]
		for x := range b {
			for y := x + 1; y < len(b) && y <= x+valueWindow; y++ {
				vpairs = append(vpairs, [2]int32{b[x], b[y]})
			}
		}
	}
	// Candidates through rare words, and the pairs above. keys' list is
	// read before the next call, so one buffer serves every fact.
	var kbuf []uint64
	keys := func(i int) []uint64 {
		kbuf = kbuf[:0]
		for _, t := range docs[i].terms {
			kbuf = append(kbuf, uint64(uint32(t)))
		}
		return kbuf
	}
	pairs := unsortedCandidates(n, keys, func(k uint64) int32 { return st.df[k] }, vpairs)
	// Value strings become numbers once: the pairs below compare them
	// millions of times.
	vn := valueNumbers{}
	vals := make([][]uint64, n)
	for i, f := range c.Facts {
		vals[i] = vn.encode(conflictValues(f))
	}
	pers := make([][]int, n)
	vkeys := make([][]uint64, n)
	var ks []string
	for i, f := range c.Facts {
		pers[i] = persons(c, &c.Facts[i])
		ks = ks[:0]
		for _, v := range f.Values {
			if k := valueKey(v); k != "" && !slices.Contains(ks, k) {
				ks = append(ks, k)
			}
		}
		vkeys[i] = vn.encode(ks)
	}
	day := uint64(vn.id("d|"))
	es := parallelEdges(sortPairs(pairs), func(p [2]int32) (float64, bool) {
		a, b := &c.Facts[p[0]], &c.Facts[p[1]]
		l := factPair{a: a, b: b, da: &docs[p[0]], db: &docs[p[1]], sameEvent: events[p[0]]&events[p[1]] != 0,
			valsA: vals[p[0]], valsB: vals[p[1]], namesA: names[p[0]], namesB: names[p[1]],
			personsA: pers[p[0]], personsB: pers[p[1]], keysA: vkeys[p[0]], keysB: vkeys[p[1]], day: day, sto: sto}
		return l.link(st)
	})
	// A cluster keeps the values its members state: facts that disagree on
	// a day, a duration, an amount or a count never join, even through a
	// fact that states none.
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
	out, of := u.assemble(func(i int) int { return c.Facts[i].Article }, func(i, j int) bool {
		return len(c.Facts[i].Values) > len(c.Facts[j].Values)
	})
	for i := range c.Facts {
		c.Facts[i].Cluster = of[i]
	}
	return out
}

// factPair is two facts to compare, with what was worked out about each.
type factPair struct {
	a, b           *corpus.Fact
	da, db         *doc
	sameEvent      bool
	valsA, valsB   []uint64 // conflictValues, numbered (see valueNumbers)
	namesA, namesB []int32
	// personsA and personsB are the people (not organisations) each names.
	personsA, personsB []int
	keysA, keysB       []uint64 // value keys, numbered
	day                uint64   // the class number of calendar days
	sto                *stories
}

// link decides whether two facts state the same thing, and how strongly:
// an equal value with some of the same words about the same kind of event,
// or nearly the same words naming someone in common. An article repeating
// itself needs nearly the same words. Shared people alone prove nothing:
// in a political corpus every sentence names the same two candidates.
func (p factPair) link(st *stats) (float64, bool) {
	if conflict(p.valsA, p.valsB) {
		return 0, false
	}
	// The checks that need no comparison of the wording come first: most
	// candidate pairs fail one of them.
	bound := maxDice(p.da, p.db)
	if p.a.Article == p.b.Article {
		if bound < sameArtDice {
			return 0, false
		}
		o := st.compareTerms(p.da, p.db)
		d := o.dice()
		return d, d >= sameArtDice && o.shared >= sameArtShared
	}
	// Facts naming different people are about different things: two calls
	// on one day between other people are two calls. Organisations do not
	// count: one outlet cites Bloomberg News, another the AP.
	if len(p.personsA) > 0 && len(p.personsB) > 0 && !intersects(p.personsA, p.personsB) {
		return 0, false
	}
	// Without an equal value only near-identical wording naming the same
	// people can join (byWords below).
	if !shareValue(p.keysA, p.keysB, anyClass) &&
		(bound < factDice || len(p.namesA) > 0 && len(p.namesB) > 0 && !sharesSorted(p.namesA, p.namesB)) {
		return 0, false
	}
	o := st.compareTerms(p.da, p.db)
	d := o.dice()
	// The same kind of event on the same calendar day is strong evidence,
	// even when the wording has little else in common.
	if p.sameEvent && o.shared >= 2 && shareValue(p.keysA, p.keysB, p.day) {
		return valueBonus + d, true
	}
	// Otherwise an equal value or the same words join only articles that
	// tell one story: in articles about other people, "The call lasted
	// about 12 minutes" is another event's. Facts naming the very same
	// people and saying much the same need no more: "the unfairness of the
	// tax laws is unbelievable, Trump said", in a story on taxes and one
	// on veterans.
	byValue := shareValue(p.keysA, p.keysB, anyClass) && ((p.sameEvent && o.shared >= 2) || (o.shared >= 3 && d >= valueTextDice))
	// The same sentence about other people ("X did not respond to requests
	// for comment") is another fact.
	byWords := d >= factDice && o.shared >= factShared &&
		(len(p.namesA) == 0 || len(p.namesB) == 0 || sharesSorted(p.namesA, p.namesB))
	if !byValue && !byWords {
		return 0, false
	}
	storyless := len(p.personsA) > 0 && slices.Equal(p.personsA, p.personsB) && o.shared >= storylessShared
	if !storyless && !p.sto.same(p.a.Article, p.b.Article, p.namesA, p.namesB) {
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

// valueKey is what makes two values "the same" for blocking: a calendar
// day, a duration, an amount of money, a percentage or a count of
// something. Plain numbers without a unit, coarse periods ("2025-10") and
// weekdays ("on Tuesday": every story of the day has one) are too common
// to tell facts apart; days still keep facts of different days apart.
func valueKey(v corpus.Value) string {
	switch v.Kind {
	case corpus.ValueDate:
		if isDay(v.Norm) {
			return "d|" + v.Norm
		}
	case corpus.ValueDuration:
		return "t|" + v.Norm
	case corpus.ValueMoney:
		return "m|" + v.Unit + "|" + v.Norm
	case corpus.ValuePercent:
		return "p|" + v.Norm
	case corpus.ValueNumber:
		if v.Unit != "" {
			return "n|" + v.Unit + "|" + v.Norm
		}
	}
	return ""
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

// conflictValues lists a fact's values as "class|norm", where two facts
// with values of one class must share one to be the same fact: days,
// months, durations, amounts of a currency, percentages, counts of a unit.
func conflictValues(f corpus.Fact) []string {
	var out []string
	for _, v := range f.Values {
		k := valueKey(v)
		if v.Kind == corpus.ValueRelative && isDay(v.Norm) {
			k = "d|" + v.Norm
		}
		if (v.Kind == corpus.ValueDate || v.Kind == corpus.ValueRelative) && isMonth(v.Norm) {
			k = "M|" + v.Norm
		}
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// valueNumbers numbers value strings ("m|USD|5") and their classes
// ("m|USD|", up to the last '|'): a value is class<<32 | value.
type valueNumbers map[string]uint32

func (vn valueNumbers) id(s string) uint32 {
	id, ok := vn[s]
	if !ok {
		id = uint32(len(vn))
		vn[s] = id
	}
	return id
}

func (vn valueNumbers) encode(keys []string) []uint64 {
	if len(keys) == 0 {
		return nil
	}
	out := make([]uint64, len(keys))
	for i, k := range keys {
		out[i] = uint64(vn.id(k[:strings.LastIndexByte(k, '|')+1]))<<32 | uint64(vn.id(k))
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
// weighted by how rare each name is across articles.
type stories struct {
	names map[int][]int32 // article → sorted distinct name stems
	idf   []float64
	w     map[int]float64 // article → idf weight of its names, summed in order
}

// storyCover is the share of the smaller article's name weight that the
// other must mention too.
const storyCover = 0.5

func newStories(facts []corpus.Fact, names [][]int32, vocab int) *stories {
	s := &stories{names: map[int][]int32{}, idf: make([]float64, vocab)}
	for i, f := range facts {
		s.names[f.Article] = append(s.names[f.Article], names[i]...)
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
	s.w = make(map[int]float64, len(s.names))
	for a, ns := range s.names {
		s.w[a] = s.weight(ns, nil, nil)
	}
	return s
}

// weight sums the idf of names ns, but for those in skipA or skipB.
func (s *stories) weight(ns, skipA, skipB []int32) float64 {
	w := 0.0
	for _, t := range ns {
		_, inA := slices.BinarySearch(skipA, t)
		_, inB := slices.BinarySearch(skipB, t)
		if !inA && !inB {
			w += s.idf[t]
		}
	}
	return w
}

// articleWeight is weight(names of a, skipA, skipB), read from the sums
// made once when the two facts name nobody the article names (the same
// additions in the same order, so the very same number).
func (s *stories) articleWeight(a int, ns, skipA, skipB []int32) float64 {
	for _, skip := range [2][]int32{skipA, skipB} {
		for _, t := range skip {
			if _, ok := slices.BinarySearch(ns, t); ok {
				return s.weight(ns, skipA, skipB)
			}
		}
	}
	return s.w[a]
}

// same reports whether articles a and b share enough names to be one
// story. The names of the two facts compared do not count: "This is
// reported by Evening Standard Online" in two articles says nothing of
// whether they tell one story. An article that names nobody else gives no
// evidence either way.
func (s *stories) same(a, b int, skipA, skipB []int32) bool {
	skip := func(t int32) bool {
		_, inA := slices.BinarySearch(skipA, t)
		_, inB := slices.BinarySearch(skipB, t)
		return inA || inB
	}
	if a == b {
		return true
	}
	na, nb := s.names[a], s.names[b]
	wa, wb, shared := s.articleWeight(a, na, skipA, skipB), s.articleWeight(b, nb, skipA, skipB), 0.0
	for i, j := 0, 0; i < len(na) && j < len(nb); {
		switch {
		case na[i] < nb[j]:
			i++
		case na[i] > nb[j]:
			j++
		default:
			if !skip(na[i]) {
				shared += s.idf[na[i]]
			}
			i++
			j++
		}
	}
	m := math.Min(wa, wb)
	return m == 0 || shared/m >= storyCover
}

// persons returns the people a fact names who are persons, not
// organisations.
func persons(c *corpus.Corpus, f *corpus.Fact) []int {
	var out []int
	for _, id := range f.People {
		if p := c.Person(id); p != nil && p.Kind == corpus.KindPerson {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
