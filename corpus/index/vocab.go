package index

import (
	"fmt"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Vocab is the corpus's vocabulary of folded words, with a deletion
// neighbourhood (as in SymSpell) so that words within a small edit
// distance of a misspelling are found without scanning the vocabulary:
// every word is stored with each of its one-letter deletions, and a
// question word looks up itself and its own deletions. Two words within
// edit distance 1 (and many at 2) share a key; levenshtein confirms.
type Vocab struct {
	ids   map[string]int32
	words []string // folded surface words
	stems []string // the index term of each word
	// del maps the hash of a word or of one of its one-rune deletions to
	// 1 + the head of its chain in link. Hashes keep the neighbourhood
	// small (no string per deletion); a collision only adds a candidate
	// that levenshtein then rejects.
	del  map[uint64]int32
	link []delLink
	// Once finished, del is frozen into keys, sorted, and heads: a map
	// holds about three times the 12 bytes of an entry, and the
	// neighbourhood is the largest part of the vocabulary.
	keys  []uint64
	heads []int32
	// sorted lists word ids alphabetically, for prefix completion.
	sorted []int32
}

type delLink struct {
	id   int32 // word id
	next int32 // 1 + next link, 0 at the end
}

func newVocab() *Vocab {
	return &Vocab{ids: map[string]int32{}, del: map[uint64]int32{}}
}

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
	if len(word) > MaxWordBytes {
		return
	}
	if _, ok := v.ids[word]; ok {
		return
	}
	id := int32(len(v.words))
	v.ids[word] = id
	v.words = append(v.words, word)
	v.stems = append(v.stems, stem)
	n := utf8.RuneCountInString(word)
	if n < 3 {
		return
	}
	v.push(hash(word, ""), id)
	if n < 4 || n > MaxNearRunes {
		return
	}
	// The width as decoded, not utf8.RuneLen: a byte of invalid UTF-8
	// (a text from a crafted snapshot) is one byte, not RuneError's three.
	for i := 0; i < len(word); {
		_, w := utf8.DecodeRuneInString(word[i:])
		v.push(hash(word[:i], word[i+w:]), id)
		i += w
	}
}

func (v *Vocab) push(h uint64, id int32) {
	if v.del == nil {
		v.thaw()
	}
	head := v.del[h]
	if head > 0 && v.link[head-1].id == id {
		return // the same deletion twice ("realy" from either l of "really")
	}
	v.link = append(v.link, delLink{id: id, next: head})
	v.del[h] = int32(len(v.link))
}

// hash is FNV-1a of a then b, as if joined.
func hash(a, b string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= 1099511628211
	}
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	return h
}

