package cluster

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/fact"
)

// People of the hand-built corpora.
const (
	witkoff = iota
	trump
	ushakov
	dmitriev
	rubio
	bacon
)

// hq is a quotation built by hand: the article it is in, its speaker
// (corpus.NoPerson when unknown) and its words.
type hq struct {
	art     int
	speaker int
	text    string
}

// background quotations give IDF weights something to measure against;
// they are the seeds' other quotations, each by its own speaker.
var background = []hq{
	{0, dmitriev, "The closer we get to peace, the more desperate the proponents of war become"},
	{0, rubio, "This story is just the latest example in a long series of completely fake news stories claiming a split in the Trump administration over how to end the war in Ukraine. These people are not just wrong, they are literally making things up"},
	{0, dmitriev, "Secretary Rubio on the fabrications of war instigators to attack US-led peace efforts. 100% fake news will be defeated. Truth and peace will prevail"},
	{1, ushakov, "The essence of these conversations is that they are confidential. I won't comment. No one should comment,"},
	{1, bacon, "He cannot be trusted to lead these negotiations"},
	{1, bacon, "should be fired,"},
	{2, ushakov, "Mr. Trump is a true man of peace."},
	{2, ushakov, "Good. Sounds good."},
	{3, dmitriev, "I think we'll just make this paper from our position, and I'll informally pass it along, making it clear that it's all informal."},
	{3, ushakov, "Well, that's exactly the point. They might not take it and say that it was agreed upon with us. That's what I'm afraid of,"},
	{3, dmitriev, "Yeah, it seems to me you can talk later with Steve about this paper. We will do everything neatly,"},
	{3, witkoff, "We put a 20-point Trump plan together that was 20 points for peace, and I'm thinking maybe we do the same thing with you,"},
	{2, witkoff, "Zelenskyy is coming to the White House on Friday. I will go there because they want me to be there, but I think that if possible, we will have a conversation with your boss before that Friday meeting."},
}

// quoteCorpus builds a corpus of the quotations, background first.
func quoteCorpus(qs []hq) (*corpus.Corpus, int) {
	c := &corpus.Corpus{}
	for i := 0; i < 5; i++ {
		c.Articles = append(c.Articles, &corpus.Article{ID: i, File: fmt.Sprintf("00%d.txt", i)})
	}
	for _, q := range append(append([]hq(nil), background...), qs...) {
		c.Quotes = append(c.Quotes, corpus.Quote{ID: int32(len(c.Quotes)), Article: int32(q.art), File: c.Articles[q.art].File, Text: q.text, SpeakerID: int32(q.speaker)})
	}
	return c, len(background)
}

