package cluster

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// extraStops carry no topic in news text, on top of snowball's English stop
// list: reporting verbs, modals, hedges and fillers that translations add
// or drop ("perhaps" for "maybe").
var extraStops = map[string]bool{
	"said": true, "say": true, "says": true, "told": true, "tell": true, "added": true,
	"noted": true, "reportedly": true, "according": true, "also": true, "just": true,
	"maybe": true, "perhaps": true, "would": true, "could": true, "should": true, "might": true,
	"will": true, "shall": true, "can": true, "must": true, "may": true, "going": true,
	"get": true, "got": true, "like": true, "well": true, "now": true,
	"even": true, "still": true, "yet": true, "one": true, "much": true, "many": true,
	"mr": true, "ms": true, "mrs": true, "let": true, "lets": true,
	"that's": true, "it's": true, "he's": true, "i'm": true, "we're": true, "they're": true,
	"i'll": true, "we'll": true, "don't": true, "didn't": true, "won't": true, "can't": true,
	"there's": true, "what's": true, "let's": true, "you're": true, "i've": true, "we've": true,
	"thing": true, "things": true, "something": true, "anything": true, "way": true,
}

// calendarWords are what fact values compare; as words they would make
// every "October" sentence look alike.
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tomorrow": true,
	"week": true, "month": true, "year": true, "day": true,
}

// analyzer turns text into content stems, interned as small integers so
// a corpus of millions of sentences stays compact. It caches stems: the
// same words recur and snowball allocates.
type analyzer struct {
	cache wordCache        // word as written → term id, -1 for no content
	lower map[string]int32 // the same, lower-cased: "Call" is stemmed as "call"
	ids   map[string]int32 // stem → term id
	words []string         // term id → stem, for tests and debugging
}

func newAnalyzer() *analyzer {
	return &analyzer{lower: map[string]int32{}, ids: map[string]int32{}}
}

// terms appends to seq the content stems of text in order, with repeats,
// and to names the stems of the names in it: capitalised words other than
// the first.
func (an *analyzer) terms(seq, names []int32, text string) ([]int32, []int32) {
	for i, k := 0, 0; ; k++ {
		start, end := nextWord(text, i)
		if start < 0 {
			return seq, names
		}
		word := text[start:end]
		i = end
		if id := an.term(word); id >= 0 {
			seq = append(seq, id)
			if k > 0 && startsUpper(word) {
				names = append(names, id)
			}
		}
	}
}

// eachWord calls fn with each word of text (nextWord).
func eachWord(text string, fn func(string)) {
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start < 0 {
			return
		}
		fn(text[start:end])
		i = end
	}
}

// nextWord returns the bounds of the first word of text from byte i on,
// start -1 when there is none. A word is a run of letters, digits and
// marks, keeping inner apostrophes ("it's", "Russia's") and splitting at
// hyphens ("US-Russia" is two words), as segment.Words would and then
// some, without allocating.
func nextWord(text string, i int) (start, end int) {
	// Up to the first letter, digit or mark: an apostrophe starts no word.
	for start = -1; i < len(text); {
		if b := text[i]; b < utf8.RuneSelf {
			if asciiWord[b] {
				start = i
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			start = i
			break
		}
		i += n
	}
	if start < 0 {
		return -1, -1
	}
	// Then to the first byte that is none of them, nor an apostrophe
	// before a letter.
	for i < len(text) {
		if b := text[i]; b < utf8.RuneSelf {
			if asciiWord[b] || b == '\'' && i+1 < len(text) && letterAt(text, i+1) {
				i++
				continue
			}
			return start, i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\u2019' && i+n < len(text) && letterAt(text, i+n) ||
			r != '\u2019' && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			i += n
			continue
		}
		return start, i
	}
	return start, len(text)
}

// asciiWord tells the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for b := range t {
		t[b] = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
	}
	return t
}()

