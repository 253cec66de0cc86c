package cluster

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"factdesk/corpus"
	"factdesk/corpus/fact"
	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
	"factdesk/corpus/synth"
)

// synthetic builds a corpus of n articles with Zipf-distributed words, 20
// facts and 5 quotations each, a tenth of them repeated by a second
// article, some facts dated: the shape of a news corpus, without its text.
func synthetic(n int) *corpus.Corpus {
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
		// Letters only, so the analyzer keeps them as words.
		vocab[i] = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return 'a' + (r - '0')
			}
			return r
		}, vocab[i])
	}
	zipf := rand.NewZipf(rand.New(rand.NewPCG(2, uint64(n))), 1.1, 2, uint64(len(vocab)-1))
	sentence := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(ws, " ") + "."
	}
	c := &corpus.Corpus{}
	for a := 0; a < n; a++ {
		art := &corpus.Article{ID: a, File: fmt.Sprintf("%06d.txt", a)}
		c.Articles = append(c.Articles, art)
		for i := 0; i < 20; i++ {
			f := corpus.Fact{Article: int32(a)}
			text := sentence(12 + rng.IntN(20))
			if rng.IntN(4) == 0 {
				d := corpus.Date{Year: 2025, Month: 10, Day: 1 + rng.IntN(30)}
				f.SetValues([]corpus.Value{{Kind: corpus.ValueDate, Norm: d.String()}})
			}
			if a > 0 && rng.IntN(10) == 0 {
				text = c.Facts[rng.IntN(len(c.Facts))].Text(c)
			}
			// A fact's sentence is its article's text at its span.
			f.SetSpan(corpus.Span{Start: len(art.Text), End: len(art.Text) + len(text)})
			art.Text += text + " "
			c.Facts = append(c.Facts, f)
		}
		for i := 0; i < 5; i++ {
			q := corpus.Quote{ID: int32(len(c.Quotes)), Article: int32(a), SpeakerID: int32(rng.IntN(500)), Text: sentence(8 + rng.IntN(30))}
			if a > 0 && rng.IntN(10) == 0 {
				o := c.Quotes[rng.IntN(len(c.Quotes))]
				q.SpeakerID, q.Text = o.SpeakerID, o.Text
			}
			c.Quotes = append(c.Quotes, q)
		}
	}
	return c
}

// BenchmarkCluster clusters synthetic corpora of growing size: time per
// article should stay about flat, since nothing compares all pairs.
func BenchmarkCluster(b *testing.B) {
	for _, n := range []int{100, 1000, 5000} {
		c := synthetic(n)
		size := 0
		for _, f := range c.Facts {
			size += len(f.Text(c))
		}
		for _, q := range c.Quotes {
			size += len(q.Text)
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				Build(c)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
		})
	}
}

// BenchmarkClusterSynth clusters what the pipeline extracts from generated
// news (corpus/synth: each event retold by four outlets), in MB/s of
// article text.
func BenchmarkClusterSynth(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		g := synth.Generate(synth.Options{Articles: n, Seed: 1})
		c, err := load.Load(g.FS, "synth", load.Options{})
		if err != nil {
			b.Fatal(err)
		}
		r := person.Build(c.Articles)
		c.Quotes = quote.Extract(c.Articles, r)
		c.People = r.People()
		c.Facts = fact.Extract(c.Articles, r)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(int64(g.Bytes))
			for b.Loop() {
				Build(c)
			}
		})
	}
}