func TestQuoteClusters(t *testing.T) {
	goodCall := []hq{
		{1, witkoff, "From that, it's going to be a really good call,"},
		{2, witkoff, "This would imply that it was a really good call. That's what I think would be great. Maybe he'll tell President Trump: you know, Steve and Yuri discussed a very similar 20-point peace plan, and that might be something that we think could move things forward a bit, we're open to such things."},
		{3, witkoff, "I would make the call and just reiterate that you congratulate the president on this achievement, that you supported it, that you respect that he is a man of peace, and you're just, you're really glad to have seen it happen. So I would say that. I think from that it's going to be a really good call,"},
	}
	sell := []hq{
		{0, trump, "He needs to \"sell\" it to Ukraine. He needs to \"sell\" Ukraine to Russia. That's how a dealmaker works. You have to say, \"Look, they want this.\" This is a standard form of negotiation. You have to convince them of this"},
		{1, trump, "He's got to sell this to Ukraine. He's got to sell Ukraine to Russia,"},
	}
	donetsk := []hq{
		{2, witkoff, "Donetsk and, perhaps, we will exchange territories somewhere. But I am saying that instead of such talks, let's talk with more hope, because I think we will reach an agreement. The President will give me a lot of freedom and authority to reach an agreement."},
		{3, witkoff, "Donetsk and maybe a land swap somewhere. But I'm saying instead of talking like that, let's talk more hopefully because I think we're going to get to a deal here. And I think the president will give me a lot of space and discretion to get to the deal."},
	}
	tests := []struct {
		name     string
		quotes   []hq
		together [][]int // groups of indexes into quotes that share a cluster
		apart    [][2]int
	}{
		{"translation and trimmed wordings of one quotation", goodCall, [][]int{{0, 1, 2}}, nil},
		{"scare quotes and a different verb", sell, [][]int{{0, 1}}, nil},
		{"paraphrased translation", donetsk, [][]int{{0, 1}}, nil},
		{"unknown speaker joins the known one", []hq{goodCall[0], {2, corpus.NoPerson, "This would imply that it was a really good call."}}, [][]int{{0, 1}}, nil},
		{"same words by different speakers stay apart", []hq{goodCall[0], {2, rubio, "From that, it's going to be a really good call"}}, nil, [][2]int{{0, 1}}},
		{"same speaker on different things stays apart", []hq{goodCall[0], donetsk[0], sell[1]}, nil, [][2]int{{0, 1}, {1, 2}, {0, 2}}},
		{"an unattributed quotation does not bridge two speakers", []hq{
			{1, witkoff, "it's going to be a really good call for everyone"},
			{2, corpus.NoPerson, "it's going to be a really good call for everyone"},
			{3, rubio, "it's going to be a really good call for everyone"},
		}, nil, [][2]int{{0, 2}}},
		{"one speaker on one topic twice in one article stays apart", []hq{
			{4, witkoff, "We will talk about the peace plan with Ukraine and Russia next week,"},
			{4, witkoff, "Ukraine wants peace, Russia wants the plan, and we will talk."},
		}, nil, [][2]int{{0, 1}}},
		{"a fragment repeated in its own article joins", []hq{
			{4, witkoff, "Nobody should walk away from the table before the deal is done,"},
			{4, witkoff, "walk away from the table"},
		}, [][]int{{0, 1}}, nil},
		{"sharing one word is not enough", []hq{goodCall[0], {4, witkoff, "Good call."}}, nil, [][2]int{{0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, off := quoteCorpus(tt.quotes)
			Build(c)
			checkInvariants(t, len(c.Quotes), c.QuoteClusters, func(i int) (int, int) { return int(c.Quotes[i].Cluster), int(c.Quotes[i].Article) })
			for _, g := range tt.together {
				for _, i := range g[1:] {
					assert.Equal(t, c.Quotes[off+g[0]].Cluster, c.Quotes[off+i].Cluster, "%q and %q", c.Quotes[off+g[0]].Text, c.Quotes[off+i].Text)
				}
			}
			for _, p := range tt.apart {
				assert.NotEqual(t, c.Quotes[off+p[0]].Cluster, c.Quotes[off+p[1]].Cluster, "%q and %q", c.Quotes[off+p[0]].Text, c.Quotes[off+p[1]].Text)
			}
			// The background quotations are all different.
			for i := 0; i < off; i++ {
				assert.Len(t, c.QuoteClusters[c.Quotes[i].Cluster].Members(), 1, "%q", c.Quotes[i].Text)
			}
		})
	}
}

// checkInvariants asserts what every clustering promises: each item in
// exactly one cluster, its Cluster field naming it, and Articles sorted,
// distinct and complete.
func checkInvariants(t *testing.T, n int, cls []corpus.Cluster, item func(i int) (cluster, article int)) {
	t.Helper()
	seen := make([]int, n)
	for k, cl := range cls {
		require.NotEmpty(t, cl.Members())
		arts := map[int]bool{}
		for _, m := range cl.Members() {
			seen[m]++
			got, a := item(int(m))
			assert.Equal(t, k, got, "item %d", m)
			arts[a] = true
		}
		assert.True(t, slices.IsSorted(cl.Articles()), "articles %v", cl.Articles())
		assert.Len(t, cl.Articles(), len(arts))
		for _, a := range cl.Articles() {
			assert.True(t, arts[int(a)], "article %d", a)
		}
	}
	for i, s := range seen {
		assert.Equal(t, 1, s, "item %d is in %d clusters", i, s)
	}
}

// factCorpus builds one article per paragraph, published on pub, and
// extracts its facts without a person resolver.
func factCorpus(t *testing.T, pub corpus.Date, paras ...string) *corpus.Corpus {
	t.Helper()
	c := &corpus.Corpus{}
	for i, p := range paras {
		a := &corpus.Article{ID: i, File: fmt.Sprintf("%03d.txt", i), Text: p, Published: pub}
		a.Paragraphs = []corpus.Paragraph{corpus.NewParagraph(corpus.Span{Start: 0, End: len(p)}, corpus.ParaBody)}
		c.Articles = append(c.Articles, a)
	}
	c.Facts = fact.Extract(c.Articles, nil)
	require.NotEmpty(t, c.Facts)
	return c
}

// factOf returns the fact whose text contains s.
func factOf(t *testing.T, c *corpus.Corpus, s string) corpus.Fact {
	t.Helper()
	for _, f := range c.Facts {
		if strings.Contains(f.Text(c), s) {
			return f
		}
	}
	require.Failf(t, "no fact", "no fact contains %q", s)
	return corpus.Fact{}
}

func TestFactClusters(t *testing.T) {
	pub := corpus.Date{Year: 2025, Month: 11, Day: 26}
	seeds := []string{
		"Trump envoy Steve Witkoff, according to a transcript of the Oct. 14 call published by the news service, advised Putin's foreign policy adviser Yuri Ushakov that Putin should call Trump.",
		"It is noted that during the conversation on October 14, which lasted just over five minutes, Witkoff told his Russian counterpart that he deeply respected Putin.",
		"American outlet Bloomberg published a transcript from the phone call between US envoy Steve Witkoff and Yuri Ushakov that was held on the 14th of October, the day after Trump spoke at the Knesset.",
		"According to Bloomberg News, the call, which took place on October 14, focused on the possibility of a ceasefire plan for Ukraine.",
		"In a separate phone call recorded October 29th and obtained by Bloomberg, Ushakov called Russian Special Envoy Kirill Dmitriev to discuss peace talks.",
		"On October 14, the parliament in Kyiv voted on the budget for the army.",
		"The ministry said 30 people were hurt. The ministry said 30 people were hurt in the blast.",
		"Dmitriev called the publication a fake on Tuesday. Rubio defended the envoy on Tuesday.",
	}
	c := factCorpus(t, pub, seeds...)
	Build(c)
	checkInvariants(t, len(c.Facts), c.FactClusters, func(i int) (int, int) { return int(c.Facts[i].Cluster), int(c.Facts[i].Article) })

	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"abbreviated and full date of one call", "Oct. 14 call", "conversation on October 14", true},
		{"day-first wording", "Oct. 14 call", "14th of October", true},
		{"another outlet", "Oct. 14 call", "took place on October 14", true},
		{"another call on another day", "Oct. 14 call", "October 29th", false},
		{"another event on the same day", "Oct. 14 call", "voted on the budget", false},
		{"an article repeating itself", "were hurt.", "were hurt in the blast", true},
		{"different events of one day in one article", "a fake on Tuesday", "defended the envoy", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := factOf(t, c, tt.a), factOf(t, c, tt.b)
			if tt.same {
				assert.Equal(t, a.Cluster, b.Cluster, "%q and %q", a.Text(c), b.Text(c))
			} else {
				assert.NotEqual(t, a.Cluster, b.Cluster, "%q and %q", a.Text(c), b.Text(c))
			}
		})
	}
	t.Run("the representative has the most values", func(t *testing.T) {
		cl := c.FactClusters[factOf(t, c, "Oct. 14 call").Cluster]
		assert.Equal(t, []int32{0, 1, 2, 3}, cl.Articles())
		assert.Contains(t, c.Facts[cl.Members()[0]].Text(c), "just over five minutes")
	})
}

