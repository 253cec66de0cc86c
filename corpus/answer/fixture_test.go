package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/segment"
)

// fixture builds a small corpus by hand, as the extraction stages would
// leave it, so answering is tested without them.
type fixture struct {
	t testing.TB
	c *corpus.Corpus
	// qc and fc group quotation and fact ids into clusters.
	qc, fc [][]int
}

func newFixture(t testing.TB) *fixture { return &fixture{t: t, c: &corpus.Corpus{}} }

func (f *fixture) article(file, outlet, published, text string) int {
	a := &corpus.Article{ID: len(f.c.Articles), File: file, Text: text, Outlet: outlet}
	if published != "" {
		d, err := corpus.ParseDate(published)
		require.NoError(f.t, err)
		a.Published = d
	}
	for _, p := range segment.Paragraphs(text) {
		a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(p, corpus.ParaBody))
	}
	f.c.Articles = append(f.c.Articles, a)
	return a.ID
}

func (f *fixture) person(name string, aliases []string, roles ...string) int {
	p := &corpus.Person{ID: len(f.c.People), Name: name, Aliases: aliases, Roles: roles}
	f.c.People = append(f.c.People, p)
	return p.ID
}

func (f *fixture) span(art int, text string) corpus.Span {
	i := strings.Index(f.c.Articles[art].Text, text)
	require.GreaterOrEqual(f.t, i, 0, "%q not in article %d", text, art)
	return corpus.Span{Start: i, End: i + len(text)}
}

func (f *fixture) para(art int, s corpus.Span) int {
	for i, p := range f.c.Articles[art].Paragraphs {
		if p.Span().Contains(s) {
			return i
		}
	}
	return -1
}

func (f *fixture) quote(art int, text string, speaker int) int {
	s := f.span(art, text)
	q := corpus.Quote{ID: int32(len(f.c.Quotes)), Article: int32(art), File: f.c.Articles[art].File, Text: text,
		Paragraph: int32(f.para(art, s)), SpeakerID: int32(speaker), Cluster: -1}.WithSpan(s)
	if p := f.c.Person(speaker); p != nil {
		q.Speaker = p.Name
	}
	f.c.Quotes = append(f.c.Quotes, q)
	return int(q.ID)
}

// fact records the sentence text of article art; values are given as
// written text → (kind, norm).
func (f *fixture) fact(art int, text string, people []int, values ...corpus.Value) int {
	s := f.span(art, text)
	for i := range values {
		vs := f.span(art, values[i].Text)
		require.True(f.t, s.Contains(vs), "value %q outside its fact", values[i].Text)
		values[i].SetSpan(vs)
	}
	fc := corpus.Fact{Article: int32(art), Paragraph: int32(f.para(art, s)), Cluster: -1}
	fc.SetSpan(s)
	fc.SetValues(values)
	ids := make([]int32, len(people))
	for i, id := range people {
		ids[i] = int32(id)
	}
	fc.SetPeople(ids)
	f.c.Facts = append(f.c.Facts, fc)
	return len(f.c.Facts) - 1
}

func (f *fixture) sameQuote(ids ...int) { f.qc = append(f.qc, ids) }
func (f *fixture) sameFact(ids ...int)  { f.fc = append(f.fc, ids) }

func clusters(n int, groups [][]int, article func(int) int, set func(int, int)) []corpus.Cluster {
	var out []corpus.Cluster
	done := make([]bool, n)
	add := func(ids []int) {
		var cl corpus.Cluster
		seen := map[int]bool{}
		var members, arts []int32
		for _, id := range ids {
			members = append(members, int32(id))
			done[id] = true
			set(id, len(out))
			if a := article(id); !seen[a] {
				seen[a] = true
				arts = append(arts, int32(a))
			}
		}
		cl.SetLists(append(members, arts...), len(arts))
		out = append(out, cl)
	}
	for _, g := range groups {
		add(g)
	}
	for i := 0; i < n; i++ {
		if !done[i] {
			add([]int{i})
		}
	}
	return out
}

func (f *fixture) build() *Answerer {
	c := f.c
	c.QuoteClusters = clusters(len(c.Quotes), f.qc, func(i int) int { return int(c.Quotes[i].Article) }, func(i, cl int) { c.Quotes[i].Cluster = int32(cl) })
	c.FactClusters = clusters(len(c.Facts), f.fc, func(i int) int { return int(c.Facts[i].Article) }, func(i, cl int) { c.Facts[i].Cluster = int32(cl) })
	return New(c, index.Build(c), nil)
}

func date(text, norm string) corpus.Value {
	return corpus.Value{Kind: corpus.ValueDate, Text: text, Norm: norm}
}
func rel(text string) corpus.Value {
	return corpus.Value{Kind: corpus.ValueRelative, Text: text, Norm: text}
}
func num(text, norm string) corpus.Value {
	return corpus.Value{Kind: corpus.ValueNumber, Text: text, Norm: norm}
}
func dur(text, norm string) corpus.Value {
	return corpus.Value{Kind: corpus.ValueDuration, Text: text, Norm: norm}
}

