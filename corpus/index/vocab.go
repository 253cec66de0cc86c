package index

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/agnivade/levenshtein"
)

// Vocab is the corpus's vocabulary of folded words. Words within a small
// edit distance of a misspelling are found by walking the words in
// alphabetical order as a trie (see Near), so no neighbourhood is stored:
// a table of every word's one-letter deletions (as in SymSpell) took
// more memory than the words themselves.
type Vocab struct {
	ids slotTable // finds a word's id (see strtab.go)
	// The folded surface words in one arena, word i at
	// arena[start[i]:start[i+1]], and each one's stem as an id in stems,
	// which the index shares with its terms: a string header for each
	// word and each stem, and an allocation for each, took three times
	// the letters.
	arena []byte // only appended to: words are read from it in place
	start []uint32
	stem  []int32
	stems *terms
	// sorted lists word ids alphabetically, for prefix completion and
	// for Near's walk. Words added after the last finish are not in it
	// yet: Near reads them one by one.
	sorted []int32
	// bylen lists the words Near can find (3 to MaxNearRunes+1 runes)
	// by length in runes, then alphabetically: the words of n runes are
	// bylen[lenStart[n]:lenStart[n+1]].
	bylen    []int32
	lenStart []int32
	// near keeps Near's answers for the last words asked (up to
	// maxNearCache of them, then it starts again): questions ask the same
	// words of names and topics over and over, and a walk costs tens of
	// microseconds.
	near  sync.Map // word → []Near
	nnear atomic.Int32
}

const maxNearCache = 4096

func newVocab() *Vocab { return newVocabOn(newTerms()) }

// newVocabOn returns an empty vocabulary whose stems are kept in stems.
func newVocabOn(stems *terms) *Vocab { return &Vocab{start: []uint32{0}, stems: stems} }

// MaxNearRunes bounds the words that get a misspelling neighbourhood: a
// word has one deletion per rune, each hashed over the whole word, so an
// unbounded word costs the square of its length (a 100 KB run of letters
// took half a minute). No real word is this long, and Near ignores longer
// ones too.
const MaxNearRunes = 40

// MaxWordBytes bounds the words the vocabulary keeps at all: a longer
// "word" is no one's typo target or completion, and would only hold memory.
const MaxWordBytes = 256

// add records a word and its stem once.
func (v *Vocab) add(word, stem string) {
	if len(word) > MaxWordBytes || v.Has(word) {
		return
	}
	v.addID(word, v.stems.add(stem))
}

// addID records a word whose stem is already term stem of v.stems.
func (v *Vocab) addID(word string, stem int32) {
	if len(word) > MaxWordBytes || v.Has(word) {
		return
	}
	if v.nnear.Load() > 0 {
		v.near.Clear() // a new word may be near a word asked before
		v.nnear.Store(0)
	}
	v.arena = append(v.arena, word...)
	v.start = append(v.start, uint32(len(v.arena)))
	v.stem = append(v.stem, stem)
	v.ids.insert(word, int32(v.Len()-1), v.word)
}

// MaxEdits is the typo tolerance for a word of n runes: none for short
// words (too many neighbours), one for most, two for long ones.
func MaxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// Near is one vocabulary word close to a misspelling.
type Near struct {
	Word string
	Stem string
	Dist int
}

// Len is the number of distinct words.
func (v *Vocab) Len() int { return len(v.start) - 1 }

// Has reports whether the folded word occurs in the corpus.
func (v *Vocab) Has(word string) bool { _, ok := v.id(word); return ok }

// word is word id, read in place: the arena is only appended to, so the
// bytes under a string never change.
func (v *Vocab) word(id int32) string {
	a, b := v.start[id], v.start[id+1]
	if a == b {
		return ""
	}
	return unsafe.String(&v.arena[a], b-a)
}

// stemOf is word id's stem.
func (v *Vocab) stemOf(id int32) string { return v.stems.term(v.stem[id]) }

