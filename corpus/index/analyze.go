package index

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"

	"factdesk/corpus/clean"
)

// Token is one analyzed word. Start and End are byte offsets into the text
// that was analyzed; Pos is the word's ordinal in that text, kept through
// filters so that "words close together" still holds after stopwords go.
type Token struct {
	Term  string
	Start int
	End   int
	Pos   int
	tid   int32 // 1 + the index's id of Term, when the index's builder knows it
	// stop marks a small word the index keeps for its position only
	// (phrases), never for scoring.
	stop bool
}

// Tokenizer cuts text into words.
type Tokenizer interface {
	Tokenize(text string) []Token
}

// TokenizerFunc adapts a function to Tokenizer.
type TokenizerFunc func(text string) []Token

// Tokenize calls f.
func (f TokenizerFunc) Tokenize(text string) []Token { return f(text) }

// Filter rewrites or drops tokens; it may reuse the slice it is given.
type Filter interface {
	Filter(toks []Token) []Token
}

// FilterFunc adapts a function to Filter.
type FilterFunc func(toks []Token) []Token

// Filter calls f.
func (f FilterFunc) Filter(toks []Token) []Token { return f(toks) }

// Analyzer is a tokenizer followed by a chain of filters, as in bleve.
type Analyzer struct {
	Tokenizer Tokenizer
	Filters   []Filter
}

// Analyze runs the chain over text, normalised (clean): a zero-width
// space or fullwidth letters pasted in a question match the plain word.
// Offsets stay those of text.
func (a *Analyzer) Analyze(text string) []Token {
	view := clean.Words(text)
	var toks []Token
	if _, shared := a.Tokenizer.(wordTokenizer); shared {
		toks = words(view.S) // its own copy: the filters rewrite it
	} else {
		toks = a.Tokenizer.Tokenize(view.S)
	}
	if view.Changed() {
		for i := range toks {
			toks[i].Start, toks[i].End = view.Orig(toks[i].Start), view.Orig(toks[i].End)
		}
	}
	for _, f := range a.Filters {
		toks = f.Filter(toks)
	}
	return toks
}

var (
	_ Tokenizer = TokenizerFunc(nil)
	_ Filter    = FilterFunc(nil)
	_ Filter    = (*StemFilter)(nil)
)

// Words is the tokenizer: runs of letters, digits and marks, keeping an
// inner apostrophe ("Witkoff's", "don't") but splitting at hyphens, so that
// "28-point" matches "28 points" and "US-Russia" matches "Russia".
//
// Its Tokenize may return the slice it returned for the same string
// before (the same bytes: a sentence of the corpus judged again, see
// wordCache), so its callers read the tokens and never change them; an
// Analyzer's filters get a copy of their own.
var Words Tokenizer = wordTokenizer{}

type wordTokenizer struct{}

func (wordTokenizer) Tokenize(text string) []Token { return sharedWords(text) }

// wordCache keeps the tokens of the last strings tokenized, by where their
// bytes are: answering a question tokenizes the sentences it judges 66
// times for 28 sentences, and the token arrays were half of what an ask
// allocated (so of the collections that lengthen the latency's tail).
// Each slot holds its string, so its bytes cannot be reused for another
// while it is cached. A slot's tokens are parts of the text they were cut
// from, so they keep all of it (an article's text is part of one string
// of the corpus's): ForgetWords empties the cache when an engine is built
// or swaps its corpus, and otherwise a slot keeps a text that went until
// a question's sentence takes it (a few questions).
var wordCache [1 << wordCacheBits]atomic.Pointer[wordEntry]

// wordCacheBits bounds the cache, 64 slots: the sentences of one
// question, not of the corpus (a slot is a sentence's tokens, about 1.5 KB).
const wordCacheBits = 6

// VerifyShared checks every hit of wordCache against the text tokenized
// again, so that a reader that changes the shared tokens fails the tests
// that ask through it. It is on under test; a benchmark turns it off, since
// it tokenizes every judged sentence twice and a user's binary never does.
var VerifyShared = testing.Testing()

type wordEntry struct {
	text string
	toks []Token
}

