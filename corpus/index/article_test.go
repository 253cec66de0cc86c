package index_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

func TestInArticle(t *testing.T) {
	c := &corpus.Corpus{}
	for _, text := range []string{
		"The harbour board approved the new ferry timetable.",
		"Farmers protested outside the regional council.",
		"The council delayed the vote on the ferry fares.",
	} {
		c.Articles = append(c.Articles, &corpus.Article{Text: text, Paragraphs: []corpus.Paragraph{corpus.NewParagraph(corpus.Span{Start: 0, End: len(text)}, corpus.ParaBody)}})
	}
	x := index.Build(c)
	stem := func(w string) string { return index.Stem(index.Fold(w)) }
	for _, tc := range []struct {
		name string
		word string
		art  int
		want bool
	}{
		{"word of the first article", "ferry", 0, true},
		{"inflected form finds the stem", "approves", 0, true},
		{"word only in another article", "farmers", 0, false},
		{"word of the last article", "fares", 2, true},
		{"word of two articles, the middle lacks it", "ferry", 1, false},
		{"unknown word", "zeppelin", 1, false},
		{"article out of range", "ferry", 7, false},
		{"negative article", "ferry", -1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, x.InArticle(stem(tc.word), tc.art))
		})
	}
}