// id finds word's id through the slots: slotTable.find with its
// comparison written in, since the answerer asks for the stems of names
// many times a question.
func (v *Vocab) id(word string) (int32, bool) {
	slots := v.ids.slots
	if len(slots) == 0 {
		return 0, false
	}
	mask := uint32(len(slots) - 1)
	for i := hash(word, "") & mask; ; i = (i + 1) & mask {
		k := slots[i]
		if k == 0 {
			return 0, false
		}
		if v.word(k-1) == word {
			return k - 1, true
		}
	}
}

// Near returns the corpus words within MaxEdits of word (the word itself
// excluded), closest first.
//
// The words it returns are those a deletion neighbourhood finds (as in
// SymSpell, which this vocabulary used to store): a word of 3 runes or
// more that equals word with up to MaxEdits runes deleted, or a word of
// 4 to MaxNearRunes runes that does once one rune of its own is deleted
// too, and that levenshtein confirms. So a word two substitutions away is
// not found, as before, and answers do not change with the layout.
func (v *Vocab) Near(word string) []Near {
	n := utf8.RuneCountInString(word)
	max := MaxEdits(n)
	if max == 0 || n > MaxNearRunes {
		return nil
	}
	if c, ok := v.near.Load(word); ok {
		return slices.Clone(c.([]Near)) // callers sort what they get
	}
	out := v.findNear(word, max)
	if v.nnear.Add(1) > maxNearCache {
		v.near.Clear()
		v.nnear.Store(1)
	}
	v.near.Store(strings.Clone(word), slices.Clone(out))
	return out
}

// findNear is Near without the cache.
func (v *Vocab) findNear(word string, max int) []Near {
	m := newKeyMatch(word, max)
	var out []Near
	consider := func(id int32) {
		w := v.word(id)
		if w == word {
			return
		}
		if d := levenshtein.ComputeDistance(word, w); d <= max {
			out = append(out, Near{Word: w, Stem: v.stemOf(id), Dist: d})
		}
	}
	v.walk(&m, consider)
	for id := len(v.sorted); id < v.Len(); id++ {
		if m.matches(v.word(int32(id))) {
			consider(int32(id))
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Dist != out[j].Dist {
			return out[i].Dist < out[j].Dist
		}
		return out[i].Word < out[j].Word
	})
	return out
}

// keyMatch recognises the words that share a deletion key with a query
// word q: w, with at most one rune of its own left out, is q with at most
// skips runes left out. It reads w rune by rune, its states as bitsets
// over positions in q (at most MaxNearRunes+1 of them), so that Near can
// stop reading every word that starts with a prefix no state survives.
type keyMatch struct {
	q     []rune
	skips int
	full  uint64      // positions 0..len(q)
	ascii [128]uint64 // the positions of each ASCII letter in q
}

// kmState is the set of (position in q, runes of q skipped, a rune of w
// left out) that a prefix of w can reach: at[s][o] has bit p set.
type kmState [3][2]uint64

func newKeyMatch(q string, skips int) keyMatch {
	r := []rune(q)
	m := keyMatch{q: r, skips: min(skips, 2), full: 1<<(len(r)+1) - 1}
	for p, c := range r {
		if c < 128 {
			m.ascii[c] |= 1 << p
		}
	}
	return m
}

// start is the state before w's first rune.
func (m *keyMatch) start() kmState {
	var s kmState
	s[0][0] = 1
	m.close(&s)
	return s
}

// close adds the states reached by skipping runes of q.
func (m *keyMatch) close(s *kmState) {
	for k := 0; k < m.skips; k++ {
		for o := 0; o < 2; o++ {
			s[k+1][o] |= s[k][o] << 1 & m.full
		}
	}
}

// step is the state after reading rune c.
func (m *keyMatch) step(s *kmState, c rune) kmState {
	var match uint64
	if c >= 0 && c < 128 {
		match = m.ascii[c]
	} else {
		for p, r := range m.q {
			if r == c {
				match |= 1 << p
			}
		}
	}
	var t kmState
	for k := 0; k <= m.skips; k++ {
		t[k][0] = s[k][0] & match << 1
		// c may be the rune of w that its deletion leaves out.
		t[k][1] = s[k][1]&match<<1 | s[k][0]
	}
	m.close(&t)
	return t
}

