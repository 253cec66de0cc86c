package index

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// phraseCorpus is three invented quotations made of the same common words
// in different orders.
func phraseCorpus() *corpus.Corpus {
	return quotesCorpus(
		"We know this is easy, but the talks must go on.",
		"This is easy to know, and we must talk.",
		"Talks must go on; we know a deal is close.",
	)
}

// quotesCorpus is one article per text, each text one quotation of
// nobody known.
func quotesCorpus(texts ...string) *corpus.Corpus {
	c := &corpus.Corpus{}
	for i, t := range texts {
		c.Articles = append(c.Articles, &corpus.Article{ID: i, File: "a.txt", Text: t,
			Paragraphs: []corpus.Paragraph{corpus.NewParagraph(corpus.Span{Start: 0, End: len(t)}, corpus.ParaBody)}})
		c.Quotes = append(c.Quotes, corpus.Quote{ID: int32(i), Article: int32(i), Text: t, SpeakerID: corpus.NoPerson}.WithSpan(corpus.Span{Start: 0, End: len(t)}))
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

// denseCorpus is n invented quotations of eight words each, drawn from a
// dozen words, so that every word is in most documents: the phrases of it
// are what a walk of one word's documents is slow for.
func denseCorpus(n int) *corpus.Corpus {
	words := strings.Fields("we will the talks must go on tolvar brisk quen a deal")
	r := rand.New(rand.NewPCG(7, 8))
	c := &corpus.Corpus{}
	for i := 0; i < n; i++ {
		ws := make([]string, 8)
		for k := range ws {
			ws[k] = words[r.IntN(len(words))]
		}
		t := strings.Join(ws, " ") + "."
		c.Articles = append(c.Articles, &corpus.Article{ID: i, File: "a.txt", Text: t,
			Paragraphs: []corpus.Paragraph{corpus.NewParagraph(corpus.Span{Start: 0, End: len(t)}, corpus.ParaBody)}})
		c.Quotes = append(c.Quotes, corpus.Quote{ID: int32(i), Article: int32(i), Text: t, SpeakerID: corpus.NoPerson}.WithSpan(corpus.Span{Start: 0, End: len(t)}))
	}
	return c
}

// TestPhraseDenseAgreesWithWalk: the documents found from the bitsets of
// common words are those a walk of the rarest word's documents finds.
func TestPhraseDenseAgreesWithWalk(t *testing.T) {
	c := denseCorpus(3000)
	x := Build(c)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 60; i++ {
		ws := strings.Fields(strings.TrimSuffix(c.Quotes[r.IntN(len(c.Quotes))].Text, "."))
		at := r.IntN(len(ws) - 3)
		ws = ws[at : at+2+r.IntN(3)]
		if k := r.IntN(len(ws)); len(ws[k]) > 4 && i%2 == 0 {
			ws[k] = ws[k][:2] + ws[k][3:] // a dropped letter
		}
		frag := strings.Join(ws, " ")
		t.Run(frag, func(t *testing.T) {
			groups := x.Analyze(frag)
			walk := x.phraseGroups(frag, groups)
			if walk == nil {
				t.Skip("no phrase")
			}
			dense := x.phraseGroups(frag, groups)
			want := x.phraseDocs(walk, KindQuote, MaxPhraseDocs, false)
			require.NotEmpty(t, want, "the fragment is cut from a quotation")
			assert.Equal(t, want, x.phraseDocs(dense, KindQuote, MaxPhraseDocs, true))
		})
	}
}

func TestPhraseMatch(t *testing.T) {
	texts := []string{
		"The harbour crane froze at dawn.",
		"The harbour crate froze at noon.",
		"It is not what we were to do.",
		"What we were not to do, it is.",
	}
	x := Build(quotesCorpus(texts...))
	tests := []struct {
		name, frag string
		small      bool // analyzed into no groups: the small words alone
		want       []int
		slip       string // an alternative the groups found must hold
	}{
		{"as written", "harbour crate froze at noon", false, []int{1}, ""},
		{"a word the corpus has is a slip when nothing else fits", "harbour crate froze at dawn", false, []int{0}, "crane"},
		{"small words alone, in order", "not what we were to", true, []int{2}, ""},
		{"the same small words in another order", "we were not to do", true, []int{3}, ""},
		{"two small words are no phrase", "we were", true, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groups := x.Analyze(tt.frag)
			assert.Equal(t, tt.small, len(groups) == 0)
			docs, found := x.PhraseMatch(tt.frag, groups, KindQuote, 10)
			var got []int
			for _, d := range docs {
				got = append(got, int(x.Doc(int(d)).Ref))
			}
			assert.Equal(t, tt.want, got)
			if tt.slip != "" {
				var alts []string
				for _, g := range found {
					for _, a := range g.Alts {
						alts = append(alts, a.Term)
					}
				}
				assert.Contains(t, alts, Stem(tt.slip))
				assert.Len(t, groups[1].Alts, 1, "the caller's groups are unchanged")
			}
		})
	}
	t.Run("small words score among the documents found", func(t *testing.T) {
		small := x.SmallWords("not what we were to")
		require.Len(t, small, 5)
		hits := x.Search(Query{Groups: small, Kinds: KindQuote, Only: []int32{int32(x.QuoteDoc(2)), int32(x.QuoteDoc(3))}})
		require.Len(t, hits, 2)
		assert.Equal(t, 1.0, hits[0].Coverage)
	})
}

func TestBroad(t *testing.T) {
	x := Build(denseCorpus(20000))
	tests := []struct {
		frag string
		want bool
	}{
		{"talks must go", true},
		{"tolvar brisk quen", true},
		{"talks must zzqx", true},
		{"zzqx", false},
	}
	for _, tt := range tests {
		t.Run(tt.frag, func(t *testing.T) {
			assert.Equal(t, tt.want, x.Broad(x.Analyze(tt.frag)))
		})
	}
	y := Build(phraseCorpus())
	assert.False(t, y.Broad(y.Analyze("talks must go")), "a small corpus has no common words")
}

// A fragment typed fast drops apostrophes the article prints: the
// contraction is read back, and the phrase found.
func TestContractionsTypedWithoutApostrophe(t *testing.T) {
	x := Build(quotesCorpus(
		"If it’s the harbour or the bridge, the harbour wins.",
		"I don't think there's a crane left at the quay.",
		"Its crane was ill, they said.",
	))
	tests := []struct {
		name, typed, want string
	}{
		{"a contraction the corpus prints", "i dont think theres a crane", "i don't think there's a crane"},
		{"a word the corpus knows stays", "its crane was ill", "its crane was ill"},
		{"an unknown word that no apostrophe mends stays", "the cranx froze", "the cranx froze"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, x.Apostrophes(tt.typed))
		})
	}
	t.Run("its is also it's in a phrase", func(t *testing.T) {
		frag := "if its the harbour or the bridge"
		docs, _ := x.PhraseMatch(frag, x.Analyze(frag), KindQuote, 10)
		require.Len(t, docs, 1)
		assert.Equal(t, int32(0), x.Doc(int(docs[0])).Ref)
	})
}

// FuzzApostrophes: any typed text is read back without a panic, and only
// apostrophes are added to it.
func FuzzApostrophes(f *testing.F) {
	x := Build(quotesCorpus("I don't think there's a crane left.", "It’s over."))
	for _, s := range []string{"i dont think theres", "its over", "", "dont’", "ÉCOLE dont"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := x.Apostrophes(s)
		if got == s {
			return
		}
		strip := func(v string) string { return strings.ToLower(strings.ReplaceAll(v, "'", "")) }
		assert.Equal(t, strip(Fold(s)), strip(Fold(got)))
	})
}
