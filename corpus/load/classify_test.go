package load

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"factdesk/corpus"
	"factdesk/internal/goldmatch"
	"factdesk/seeds"
)

// para is a paragraph as a test expects it: its kind, the start of its
// text, and for boilerplate the reason.
type para struct {
	kind   corpus.ParaKind
	prefix string
	why    string
}

func paras(a *corpus.Article) []para {
	out := make([]para, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		out[i] = para{p.Kind, p.Span().Of(a.Text), p.Why()}
	}
	return out
}

// kept returns the text of the title and body paragraphs.
func kept(a *corpus.Article) []string {
	var out []string
	for _, p := range a.Body() {
		out = append(out, p.Span().Of(a.Text))
	}
	return out
}

func parseFile(t *testing.T, name string) *corpus.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return Parse(name, string(b))
}

func seedArticle(t *testing.T, prefix string) *corpus.Article {
	t.Helper()
	c, err := Load(seeds.FS, "embedded seeds", Options{})
	require.NoError(t, err)
	for _, a := range c.Articles {
		if strings.HasPrefix(a.File, prefix) {
			return a
		}
	}
	t.Fatalf("no seed %s", prefix)
	return nil
}

func TestScrapedPageKeepsOnlyTheArticle(t *testing.T) {
	tests := []struct {
		name  string
		a     func(t *testing.T) *corpus.Article
		title string
		kept  []string // prefixes of the kept body paragraphs, in order
	}{
		{"seed 004", func(t *testing.T) *corpus.Article { return seedArticle(t, "004") },
			"Leaked Call Sparks Controversy Over US-Russia Ukraine Peace Talks",
			[]string{
				"A leaked phone conversation between US and Russian officials", // the standfirst
				"A leaked telephone conversation between senior Kremlin",
				"According to Bloomberg News, the call",
				"Yuri Ushakov suggested during an interview",
			}},
		{"a page of short paragraphs", func(t *testing.T) *corpus.Article { return parseFile(t, "shortpage.txt") },
			"Harbour talks to resume next week, minister says",
			[]string{
				"The foreign minister said on Tuesday",
				`"We are ready to talk," he told reporters`,
				"The neighbouring government did not immediately respond",
			}},
		{"a synthetic page", func(t *testing.T) *corpus.Article { return parseFile(t, "scraped.txt") },
			"City Council Approves New Harbour Bridge After Long Debate",
			[]string{
				"The council voted to build a new bridge", // the standfirst
				"The council of Port Elling voted 31 to 12",
				`"This is the most important decision`,
				"Opponents had argued for a tunnel",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a(t)
			assert.Equal(t, tt.title, a.Title.Of(a.Text))
			got := kept(a)
			require.Len(t, got, len(tt.kept)+1, "title and article paragraphs only: %q", got)
			assert.Equal(t, tt.title, got[0])
			for i, want := range tt.kept {
				assert.True(t, strings.HasPrefix(got[i+1], want), "kept %d: %q, want %q…", i+1, got[i+1], want)
			}
		})
	}
}

func TestBoilerplateSaysWhy(t *testing.T) {
	a := seedArticle(t, "004")
	why := map[string]string{}
	for _, p := range paras(a) {
		if p.kind == corpus.ParaBoilerplate {
			assert.NotEmpty(t, p.why, "dropped without a reason: %q", p.prefix)
			if _, seen := why[p.prefix]; !seen {
				why[p.prefix] = p.why // the first copy; later ones repeat it
			}
		}
	}
	tests := []struct{ text, why string }{
		{"Left Menu", "short heading, no sentence"},
		{"Devdiscourse News Desk | Moscow | Updated: 26-11-2025 11:56 IST | Created: 26-11-2025 11:56 IST", "fields separated by pipes (a menu or dateline)"},
		{"This image is AI-generated and does not depict any real-life event or location. It is a fictional representation created for illustrative purposes only.", "between boilerplate paragraphs"},
		{"• Country:", "short list item"},
		{"TRENDING", "short heading, no sentence"},
		{"1", "mostly digits"},
		{"Hungary Pledges Support for Serbia Amid Oil Crisis", "headline, no sentence"},
		{"Email: info@devdiscourse.com", "mostly links or e-mail addresses"},
		{"VisionRI | Disclaimer | Terms of use | Privacy Policy", "fields separated by pipes (a menu or dateline)"},
		{"© Copyright 2025", "copyright line"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.why, why[tt.text])
		})
	}
	var repeat []string
	for _, p := range paras(a) {
		if p.prefix == a.Title.Of(a.Text) {
			repeat = append(repeat, p.why)
		}
	}
	assert.Equal(t, []string{"", "repeats the title"}, repeat, "the headline repeated under the dateline is dropped")
}

