package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestIDLists checks the lists of quotations by article and by speaker:
// each key lists its ids in order, a key with none (or past the end, or
// negative) lists nothing, and ids without a key are left out.
func TestIDLists(t *testing.T) {
	keyOf := []int{2, 0, 2, -1, 5, 0}
	l := groupIDs(len(keyOf), func(i int) int { return keyOf[i] })
	tests := []struct {
		name string
		key  int
		want []int32
	}{
		{"two ids in order", 0, []int32{1, 5}},
		{"another key", 2, []int32{0, 2}},
		{"a key with none", 1, nil},
		{"the last key", 5, []int32{4}},
		{"past the end", 6, nil},
		{"negative", -1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.want) == 0 {
				assert.Empty(t, l.of(tt.key))
				return
			}
			assert.Equal(t, tt.want, l.of(tt.key))
		})
	}
	assert.Equal(t, []int{0, 2, 5}, l.keys(), "the keys that list something")
}

// TestFileIndex checks that an article is found by its file, and that of
// two articles of one file the later is found, as a map filled in order
// found it.
func TestFileIndex(t *testing.T) {
	arts := []*corpus.Article{{File: "b.md"}, {File: "a.md"}, {File: "c.md"}, {File: "a.md"}}
	f := newFileIndex(arts)
	tests := []struct {
		name string
		file string
		want int
		ok   bool
	}{
		{"a file", "b.md", 0, true},
		{"the last", "c.md", 2, true},
		{"a file twice", "a.md", 3, true},
		{"no such file", "d.md", 0, false},
		{"before every file", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := f.find(tt.file)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestPhraseList checks that phrases read back as added, and that a
// repeat reads as the phrase it repeats.
func TestPhraseList(t *testing.T) {
	var p phraseList
	p.add([]string{"russian", "diplomat"})
	p.add(nil)
	p.repeat(0)
	p.add([]string{"minist"})
	tests := []struct {
		name string
		i    int32
		want []string
	}{
		{"a phrase", 0, []string{"russian", "diplomat"}},
		{"an empty phrase", 1, []string{}},
		{"a repeat", 2, []string{"russian", "diplomat"}},
		{"after a repeat", 3, []string{"minist"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, p.at(tt.i))
		})
	}
	assert.Equal(t, 4, p.len())
}
