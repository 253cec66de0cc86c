package index

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Words keeps the tokens of the strings it tokenized last (wordCache):
// whatever its readers and the analyzers do, a string's tokens stay what
// the tokenizer makes of it.
func TestWordsCacheKeepsTokensIntact(t *testing.T) {
	text := "The Envoy's call lasted twenty-eight minutes, aides said."
	want := words(text)
	require.NotEmpty(t, want)
	for _, tt := range []struct {
		name string
		do   func()
	}{
		{"asked twice", func() { Words.Tokenize(text) }},
		{"analyzed, its filters rewriting terms", func() { Standard().Analyze(text) }},
		{"surface-analyzed", func() { Surface().Analyze(text) }},
		{"a reader appends to the tokens", func() {
			toks := Words.Tokenize(text)
			_ = append(toks, Token{Term: "extra"}) // its capacity is its length: a copy
		}},
		{"forgotten", ForgetWords},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.do()
			assert.Equal(t, want, Words.Tokenize(text))
		})
	}
}

// Strings of the same bytes at other places, and different strings of one
// length, each get their own tokens.
func TestWordsCacheTellsStringsApart(t *testing.T) {
	a := "Moll said the talks would resume."
	b := strings.Clone(a)
	c := "Ushkov said the deal was now off."
	require.Equal(t, len(a), len(c))
	for _, tt := range []struct {
		name, text string
	}{{"first", a}, {"a copy", b}, {"another of its length", c}, {"the first again", a}} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, words(tt.text), Words.Tokenize(tt.text))
		})
	}
	assert.Nil(t, Words.Tokenize(""), "no words")
}

// Questions answered at once share the cache.
func TestWordsCacheConcurrent(t *testing.T) {
	texts := []string{"Who called for the envoy to be fired?", "How long did the call last?",
		"When did the two leaders speak?", "Moll and Ushkov spoke by phone on Friday."}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				s := texts[(g+i)%len(texts)]
				if got := Words.Tokenize(s); !assert.Equal(t, words(s), got) {
					return
				}
				Standard().Analyze(s)
			}
		}()
	}
	wg.Wait()
}

// AppendWords gives the tokens Words does, into the caller's buffer, and
// leaves the shared cache alone.
func TestAppendWordsIsWordsWithoutTheCache(t *testing.T) {
	for _, text := range []string{
		"",
		"Harbour master Ola Brenn, 61, said the ferry's new timetable fails.",
		"Ministra Åsa Lindqvist-Öberg — appointed on Tuesday — declined.",
		"  ,;  ",
	} {
		t.Run(text, func(t *testing.T) {
			ForgetWords()
			var buf [4]Token
			got := AppendWords(buf[:0], text)
			want := words(text)
			if len(want) == 0 {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, want, got)
			}
			for i := range wordCache {
				assert.Nil(t, wordCache[i].Load(), "AppendWords filled the shared cache")
			}
			// Positions are the text's own, whatever the buffer held.
			pre := []Token{{Term: "Earlier"}}
			more := AppendWords(pre, text)
			require.Len(t, more, len(want)+1)
			for k, tok := range more[1:] {
				assert.Equal(t, k, tok.Pos)
			}
		})
	}
}