func TestBuildEmpty(t *testing.T) {
	tests := []struct {
		name string
		c    *corpus.Corpus
	}{
		{"nil corpus", nil},
		{"no items", &corpus.Corpus{}},
		{"quotation without words", &corpus.Corpus{Articles: []*corpus.Article{{}}, Quotes: []corpus.Quote{{Text: ""}, {Text: "—"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NotPanics(t, func() { Build(tt.c) })
			if tt.c != nil {
				assert.Len(t, tt.c.QuoteClusters, len(tt.c.Quotes))
				assert.NotNil(t, tt.c.FactClusters)
			}
		})
	}
}

// FuzzBuild clusters quotations and facts of arbitrary text: no panic,
// and every item in exactly one cluster.
func FuzzBuild(f *testing.F) {
	f.Add("From that, it's going to be a really good call,", "This would imply that it was a really good call.", 0, 0)
	f.Add("Donetsk and maybe a land swap", "Donetsk and, perhaps, we will exchange territories", 1, -1)
	f.Add("", "\xff\xfe", -1, -1)
	f.Fuzz(func(t *testing.T, a, b string, sa, sb int) {
		c := &corpus.Corpus{}
		for i := 0; i < 3; i++ {
			c.Articles = append(c.Articles, &corpus.Article{ID: i})
		}
		for i, s := range []string{a, b, a + " " + b, b} {
			sp := []int{sa, sb}[i%2]
			if sp < 0 {
				sp = corpus.NoPerson
			}
			c.Quotes = append(c.Quotes, corpus.Quote{ID: int32(i), Article: int32(i % 3), Text: s, SpeakerID: int32(sp % 4)})
			// A fact's sentence is its article's text at its span.
			art := c.Articles[i%3]
			if art.Text != "" {
				art.Text += " "
			}
			f := corpus.Fact{Article: int32(i % 3)}
			f.SetSpan(corpus.Span{Start: len(art.Text), End: len(art.Text) + len(s)})
			art.Text += s
			f.SetPeople([]int32{int32(sp % 4)})
			f.SetValues([]corpus.Value{{Kind: corpus.ValueDate, Norm: "2025-10-1" + string(rune('0'+i%2))}})
			c.Facts = append(c.Facts, f)
		}
		Build(c)
		checkInvariants(t, len(c.Quotes), c.QuoteClusters, func(i int) (int, int) { return int(c.Quotes[i].Cluster), int(c.Quotes[i].Article) })
		checkInvariants(t, len(c.Facts), c.FactClusters, func(i int) (int, int) { return int(c.Facts[i].Cluster), int(c.Facts[i].Article) })
	})
}

// Candidate pairs are grouped by their first item, repeats dropped: the
// same pairs as sorting and compacting, each group in the order first met.
func TestGroupPairs(t *testing.T) {
	tests := []struct {
		name string
		n    int // items
		k    int // pairs drawn, repeats likely
	}{
		{"no pairs", 10, 0},
		{"a few pairs", 50, 100},
		{"many pairs of few items", 300, 20000},
		{"pairs in several blocks", 3000, 200000},
		{"one pair repeated", 2, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(tt.k)))
			var ps pairList
			var drawn [][2]int32
			for len(drawn) < tt.k {
				i, j := int32(r.IntN(tt.n)), int32(r.IntN(tt.n))
				if i != j {
					drawn = append(drawn, pair(i, j))
					ps.add(pair(i, j))
				}
			}
			// Each pair where it first comes, grouped by first item.
			want := append([][2]int32{}, drawn...)
			slices.SortStableFunc(want, func(a, b [2]int32) int { return int(a[0] - b[0]) })
			seen := map[[2]int32]bool{}
			want = slices.DeleteFunc(want, func(p [2]int32) bool {
				defer func() { seen[p] = true }()
				return seen[p]
			})

			g := groupPairs(&ps, tt.n)
			got := [][2]int32{}
			for i := 0; i < tt.n; i++ {
				for _, j := range g.second[g.start[i]:g.start[i+1]] {
					got = append(got, [2]int32{int32(i), j})
				}
			}

			assert.Len(t, got, len(seen), "every distinct pair once")
			assert.Equal(t, want, got, "grouped by first item, in the order met")
		})
	}
}

