package index

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// smallCorpus has one article; its quotations are given by their text.
func smallCorpus(t *testing.T, text string, quotes ...string) *corpus.Corpus {
	a := &corpus.Article{File: "a.txt", Text: text}
	for _, p := range segment.Paragraphs(text) {
		a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(p, corpus.ParaBody))
	}
	c := &corpus.Corpus{Articles: []*corpus.Article{a}}
	for i, q := range quotes {
		at := strings.Index(text, q)
		require.GreaterOrEqual(t, at, 0, q)
		c.Quotes = append(c.Quotes, corpus.Quote{ID: int32(i), File: "a.txt", Text: q, SpeakerID: corpus.NoPerson}.WithSpan(corpus.Span{Start: at, End: at + len(q)}))
	}
	return c
}

const sample = "\"It is going to be a really good call,\" Witkoff said.\n" +
	"\"These conversations are confidential,\" Ushakov said.\n" +
	"The call lasted just over five minutes. Both men spoke by phone again later.\n"

func TestSearchRanking(t *testing.T) {
	c := smallCorpus(t, sample, "It is going to be a really good call", "These conversations are confidential")
	x := Build(c)
	tests := []struct {
		name     string
		query    string
		kinds    Kind
		wantText string
		wantCov  float64
	}{
		{"exact words", "really good call", KindQuote, "It is going to be a really good call", 1},
		{"a typo still matches", "relly good call", KindQuote, "It is going to be a really good call", 1},
		{"a stem matches other forms", "confidentiality", KindQuote, "These conversations are confidential", 1},
		// "long" is not in the sentence; its synonym "minutes" is, and
		// counts 0.7: coverage is above 0.7 and below 1.
		{"sentences too", "how long did the call last", KindSentence, "The call lasted just over five minutes.", 0.85},
		{"a misspelt word the corpus never uses finds its synonyms", "they speek by telephone", KindSentence, "Both men spoke by phone again later.", SynonymFactor},
		{"synonyms count less than the word", "talked on the telephone", KindSentence, "Both men spoke by phone again later.", SynonymFactor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := x.Search(Query{Groups: x.Analyze(tt.query), Kinds: tt.kinds})
			require.NotEmpty(t, hits)
			assert.Equal(t, tt.wantText, x.Text(hits[0].Doc))
			assert.InDelta(t, tt.wantCov, hits[0].Coverage, 0.15)
		})
	}
}

func TestSearchCoverageOfUnknownWords(t *testing.T) {
	x := Build(smallCorpus(t, sample, "It is going to be a really good call"))
	hits := x.Search(Query{Groups: x.Analyze("champions league final call"), Kinds: KindQuote})
	require.Len(t, hits, 1, "only the word call matches")
	assert.Less(t, hits[0].Coverage, 0.3, "three unknown words outweigh one known")
}

func TestSearchProximity(t *testing.T) {
	text := "Good news: the long call was over, really.\nA really good call, he said.\n"
	x := Build(smallCorpus(t, text))
	hits := x.Search(Query{Groups: x.Analyze("really good call"), Kinds: KindSentence})
	require.Len(t, hits, 2)
	assert.Equal(t, "A really good call, he said.", x.Text(hits[0].Doc), "words in order, close together, rank first")
	assert.Equal(t, 2, hits[0].Near)
	assert.Equal(t, 0, hits[1].Near)
}

func TestSearchExplainAddsUp(t *testing.T) {
	x := Build(smallCorpus(t, sample, "It is going to be a really good call"))
	hits := x.Search(Query{Groups: x.Analyze("relly good call"), Kinds: KindQuote, Mode: Explain})
	require.NotEmpty(t, hits)
	e := hits[0].Explain
	require.NotNil(t, e)
	assert.InDelta(t, hits[0].Score, e.Value, 1e-9)
	assert.Contains(t, e.Children[0].Children[0].Message, "typo of really")
	plain := x.Search(Query{Groups: x.Analyze("relly good call"), Kinds: KindQuote})
	assert.Nil(t, plain[0].Explain, "explanations only when asked")
}

func TestSearchParagraphContext(t *testing.T) {
	text := "Trump described Witkoff's approach as standard: \"He has got to sell Ukraine to Russia.\"\n"
	x := Build(smallCorpus(t, text, "He has got to sell Ukraine to Russia."))
	q := Query{Groups: x.Analyze("Witkoff approach"), Kinds: KindQuote}
	assert.Empty(t, x.Search(q), "the quotation itself does not say it")
	q.ParaWeight = 0.4
	hits := x.Search(q)
	require.Len(t, hits, 1)
	assert.Equal(t, []uint8{1, 1}, hits[0].Matched, "both words matched in the paragraph")
	assert.InDelta(t, 0.5, hits[0].Coverage, 1e-9)
}

func TestSearchEmpty(t *testing.T) {
	x := Build(&corpus.Corpus{})
	assert.Empty(t, x.Search(Query{Groups: x.Analyze("anything")}))
	assert.Empty(t, x.Search(Query{}))
}

func TestSearchLimitKeepsTheBest(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		// Sentence i repeats "call" i%7+1 times among other words.
		b.WriteString("The call")
		for j := 0; j < i%7; j++ {
			b.WriteString(" call")
		}
		b.WriteString(" went on.\n")
	}
	x := Build(smallCorpus(t, b.String()))
	all := x.Search(Query{Groups: x.Analyze("call"), Kinds: KindSentence})
	require.Len(t, all, 40)
	top := x.Search(Query{Groups: x.Analyze("call"), Kinds: KindSentence, Limit: 5})
	require.Len(t, top, 5)
	for i := range top {
		assert.Equal(t, all[i].Doc, top[i].Doc, "rank %d", i)
		assert.InDelta(t, all[i].Score, top[i].Score, 1e-12)
	}
}

