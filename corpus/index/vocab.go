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
	ids   slotTable // finds a word's id (see strtab.go)
	words []string  // folded surface words
	stems []string  // the index term of each word
	// del maps the hash of a word or of one of its one-rune deletions to
	// 1 + the head of its chain in link, while words are added. Hashes
	// keep the neighbourhood small (no string per deletion); a collision
	// only adds a candidate that levenshtein then rejects, so 32 bits do.
	del  map[uint32]int32
	link []delLink
	// Once finished, the chains are frozen into pairs sorted by key:
	// keys[i] and the word id neigh[i], a key repeated for each of its
	// words, in its chain's order. A map holds about three times its
	// entries' bytes, and the neighbourhood is the largest part of the
	// vocabulary; most keys hold one word, so a start offset per key
	// (12 bytes a pair before, 8 now) cost more than the repeats.
	keys  []uint32
	neigh []int32
	// sorted lists word ids alphabetically, for prefix completion.
	sorted []int32
}

type delLink struct {
	id   int32 // word id
	next int32 // 1 + next link, 0 at the end
}

func newVocab() *Vocab {
	return &Vocab{del: map[uint32]int32{}}
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
	if v.Has(word) {
		return
	}
	id := int32(len(v.words))
	v.ids.insert(word, id, v.word)
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

func (v *Vocab) push(h uint32, id int32) {
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

// hash is FNV-1a of a then b, as if joined, folded to 32 bits.
func hash(a, b string) uint32 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= 1099511628211
	}
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	return uint32(h ^ h>>32)
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
func (v *Vocab) Has(word string) bool { _, ok := v.id(word); return ok }

func (v *Vocab) word(id int32) string { return v.words[id] }

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
		if v.words[k-1] == word {
			return k - 1, true
		}
	}
}

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
		for _, id := range v.idsOf(hash(key, "")) {
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

// idsOf returns the word ids under hash h.
func (v *Vocab) idsOf(h uint32) []int32 {
	if v.del != nil { // still adding: walk the chain
		var out []int32
		for l := v.del[h]; l > 0; l = v.link[l-1].next {
			out = append(out, v.link[l-1].id)
		}
		return out
	}
	i, _ := slices.BinarySearch(v.keys, h)
	j := i
	for j < len(v.keys) && v.keys[j] == h {
		j++
	}
	return v.neigh[i:j:j]
}

// freeze moves the chains of del into keys, starts and neigh, each chain
// in its order.
func (v *Vocab) freeze() {
	hs := make([]uint32, 0, len(v.del))
	for h := range v.del {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	v.keys = make([]uint32, 0, len(v.link))
	v.neigh = make([]int32, 0, len(v.link))
	for _, h := range hs {
		for l := v.del[h]; l > 0; l = v.link[l-1].next {
			v.keys = append(v.keys, h)
			v.neigh = append(v.neigh, v.link[l-1].id)
		}
	}
	v.del, v.link = nil, nil
}

// thaw makes the chains a map again, for words added after finish.
func (v *Vocab) thaw() {
	v.del = make(map[uint32]int32, len(v.keys))
	v.link = make([]delLink, 0, len(v.neigh))
	// Linked back to front, so that each chain keeps its order.
	for i := len(v.keys) - 1; i >= 0; i-- {
		h := v.keys[i]
		v.link = append(v.link, delLink{id: v.neigh[i], next: v.del[h]})
		v.del[h] = int32(len(v.link))
	}
	v.keys, v.neigh = nil, nil
}

// finish prepares prefix completion and freezes the neighbourhood.
func (v *Vocab) finish() {
	if v.del != nil {
		v.freeze()
	}
	// Copies at their length give back the slack append left.
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
	if id, ok := v.id(word); ok {
		return v.stems[id], true
	}
	return "", false
}

// VocabSnapshot is a finished Vocab as encoding/gob writes it: the
// answerer's vocabularies of names (see corpus/answer) are kept in a
// snapshot file this way, so that a start does not fold, stem and delete
// every name again.
type VocabSnapshot struct {
	Words, Stems []string
	Keys, Starts []uint32 // Starts is empty: a key is repeated for each of its words
	IDs, Sorted  []int32
}

// Snapshot returns v's arrays; they are shared, not copied. A vocabulary
// still being added to is finished in a copy: v itself is left as it is,
// for readers beside.
func (v *Vocab) Snapshot() *VocabSnapshot {
	f := v
	if v.del != nil {
		f = &Vocab{del: v.del, link: v.link, words: v.words, stems: v.stems}
		f.finish()
	}
	return &VocabSnapshot{Words: f.words, Stems: f.stems, Keys: f.keys, IDs: f.neigh, Sorted: f.sorted}
}

// RestoreVocab rebuilds a finished Vocab from its snapshot, after
// checking that every key, list and id is in range.
func RestoreVocab(s *VocabSnapshot) (*Vocab, error) {
	if s == nil {
		return nil, fmt.Errorf("index: empty vocabulary snapshot")
	}
	return restoreVocab(s.Words, s.Stems, s.Keys, s.Starts, s.IDs, s.Sorted)
}

func restoreVocab(words, stems []string, keys, starts []uint32, ids, sorted []int32) (*Vocab, error) {
	v := &Vocab{words: words, stems: stems,
		keys: keys, neigh: ids, sorted: sorted}
	if len(stems) != len(words) || len(sorted) != len(words) || len(keys) != len(ids) || len(starts) != 0 {
		return nil, fmt.Errorf("index: vocabulary columns of different lengths")
	}
	for i := 1; i < len(keys); i++ {
		if keys[i-1] > keys[i] {
			return nil, fmt.Errorf("index: vocabulary keys out of order")
		}
	}
	for _, id := range ids {
		if id < 0 || int(id) >= len(words) {
			return nil, fmt.Errorf("index: vocabulary word %d out of range", id)
		}
	}
	for _, w := range sorted {
		if w < 0 || int(w) >= len(words) {
			return nil, fmt.Errorf("index: vocabulary order out of range")
		}
	}
	for i, w := range words {
		if v.Has(w) {
			return nil, fmt.Errorf("index: vocabulary word %d twice", i)
		}
		v.ids.insert(w, int32(i), v.word)
	}
	return v, nil
}