// deletions returns w with each one rune removed.
func deletions(w string) []string {
	out := make([]string, 0, len(w))
	for i, r := range w {
		out = append(out, w[:i]+w[i+utf8.RuneLen(r):])
	}
	return out
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
func (v *Vocab) Len() int { return len(v.words) }

// Has reports whether the folded word occurs in the corpus.
func (v *Vocab) Has(word string) bool { _, ok := v.ids[word]; return ok }

// Near returns the corpus words within MaxEdits of word (the word itself
// excluded), closest first.
func (v *Vocab) Near(word string) []Near {
	n := utf8.RuneCountInString(word)
	max := MaxEdits(n)
	if max == 0 || n > MaxNearRunes {
		return nil
	}
	seen := map[int32]bool{}
	var out []Near
	try := func(key string) {
		for l := v.head(hash(key, "")); l > 0; l = v.link[l-1].next {
			id := v.link[l-1].id
			if seen[id] {
				continue
			}
			seen[id] = true
			w := v.words[id]
			if w == word {
				continue
			}
			if d := levenshtein.ComputeDistance(word, w); d <= max {
				out = append(out, Near{Word: w, Stem: v.stems[id], Dist: d})
			}
		}
	}
	try(word)
	d1 := deletions(word)
	for _, d := range d1 {
		try(d)
	}
	if max >= 2 {
		for _, d := range d1 {
			for _, dd := range deletions(d) {
				try(dd)
			}
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

// head is 1 + the first link of hash h, 0 when none.
func (v *Vocab) head(h uint64) int32 {
	if v.del != nil {
		return v.del[h]
	}
	if i, ok := slices.BinarySearch(v.keys, h); ok {
		return v.heads[i]
	}
	return 0
}

// freeze moves del into keys and heads.
func (v *Vocab) freeze() {
	v.keys = make([]uint64, 0, len(v.del))
	for h := range v.del {
		v.keys = append(v.keys, h)
	}
	slices.Sort(v.keys)
	v.heads = make([]int32, len(v.keys))
	for i, h := range v.keys {
		v.heads[i] = v.del[h]
	}
	v.del = nil
}

// thaw makes del a map again, for words added after finish.
func (v *Vocab) thaw() {
	v.del = make(map[uint64]int32, len(v.keys))
	for i, h := range v.keys {
		v.del[h] = v.heads[i]
	}
	v.keys, v.heads = nil, nil
}

// finish prepares prefix completion and freezes the neighbourhood.
func (v *Vocab) finish() {
	if v.del != nil {
		v.freeze()
	}
	// Copies at their length give back the slack append left.
	v.link = slices.Clone(v.link)
	v.words, v.stems = slices.Clone(v.words), slices.Clone(v.stems)
	v.sorted = make([]int32, len(v.words))
	for i := range v.sorted {
		v.sorted[i] = int32(i)
	}
	sort.Slice(v.sorted, func(i, j int) bool { return v.words[v.sorted[i]] < v.words[v.sorted[j]] })
}

// Prefix returns up to n corpus words that start with prefix, with their
// stems, alphabetically.
func (v *Vocab) Prefix(prefix string, n int) []Near {
	i := sort.Search(len(v.sorted), func(i int) bool { return v.words[v.sorted[i]] >= prefix })
	var out []Near
	for ; i < len(v.sorted) && len(out) < n; i++ {
		w := v.words[v.sorted[i]]
		if len(w) < len(prefix) || w[:len(prefix)] != prefix {
			break
		}
		out = append(out, Near{Word: w, Stem: v.stems[v.sorted[i]], Dist: len(w) - len(prefix)})
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
	if id, ok := v.ids[word]; ok {
		return v.stems[id], true
	}
	return "", false
}

// VocabSnapshot is a finished Vocab as encoding/gob writes it: the
// answerer's vocabularies of names (see corpus/answer) are kept in a
// snapshot file this way, so that a start does not fold, stem and delete
// every name again.
type VocabSnapshot struct {
	Words, Stems     []string
	LinkID, LinkNext []int32
	Keys             []uint64
	Heads, Sorted    []int32
}

// Snapshot returns v's arrays; they are shared, not copied. v must be
// finished.
func (v *Vocab) Snapshot() *VocabSnapshot {
	s := &VocabSnapshot{Words: v.words, Stems: v.stems, Keys: v.keys, Heads: v.heads, Sorted: v.sorted,
		LinkID: make([]int32, len(v.link)), LinkNext: make([]int32, len(v.link))}
	for i, l := range v.link {
		s.LinkID[i], s.LinkNext[i] = l.id, l.next
	}
	if v.del != nil { // not finished: the neighbourhood as freeze would leave it
		f := &Vocab{del: v.del}
		f.freeze()
		s.Keys, s.Heads = f.keys, f.heads
	}
	return s
}

// RestoreVocab rebuilds a finished Vocab from its snapshot, after
// checking that every link and id is in range.
func RestoreVocab(s *VocabSnapshot) (*Vocab, error) {
	if s == nil {
		return nil, fmt.Errorf("index: empty vocabulary snapshot")
	}
	return restoreVocab(s.Words, s.Stems, s.LinkID, s.LinkNext, s.Keys, s.Heads, s.Sorted)
}

func restoreVocab(words, stems []string, linkID, linkNext []int32, keys []uint64, heads, sorted []int32) (*Vocab, error) {
	v := &Vocab{ids: make(map[string]int32, len(words)), words: words, stems: stems,
		keys: keys, heads: heads, sorted: sorted, link: make([]delLink, len(linkID))}
	if len(v.stems) != len(v.words) || len(v.heads) != len(v.keys) || len(v.sorted) != len(v.words) || len(linkNext) != len(v.link) {
		return nil, fmt.Errorf("index: vocabulary columns of different lengths")
	}
	for i, w := range v.words {
		v.ids[w] = int32(i)
	}
	for i := range v.link {
		v.link[i] = delLink{id: linkID[i], next: linkNext[i]}
		if v.link[i].id < 0 || int(v.link[i].id) >= len(v.words) || v.link[i].next < 0 || int(v.link[i].next) > len(v.link) {
			return nil, fmt.Errorf("index: vocabulary link %d out of range", i)
		}
	}
	for _, h := range v.heads {
		if h < 0 || int(h) > len(v.link) {
			return nil, fmt.Errorf("index: vocabulary head out of range")
		}
	}
	for _, w := range v.sorted {
		if w < 0 || int(w) >= len(v.words) {
			return nil, fmt.Errorf("index: vocabulary order out of range")
		}
	}
	return v, nil
}
