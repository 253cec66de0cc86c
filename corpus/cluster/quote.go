package cluster

import (
	"strconv"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// Thresholds for quotations. coverage is the share of the smaller
// quotation's weight that the other repeats: a trimmed fragment of the
// same words covers nearly all of it. A translation or paraphrase covers
// less, but keeps several adjacent pairs of words ("talk hope", "give lot").
const (
	quoteShared       = 3   // stems in common, at least
	quoteCoverage     = 0.8 // enough on its own
	quotePairs        = 3   // shared adjacent pairs that make up for
	quotePairCoverage = 0.5 // a lower coverage
	quoteSpeakerKey   = 1 << 63
	// quoteSameArticlePairs shared adjacent pairs make two quotations of
	// one article the same words repeated.
	quoteSameArticlePairs = 2
)

// buildQuotes clusters c.Quotes and sets their Cluster.
func buildQuotes(c *corpus.Corpus, an *analyzer, sto *stories) []corpus.Cluster {
	n := len(c.Quotes)
	docs := make([]doc, n)
	wks := make([]string, n)     // word keys, made before pairs are scored in parallel
	opening := make([]uint64, n) // openingKey
	// Outlets often print the same quotation: it is analysed once, and its
	// copies share what was made of it.
	first := firstText(n, func(i int) string { return c.Quotes[i].Text })
	var seq []int32
	var words []segment.Token
	for i := range c.Quotes {
		q := &c.Quotes[i]
		if k := first[i]; int(k) != i {
			docs[i], wks[i] = docs[k], wks[k]
			if q.SpeakerID == c.Quotes[k].SpeakerID {
				opening[i] = opening[k]
			} else {
				opening[i] = openingKey(int(q.SpeakerID), wks[i])
			}
			continue
		}
		seq, _ = an.terms(seq[:0], nil, q.Text)
		docs[i] = makeDoc(seq)
		words = segment.AppendWords(words[:0], q.Text, corpus.Span{Start: 0, End: len(q.Text)})
		wks[i] = wordKey(words)
		opening[i] = openingKey(int(q.SpeakerID), wks[i])
	}
	st := newStats(docs, len(an.words))
	// Keys: each stem, each stem said by a known speaker, which stays rare
	// even when the word is not ("Witkoff|call"), and the speaker's first
	// words, which a trimmed copy keeps even when they are all stop words.
	// A stem is its own key number; the others are numbered after the
	// stems, and value keeps what they were before numbering, which orders
	// keys of one frequency.
	value := make([]uint64, len(an.words), len(an.words)+n)
	for t := range value {
		value[t] = uint64(t)
	}
	number := map[uint64]int32{}
	id := func(k uint64) int32 {
		x, ok := number[k]
		if !ok {
			x = int32(len(value))
			number[k] = x
			value = append(value, k)
		}
		return x
	}
	keyAt := make([]int32, n+1)
	var keyList []int32
	for i := range c.Quotes {
		// A copy by the same speaker has the keys of the first.
		if k := first[i]; int(k) != i && c.Quotes[k].SpeakerID == c.Quotes[i].SpeakerID {
			keyList = append(keyList, keyList[keyAt[k]:keyAt[k+1]]...)
			keyAt[i+1] = int32(len(keyList))
			continue
		}
		for _, t := range docs[i].terms {
			keyList = append(keyList, t)
			if s := c.Quotes[i].SpeakerID; s >= 0 {
				keyList = append(keyList, id(quoteSpeakerKey|uint64(uint32(s))<<32|uint64(uint32(t))))
			}
		}
		if opening[i] != 0 {
			keyList = append(keyList, id(opening[i]))
		}
		keyAt[i+1] = int32(len(keyList))
	}
	df := make([]int32, len(value))
	for _, k := range keyList {
		df[k]++
	}
	keys := func(i int) []int32 { return keyList[keyAt[i]:keyAt[i+1]] }
	wk := func(i int32) string { return wks[i] }
	// Articles by their number in sto, looked up once per quotation.
	art := make([]int32, n)
	for i := range c.Quotes {
		art[i] = sto.numberOf(int(c.Quotes[i].Article))
	}
	link := func(p [2]int32) (float64, bool) {
		a, b := p[0], p[1]
		story := func() bool { return sto.same(art[a], art[b], nil, nil) }
		return quoteLink(st, &c.Quotes[a], &c.Quotes[b], &docs[a], &docs[b], story, wk(a), wk(b))
	}
	es := parallelEdges(candidates(blocking{n: n, keys: keys, df: df, value: value}), func() func(p [2]int32) (float64, bool) { return link })
	// A cluster keeps the known speakers of its members: two clusters of
	// different speakers never join, even through an unattributed quotation.
	speakers := make([][]int, n)
	for i, q := range c.Quotes {
		if q.SpeakerID >= 0 {
			speakers[i] = []int{int(q.SpeakerID)}
		}
	}
	u := newUnionFind(n)
	u.link(es, func(ra, rb int32) bool {
		return len(speakers[ra]) == 0 || len(speakers[rb]) == 0 || intersects(speakers[ra], speakers[rb])
	}, func(root, gone int32) {
		speakers[root] = union(speakers[root], speakers[gone])
		speakers[gone] = nil
	})
	out, of := u.assemble(func(i int) int { return int(c.Quotes[i].Article) }, func(i, j int) bool { return false })
	for i := range c.Quotes {
		c.Quotes[i].Cluster = int32(of[i])
	}
	return out
}

// quoteLink decides whether two quotations are the same words, and how
// strongly; story tells whether their articles tell one story
// (stories.same), asked only when it matters.
func quoteLink(st *stats, a, b *corpus.Quote, da, db *doc, story func() bool, ka, kb string) (float64, bool) {
	if a.SpeakerID >= 0 && b.SpeakerID >= 0 && a.SpeakerID != b.SpeakerID {
		return 0, false
	}
	o := st.compare(da, db)
	cov := o.coverage()
	score := cov + 0.05*float64(o.bigrams)
	// A trimmed quotation is the other's words, in order, whatever their
	// weight: "Going to be fine." inside "It is going to be fine, I said".
	// A short one must be all of the other's words, by the same person, in
	// articles telling one story: "should be fired", as Bacon said it.
	switch {
	case ka == kb && a.SpeakerID >= 0 && a.SpeakerID == b.SpeakerID && len(ka) > 2 && story():
		return 1 + score, true
	case contains(ka, kb):
		return 1 + score, true
	}
	if o.shared < quoteShared {
		return 0, false
	}
	// Within one article, two quotations sharing words are usually two
	// things the speaker said on one topic; a repeat keeps whole phrases.
	if a.Article == b.Article && o.bigrams < quoteSameArticlePairs {
		return 0, false
	}
	return score, cov >= quoteCoverage || (o.bigrams >= quotePairs && cov >= quotePairCoverage)
}

func intersects(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func union(a, b []int) []int {
	for _, y := range b {
		if !intersects(a, []int{y}) {
			a = append(a, y)
		}
	}
	return a
}

// minContained is how many words a quotation needs before its appearing
// inside another proves it is a trimmed copy: "good call" is no proof.
const minContained = 5

// contains reports whether the words of the shorter of two word keys, at
// least minContained of them, appear in order and together in the longer.
func contains(wa, wb string) bool {
	if len(wa) < len(wb) {
		wa, wb = wb, wa
	}
	if strings.Count(wb, " ") < minContained+1 {
		return false
	}
	return strings.Contains(wa, wb)
}

// wordKey is the words ws, lower-cased, each followed and preceded by a
// space: " going to be fine ".
func wordKey(ws []segment.Token) string {
	n := 1
	for _, w := range ws {
		n += len(w.Text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteByte(' ')
	for _, w := range ws {
		b.WriteString(strings.ToLower(strings.ReplaceAll(w.Text, "\u2019", "'")))
		b.WriteByte(' ')
	}
	return b.String()
}

// openingKey hashes a quotation's speaker and its first minContained
// words, read from its word key, into a blocking key (bit 62 set, apart
// from term keys); 0 when it is shorter.
func openingKey(speaker int, wordKey string) uint64 {
	// The words end at the space after the last: " a b c d e" of
	// " a b c d e f ".
	end, spaces := 0, 0
	for ; end < len(wordKey); end++ {
		if wordKey[end] == ' ' {
			if spaces++; spaces == minContained+1 {
				break
			}
		}
	}
	if spaces < minContained+1 {
		return 0
	}
	h := fnv64a(fnvOffset, strconv.Itoa(speaker))
	h = fnv64a(h, wordKey[:end])
	return h&(1<<62-1) | 1<<62
}
