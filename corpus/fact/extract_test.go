package fact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// article builds an article of paragraphs; a paragraph starting with "#"
// is boilerplate and one starting with "=" the title (the mark is not part
// of the text).
func article(id int, pub corpus.Date, paras ...string) *corpus.Article {
	a := &corpus.Article{ID: id, File: "a.txt", Published: pub}
	var b strings.Builder
	for _, p := range paras {
		kind := corpus.ParaBody
		switch {
		case strings.HasPrefix(p, "#"):
			kind, p = corpus.ParaBoilerplate, p[1:]
		case strings.HasPrefix(p, "="):
			kind, p = corpus.ParaTitle, p[1:]
		}
		start := b.Len()
		b.WriteString(p)
		a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(corpus.Span{Start: start, End: b.Len()}, kind))
		b.WriteString("\n\n")
	}
	a.Text = b.String()
	return a
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		facts []string // the fact sentences, in order
	}{
		{"a reported action by a named actor", []string{"Bloomberg published a transcript of the call. Read more about the call here."},
			[]string{"Bloomberg published a transcript of the call."}},
		{"a negated action", []string{"The White House did not dispute the veracity of the transcript."},
			[]string{"The White House did not dispute the veracity of the transcript."}},
		{"a name after a sentence opener", []string{"Thus, Russian envoy Kirill Dmitriev called the publication a fake."},
			[]string{"Thus, Russian envoy Kirill Dmitriev called the publication a fake."}},
		{"a value without a name", []string{"Prices rose 4 percent in a year. It was a long and tiring day."},
			[]string{"Prices rose 4 percent in a year."}},
		{"two words can be a fact", []string{"Vitter demanded."}, []string{"Vitter demanded."}},
		{"a curly apostrophe in the verb", []string{"Monday\u2019s trip to Hofstra wasn\u2019t Stein\u2019s first."},
			[]string{"Monday\u2019s trip to Hofstra wasn\u2019t Stein\u2019s first."}},
		{"headings and verbless lines are not facts", []string{"Details", "Context", "Russia and Ukraine"}, nil},
		{"nobody named and no value", []string{"It is what it is, and we know it."}, nil},
		{"boilerplate is skipped", []string{"#Bloomberg published 28 stories today.", "Bloomberg published a transcript."},
			[]string{"Bloomberg published a transcript."}},
		{"a title-case headline counts", []string{"=Harbour Council Approves Budget After Long Night"},
			[]string{"Harbour Council Approves Budget After Long Night"}},
		{"a title-case label does not", []string{"=Privacy Policy and Terms of Use"}, nil},
		{"datelines are not facts", []string{"Devdiscourse News Desk | Moscow | Updated: 26-11-2025 11:56 IST"}, nil},
		// A past of four letters is a verb as "walked" is: the sentence
		// gives the age and the count it holds.
		{"a short past tense", []string{"Tove Marlin, 64, a mother of three, died in the storm."},
			[]string{"Tove Marlin, 64, a mother of three, died in the storm."}},
		{"an axed post", []string{"Ferry operator Skarnes axed 40 posts."}, []string{"Ferry operator Skarnes axed 40 posts."}},
		{"a noun in -ed is no verb", []string{"The seed of 12 new ideas.", "Every need of the crew, all 14 of them."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(0, wed, tt.paras...)
			got := Extract([]*corpus.Article{a}, nil)
			c := &corpus.Corpus{Articles: []*corpus.Article{a}}
			var texts []string
			for _, f := range got {
				texts = append(texts, f.Text(c))
				assert.True(t, a.Paragraphs[f.Paragraph].Span().Contains(f.Span()), "paragraph %d", f.Paragraph)
				assert.Equal(t, int32(0), f.Article)
			}
			assert.Equal(t, tt.facts, texts)
		})
	}
}