func (s *kmState) empty() bool {
	return s[0][0]|s[0][1]|s[1][0]|s[1][1]|s[2][0]|s[2][1] == 0
}

// accepts reports whether a word of n runes that led to s shares a key
// with q: all of q is read, and a rune of w was left out only from a word
// long enough to have its deletions kept (see MaxNearRunes).
func (m *keyMatch) accepts(s *kmState, n int) bool {
	end := uint64(1) << len(m.q)
	var whole, cut uint64
	for k := 0; k <= m.skips; k++ {
		whole |= s[k][0]
		cut |= s[k][1]
	}
	return n >= 3 && whole&end != 0 || n >= 4 && n <= MaxNearRunes && cut&end != 0
}

// matches runs the whole of w through m.
func (m *keyMatch) matches(w string) bool {
	s := m.start()
	n := 0
	for _, c := range w {
		if s = m.step(&s, c); s.empty() {
			return false
		}
		n++
	}
	return m.accepts(&s, n)
}

// walk calls f with the id of every word of v.bylen that m matches. Only
// words of len(q)-skips to len(q)+1 runes can, and they are read length
// by length, each length's words in alphabetical order as the paths of a
// trie: the states of a prefix shared with the previous word are kept,
// a state that the runes left in the word cannot take to the end of q is
// dropped, and when no state survives a prefix every word of that length
// that starts with it is passed over.
func (v *Vocab) walk(m *keyMatch, f func(int32)) {
	nq := len(m.q)
	states := make([]kmState, nq+3)
	runes := make([]rune, 0, nq+2)
	offs := make([]int, 0, nq+3)
	var prev []rune
	for n := max(3, nq-m.skips); n <= nq+1 && n+1 < len(v.lenStart); n++ {
		states[0] = m.start()
		m.window(&states[0], n)
		prev = prev[:0]
		lo, hi := int(v.lenStart[n]), int(v.lenStart[n+1])
		for i := lo; i < hi; {
			w := v.word(v.bylen[i])
			runes, offs = runes[:0], offs[:0]
			for o, c := range w {
				runes = append(runes, c)
				offs = append(offs, o)
			}
			offs = append(offs, len(w))
			if len(runes) != n {
				i++ // a word of invalid UTF-8, counted otherwise: not Near's
				continue
			}
			d := 0
			for d < len(runes) && d < len(prev) && runes[d] == prev[d] {
				d++
			}
			dead := -1
			for ; d < n; d++ {
				states[d+1] = m.step(&states[d], runes[d])
				m.window(&states[d+1], n-d-1)
				if states[d+1].empty() {
					dead = d + 1
					break
				}
			}
			if dead < 0 {
				prev = append(prev[:0], runes...)
				if m.accepts(&states[n], n) {
					f(v.bylen[i])
				}
				i++
				continue
			}
			prev = append(prev[:0], runes[:dead]...)
			// A prefix that has left out no rune of the word yet admits
			// any next rune; one that has admits only the runes of q its
			// states point at, so the siblings between are jumped over.
			switch c, guided, ok := m.nextAfter(&states[dead-1], runes[dead-1]); {
			case ok:
				i = v.gallop(i, hi, w[:offs[dead-1]]+string(c))
			case guided: // no rune after this one will do
				i = v.pastPrefix(i, hi, w[:offs[dead-1]])
			default:
				i = v.pastPrefix(i, hi, w[:offs[dead]])
			}
		}
	}
}