func TestPlainArticlesLoseNothing(t *testing.T) {
	// Seeds 000–003 are articles without page chrome: every paragraph is
	// kept except the section heads "Details" and "Context".
	for _, prefix := range []string{"000", "001", "002", "003"} {
		t.Run(prefix, func(t *testing.T) {
			a := seedArticle(t, prefix)
			assert.True(t, a.Title.IsZero(), "the seeds open with their lead, not a title")
			var dropped []string
			for _, p := range paras(a) {
				if p.kind != corpus.ParaBody {
					dropped = append(dropped, p.prefix)
				}
			}
			if prefix == "000" {
				assert.Equal(t, []string{"Details", "Context"}, dropped)
			} else {
				assert.Empty(t, dropped)
			}
			assert.False(t, strings.Contains(a.Paragraphs[0].Span().Of(a.Text), "date 2025"), "the date marker is not in the lead")
		})
	}
	a := seedArticle(t, "000")
	assert.Contains(t, kept(a), "Much depends on America, because it is American power that Russia respects most - Zelenskyy",
		"a dash-attributed headline quotation stays for the extractor")
}

// TestGoldQuotationsAreKept checks the seeds' gold quotations all lie in
// kept paragraphs. The gold file lives in the development data
// (sharedDir); from a bare clone the test is skipped and says so.
func TestGoldQuotationsAreKept(t *testing.T) {
	gold := filepath.Join(goldmatch.SharedDir(), "eval", "seeds-quotes.yaml")
	b, err := os.ReadFile(gold)
	if err != nil {
		t.Skipf("skipped: the gold quotations are not at %s (set FACTDESK_SHARED to the shared folder to run it): %v", gold, err)
	}
	var golds []struct{ File, Key string }
	require.NoError(t, yaml.Unmarshal(b, &golds))
	require.NotEmpty(t, golds)
	c, err := Load(seeds.FS, "embedded seeds", Options{})
	require.NoError(t, err)
	byFile := map[string]*corpus.Article{}
	for _, a := range c.Articles {
		byFile[a.File] = a
	}
	for _, g := range golds {
		a := byFile[g.File]
		require.NotNil(t, a, g.File)
		found := false
		for _, p := range kept(a) {
			if strings.Contains(normQuote(p), normQuote(g.Key)) {
				found = true
			}
		}
		assert.True(t, found, "%s: %q is not in a kept paragraph", g.File, g.Key)
	}
}