// TestRankingPages checks that a ranking read a page at a time gives each
// page as a search with that limit does, whatever was read before.
func TestRankingPages(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		// Sentence i holds "ferry" i%5+1 times and "strike" every third.
		b.WriteString("The ferry")
		for j := 0; j < i%5; j++ {
			b.WriteString(" ferry")
		}
		if i%3 == 0 {
			b.WriteString(" strike")
		}
		b.WriteString(" sailed on.\n")
	}
	x := Build(smallCorpus(t, b.String()))
	q := Query{Groups: x.Analyze("ferry strike"), Kinds: KindSentence}
	r := x.Rank(q)
	defer r.Close()
	for _, n := range []int{5, 20, 3, 0, 40, 50} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			q.Limit = n
			want := x.Search(q)
			got := r.Hits(n)
			require.Len(t, got, len(want))
			for i := range want {
				assert.Equal(t, want[i].Doc, got[i].Doc, "rank %d", i)
				assert.Equal(t, want[i].Score, got[i].Score, "rank %d", i)
				assert.Equal(t, want[i].Matched, got[i].Matched, "rank %d", i)
			}
		})
	}
	r.Close()
	assert.Empty(t, r.Hits(5), "closed")
}

// Hits cut every hit's Matched and Quality from one array: each must
// still be the hit's own, an append to one leaving the next as it was.
func TestHitsOwnTheirMatches(t *testing.T) {
	x := Build(smallCorpus(t, "The tram strike ended.\nThe ferry strike ended.\nThe ferry sailed.\n"))
	tests := []struct {
		name  string
		query string
	}{
		{"two words", "ferry strike"},
		{"three words", "ferry strike ended"},
		{"one word", "ferry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := x.Search(Query{Groups: x.Analyze(tt.query), Kinds: KindSentence})
			require.GreaterOrEqual(t, len(hits), 2)
			ng := len(x.Analyze(tt.query))
			want := x.Search(Query{Groups: x.Analyze(tt.query), Kinds: KindSentence})
			for i := range hits {
				require.Len(t, hits[i].Matched, ng)
				require.Len(t, hits[i].Quality, ng)
				hits[i].Matched = append(hits[i].Matched, 9)
				hits[i].Quality = append(hits[i].Quality, 9)
			}
			for i := range hits {
				assert.Equal(t, want[i].Matched, hits[i].Matched[:ng], "hit %d", i)
				assert.Equal(t, want[i].Quality, hits[i].Quality[:ng], "hit %d", i)
			}
		})
	}
}

// A word in hundreds of documents is scored for the candidates only, its
// postings found by skipping from a kept offset: every document must still
// get its own count of the word, whatever its place in the list.
func TestSearchCommonWordCounts(t *testing.T) {
	const n = 600 // well over commonDocs, so "vote" is probed, not scanned
	var text strings.Builder
	word := func(i int) string { return "x" + string(rune('a'+i/26)) + string(rune('a'+i%26)) }
	for i := 0; i < n; i++ {
		text.WriteString(word(i) + strings.Repeat(" vote", 1+i%3) + ".\n")
	}
	x := Build(smallCorpus(t, text.String()))
	for _, i := range []int{0, 1, 15, 16, 17, 31, 254, 255, 256, 257, 599} {
		t.Run(word(i), func(t *testing.T) {
			q := Query{Groups: x.Analyze(word(i) + " vote"), Kinds: KindSentence, Limit: 1}
			hits := x.Search(q)
			require.NotEmpty(t, hits)
			assert.Equal(t, word(i)+strings.Repeat(" vote", 1+i%3)+".", x.Text(hits[0].Doc))
			q.Mode = Explain
			ex := x.Search(q)
			require.NotEmpty(t, ex)
			assert.InDelta(t, hits[0].Score, ex[0].Score, 1e-9, "explained as scored")
			var tfs []string
			var walk func(e *corpus.Explanation)
			walk = func(e *corpus.Explanation) {
				if at := strings.Index(e.Message, "tf="); at >= 0 {
					tfs = append(tfs, strings.Fields(e.Message[at:])[0])
				}
				for _, c := range e.Children {
					walk(c)
				}
			}
			walk(ex[0].Explain)
			assert.Contains(t, tfs, "tf="+string(rune('1'+i%3))+",", "the count of vote in its sentence")
		})
	}
}

// TestExpandWordOfTheLanguage: a word WordNet knows that the corpus does
// not use is no slip of a word one letter away, and brings none of that
// word's synonyms ("hired" is not "fired", nor "sacked").
func TestExpandWordOfTheLanguage(t *testing.T) {
	x := Build(smallCorpus(t, "The club sacked the coach on Monday.\n"))
	for _, tt := range []struct {
		word string
		want bool // finds "sack"
	}{
		{"hired", false},
		{"dismised", true}, // a slip of "dismissed", whose synonym it is
	} {
		g := x.Expand(tt.word)
		found := false
		for _, alt := range g.Alts {
			found = found || alt.Term == Stem("sacked")
		}
		assert.Equal(t, tt.want, found, tt.word)
	}
}
