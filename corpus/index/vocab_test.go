package index

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testVocab(words ...string) *Vocab {
	v := newVocab()
	for _, w := range words {
		v.add(w, Stem(w))
	}
	v.finish()
	return v
}

func TestVocabNear(t *testing.T) {
	v := testVocab("really", "call", "confidential", "conversations", "ushakov", "good", "god")
	tests := []struct {
		name string
		word string
		want []Near
	}{
		{"one letter dropped", "relly", []Near{{Word: "really", Stem: "realli", Dist: 1}}},
		{"two slips in a short word are too many", "raelly", nil},
		{"two slips in a long word", "confidentail", []Near{{Word: "confidential", Stem: "confidenti", Dist: 2}}},
		{"a name", "ushkov", []Near{{Word: "ushakov", Stem: "ushakov", Dist: 1}}},
		{"short words get no tolerance", "gud", nil},
		{"the word itself is not a neighbour", "really", nil},
		{"nothing close", "champions", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := v.Near(tt.word)
			if len(tt.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// A finished vocabulary still takes words (people's names are added as
// they are found); misspellings of old and new words are found alike.
func TestVocabAddAfterFinish(t *testing.T) {
	v := testVocab("really", "ushakov")
	v.add("witkoff", Stem("witkoff"))
	v.finish()
	v.add("confidential", Stem("confidential"))
	tests := []struct {
		name, word, want string
	}{
		{"a word from before the first finish", "relly", "really"},
		{"a word added between two finishes", "witkof", "witkoff"},
		{"a word added after the last finish", "confidentail", "confidential"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, []string{tt.want}, words3(v.Near(tt.word)))
		})
	}
}

func TestVocabPrefix(t *testing.T) {
	v := testVocab("call", "called", "calm", "cat", "really")
	assert.Equal(t, []string{"call", "called", "calm"}, words3(v.Prefix("cal", 5)))
	assert.Equal(t, []string{"call"}, words3(v.Prefix("cal", 1)), "at most n")
	assert.Empty(t, v.Prefix("zzz", 5))
}

func words3(ns []Near) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Word)
	}
	return out
}

func TestMaxEdits(t *testing.T) {
	for n, want := range map[int]int{2: 0, 3: 0, 4: 1, 7: 1, 8: 2, 15: 2} {
		assert.Equal(t, want, MaxEdits(n), "length %d", n)
	}
}

// TestVocabInvalidUTF8: a word with a byte of invalid UTF-8 (a text from
// a crafted snapshot) is added without a panic, and valid words beside it
// keep their neighbours.
func TestVocabInvalidUTF8(t *testing.T) {
	for _, tt := range []struct {
		name string
		word string
	}{
		{"a stray byte inside", "con\xffvoy"},
		{"a stray byte at the end", "harbour\xfe"},
		{"a cut rune", "caf\xc3"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var v *Vocab
			assert.NotPanics(t, func() { v = testVocab(tt.word, "really") })
			assert.True(t, v.Has(tt.word))
			assert.Equal(t, []Near{{Word: "really", Stem: "realli", Dist: 1}}, v.Near("relly"))
		})
	}
}

// TestRestoreVocab checks that a vocabulary restored from its snapshot
// finds the same neighbours and completions, and that one whose lists or
// ids are out of range is refused.
func TestRestoreVocab(t *testing.T) {
	v := testVocab("harbour", "harbor", "ferries", "ferry", "tallo", "talks")
	back, err := RestoreVocab(v.Snapshot())
	assert.NoError(t, err)
	for _, w := range []string{"harbur", "ferrys", "tallo", "talk", "nothing"} {
		t.Run("near "+w, func(t *testing.T) {
			assert.Equal(t, v.Near(w), back.Near(w))
			assert.Equal(t, v.Has(w), back.Has(w))
		})
	}
	assert.Equal(t, v.Prefix("ta", 5), back.Prefix("ta", 5), "completions")

	tests := []struct {
		name  string
		spoil func(s *VocabSnapshot)
	}{
		{"stems missing", func(s *VocabSnapshot) { s.Stems = s.Stems[:1] }},
		{"a word twice", func(s *VocabSnapshot) { s.Words[1] = s.Words[0] }},
		{"a word too long", func(s *VocabSnapshot) { s.Words[0] = strings.Repeat("a", MaxWordBytes+1) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := v.Snapshot()
			tt.spoil(s)
			_, err := RestoreVocab(s)
			assert.Error(t, err)
		})
	}
	_, err = RestoreVocab(nil)
	assert.Error(t, err, "no snapshot")
}