// normQuote compares as the scorer does: lower case, straight quotes,
// hyphens for dashes, single spaces.
func normQuote(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u2013", "-", "\u2014", "-").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, text, title string
	}{
		{"a headline with a period, then prose", "Governor Signs Bill, Calls It 'Overdue.'\n\n" + goodArticle, "Governor Signs Bill, Calls It 'Overdue.'"},
		{"a sentence-case headline", "Phone video is first public look at the crash.\n\n" + goodArticle, "Phone video is first public look at the crash."},
		{"a headline in two lines", "Derelict council and mayor;\nBudget goes unpaid for a third month.\n\n" + goodArticle, "Derelict council and mayor;"},
		{"a lead, no title", goodArticle, ""},
		{"menus before the headline", "Left Menu\nHome | News | Sport\nBridge Plan Approved After Long Debate\n\n" + goodArticle, "Bridge Plan Approved After Long Debate"},
		{"a section head is too short", "Details\n\n" + goodArticle, ""},
		{"a byline is no title", "By Ana Brandt\n\n" + goodArticle, ""},
		{"a three-word headline", "Bridge Reopens Today\n\n" + goodArticle, "Bridge Reopens Today"},
		{"a live blog without long prose", "The Latest: Storm reaches the coast.\n\n___\n\n6:05 p.m.\n\nThe utility says 40,000 homes are without power.\n", "The Latest: Storm reaches the coast."},
		{"one short line alone", "Just one line here.\n", ""},
		{"speech of two sentences set first is no headline",
			"\u201cThe river rose in an hour. We had no warning at all.\"\n\n" + goodArticle, ""},
		{"a headline quoting one sentence is",
			"\"We had no warning at all.\"\n\n" + goodArticle, "\"We had no warning at all.\""},
		{"share buttons before the headline are no headline",
			"Facebook Instagram X-twitter Youtube\n\u2022 Home\n\u2022 News\nBridge Plan Approved After Long Debate\n\n" + goodArticle,
			"Bridge Plan Approved After Long Debate"},
		{"a Markdown heading", "# Bridge Plan Approved After Long Debate\n\n" + goodArticle, "Bridge Plan Approved After Long Debate"},
		{"a long headline quoting someone, without a period",
			"\"We rowed for every family on the quay\": Vell spoke after the harbour crew beat the northern crew in the final of the 2026 regional rowing cup\n\n" + goodArticle,
			"\"We rowed for every family on the quay\": Vell spoke after the harbour crew beat the northern crew in the final of the 2026 regional rowing cup"},
		{"a lead as long, with its period, is no headline",
			"The harbour crew beat the northern crew in the final of the 2026 regional rowing cup on Sunday, and the coach said the town had waited years.\n\n" + goodArticle, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("a.txt", tt.text)
			assert.Equal(t, tt.title, a.Title.Of(a.Text))
			var titles []string
			for _, p := range a.Paragraphs {
				if p.Kind == corpus.ParaTitle {
					titles = append(titles, p.Span().Of(a.Text))
				}
			}
			if tt.title == "" {
				assert.Empty(t, titles)
			} else {
				assert.Equal(t, tt.title, titles[0], "the headline is the first title line")
				assert.LessOrEqual(t, len(titles), 2, "a headline and at most its deck")
			}
		})
	}
}

// A headline that ends with a semicolon goes on in the next line, its
// deck: that line is the headline's too, not the body's, so neither its
// first word ("Spurns") becomes a speaker nor its quoted words a
// quotation.
func TestDeck(t *testing.T) {
	tests := []struct {
		name, text string
		titles     []string
	}{
		{"a deck after a semicolon",
			"Mayor rebuffs councillor on bridge plan;\nSpurns offer, calls it 'a fantasy.'\n\n" + goodArticle,
			[]string{"Mayor rebuffs councillor on bridge plan;", "Spurns offer, calls it 'a fantasy.'"}},
		{"no semicolon, no deck",
			"Mayor rebuffs councillor on bridge plan\nSpurns offer, calls it 'a fantasy.'\n\n" + goodArticle,
			[]string{"Mayor rebuffs councillor on bridge plan"}},
		{"a long line after a semicolon is the lead",
			"Mayor rebuffs councillor on bridge plan;\n" + strings.Repeat("The council met on Monday and argued about the bridge again. ", 4) + "\n\n" + goodArticle,
			[]string{"Mayor rebuffs councillor on bridge plan;"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("a.txt", tt.text)
			var titles []string
			for _, p := range a.Paragraphs {
				if p.Kind == corpus.ParaTitle {
					titles = append(titles, p.Span().Of(a.Text))
				}
			}
			assert.Equal(t, tt.titles, titles)
			assert.Equal(t, tt.titles[0], a.Title.Of(a.Text))
		})
	}
}

