package bot

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares v, as indented JSON, with testdata/name.golden.json.
func golden(t *testing.T, name string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // keep "> " block quotes readable in review
	require.NoError(t, enc.Encode(v))
	got := buf.Bytes()
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./bot -update to create it")
	assert.Equal(t, string(want), string(got), "%s differs; if the change is right, run go test ./bot -update and read the diff", path)
}

// manySources is an answer reported by more outlets than one field holds.
func manySources() corpus.Answer {
	a := witkoffAnswer("really good call")
	a.Sources = nil
	for i := range 60 {
		a.Sources = append(a.Sources, corpus.Source{File: fmt.Sprintf("%03d_x.txt", i), Outlet: strp(fmt.Sprintf("Outlet number %d", i)),
			URL: fmt.Sprintf("https://news.example/%d", i), Published: corpus.Date{Year: 2025, Month: 10, Day: 1 + i%28},
			Wording: fmt.Sprintf("wording %d of a really good call, %s", i, strings.Repeat("more words ", 8))})
	}
	return a
}

func TestRenderGolden(t *testing.T) {
	hostile := witkoffAnswer("@everyone")
	hostile.Answer = "@everyone *Steve* Witkoff"
	hostile.Quote = "@here this is `code` and ||spoiler|| and <@123>\n> not a quote"
	hostile.Sources[0].URL = "javascript:alert(1)"
	hostile.Sources[1].Outlet = strp("[Fake](https://evil.example)")
	hostile.Alternatives = []corpus.Alternative{{Answer: "Yuri Ushakov", Quote: "we discussed the plan"}}

	fact := corpus.Answer{Found: true, Question: "When did Witkoff and Ushakov speak?", Kind: "when", Answer: "October 14, 2025",
		Quote: "The call took place on October 14.", File: "001_a.txt", QuoteN: -1, FactN: 2,
		Sources: witkoffAnswer("").Sources[:2]}

	tests := []struct {
		name  string
		embed *discordgo.MessageEmbed
	}{
		{"answer", AnswerEmbed(witkoffAnswer("really good call"))},
		{"answer_fact", AnswerEmbed(fact)},
		{"answer_hostile", AnswerEmbed(hostile)},
		{"answer_many_sources", AnswerEmbed(manySources())},
		{"not_found", AnswerEmbed(corpus.Answer{Question: "who won the 2030 election?", Suggestions: []string{"Steve Witkoff", "Yuri Ushakov"}})},
		{"not_found_no_suggestions", AnswerEmbed(corpus.Answer{Question: "zzz"})},
		{"quotes_page", QuotesEmbed(QuotesView{Typed: "witkof", Speaker: "Steve Witkoff", About: "peace", Quotes: witkoffQuotes(7), Page: 1,
			Sources: map[string]corpus.Source{
				"000_a.txt": {File: "000_a.txt", Outlet: strp("Meduza"), URL: "https://meduza.example/a", Published: corpus.Date{Year: 2025, Month: 10, Day: 30}},
			}})},
		{"sources", SourcesEmbed(witkoffAnswer("").Sources, 0, map[string]string{"002_b.txt": "Ferry *timetable* row"})},
		{"about", AboutEmbed(engine.Stats{Name: "embedded seeds", Articles: 5, Outlets: 4, Quotes: 40, Facts: 12, People: 9})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertFits(t, tc.embed)
			golden(t, "render_"+tc.name, tc.embed)
		})
	}
}

func TestRenderManySourcesIsCompact(t *testing.T) {
	e := AnswerEmbed(manySources())
	assertFits(t, e)
	text := allText(e)
	shown := 0
	for i := range 60 {
		if strings.Contains(text, fmt.Sprintf("[Outlet number %d](", i)) {
			shown++
		}
	}
	assert.Equal(t, MaxListed, shown, "five outlets, the rest behind All sources")
	assert.Contains(t, text, "and 55 more")
	assert.Contains(t, text, "Reported by 60 outlets")
	assert.NotContains(t, text, "wording 3", "other wordings are behind their button")
	assert.LessOrEqual(t, EmbedLen(e), 1200)
}

func TestRenderOneLinePerOutlet(t *testing.T) {
	a := witkoffAnswer("q")
	a.Quote = "We will reopen the quay,"
	a.Sources = append(a.Sources, corpus.Source{File: "004_d.txt", Outlet: strp("Meduza"), URL: "https://meduza.example/2",
		Published: corpus.Date{Year: 2025, Month: 10, Day: 31}})
	e := AnswerEmbed(a)
	require.Len(t, e.Fields, 1)
	assert.Equal(t, "Reported by 3 outlets", e.Fields[0].Name)
	assert.Equal(t, "• [Bloomberg](https://www.bloomberg.com/news/1), published October 29, 2025\n"+
		"• [Meduza](https://meduza.example/2), published October 30, 2025 and October 31, 2025 (2 articles)\n"+
		"• Unknown outlet\nCiting Bloomberg", e.Fields[0].Value)
	assert.Equal(t, "> We will reopen the quay", e.Description, "the comma before the closing mark is not the speaker's")
}

