package index

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// BenchmarkVocabNear times Near over a vocabulary of 50,000 invented
// words of news-like lengths, for queries one or two slips from a word
// and for words near nothing: the walk itself, and a word asked again
// (the cache).
func BenchmarkVocabNear(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	syl := []string{"ba", "ter", "on", "mi", "sa", "lor", "ven", "ka", "dri", "st", "e", "a", "o", "in", "ght", "ch", "u", "re"}
	word := func() string {
		w := ""
		for n := 2 + rng.Intn(4); n > 0; n-- {
			w += syl[rng.Intn(len(syl))]
		}
		return w
	}
	v := newVocab()
	var words []string
	for i := 0; i < 50000; i++ {
		w := word()
		words = append(words, w)
		v.add(w, w)
	}
	v.finish()
	var queries []string
	for i := 0; i < 1000; i++ {
		w := []byte(words[rng.Intn(len(words))])
		if len(w) > 4 {
			i := rng.Intn(len(w))
			w = append(w[:i], w[i+1:]...)
		}
		queries = append(queries, string(w), word()+"x")
	}
	b.Run("walk", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			q := queries[i%len(queries)]
			v.findNear(q, MaxEdits(utf8.RuneCountInString(q)))
		}
	})
	b.Run("asked-again", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			v.Near(queries[i%len(queries)])
		}
	})
}
