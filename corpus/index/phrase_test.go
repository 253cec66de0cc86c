package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// phraseCorpus is three invented quotations made of the same common words
// in different orders.
func phraseCorpus() *corpus.Corpus {
	texts := []string{
		"We know this is easy, but the talks must go on.",
		"This is easy to know, and we must talk.",
		"Talks must go on; we know a deal is close.",
	}
	c := &corpus.Corpus{}
	for i, t := range texts {
		c.Articles = append(c.Articles, &corpus.Article{ID: i, File: "a.txt", Text: t,
			Paragraphs: []corpus.Paragraph{{Span: corpus.Span{Start: 0, End: len(t)}}}})
		c.Quotes = append(c.Quotes, corpus.Quote{ID: i, Article: i, Text: t, Span: corpus.Span{Start: 0, End: len(t)}, SpeakerID: corpus.NoPerson})
	}
	return c
}

func TestPhrase(t *testing.T) {
	c := phraseCorpus()
	x := Build(c)
	quoteOf := func(docs []int32) []int {
		out := []int{}
		for _, d := range docs {
			out = append(out, int(x.Doc(int(d)).Ref))
		}
		return out
	}
	tests := []struct {
		name string
		frag string
		want []int
	}{
		{"words in order, small words at their places", "know this is easy", []int{0}},
		{"a dropped letter is one slip", "know this is esy", []int{0}},
		{"the same words in another order are no phrase", "easy know", []int{}},
		{"a small word out of place breaks the phrase", "know a is easy", []int{}},
		{"a phrase in two quotations finds both", "talks must go", []int{0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := x.Phrase(tt.frag, x.Analyze(tt.frag), KindQuote, 10)
			require.NotNil(t, quoteOf(docs))
			assert.Equal(t, tt.want, quoteOf(docs))
		})
	}
	t.Run("one word makes no phrase", func(t *testing.T) {
		assert.Nil(t, x.Phrase("easy", x.Analyze("easy"), KindQuote, 10))
	})
}

func FuzzPhrase(f *testing.F) {
	x := Build(phraseCorpus())
	for _, s := range []string{"know this is easy", "talks must go", "a a a", "", "we we we know"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, frag string) {
		docs := x.Phrase(frag, x.Analyze(frag), AnyKind, 5)
		assert.LessOrEqual(t, len(docs), 5)
		for i, d := range docs {
			assert.True(t, d >= 0 && int(d) < x.N(), "document in range")
			if i > 0 {
				assert.Less(t, docs[i-1], d, "in document order, once each")
			}
		}
	})
}