// Edges are sorted by a radix sort of their keys: the order must be the
// comparison's, strongest first, ties by items, whatever the scores.
func TestSortEdges(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		score func(r *rand.Rand) float64
		ids   int
	}{
		{"no edges", 0, (*rand.Rand).Float64, 10},
		{"a few", 20, (*rand.Rand).Float64, 10},
		{"many, scores repeated", 5000, func(r *rand.Rand) float64 { return float64(r.IntN(7)) / 4 }, 300},
		{"many, scores all kinds", 5000, func(r *rand.Rand) float64 { return r.Float64() * 3 }, 1 << 30},
		{"zeros of both signs", 100, func(r *rand.Rand) float64 { return []float64{0, math.Copysign(0, -1), 1}[r.IntN(3)] }, 50},
		{"a negative score", 100, func(r *rand.Rand) float64 { return r.Float64() - 0.1 }, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(2, uint64(tt.n)))
			seen := map[[2]int32]bool{}
			var es []edge
			for len(es) < tt.n {
				p := pair(int32(r.IntN(tt.ids)), int32(r.IntN(tt.ids)))
				if p[0] == p[1] || seen[p] {
					continue
				}
				seen[p] = true
				es = append(es, edge{p[0], p[1], tt.score(r)})
			}
			want := slices.Clone(es)
			slices.SortFunc(want, compareEdges)

			sortEdges(es)

			require.Len(t, es, len(want))
			for i := range want {
				assert.Equal(t, [2]int32{want[i].a, want[i].b}, [2]int32{es[i].a, es[i].b}, "edge %d", i)
				assert.True(t, want[i].score == es[i].score, "edge %d: score %v, want %v", i, es[i].score, want[i].score)
			}
		})
	}
}