func sharedWords(text string) []Token {
	if text == "" {
		return nil
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	slot := &wordCache[((uint64(p)^uint64(len(text)))*0x9e3779b97f4a7c15)>>(64-wordCacheBits)]
	if e := slot.Load(); e != nil && len(e.text) == len(text) && unsafe.StringData(e.text) == unsafe.StringData(text) {
		// Under test, every hit is checked: code that changes what it
		// was given fails the tests that ask through it.
		if VerifyShared && !slices.Equal(e.toks, words(text)) {
			panic("index: a reader changed the tokens Words shared (see wordCache)")
		}
		return e.toks
	}
	toks := words(text)
	toks = toks[:len(toks):len(toks)] // an append by a reader copies
	slot.Store(&wordEntry{text: text, toks: toks})
	return toks
}

// ForgetWords empties Words's cache.
// It empties Stem's too: the words a build stemmed are not the few a
// question asks.
func ForgetWords() {
	for i := range wordCache {
		wordCache[i].Store(nil)
	}
	for i := range foldCache {
		foldCache[i].Store(nil)
	}
	stemMu.Lock()
	stemCache = make(map[string]string)
	stemMu.Unlock()
}

func words(text string) []Token {
	// About one word in six bytes: one allocation, mostly.
	out := appendWords(make([]Token, 0, len(text)/5+1), text)
	if len(out) == 0 {
		return nil
	}
	return out
}

// AppendWords appends to out the tokens Words.Tokenize gives for text
// (positions from 0, whatever out held), without the shared cache: for a
// reader that tokenises a passage once and keeps none of its tokens,
// into a buffer of its own (at build time, every mention's few words
// before and after: no passage is read twice there, and each cached
// copy was one more allocation).
func AppendWords(out []Token, text string) []Token { return appendWords(out, text) }

// appendWords appends the words of text to out, positions counted from
// len(out), so one buffer can serve many texts.
func appendWords(out []Token, text string) []Token {
	base := len(out)
	for i := 0; ; {
		start, end := WordAt(text, i)
		if start == end {
			return out
		}
		out = append(out, Token{Term: text[start:end], Start: start, End: end, Pos: len(out) - base})
		i = end
	}
}

// WordAt is where the first word Words.Tokenize cuts from text at or
// after byte i starts and ends (i the end of a word, or 0); start == end
// == len(text) when none is left. A reader that needs a sentence's first
// words, or one word and its neighbours, walks them with it and makes
// no array of the sentence's tokens.
func WordAt(text string, i int) (start, end int) {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && !asciiWord[c] {
			i++ // most bytes between words: no decoding, no call
			continue
		}
		r, n := runeAt(text, i)
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
				j++
				continue
			}
			r2, n2 := runeAt(text, j)
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '\'' || r2 == '\u2019' {
				if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); j+n2 < len(text) && isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
		return i, j
	}
	return len(text), len(text)
}

// asciiWord marks the ASCII bytes that are word runes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// runeAt decodes the rune at i, ASCII without a call.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// LowerCase lower-cases terms, folds accents ("Zelenskyy" and "Zelenskyý"
// meet) and writes the typographic apostrophe as ASCII.
var LowerCase = FilterFunc(func(toks []Token) []Token {
	for i := range toks {
		toks[i].Term = fold(toks[i].Term)
	}
	return toks
})

// Fold is the normalisation LowerCase applies to one word.
//
// A word that Fold would change (a capital, a letter beyond ASCII) is
// looked up first in foldCache, by where its bytes are: answering folds
// the same words of the sentences it judges many times over (a name, a
// sentence's first word), once for each reader, and each fold of a
// capitalised word was a string allocated. A word already folded costs
// no lookup.
func Fold(s string) string {
	changes := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			changes = true
			break
		}
	}
	if !changes {
		return s
	}
	if len(s) > maxFoldCached {
		return fold(s)
	}
	slot := &foldCache[((uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))^uint64(len(s)))*0x9e3779b97f4a7c15)>>(64-foldCacheBits)]
	if e := slot.Load(); e != nil && len(e.word) == len(s) && unsafe.StringData(e.word) == unsafe.StringData(s) {
		return e.folded
	}
	f := fold(s)
	slot.Store(&foldEntry{word: s, folded: f})
	return f
}

// FoldIs reports whether Fold(s) == lower, for a lower-case ASCII word
// lower, without making the fold of an ASCII s: its bytes are compared
// with a capital read as its small letter.
func FoldIs(s, lower string) bool {
	if len(s) != len(lower) {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return Fold(s) == lower // a fold beyond ASCII may change the length
			}
		}
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return Fold(s) == lower
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// maxFoldIn bounds the words FoldIn lowers on the stack.
const maxFoldIn = 32

// FoldIn is m[Fold(s)] without the fold's string for a short ASCII word:
// it is lowered on the stack, and Go looks a []byte key up in place.
// Answering asks a table of small words (pronouns, modals) about every
// word of the sentences it judges, and each capitalised one (a name, a
// sentence's first word) that missed foldCache was a string made.
func FoldIn[V any](m map[string]V, s string) V {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return m[s] // most words: nothing to fold
	}
	if s[i] >= utf8.RuneSelf || len(s) > maxFoldIn {
		return m[Fold(s)] // beyond ASCII accents fold and lengths change
	}
	var buf [maxFoldIn]byte
	copy(buf[:], s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[Fold(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(s)])]
}

// foldCache keeps the folds of the last words Fold changed, by where
// their bytes are, as wordCache keeps tokens: an entry holds its word, so
// the bytes cannot be reused for another while it is cached, and
// ForgetWords empties it with wordCache (a word of an article keeps the
// article's text).
var foldCache [1 << foldCacheBits]atomic.Pointer[foldEntry]

// foldCacheBits bounds foldCache, 1,024 slots: the capitalised words of
// the sentences one question judges. maxFoldCached keeps texts out.
const foldCacheBits, maxFoldCached = 10, 64

type foldEntry struct {
	word, folded string
}

