package index

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestDocTable checks that packed documents read back as they were,
// whatever the widths of their fields: a field may straddle two words,
// and one may take all 32 bits.
func TestDocTable(t *testing.T) {
	mk := func(ref, para, start, end int32, n uint32, k Kind) doc {
		return doc{ref: ref, para: para, start: start, end: end, lenKind: n<<3 | uint32(k)}
	}
	rng := rand.New(rand.NewSource(3))
	var random []doc
	for i := 0; i < 500; i++ {
		start := rng.Int31n(1 << 20)
		random = append(random, mk(rng.Int31n(1<<24)-1, rng.Int31n(1<<16)-1, start, start+rng.Int31n(5000), uint32(rng.Intn(300)), Kind(1)<<rng.Intn(3)))
	}
	tests := []struct {
		name string
		docs []doc
	}{
		{"none", nil},
		{"one sentence without a paragraph", []doc{mk(-1, -1, 0, 0, 0, KindSentence)}},
		{"a quotation and a fact", []doc{mk(0, 3, 10, 40, 6, KindQuote), mk(7, 3, 41, 90, 9, KindFact)}},
		{"fields at their widest", []doc{mk(math.MaxInt32-1, math.MaxInt32-1, 0, math.MaxInt32, maxDocLen, KindFact), mk(-1, -1, 5, 6, 1, KindSentence)}},
		{"many of every width", random},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := packDocs(tt.docs)
			assert.Equal(t, len(tt.docs), tab.len())
			for i, d := range tt.docs {
				assert.Equal(t, d, tab.at(int32(i)), "document %d", i)
				assert.Equal(t, d.kind(), tab.kind(int32(i)))
				assert.Equal(t, d.len(), tab.length(int32(i)))
			}
		})
	}
}

// BenchmarkDocTable times reading a packed document's kind and length,
// what the search reads for every candidate.
func BenchmarkDocTable(b *testing.B) {
	ds := make([]doc, 1<<16)
	for i := range ds {
		ds[i] = doc{ref: int32(i), para: int32(i / 4), start: int32(i % 4000), end: int32(i%4000 + 100), lenKind: uint32(i%40)<<3 | uint32(KindSentence)}
	}
	tab := packDocs(ds)
	b.ResetTimer()
	n := int32(0)
	for i := 0; i < b.N; i++ {
		d := int32(i) & (1<<16 - 1)
		if tab.kind(d) == KindSentence {
			n += tab.length(d)
		}
	}
	_ = n
}

// TestEachParaDoc checks that a paragraph's documents are found among its
// article's, in order: its quotations, facts and sentences, and none of
// another paragraph or article, across articles with and without body
// paragraphs.
func TestEachParaDoc(t *testing.T) {
	text := "\"The harbour opens in May,\" the mayor said. Ferries will run daily.\n" +
		"Fares stay the same. \"We are ready,\" a captain said.\n" +
		"Nothing else changed.\n"
	one := smallCorpus(t, text, "The harbour opens in May,", "We are ready,")
	empty := &corpus.Article{File: "b.txt", Text: ""}
	two := smallCorpus(t, "A second story. \"Quiet,\" she said.\n\nIts last paragraph.\n", "Quiet,")
	c := &corpus.Corpus{Articles: []*corpus.Article{one.Articles[0], empty, two.Articles[0]}}
	c.Quotes = append(c.Quotes, one.Quotes...)
	for _, q := range two.Quotes {
		q.ID, q.Article, q.File = int32(len(c.Quotes)), 2, "b.txt"
		c.Quotes = append(c.Quotes, q)
	}
	x := Build(c)
	np := int32(len(x.paraLen))
	require.Greater(t, np, int32(3))
	for p := int32(0); p < np; p++ {
		t.Run(fmt.Sprint("paragraph ", p), func(t *testing.T) {
			var want, got []int32
			for d := int32(0); int(d) < x.N(); d++ {
				if x.doc(d).Para == p {
					want = append(want, d)
				}
			}
			x.eachParaDoc(p, func(d int32) { got = append(got, d) })
			assert.NotEmpty(t, got)
			assert.Equal(t, want, got)
		})
	}
}

// TestQuoteDoc checks that each quotation's document is found by
// bisection within its article, that one whose span lies outside its
// text has none, and that ids out of range have none.
func TestQuoteDoc(t *testing.T) {
	text := "\"The harbour opens in May,\" the mayor said. \"We are ready,\" a captain said.\n"
	c := smallCorpus(t, text, "The harbour opens in May,", "We are ready,")
	two := &corpus.Article{File: "b.txt", Text: "\"Quiet,\" she said.\n"}
	two.Paragraphs = []corpus.Paragraph{corpus.NewParagraph(corpus.Span{Start: 0, End: len(two.Text)}, corpus.ParaBody)}
	c.Articles = append(c.Articles, two)
	c.Quotes = append(c.Quotes,
		corpus.Quote{ID: 2, Article: 1, File: "b.txt", Text: "Quiet,"}.WithSpan(corpus.Span{Start: 1, End: 7}),
		corpus.Quote{ID: 3, Article: 1, File: "b.txt", Text: "lost"}.WithSpan(corpus.Span{Start: 50, End: 60}))
	x := Build(c)
	tests := []struct {
		name  string
		id    int
		found bool
	}{
		{"the first quotation", 0, true},
		{"the second of an article", 1, true},
		{"a quotation of the next article", 2, true},
		{"a span outside its text", 3, false},
		{"past the end", 4, false},
		{"negative", -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := x.QuoteDoc(tt.id)
			if !tt.found {
				assert.Equal(t, -1, d)
				return
			}
			require.GreaterOrEqual(t, d, 0)
			assert.Equal(t, KindQuote, x.Doc(d).Kind)
			assert.Equal(t, int32(tt.id), x.Doc(d).Ref)
		})
	}
	assert.Equal(t, -1, x.FactDoc(0), "no facts")
}