func TestExtractValues(t *testing.T) {
	a := article(3, wed,
		"date 2025-11-26 The Kremlin reacted to the transcript.",
		"It is noted that during the conversation on October 14, which lasted just over five minutes, Witkoff told his counterpart that he respected Putin.",
	)
	got := Extract([]*corpus.Article{{ID: 0, File: "empty.txt"}, a}, nil)
	require.Len(t, got, 2)

	t.Run("a dateline date is no value", func(t *testing.T) {
		assert.Empty(t, got[0].Values())
		assert.Equal(t, int32(3), got[0].Article)
	})
	t.Run("the date and the duration of the call", func(t *testing.T) {
		require.Len(t, got[1].Values(), 2)
		assert.Equal(t, "2025-10-14", got[1].Values()[0].Norm)
		assert.Equal(t, "just over five minutes", got[1].Values()[1].Text)
		assert.Equal(t, "PT5M", got[1].Values()[1].Norm)
		for _, v := range got[1].Values() {
			assert.Equal(t, v.Text, a.Text[v.Span().Start:v.Span().End])
			assert.True(t, got[1].Span().Contains(v.Span()))
		}
	})
}

func TestExtractPeople(t *testing.T) {
	arts := []*corpus.Article{article(0, wed,
		"Trump envoy Steve Witkoff advised Yuri Ushakov on the Oct. 14 call.",
		"Later, Steve Witkoff met Yuri Ushakov in Moscow.",
	)}
	r := person.Build(arts)
	facts := Extract(arts, r)
	require.Len(t, facts, 2)
	n := len(r.People())
	for _, f := range facts {
		for _, id := range f.People() {
			assert.True(t, id >= 0 && int(id) < n, "person id %d of %d", id, n)
		}
	}
	// Whatever the resolver finds, the same people are found in both.
	assert.ElementsMatch(t, facts[0].People(), facts[1].People())
}

// TestNumberWordInAName: a number word that begins a person's name at the
// start of a sentence ("Ten Hag's") counts nothing; the same word
// before a plural noun does.
func TestNumberWordInAName(t *testing.T) {
	arts := []*corpus.Article{article(0, wed,
		"Rovers sacked their manager, Erik ten Hag, on Monday.",
		"Ten Hag's final game ended in a defeat.",
		"Ten players were booked in the game.",
	)}
	r := person.Build(arts)
	facts := Extract(arts, r)
	counts := map[string]string{}
	for _, f := range facts {
		for _, v := range f.Values() {
			if v.Kind == corpus.ValueNumber {
				counts[f.Text(&corpus.Corpus{Articles: arts})[:9]] = v.Norm
			}
		}
	}
	assert.NotContains(t, counts, "Ten Hag's")
	assert.Equal(t, "10", counts["Ten playe"])
}

func TestExtractStrangeInput(t *testing.T) {
	tests := []struct {
		name string
		a    *corpus.Article
	}{
		{"nil article", nil},
		{"span past the end", &corpus.Article{Text: "short", Paragraphs: []corpus.Paragraph{corpus.NewParagraph(corpus.Span{Start: 0, End: 99}, corpus.ParaBody)}}},
		{"reversed span", &corpus.Article{Text: "Trump said 5 things.", Paragraphs: []corpus.Paragraph{corpus.NewParagraph(corpus.Span{Start: 9, End: 2}, corpus.ParaBody)}}},
		{"invalid utf-8", &corpus.Article{Text: "Trump \xff\xfe said 5\xc3 things.", Paragraphs: []corpus.Paragraph{corpus.NewParagraph(corpus.Span{Start: 0, End: 23}, corpus.ParaBody)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NotPanics(t, func() { Extract([]*corpus.Article{tt.a}, nil) })
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Bloomberg published a transcript of the Oct. 14 call.\nIt lasted just over five minutes.",
		"Phone: +91-720-6444012, 14, 15\n© Copyright 2025",
		"\"He's got to sell Ukraine to Russia,\" Trump told reporters on Tuesday night.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := &corpus.Article{Text: s, Published: wed}
		for _, p := range segment.Paragraphs(s) {
			a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(p, corpus.ParaBody))
		}
		for _, fc := range Extract([]*corpus.Article{a}, nil) {
			if sp := fc.Span(); sp.Start < 0 || sp.Start > sp.End || sp.End > len(s) {
				t.Fatalf("fact span %v outside a text of %d bytes", sp, len(s))
			}
			for _, v := range fc.Values() {
				if !fc.Span().Contains(v.Span()) || v.Text != s[v.Span().Start:v.Span().End] {
					t.Fatalf("value %q at %v outside fact %v", v.Text, v.Span(), fc.Span())
				}
			}
		}
	})
}