// nextAfter returns the least rune above c that a word may go on with
// from s, when s can no longer leave out a rune of the word (guided; one
// that can admits any): a rune of q at a position some state of s has
// reached. ok is false when there is none, or it is not a valid rune.
func (m *keyMatch) nextAfter(s *kmState, c rune) (next rune, guided, ok bool) {
	var at uint64
	for k := 0; k <= m.skips; k++ {
		if s[k][0] != 0 {
			return 0, false, false
		}
		at |= s[k][1]
	}
	for p, r := range m.q {
		if at&(1<<p) != 0 && r > c && (!ok || r < next) {
			next, ok = r, true
		}
	}
	if next == utf8.RuneError {
		return 0, false, false // invalid UTF-8 sorts otherwise: read on
	}
	return next, true, ok
}

// window drops from s the states from which the r runes left in a word
// cannot reach the end of q: each is a rune of q matched or the one rune
// left out, and the runes of q not matched must be skipped.
func (m *keyMatch) window(s *kmState, r int) {
	nq := len(m.q)
	for k := 0; k <= m.skips; k++ {
		for o := 0; o < 2; o++ {
			// p between nq-r-(skips left) and nq-r+(the rune still to
			// leave out), within 0…nq.
			lo, hi := nq-r-(m.skips-k), nq-r+1-o
			if hi < 0 || lo > nq {
				s[k][o] = 0
				continue
			}
			lo, hi = max(lo, 0), min(hi, nq)
			s[k][o] &= (1<<(hi+1) - 1) &^ (1<<lo - 1)
		}
	}
}

// gallop returns the first position after i and before end in v.bylen
// whose word is at least target: galloped, since it is most often a few
// words on.
func (v *Vocab) gallop(i, end int, target string) int {
	below := func(k int) bool { return v.word(v.bylen[k]) < target }
	lo, step := i, 1
	for lo+step < end && below(lo+step) {
		lo += step
		step *= 2
	}
	hi := min(lo+step, end)
	return lo + 1 + sort.Search(hi-lo-1, func(k int) bool { return !below(lo + 1 + k) })
}

// pastPrefix returns the first position after i and before end in
// v.bylen whose word does not start with prefix, which word i does. The
// words that share a prefix are few, so they are galloped over rather
// than bisected.
func (v *Vocab) pastPrefix(i, end int, prefix string) int {
	has := func(k int) bool { return strings.HasPrefix(v.word(v.bylen[k]), prefix) }
	lo, step := i, 1
	for lo+step < end && has(lo+step) {
		lo += step
		step *= 2
	}
	hi := min(lo+step, end)
	return lo + 1 + sort.Search(hi-lo-1, func(k int) bool { return !has(lo + 1 + k) })
}

// finish orders the words for prefix completion and Near's walk.
func (v *Vocab) finish() {
	// Copies at their length give back the slack append left.
	v.arena, v.start, v.stem = slices.Clone(v.arena), slices.Clone(v.start), slices.Clone(v.stem)
	v.sorted = make([]int32, v.Len())
	for i := range v.sorted {
		v.sorted[i] = int32(i)
	}
	sort.Slice(v.sorted, func(i, j int) bool { return v.word(v.sorted[i]) < v.word(v.sorted[j]) })
	v.byLength()
}

// byLength orders the words by length for Near's walk, from their
// alphabetical order: a counting sort keeps it within each length.
func (v *Vocab) byLength() {
	v.lenStart = make([]int32, MaxNearRunes+3)
	runes := func(id int32) int {
		n := utf8.RuneCountInString(v.word(id))
		if n < 3 || n > MaxNearRunes+1 {
			return -1
		}
		return n
	}
	for _, id := range v.sorted {
		if n := runes(id); n >= 0 {
			v.lenStart[n+1]++
		}
	}
	for n := 1; n < len(v.lenStart); n++ {
		v.lenStart[n] += v.lenStart[n-1]
	}
	v.bylen = make([]int32, v.lenStart[len(v.lenStart)-1])
	at := slices.Clone(v.lenStart)
	for _, id := range v.sorted {
		if n := runes(id); n >= 0 {
			v.bylen[at[n]] = id
			at[n]++
		}
	}
}