func TestFixtures(t *testing.T) {
	tests := []struct {
		file    string
		title   string
		dropped []para // every dropped paragraph, in order
	}{
		{"headline.txt", "Governor Signs School Meals Bill Into Law, Calls It 'Overdue.'", nil}, // "Its sponsor said:" keeps its list
		{"liveblog.txt", "The Latest: Storm reaches the coast, thousands without power.", []para{
			{corpus.ParaBoilerplate, "___", "no words"},
			{corpus.ParaBoilerplate, "6:05 p.m.", "mostly digits"},
			{corpus.ParaBoilerplate, "___", "repeats line 5"},
			{corpus.ParaBoilerplate, "5:40 p.m.", "mostly digits"},
			{corpus.ParaBoilerplate, "___", "repeats line 5"},
			{corpus.ParaBoilerplate, "4:15 p.m.", "mostly digits"},
		}},
		{"sections.txt", "", []para{
			{corpus.ParaBoilerplate, "Details", "short heading, no sentence"},
			{corpus.ParaBoilerplate, "Context", "short heading, no sentence"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := parseFile(t, tt.file)
			assert.Equal(t, tt.title, a.Title.Of(a.Text))
			var dropped []para
			for _, p := range paras(a) {
				if p.kind == corpus.ParaBoilerplate {
					dropped = append(dropped, p)
				}
			}
			assert.Equal(t, tt.dropped, dropped)
		})
	}
}

func TestShortParagraphsBetweenMenus(t *testing.T) {
	// No paragraph is long enough to anchor the article, and a menu and a
	// footer surround it: what reads as sentences is kept all the same.
	text := "Home | World | Sport\n\nThe mayor said the bridge would open in June, two years late.\n\nWork on the north side is done, and the south side should follow in May.\n\nPrivacy | Terms | Contact\n"
	a := Parse("a.txt", text)
	assert.Equal(t, []string{
		"The mayor said the bridge would open in June, two years late.",
		"Work on the north side is done, and the south side should follow in May.",
	}, kept(a))
}

func TestLinksInProse(t *testing.T) {
	text := "The full ruling, published at https://courts.example.org/rulings/2024/0117-harbour-bridge-final.pdf, runs to 240 pages and was signed by all five judges.\n\nhttps://example.org/share?id=12345 | https://example.org/print\n\n" + goodArticle
	a := Parse("a.txt", text)
	got := paras(a)
	assert.Equal(t, corpus.ParaBody, got[0].kind, "a sentence with a link is prose")
	assert.Equal(t, corpus.ParaBoilerplate, got[1].kind, "a line of links is not")
}

func TestAnnouncedLists(t *testing.T) {
	text := goodArticle + "\nThe plan has three parts:\n• A ceasefire on the front line\n• An exchange of prisoners\n• Talks on the border\n\n" + goodArticle
	a := Parse("a.txt", text)
	for _, item := range []string{"• A ceasefire on the front line", "• An exchange of prisoners", "• Talks on the border"} {
		assert.Contains(t, kept(a), item, "items of a list the text announces are the article's")
	}
	b := Parse("b.txt", goodArticle+"\n• Country:\n• Russia\n\n"+goodArticle)
	assert.NotContains(t, kept(b), "• Russia", "a bullet list nobody announced is page metadata")
}

func TestNothingLooksLikeProse(t *testing.T) {
	// Three short lines and no neighbours to judge them by: keep them
	// rather than lose the article.
	a := Parse("a.txt", "Short note one.\nAnother short note.\nA third one here.\n")
	assert.Len(t, a.Body(), 3)
}

func TestContainsLowered(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"© 2025 The Daily Planet. All Rights Reserved.", true},
		{"ALL RIGHTS RESERVED", true},
		{"all rights reserved", true},
		{"All rights are reserved", false},
		{"all rİghts reserved", true},
		{"İ", false},
		{"all ſights reserved", false},
		{"all rights reserve", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			assert.Equal(t, tt.want, containsLowered(tt.s, "all rights reserved"))
			assert.Equal(t, strings.Contains(strings.ToLower(tt.s), "all rights reserved"), containsLowered(tt.s, "all rights reserved"))
		})
	}
}

