package cluster

import (
	"strings"

	"factdesk/corpus"
)

// Thresholds for facts.
const (
	factDice      = 0.55 // near-identical wording, across articles
	factShared    = 4
	sameArtDice   = 0.8 // an article repeating itself (lede and body)
	sameArtShared = 3
	valueTextDice = 0.3 // an equal value plus this much shared wording
	valueWindow   = 64  // an item meets at most this many later items of its value bucket
	valueBonus    = 1.0 // value links outrank wording links
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

// buildFacts clusters c.Facts and sets their Cluster.
func buildFacts(c *corpus.Corpus, an *analyzer) []corpus.Cluster {
	n := len(c.Facts)
	docs := make([]doc, n)
	events := make([]uint8, n)
	for i, f := range c.Facts {
		docs[i] = makeDoc(an.terms(f.Text))
	}
	st := newStats(docs, len(an.words))
	for i := range docs {
		for _, t := range docs[i].terms {
			events[i] |= eventClasses[an.words[t]]
		}
	}
	// Candidates through rare words.
	keys := func(i int) []uint64 {
		ks := make([]uint64, len(docs[i].terms))
		for k, t := range docs[i].terms {
			ks[k] = uint64(uint32(t))
		}
		return ks
	}
	df := map[uint64]int32{}
	for i := range docs {
		for _, t := range docs[i].terms {
			df[uint64(uint32(t))]++
		}
	}
	pairs := candidates(n, keys, df)
	// Candidates through an equal value of the same kind of event ("a call
	// on October 14"), which may share no rare word; within a bounded
	// window, so that a day reported a thousand times stays linear. Pairs
	// that share rare words already met above.
	buckets := map[string][]int32{}
	var order []string
	for i, f := range c.Facts {
		if events[i] == 0 {
			continue
		}
		seen := map[string]bool{}
		for _, v := range f.Values {
			k := valueKey(v)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
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
	for _, k := range order {
		b := buckets[k]
		for x := range b {
			for y := x + 1; y < len(b) && y <= x+valueWindow; y++ {
				pairs = append(pairs, [2]int32{b[x], b[y]})
			}
		}
	}
	days := make([][]string, n)
	for i, f := range c.Facts {
		days[i] = dayValues(f)
	}
	var es []edge
	for _, p := range sortPairs(pairs) {
		a, b := &c.Facts[p[0]], &c.Facts[p[1]]
		if s, ok := factLink(st, a, b, &docs[p[0]], &docs[p[1]], events[p[0]]&events[p[1]] != 0, days[p[0]], days[p[1]]); ok {
			es = append(es, edge{p[0], p[1], s})
		}
	}
	// A cluster keeps the days its members state: facts about different
	// days never join, even through a fact that states none.
	u := newUnionFind(n)
	u.link(es, func(ra, rb int32) bool {
		return len(days[ra]) == 0 || len(days[rb]) == 0 || intersectsStr(days[ra], days[rb])
	}, func(root, gone int32) {
		for _, d := range days[gone] {
			if !intersectsStr(days[root], []string{d}) {
				days[root] = append(days[root], d)
			}
		}
		days[gone] = nil
	})
	out, of := u.assemble(func(i int) int { return c.Facts[i].Article }, func(i, j int) bool {
		return len(c.Facts[i].Values) > len(c.Facts[j].Values)
	})
	for i := range c.Facts {
		c.Facts[i].Cluster = of[i]
	}
	return out
}

// factLink decides whether two facts state the same thing, and how
// strongly: an equal value with some of the same words about the same kind
// of event, or nearly the same words. An article repeating itself needs
// nearly the same words. Shared people alone prove nothing: in a political
// corpus every sentence names the same two candidates.
func factLink(st *stats, a, b *corpus.Fact, da, db *doc, sameEvent bool, daysA, daysB []string) (float64, bool) {
	if len(daysA) > 0 && len(daysB) > 0 && !intersectsStr(daysA, daysB) {
		return 0, false
	}
	o := st.compare(da, db)
	d := o.dice()
	if a.Article == b.Article {
		return d, d >= sameArtDice && o.shared >= sameArtShared
	}
	if shareValue(a, b) && ((sameEvent && o.shared >= 2) || (o.shared >= 3 && d >= valueTextDice)) {
		return valueBonus + d, true
	}
	return d, d >= factDice && o.shared >= factShared
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

func dayValues(f corpus.Fact) []string {
	var out []string
	for _, v := range f.Values {
		if (v.Kind == corpus.ValueDate || v.Kind == corpus.ValueRelative) && isDay(v.Norm) && !intersectsStr(out, []string{v.Norm}) {
			out = append(out, v.Norm)
		}
	}
	return out
}

func shareValue(a, b *corpus.Fact) bool {
	for _, x := range a.Values {
		kx := valueKey(x)
		if kx == "" {
			continue
		}
		for _, y := range b.Values {
			if valueKey(y) == kx {
				return true
			}
		}
	}
	return false
}

func intersectsStr(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
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