func TestCutSentence(t *testing.T) {
	long := "We met on the quay at dawn. The ferry was late again and nobody knew why, so we waited in the rain for hours while the harbour master phoned the mainland."
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"short stays whole", "We met.", 50, "We met."},
		{"cut after a sentence", long, 60, "We met on the quay at dawn. …"},
		{"no sentence end: a word cut", strings.Repeat("word ", 40), 30, "word word word word word…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := CutSentence(tc.in, tc.max)
			assert.Equal(t, tc.want, got)
			assert.LessOrEqual(t, Len(got), tc.max)
		})
	}
}

func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		n          int
		word, want string
	}{{1, "quotation", "1 quotation"}, {3, "outlet", "3 outlets"}, {0, "article", "0 articles"}, {2, "story", "2 stories"}} {
		t.Run(tc.want, func(t *testing.T) { assert.Equal(t, tc.want, plural(tc.n, tc.word)) })
	}
}

func TestRenderHostileText(t *testing.T) {
	a := witkoffAnswer("x")
	a.Quote = "@everyone **ping** [x](https://evil)"
	e := AnswerEmbed(a)
	assert.Contains(t, e.Description, `> @everyone \*\*ping\*\* \[x\](https://evil)`)
	assert.NotContains(t, allText(e), "javascript:")
}

// assertFits checks every Discord embed limit.
func assertFits(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	assert.LessOrEqual(t, Len(e.Title), MaxTitle, "title")
	assert.LessOrEqual(t, Len(e.Description), MaxDescription, "description")
	assert.LessOrEqual(t, len(e.Fields), MaxFields, "fields")
	for _, f := range e.Fields {
		assert.LessOrEqual(t, Len(f.Name), MaxFieldName, "field name")
		assert.LessOrEqual(t, Len(f.Value), MaxFieldValue, "field value")
		assert.NotEmpty(t, strings.TrimSpace(f.Name), "field name")
		assert.NotEmpty(t, strings.TrimSpace(f.Value), "field value")
	}
	if e.Footer != nil {
		assert.LessOrEqual(t, Len(e.Footer.Text), MaxFooter, "footer")
	}
	assert.LessOrEqual(t, EmbedLen(e), MaxEmbedTotal, "whole embed")
	for _, s := range []string{e.Title, e.Description} {
		assert.True(t, utf8.ValidString(s))
	}
}

// FuzzAnswerEmbed feeds random long, markdown-laden and @everyone text
// through every part of an answer: the embed always fits and never lets
// emphasis or a mask link through.
func FuzzAnswerEmbed(f *testing.F) {
	f.Add("Steve Witkoff", "a really good call", "Bloomberg", 3, 50)
	f.Add("@everyone", "**x** __y__ [a](b) <@1>", "||o||", 40, 900)
	f.Add(strings.Repeat("é", 300), strings.Repeat("😀 ", 3000), strings.Repeat("x", 500), 100, 2000)
	f.Fuzz(func(t *testing.T, answer, quote, outlet string, nsrc, rep int) {
		nsrc, rep = abs(nsrc)%120, abs(rep)%3000
		a := corpus.Answer{Found: nsrc%7 != 0, Question: quote, Answer: answer, Speaker: outlet, Quote: strings.Repeat(quote+" ", 1+rep/100),
			Suggestions: []string{answer, quote}}
		for i := range nsrc {
			o := strings.Repeat(outlet, 1+i%3)
			a.Sources = append(a.Sources, corpus.Source{File: fmt.Sprintf("%d_%s.txt", i, outlet), Outlet: &o, URL: "https://x.example/" + quote,
				Wording: strings.Repeat(quote, 1+i%5), Published: corpus.Date{Year: 2025, Month: 1, Day: 1 + i%28}})
		}
		e := AnswerEmbed(a)
		fits(t, e)
		raw, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(raw) {
			t.Fatal("invalid UTF-8 in the embed")
		}
	})
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// fits is assertFits for fuzzing: it stops at the first failure.
func fits(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	bad := Len(e.Title) > MaxTitle || Len(e.Description) > MaxDescription || len(e.Fields) > MaxFields || EmbedLen(e) > MaxEmbedTotal ||
		(e.Footer != nil && Len(e.Footer.Text) > MaxFooter)
	for _, f := range e.Fields {
		bad = bad || Len(f.Name) > MaxFieldName || Len(f.Value) > MaxFieldValue || strings.TrimSpace(f.Name) == "" || strings.TrimSpace(f.Value) == ""
	}
	if bad {
		t.Fatalf("embed over a limit: title %d, description %d, fields %d, total %d", Len(e.Title), Len(e.Description), len(e.Fields), EmbedLen(e))
	}
}