// letterAt reports whether the rune at byte i of text is a letter.
func letterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// term lower-cases a word, drops possessives, stop words, numbers and
// calendar words, and stems the rest; -1 means no content. A word is
// worked out once as written and once lower-cased: snowball is slow.
func (an *analyzer) term(w string) int32 {
	h := wordHash(w)
	if id, ok := an.cache.get(w, h); ok {
		return id
	}
	lw := strings.ToLower(strings.ReplaceAll(w, "\u2019", "'"))
	lw = strings.TrimSuffix(lw, "'s")
	id, ok := an.lower[lw]
	if !ok {
		id = an.stem(lw)
		an.lower[lw] = id
	}
	if an.cache.n < 1<<20 {
		an.cache.put(w, h, id)
	}
	return id
}

// stem is term for a lower-cased word without possessive.
func (an *analyzer) stem(lw string) int32 {
	switch {
	case len(lw) < 2, english.IsStopWord(lw), extraStops[lw], calendarWords[lw], hasDigit(lw):
		return -1
	}
	s := english.Stem(lw, false)
	id, ok := an.ids[s]
	if !ok {
		id = int32(len(an.words))
		an.ids[s] = id
		an.words = append(an.words, s)
	}
	return id
}

// wordCache maps words to term ids in an open-addressing table. A word is
// hashed by a few multiplications over its bytes, and most lookups end at
// the first slot: a map, hashing and probing it, was most of the
// analyzer's time. The words are copied side by side, so that checking a
// slot reads nearby memory, not the text the word came from.
type wordCache struct {
	slots []wordSlot // a power of two of them, at most half in use
	bytes []byte     // the words, one after another
	n     int
}

type wordSlot struct {
	hash uint32 // the low half of the word's hash, all that picks a slot
	id   int32
	at   uint32 // the word is bytes[at:at+len], len 0 for a free slot
	len  uint32
}

// wordHash is FNV-1a, its high bits folded into the low ones that pick a
// slot.
func wordHash(w string) uint64 {
	h := fnv64a(fnvOffset, w)
	return h ^ h>>32
}