func FuzzContainsLowered(f *testing.F) {
	f.Add("All Rights Reserved")
	f.Add("aLL RiGHTS reservED.")
	f.Add("all rİghts reserved")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := containsLowered(s, "all rights reserved"), strings.Contains(strings.ToLower(s), "all rights reserved"); got != want {
			t.Fatalf("%q: %v, want %v", s, got, want)
		}
	})
}

// FuzzMeasureMarks holds the marks measure notes on its way through a
// paragraph to the searches they replace.
func FuzzMeasureMarks(f *testing.F) {
	for _, s := range []string{"see https://example.org/a", "www.example.org", "mail a@b.org.", "awww. no", "x:/ y", "ALL RIGHTS RESERVED", "© 2025 All rights reserved.", "Copyright 2024 Planet", "at 1www.x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := measure(s)
		want := 0
		if strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.IndexByte(s, '@') >= 0 {
			want = linkBytes(s)
		}
		if m.linkBytes != want {
			t.Fatalf("%q: linkBytes %d, want %d", s, m.linkBytes, want)
		}
		if m.words <= maxCopyrightWords {
			want := strings.ContainsRune(s, '©') || len(s) >= 9 && strings.EqualFold(s[:9], "copyright") ||
				strings.Contains(s, "ights") && strings.Contains(strings.ToLower(s), "all rights reserved")
			if m.copyright != want {
				t.Fatalf("%q: copyright %v, want %v", s, m.copyright, want)
			}
		}
	})
}

func TestFirstSeen(t *testing.T) {
	for _, n := range []int{3, firstSeenList + 1} {
		t.Run(fmt.Sprintf("%d paragraphs", n), func(t *testing.T) {
			f := newFirstSeen(n)
			_, ok := f.find("Trending")
			assert.False(t, ok)
			f.add("Trending", 0)
			f.add("Read more", 2)
			j, ok := f.find("Trending")
			assert.True(t, ok)
			assert.Equal(t, 0, j)
			j, ok = f.find("Read more")
			assert.True(t, ok)
			assert.Equal(t, 2, j)
			_, ok = f.find("Read")
			assert.False(t, ok)
		})
	}
}

func TestDashLineAttribution(t *testing.T) {
	speech := "We played with our hearts today, and the young players showed everyone what they can do on a cold night away from home.\n\n"
	tests := []struct {
		name, line string
		kept       bool
	}{
		{"a dash and a reporting clause after speech", "- added the head coach", true},
		{"with a full stop", "- Weber emphasized.", true},
		{"an en dash", "\u2013 said the captain", true},
		{"a short line without a dash stays a section head", "Old hands", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("a.txt", goodArticle+"\n"+speech+tt.line+"\n\n"+goodArticle)
			if tt.kept {
				assert.Contains(t, kept(a), tt.line)
			} else {
				assert.NotContains(t, kept(a), tt.line)
			}
		})
	}
}

func TestDashLineShape(t *testing.T) {
	assert.True(t, dashLine("- added the head coach"))
	assert.True(t, dashLine("\u2014 said Weber."))
	assert.False(t, dashLine("\u2013 Old hands \u2013."), "a head set between dashes")
	assert.False(t, dashLine("-5 degrees"), "no space after the dash")
	assert.False(t, dashLine("Old hands"))
}