// Prefix returns up to n corpus words that start with prefix, with their
// stems, alphabetically.
func (v *Vocab) Prefix(prefix string, n int) []Near {
	i := sort.Search(len(v.sorted), func(i int) bool { return v.word(v.sorted[i]) >= prefix })
	var out []Near
	for ; i < len(v.sorted) && len(out) < n; i++ {
		w := v.word(v.sorted[i])
		if len(w) < len(prefix) || w[:len(prefix)] != prefix {
			break
		}
		out = append(out, Near{Word: w, Stem: v.stemOf(v.sorted[i]), Dist: len(w) - len(prefix)})
	}
	return out
}

// NewVocab returns an empty vocabulary, for other word lists than the
// corpus's (people's names).
func NewVocab() *Vocab { return newVocab() }

// Add records a word with the term it stands for.
func (v *Vocab) Add(word, term string) { v.add(word, term) }

// Finish must be called after the last Add and before Prefix.
func (v *Vocab) Finish() { v.finish() }

// StemOf returns the index term of a folded corpus word without stemming
// it again.
func (v *Vocab) StemOf(word string) (string, bool) {
	if id, ok := v.id(word); ok {
		return v.stemOf(id), true
	}
	return "", false
}

// VocabSnapshot is a Vocab as encoding/gob writes it: the answerer's
// vocabularies of names (see corpus/answer) are kept in a snapshot file
// this way, so that a start does not fold and stem every name again.
type VocabSnapshot struct {
	Words, Stems []string
}

// Snapshot returns v's words and their stems.
func (v *Vocab) Snapshot() *VocabSnapshot {
	s := &VocabSnapshot{Words: make([]string, v.Len()), Stems: make([]string, v.Len())}
	for i := range s.Words {
		s.Words[i], s.Stems[i] = v.word(int32(i)), v.stemOf(int32(i))
	}
	return s
}

// RestoreVocab rebuilds a finished Vocab from its snapshot; a word twice
// is refused.
func RestoreVocab(s *VocabSnapshot) (*Vocab, error) {
	if s == nil {
		return nil, fmt.Errorf("index: empty vocabulary snapshot")
	}
	if len(s.Stems) != len(s.Words) {
		return nil, fmt.Errorf("index: vocabulary columns of different lengths")
	}
	v := newVocab()
	for i, w := range s.Words {
		if v.Has(w) || len(w) > MaxWordBytes {
			return nil, fmt.Errorf("index: vocabulary word %d twice or too long", i)
		}
		v.add(w, s.Stems[i])
	}
	v.finish()
	return v, nil
}

// restoreVocab rebuilds the index's vocabulary from its arena, its stems
// as ids of stems, and its alphabetical order, after checking them.
func restoreVocab(arena []byte, start []uint32, stem, sorted []int32, stems *terms) (*Vocab, error) {
	n := len(start) - 1
	if n < 0 || start[0] != 0 || int(start[n]) != len(arena) || len(stem) != n || len(sorted) != n {
		return nil, fmt.Errorf("index: vocabulary columns of different lengths")
	}
	v := &Vocab{arena: arena, start: start, stem: stem, stems: stems, sorted: sorted}
	for i := 1; i <= n; i++ {
		if start[i] < start[i-1] {
			return nil, fmt.Errorf("index: vocabulary word %d starts before the one before it", i-1)
		}
	}
	for i, t := range stem {
		if t < 0 || int(t) >= stems.len() {
			return nil, fmt.Errorf("index: vocabulary word %d: stem %d out of range", i, t)
		}
	}
	// Near's walk skips over words by their order: strictly increasing,
	// the order also names every word once.
	for i, w := range sorted {
		if w < 0 || int(w) >= n {
			return nil, fmt.Errorf("index: vocabulary order out of range")
		}
		if i > 0 && v.word(sorted[i-1]) >= v.word(w) {
			return nil, fmt.Errorf("index: vocabulary order not alphabetical at %d", i)
		}
	}
	for i := int32(0); int(i) < n; i++ {
		v.ids.insert(v.word(i), i, v.word)
	}
	v.byLength()
	return v, nil
}
