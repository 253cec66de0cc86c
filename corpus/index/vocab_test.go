package index

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
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
		{"a neighbour that is no word", func(s *VocabSnapshot) { s.IDs[0] = int32(len(s.Words)) }},
		{"a key without its word", func(s *VocabSnapshot) { s.Keys = append(s.Keys, math.MaxUint32) }},
		{"words cut short", func(s *VocabSnapshot) { s.IDs = s.IDs[:len(s.IDs)-1] }},
		{"keys out of order", func(s *VocabSnapshot) { s.Keys[0] = math.MaxUint32 }},
		{"starts of the old layout", func(s *VocabSnapshot) { s.Starts = []uint32{0} }},
		{"an order naming no word", func(s *VocabSnapshot) { s.Sorted[0] = -1 }},
		{"stems missing", func(s *VocabSnapshot) { s.Stems = s.Stems[:1] }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := *v.Snapshot()
			s.Keys, s.Starts = append([]uint32(nil), s.Keys...), append([]uint32(nil), s.Starts...)
			s.IDs, s.Sorted = append([]int32(nil), s.IDs...), append([]int32(nil), s.Sorted...)
			tt.spoil(&s)
			_, err := RestoreVocab(&s)
			assert.Error(t, err)
		})
	}
	_, err = RestoreVocab(nil)
	assert.Error(t, err, "no snapshot")
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
	assert.NotNil(t, v.del, "v is still being added to")
	v.add("talks", Stem("talks"))
	assert.Equal(t, []string{"talks", "tallo"}, words3(v.Near("talko")))
}
