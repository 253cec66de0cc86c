package cluster

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEachWord(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"hyphens split", "US-Russia ties", []string{"US", "Russia", "ties"}},
		{"inner apostrophes stay", "it's Russia\u2019s call", []string{"it's", "Russia\u2019s", "call"}},
		{"quotes and punctuation go", "\u201cGood.\u201d 'Sounds good.'", []string{"Good", "Sounds", "good"}},
		{"digits and accents", "Zelenskyy's 28-point plan, naïve café", []string{"Zelenskyy's", "28", "point", "plan", "naïve", "café"}},
		{"empty", " \u2014 ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			eachWord(tt.text, func(w string) { got = append(got, w) })
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		stems []string
		names []string
	}{
		{"stop words, numbers and months go", "Bloomberg published the Oct. 14 transcript", []string{"bloomberg", "publish", "transcript"}, nil},
		{"names are capitalised words after the first", "Dmitriev called Rubio's post a fake", []string{"dmitriev", "call", "rubio", "post", "fake"}, []string{"rubio"}},
		{"translations' fillers go", "Donetsk and maybe, perhaps, a land swap", []string{"donetsk", "land", "swap"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := newAnalyzer()
			seq, names := an.terms(nil, nil, tt.text)
			words := func(ids []int32) []string {
				var out []string
				for _, id := range ids {
					out = append(out, an.words[id])
				}
				return out
			}
			assert.Equal(t, tt.stems, words(seq))
			assert.Equal(t, tt.names, words(names))
		})
	}
}

func TestWordCache(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		hash  func(string) uint64
	}{
		{"none", nil, wordHash},
		{"a few", []string{"call", "Call", "calls", "Witkoff", "it's"}, wordHash},
		{"enough to grow the table", manyWords(5000), wordHash},
		{"every word in one slot chain", manyWords(300), func(string) uint64 { return 7 }},
		{"one chain, grown", manyWords(3000), func(string) uint64 { return 1<<40 | 7 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c wordCache
			for i, w := range tt.words {
				_, ok := c.get(w, tt.hash(w))
				require.False(t, ok, "%q before it is put", w)
				c.put(w, tt.hash(w), int32(i))
			}
			assert.Equal(t, len(tt.words), c.n)
			for i, w := range tt.words {
				id, ok := c.get(w, tt.hash(w))
				assert.True(t, ok, "%q", w)
				assert.Equal(t, int32(i), id, "%q", w)
			}
			_, ok := c.get("absent", tt.hash("absent"))
			assert.False(t, ok)
		})
	}
}

func manyWords(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("w%d", i)
	}
	return out
}

func TestArenaCopies(t *testing.T) {
	var a arena[int32]
	long := make([]int32, 70000)
	for i := range long {
		long[i] = int32(i)
	}
	tests := []struct {
		name string
		s    []int32
	}{
		{"empty", []int32{}},
		{"a few", []int32{3, 1, 2}},
		{"longer than a block", long},
		{"after a long one", []int32{9}},
	}
	var got [][]int32
	for _, tt := range tests {
		c := a.copy(tt.s)
		assert.True(t, slices.Equal(tt.s, c), tt.name)
		assert.Equal(t, len(c), cap(c), "%s: capped at its length", tt.name)
		got = append(got, c)
	}
	got[1] = append(got[1], 7) // must not overwrite the next list
	for i, tt := range tests {
		if i != 1 {
			assert.True(t, slices.Equal(tt.s, got[i]), tt.name)
		}
	}
}