// fold is Fold without the cache: for the index's builder, which folds
// every word of the corpus once.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	s = norm.NFD.String(strings.ReplaceAll(s, "\u2019", "'"))
	// A text of several words (an article, for a test of the names in
	// it) is mostly ASCII: its bytes are lowered where they stand, and
	// only the rest decoded.
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Possessive drops "'s" and a final apostrophe: "witkoff's" → "witkoff".
var Possessive = FilterFunc(func(toks []Token) []Token {
	for i := range toks {
		t := toks[i].Term
		switch {
		case strings.HasSuffix(t, "'s"):
			toks[i].Term = t[:len(t)-2]
		case strings.HasSuffix(t, "'"):
			toks[i].Term = t[:len(t)-1]
		}
	}
	return toks
})

// StopWords drops words that carry no meaning of their own.
var StopWords = FilterFunc(func(toks []Token) []Token {
	out := toks[:0]
	for _, t := range toks {
		if !IsStop(t.Term) {
			out = append(out, t)
		}
	}
	return out
})

// IsStop reports whether a folded word is a stopword. A word longer
// than any, or opening with no small letter, is none: answering asks it
// of most words it reads, and those are turned away before the map's
// hash.
func IsStop(w string) bool {
	return len(w) > 0 && len(w) <= maxStop && 'a' <= w[0] && w[0] <= 'z' && stop[w]
}

// maxStop is the length of the longest stopword.
var maxStop = func() int {
	n := 0
	for w := range stop {
		n = max(n, len(w))
	}
	return n
}()

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an and are as at be been being but by can could did do does doing
	for from had has have having he her here hers him his how i if in into is it its itself
	just me my no nor not of off on once only or other our ours out over own same she should so
	some such than that the their theirs them then there these they this those through to too
	under until up very was we were what when where which while who whom why will with would
	you your yours about above after again against all am any because before below between both
	down during each few further more most s t don't didn't doesn't won't isn't wasn't it's i'm
	i'll we'll we're they're you're that's there's he's she's let's also may might must shall
	yeah well oh mr mrs ms`) {
		m[w] = true
	}
	return m
}()

// StemFilter reduces words to their English stem ("fired" → "fire"). Cache,
// when set, memoises stems; it is not safe for concurrent use, so only a
// builder's private analyzer sets it.
type StemFilter struct {
	Cache map[string]string
}

// Filter stems each term.
func (f *StemFilter) Filter(toks []Token) []Token {
	for i := range toks {
		toks[i].Term = f.stem(toks[i].Term)
	}
	return toks
}

func (f *StemFilter) stem(w string) string {
	if f.Cache != nil {
		if s, ok := f.Cache[w]; ok {
			return s
		}
	}
	s := Stem(w)
	if f.Cache != nil && len(f.Cache) < 1<<20 {
		f.Cache[w] = s
	}
	return s
}

// Stem is the stem of one folded word. Numbers and short words stay as
// they are.
func Stem(w string) string {
	if len(w) < 3 {
		return w
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return w
	}
	// A question's words are stemmed again by every reading of it (the
	// speech verbs, the role words, each sense): the stemmer's cost once
	// per word, then a map read.
	stemMu.RLock()
	st, ok := stemCache[w]
	stemMu.RUnlock()
	if ok {
		return st
	}
	st = english.Stem(w, true)
	stemMu.Lock()
	if len(stemCache) >= maxStemCache {
		clear(stemCache) // a bound, not an eviction policy
	}
	// w may be a slice of an article's text; the cache must not pin it.
	stemCache[strings.Clone(w)] = strings.Clone(st)
	stemMu.Unlock()
	return st
}

const maxStemCache = 1 << 14

var (
	stemMu    sync.RWMutex
	stemCache = make(map[string]string)
)

// NumberWords writes the numbers two to twenty and the tens in digits, so
// that "a twenty-point plan" finds "the 20-point plan". "One" stays a word:
// it is more often a pronoun ("no one").
var NumberWords = FilterFunc(func(toks []Token) []Token {
	for i := range toks {
		toks[i].Term = Number(toks[i].Term)
	}
	return toks
})

// Number is what NumberWords makes of one folded word.
func Number(w string) string {
	if d, ok := numberWords[w]; ok {
		return d
	}
	return w
}

var numberWords = func() map[string]string {
	m := map[string]string{}
	for i, w := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		m[w] = strconv.Itoa(i + 2)
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		m[w] = strconv.Itoa(30 + 10*i)
	}
	return m
}()

// Standard is the analyzer for both the corpus and questions: words,
// folded, possessives dropped, numbers in digits, stopwords dropped,
// stemmed.
func Standard() *Analyzer {
	return &Analyzer{Tokenizer: Words, Filters: []Filter{LowerCase, Possessive, NumberWords, StopWords, &StemFilter{}}}
}

// Surface is Standard without stemming: the folded words as typed, which
// the typo-tolerant vocabulary works on.
func Surface() *Analyzer {
	return &Analyzer{Tokenizer: Words, Filters: []Filter{LowerCase, Possessive, NumberWords, StopWords}}
}