// story is a small corpus about a leaked phone call, written for these
// tests in the manner of the seed articles: three outlets, the same
// quotations in different wordings, dates written three ways.
func story(t testing.TB) (*fixture, *Answerer) {
	f := newFixture(t)
	wit := f.person("Steve Witkoff", []string{"Witkoff"}, "US envoy")
	ush := f.person("Yuri Ushakov", []string{"Ushakov", "Ushkov"}, "Putin's aide")
	bac := f.person("Don Bacon", []string{"Bacon"}, "a Nebraska Republican")
	tru := f.person("Donald Trump", []string{"Trump"}, "US President")
	dmi := f.person("Kirill Dmitriev", []string{"Dmitriev"}, "Russian envoy")
	bloom := f.person("Bloomberg", nil)
	f.c.People[bloom].Kind = corpus.KindOrg

	a := f.article("a.txt", "Daily Wire Service", "2025-11-26",
		"The envoy Steve Witkoff spoke by phone with Yuri Ushakov on Oct. 14, according to a transcript published by Bloomberg.\n"+
			"\"I think from that it is going to be a really good call,\" Witkoff said.\n"+
			"The White House did not dispute the veracity of the transcript, and Trump called the approach standard.\n"+
			"\"He has got to sell Ukraine to Russia,\" Trump said of Witkoff's approach.\n"+
			"Don Bacon, a Nebraska Republican, said Witkoff \"should be fired\".\n"+
			"\"These conversations are confidential,\" Ushakov said.\n")
	b := f.article("b.txt", "Kyiv Wire", "2025-11-26",
		"During the conversation on October 14, which lasted just over five minutes, Witkoff advised Ushakov.\n"+
			"\"It was a really good call,\" said the American envoy Witkoff.\n"+
			"The plan grew into the 28-point peace proposal that emerged earlier this month.\n"+
			"Russian envoy Kirill Dmitriev called the publication a fake.\n")
	c := f.article("c.txt", "", "2025-11-27",
		"American outlet Bloomberg published a transcript of the call held on the 14th of October.\n"+
			"In a separate call recorded October 29, Ushakov talked with Kirill Dmitriev about the paper.\n"+
			"Ushakov said Witkoff has agreed to visit Moscow next week.\n"+
			"\"He needs to sell Ukraine to Russia. That is how a dealmaker works,\" said Trump.\n")

	q1 := f.quote(a, "I think from that it is going to be a really good call", wit)
	q2 := f.quote(b, "It was a really good call", wit)
	f.sameQuote(q1, q2)
	q3 := f.quote(a, "He has got to sell Ukraine to Russia", tru)
	q4 := f.quote(c, "He needs to sell Ukraine to Russia. That is how a dealmaker works", tru)
	f.sameQuote(q3, q4)
	f.quote(a, "should be fired", bac)
	f.quote(a, "These conversations are confidential", ush)

	f1 := f.fact(a, "The envoy Steve Witkoff spoke by phone with Yuri Ushakov on Oct. 14, according to a transcript published by Bloomberg.", []int{wit, ush, bloom}, date("Oct. 14", "2025-10-14"))
	f2 := f.fact(b, "During the conversation on October 14, which lasted just over five minutes, Witkoff advised Ushakov.", []int{wit, ush},
		date("October 14", "2025-10-14"), dur("just over five minutes", "PT5M"))
	f3 := f.fact(c, "American outlet Bloomberg published a transcript of the call held on the 14th of October.", []int{bloom}, date("14th of October", "2025-10-14"))
	f.sameFact(f1, f2)
	_ = f3
	f.fact(a, "The White House did not dispute the veracity of the transcript, and Trump called the approach standard.", []int{tru})
	f.fact(b, "The plan grew into the 28-point peace proposal that emerged earlier this month.", nil, num("28", "28"), rel("earlier this month"))
	f.fact(b, "Russian envoy Kirill Dmitriev called the publication a fake.", []int{dmi})
	f.fact(c, "In a separate call recorded October 29, Ushakov talked with Kirill Dmitriev about the paper.", []int{ush, dmi}, date("October 29", "2025-10-29"))
	f.fact(c, "Ushakov said Witkoff has agreed to visit Moscow next week.", []int{ush, wit}, rel("next week"))
	return f, f.build()
}

// answerCase is a question and the answer line it must get.
type answerCase struct{ name, q, want string }

// assertAnswers asks a each case's question and checks that it is found
// with the answer line wanted.
func assertAnswers(t *testing.T, a *Answerer, tests []answerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, got.Suggestions)
			assert.Equal(t, tt.want, got.Answer)
		})
	}
}