// TestRestoreIndexVocab checks the index's own vocabulary columns (its
// arena, stems as term ids and alphabetical order): restored whole they
// find the same neighbours, and spoilt they are refused.
func TestRestoreIndexVocab(t *testing.T) {
	v := testVocab("harbour", "harbor", "ferries", "ferry", "tallo", "talks")
	type cols struct {
		arena        []byte
		start        []uint32
		stem, sorted []int32
	}
	fresh := func() cols {
		return cols{slices.Clone(v.arena), slices.Clone(v.start), slices.Clone(v.stem), slices.Clone(v.sorted)}
	}
	c := fresh()
	back, err := restoreVocab(c.arena, c.start, c.stem, c.sorted, v.stems)
	require.NoError(t, err)
	assert.Equal(t, v.Near("harbur"), back.Near("harbur"))
	assert.Equal(t, v.Prefix("fe", 5), back.Prefix("fe", 5))
	tests := []struct {
		name  string
		spoil func(c *cols)
	}{
		{"an order naming a word past the end", func(c *cols) { c.sorted[0] = int32(len(c.stem)) }},
		{"an order cut short", func(c *cols) { c.sorted = c.sorted[:len(c.sorted)-1] }},
		{"an order not alphabetical", func(c *cols) { c.sorted[0], c.sorted[1] = c.sorted[1], c.sorted[0] }},
		{"an order naming a word twice", func(c *cols) { c.sorted[1] = c.sorted[0] }},
		{"an order naming no word", func(c *cols) { c.sorted[0] = -1 }},
		{"a stem that is no term", func(c *cols) { c.stem[0] = int32(v.stems.len()) }},
		{"words past the arena", func(c *cols) { c.start[len(c.start)-1]++ }},
		{"a word ending before it starts", func(c *cols) { c.start[1], c.start[2] = c.start[2], c.start[1] }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := fresh()
			tt.spoil(&c)
			_, err := restoreVocab(c.arena, c.start, c.stem, c.sorted, v.stems)
			assert.Error(t, err)
		})
	}
}

// TestSnapshotOfUnfinishedVocab checks that a vocabulary snapshotted while
// words are still being added restores as if finished, and is itself left
// as it was.
func TestSnapshotOfUnfinishedVocab(t *testing.T) {
	v := testVocab("harbour", "ferries")
	v.add("tallo", Stem("tallo")) // after finish: adding again
	s := v.Snapshot()
	back, err := RestoreVocab(s)
	assert.NoError(t, err)
	for _, w := range []string{"harbur", "tall", "ferris"} {
		assert.Equal(t, v.Near(w), back.Near(w), w)
	}
	assert.Len(t, v.sorted, 2, "v is left unfinished")
	v.add("talks", Stem("talks"))
	assert.Equal(t, []string{"talks", "tallo"}, words3(v.Near("talko")))
}

// nearByKeys is Near as the vocabulary used to find neighbours, with the
// deletion keys as strings: a word shares a key with the query when the
// word (3 runes or more) or one of its one-rune deletions (4 to
// MaxNearRunes runes) is the query with up to MaxEdits runes deleted.
func nearByKeys(words []string, q string) []string {
	dels := func(w string) []string {
		var out []string
		for i, r := range w {
			out = append(out, w[:i]+w[i+utf8.RuneLen(r):])
		}
		return out
	}
	n := utf8.RuneCountInString(q)
	max := MaxEdits(n)
	if max == 0 || n > MaxNearRunes {
		return nil
	}
	keys := map[string]bool{q: true}
	for _, d := range dels(q) {
		keys[d] = true
		if max >= 2 {
			for _, dd := range dels(d) {
				keys[dd] = true
			}
		}
	}
	var out []string
	for _, w := range words {
		m := utf8.RuneCountInString(w)
		hit := m >= 3 && keys[w]
		if m >= 4 && m <= MaxNearRunes {
			for _, d := range dels(w) {
				hit = hit || keys[d]
			}
		}
		if hit && w != q && levenshteinOK(q, w, max) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

func levenshteinOK(a, b string, max int) bool {
	ra, rb := []rune(a), []rune(b)
	row := make([]int, len(rb)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		prev := row[0]
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			cur := row[j]
			c := prev
			if ra[i-1] != rb[j-1] {
				c++
			}
			row[j] = min(c, row[j]+1, row[j-1]+1)
			prev = cur
		}
	}
	return row[len(rb)] <= max
}

func sortedWords(ns []Near) []string {
	out := words3(ns)
	sort.Strings(out)
	return out
}

// TestVocabNearAsDeletionKeys checks Near's walk against the deletion
// keys it replaced, over words of a small alphabet, where many are a slip
// or two from each other, added in two rounds so that some are found in
// the alphabetical order and some after it.
func TestVocabNearAsDeletionKeys(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	word := func() string {
		b := make([]byte, 2+rng.Intn(10))
		for i := range b {
			b[i] = "abcde"[rng.Intn(5)]
		}
		return string(b)
	}
	var words []string
	v := newVocab()
	for i := 0; i < 3000; i++ {
		w := word()
		if !slices.Contains(words, w) {
			words = append(words, w)
			v.add(w, w)
		}
		if i == 2500 {
			v.finish()
		}
	}
	for i := 0; i < 400; i++ {
		q := word()
		t.Run(q, func(t *testing.T) {
			assert.Equal(t, nearByKeys(words, q), sortedWords(v.Near(q)))
		})
	}
}

// FuzzVocabNear: for any words and query, Near finds what the deletion
// keys find, and never panics on invalid UTF-8.
func FuzzVocabNear(f *testing.F) {
	f.Add("really call confidential ushakov", "relly")
	f.Add("harbour harbor ferries", "harbur")
	f.Add("abcdefgh abdcefgh", "abcdfgh")
	f.Fuzz(func(t *testing.T, text, q string) {
		if len(text) > 4000 || len(q) > 200 {
			return // the reference's keys grow with the cube of a word's length
		}
		v := newVocab()
		var words []string
		for _, w := range strings.Fields(text) {
			if !v.Has(w) && len(w) <= MaxWordBytes {
				words = append(words, w)
			}
			v.add(w, w)
		}
		v.finish()
		if !utf8.ValidString(text) || !utf8.ValidString(q) {
			v.Near(q) // the keys of invalid runes differed in width: no panic is all
			return
		}
		assert.Equal(t, nearByKeys(words, q), sortedWords(v.Near(q)))
	})
}