// fnv64a continues the 64-bit FNV-1a hash h (fnvOffset to start) over s,
// as hash/fnv does, without allocating.
func fnv64a(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

const fnvOffset = 14695981039346656037

func (c *wordCache) get(w string, h uint64) (int32, bool) {
	if len(c.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(c.slots) - 1)
	for i := uint64(uint32(h)) & mask; ; i = (i + 1) & mask {
		s := &c.slots[i]
		if s.len == 0 {
			return 0, false
		}
		if s.hash == uint32(h) && int(s.len) == len(w) && string(c.bytes[s.at:s.at+s.len]) == w {
			return s.id, true
		}
	}
}

// put adds w, which get did not find. Words are never empty.
func (c *wordCache) put(w string, h uint64, id int32) {
	if 2*(c.n+1) > len(c.slots) {
		old := c.slots
		c.slots = make([]wordSlot, max(2*len(old), 1024))
		for _, s := range old {
			if s.len != 0 {
				c.insert(s)
			}
		}
	}
	at := len(c.bytes)
	c.bytes = append(c.bytes, w...)
	c.insert(wordSlot{hash: uint32(h), id: id, at: uint32(at), len: uint32(len(w))})
	c.n++
}

func (c *wordCache) insert(s wordSlot) {
	mask := uint64(len(c.slots) - 1)
	i := uint64(s.hash) & mask
	for c.slots[i].len != 0 {
		i = (i + 1) & mask
	}
	c.slots[i] = s
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// doc is one item's terms: its distinct stems and adjacent stem pairs,
// both sorted for merge-walk comparison.
type doc struct {
	terms   []int32
	bigrams []uint64
	w       float64 // IDF weight of terms, set once stats are known
}

func makeDoc(seq []int32) doc {
	var d doc
	d.terms = slices.Clone(seq)
	slices.Sort(d.terms)
	d.terms = dedup(d.terms)
	d.bigrams = make([]uint64, 0, max(len(seq)-1, 0))
	for i := 1; i < len(seq); i++ {
		if seq[i] != seq[i-1] {
			d.bigrams = append(d.bigrams, uint64(seq[i-1])<<32|uint64(uint32(seq[i])))
		}
	}
	slices.Sort(d.bigrams)
	d.bigrams = dedup(d.bigrams)
	return d
}

// arena hands out copies of small lists cut from large shared arrays: a
// hundred thousand lists allocated one by one cost more than the lists.
type arena[T any] struct{ free []T }

// copy returns a copy of s, capped at its length, so that appending to it
// copies it out rather than overwriting its neighbour.
func (a *arena[T]) copy(s []T) []T {
	if len(s) > cap(a.free)-len(a.free) {
		a.free = make([]T, 0, max(1<<16, len(s)))
	}
	at := len(a.free)
	a.free = append(a.free, s...)
	return a.free[at:len(a.free):len(a.free)]
}

func dedup[T comparable](s []T) []T {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// stats holds document frequencies over one kind of item (quotations or
// facts), for IDF weights.
type stats struct {
	n   int
	df  []int32
	idf []float64
}

// newStats counts document frequencies and sets every doc's weight.
func newStats(docs []doc, vocab int) *stats {
	st := &stats{n: len(docs), df: make([]int32, vocab), idf: make([]float64, vocab)}
	for _, d := range docs {
		for _, t := range d.terms {
			st.df[t]++
		}
	}
	for t, df := range st.df {
		if df == 0 {
			df = 1
		}
		// ln(1 + N/df): a word in every item weighs ln 2, a word in one
		// item of a thousand about 7.
		st.idf[t] = math.Log(1 + float64(st.n)/float64(df))
	}
	for i := range docs {
		w := 0.0
		for _, t := range docs[i].terms {
			w += st.idf[t]
		}
		docs[i].w = w
	}
	return st
}

// overlap compares two docs by the IDF weight of the stems they share.
type overlap struct {
	shared  int     // distinct shared stems
	bigrams int     // shared adjacent pairs
	weight  float64 // IDF weight of the shared stems
	wa, wb  float64 // IDF weight of each doc
}

// coverage is the shared weight over the smaller doc's: 1 when one
// quotation is a fragment of the other.
func (o overlap) coverage() float64 {
	m := min(o.wa, o.wb)
	if m == 0 {
		return 0
	}
	return o.weight / m
}

// dice is the shared weight over both docs': high only when the two say
// about the same and nothing else.
func (o overlap) dice() float64 {
	if o.wa+o.wb == 0 {
		return 0
	}
	return 2 * o.weight / (o.wa + o.wb)
}

func (st *stats) compare(a, b *doc) overlap {
	o := st.compareTerms(a, b)
	for i, j := 0, 0; i < len(a.bigrams) && j < len(b.bigrams); {
		switch {
		case a.bigrams[i] < b.bigrams[j]:
			i++
		case a.bigrams[i] > b.bigrams[j]:
			j++
		default:
			o.bigrams++
			i++
			j++
		}
	}
	return o
}

// maxDice bounds the dice of two docs, of weights wa and wb, before
// comparing them: at best the lighter one is all shared.
func maxDice(wa, wb float64) float64 {
	if wa+wb == 0 {
		return 0
	}
	// A hair above the bound, for the rounding of a sum taken in another
	// order.
	return 2*min(wa, wb)/(wa+wb) + 1e-9
}

// compareTerms is compare without the bigrams, which facts do not use
// (linker.compare finds the same for them, one fact's terms marked).
func (st *stats) compareTerms(a, b *doc) overlap {
	o := overlap{wa: a.w, wb: b.w}
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			o.shared++
			o.weight += st.idf[a.terms[i]]
			i++
			j++
		}
	}
	return o
}