func FuzzDashLine(f *testing.F) {
	for _, s := range []string{"- added the head coach", "\u2013 Old hands \u2013.", "-", "\u2014 ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if dashLine(s) {
			assert.True(t, strings.HasPrefix(strings.TrimSpace(s), "-") || strings.HasPrefix(strings.TrimSpace(s), "\u2013") || strings.HasPrefix(strings.TrimSpace(s), "\u2014"))
		}
	})
}

func TestFindTitleBeforeTheLead(t *testing.T) {
	// A heading, a lead too long for a headline, then a short sentence
	// that would pass for one: the headline is the heading, because a
	// headline comes before the lead, never after it.
	lines := []string{
		"Harbour mayor resigns",
		"Harbour Mayor Tom Fuller resigned Friday after auditors found North Quay, Riverside Park, Ferry Terminal and Old Harbour Market overpayments totalling 3.2 million euros across 2023 and 2024, Deputy Mayor Ines Varga confirmed.",
		"Auditor Ines Varga said Fuller had \u201cacted in good faith\u201d throughout the review.",
		strings.Repeat("The ruling ends a dispute that began last year, when the law was passed. ", 4),
	}
	text := strings.Join(lines, "\n")
	var spans []corpus.Span
	feats := make([]features, len(lines))
	off := 0
	for i, l := range lines {
		spans = append(spans, corpus.Span{Start: off, End: off + len(l)})
		off += len(l) + 1
		feats[i] = measure(l)
	}
	cls := []class{clHeading, clNear, clNear, clGood}
	why := []string{whyHeading, "", "", ""}
	require.False(t, titleShaped(feats[1]), "the lead is too long for a headline")
	require.True(t, titleShaped(feats[2]))
	assert.Equal(t, 0, findTitle(text, spans, feats, cls, why))
}

func TestQuotedSpeech(t *testing.T) {
	assert.True(t, quotedSpeech("\u201cThe river rose in an hour. We had no warning.\""))
	assert.False(t, quotedSpeech("\"We had no warning at all.\""), "one sentence")
	assert.False(t, quotedSpeech("The river rose. We had no warning."), "no quotation mark")
}

func TestShareBar(t *testing.T) {
	assert.True(t, shareBar("Facebook Instagram X-twitter Youtube"))
	assert.True(t, shareBar("Share | Email | Print"))
	assert.False(t, shareBar("Facebook"), "one word")
	assert.False(t, shareBar("Facebook shares fall"), "a headline about a network")
	assert.False(t, shareBar("Facebook | |"), "one network among separators")
	assert.True(t, shareBar(strings.TrimSpace(strings.Repeat("Facebook | ", 6))), "twelve words with the separators")
	assert.False(t, shareBar(strings.Repeat("Facebook | ", 7)), "more than twelve words is a paragraph")
}

// A short line ending in a colon, with its verb first ("Replied Lund:"),
// hands on the quotation in the next paragraph: it is no section head.
func TestVerbFirstLeadInKept(t *testing.T) {
	tests := []struct {
		name, lead, next string
		kind             corpus.ParaKind
	}{
		{"before a quotation", "Replied Lund:", "\u201cThe harbour will stay open all winter, whatever the board decides.\u201d", corpus.ParaBody},
		{"before straight quotation marks", "Added Vell:", "\"We have waited long enough for this bridge.\"", corpus.ParaBody},
		{"a heading before prose stays a heading", "Details:", "The mayor said the bridge would open in June, two years late.", corpus.ParaBoilerplate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Harbour bridge opens late\n\nThe mayor of Port Elling said on Monday that the new bridge would open two years late.\n\n" + tt.lead + "\n\n" + tt.next + "\n\n" + goodArticle
			got := paras(Parse("a.txt", text))
			require.GreaterOrEqual(t, len(got), 3)
			assert.Equal(t, tt.lead, got[2].prefix)
			assert.Equal(t, tt.kind, got[2].kind)
		})
	}
}
