package load

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// article builds a two-paragraph article around a sentence under test, so
// the sentence sits in ordinary prose.
func article(lead string) string {
	return lead + "\n\n" + goodArticle
}

func TestOutletFromText(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"passive, present", article("The minister resigned on Monday after a week of protests in the capital. This is reported by UNN."), "UNN"},
		{"verb first after a comma", article("The minister resigned on Monday, informs UNN."), "UNN"},
		{"a relayed report, then the signature", article("This was reported by Bloomberg, citing a recording of the conversation, informs UNN."), "UNN"},
		{"past tense relays another outlet", article("The minister resigned on Monday. This was reported by Bloomberg."), ""},
		{"reports, verb first", article("The minister resigned on Monday after a week of protests, reports Kyiv Post."), "Kyiv Post"},
		{"then where it got it", article("The minister resigned on Monday, reports UNN with reference to the press service."), "UNN"},
		{"then whom it cites", article("The minister resigned on Monday, informs Kyiv Post citing sources in the cabinet."), "Kyiv Post"},
		{"a columnist writes", article("The budget will not survive the summer, writes Smith."), ""},
		{"an agency writes", article("The budget will not survive the summer, writes UNN."), "UNN"},
		{"a person informs someone", article("The aide said that he informs Trump of every call he makes to the Kremlin."), ""},
		{"a desk byline", "Northshore Gazette Web Desk | Port Elling | Updated: 03-02-2024\n\n" + goodArticle, "Northshore Gazette"},
		{"a news desk byline", "Devdiscourse News Desk | Moscow | Updated: 26-11-2025 11:56 IST\n\n" + goodArticle, "Devdiscourse"},
		{"a copyright line with a name", goodArticle + "\n© 2024 The Daily Planet. All rights reserved.\n", "Daily Planet"},
		{"a copyright line without a name", goodArticle + "\n© Copyright 2025\n", ""},
		{"nothing said", goodArticle, ""},
		{"a whole page", mustRead("testdata/shortpage.txt"), "Elling Wire"},
		{"a wire dateline is a cite, not the outlet", article("WASHINGTON (AP) — The Senate passed the bill on Friday by a wide margin."), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("a.txt", tt.text)
			assert.Equal(t, tt.want, a.Outlet)
			if tt.want != "" {
				assert.Equal(t, "text", a.OutletFrom)
			}
		})
	}
}

func TestCitesFromText(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"per the AP", article("The transcript was published on Tuesday, per the AP ."), []string{"AP"}},
		{"published by", article("A transcript of the call was published by Bloomberg on Tuesday."), []string{"Bloomberg"}},
		{"obtained by", article("In a second call obtained by Bloomberg, the two aides discussed the plan."), []string{"Bloomberg"}},
		{"the X transcript", article("The Kremlin reacted to the Bloomberg transcript of the call."), []string{"Bloomberg"}},
		{"X's report", article("Asked about Bloomberg's report, the aide declined to comment."), []string{"Bloomberg"}},
		{"Bloomberg News shortens when Bloomberg is also written", article("According to Bloomberg News, the call took place on October 14. The recording that Bloomberg said it had reviewed was later published."), []string{"Bloomberg"}},
		{"Fox News stays whole", article("According to Fox News, the meeting lasted an hour."), []string{"Fox News"}},
		{"an outlet named by a noun before it", article("American outlet Bloomberg published a transcript of the call."), []string{"Bloomberg"}},
		{"a news organisation by its words", article("According to the Elling Review, the tunnel would have cost twice as much."), []string{"Elling Review"}},
		{"a wire service by name", article("Citing Reuters, the paper said the talks had stalled."), []string{"Reuters"}},
		{"a wire dateline", article("WASHINGTON (AP) — The Senate passed the bill on Friday by a wide margin."), []string{"AP"}},
		{"first mention first, no repeats", article("The Times reported the deal first, according to the AP. The Times reported more later."), []string{"Times", "AP"}},
		{"a person is no source", article("According to Ushakov, the calls were leaked to hinder ties."), nil},
		{"citing lower-case things", article("The paper said so, citing a recording of the conversation and sources close to the talks."), nil},
		{"a name used as a modifier", article("The plan was agreed, according to US officials and Russian state media."), nil},
		{"someone's story", article("We asked whether Melania Trump's story would be told in full."), nil},
		{"the article's own outlet", article("The minister resigned, reports Kyiv Post. Kyiv Post reported the news first."), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("a.txt", tt.text)
			assert.Equal(t, tt.want, a.Cites)
		})
	}
}

func TestMergeCites(t *testing.T) {
	tests := []struct {
		name            string
		manifest, found []string
		text, outlet    string
		want            []string
	}{
		{"manifest first, then the text", []string{"AP"}, []string{"Bloomberg", "AP"}, "", "", []string{"AP", "Bloomberg"}},
		{"a leading the goes", []string{"the AP"}, []string{"AP"}, "", "", []string{"AP"}},
		{"News goes when the short form is listed", []string{"Bloomberg"}, []string{"Bloomberg News"}, "", "", []string{"Bloomberg"}},
		{"case-insensitive duplicates", []string{"Reuters"}, []string{"REUTERS"}, "", "", []string{"Reuters"}},
		{"the outlet is not its own source", []string{"UNN", "AP"}, nil, "", "The UNN", []string{"AP"}},
		{"empty", nil, nil, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mergeCites(tt.text, tt.manifest, tt.found, tt.outlet))
		})
	}
}

func mustRead(name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func TestIsNotName(t *testing.T) {
	for _, w := range []string{"The", "THIS", "according", "Monday", "Bloomberg", "", "ſeptember", "İt", "a very long word indeed here"} {
		t.Run(w, func(t *testing.T) {
			assert.Equal(t, notNames[strings.ToLower(w)], isNotName(w))
		})
	}
}

func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", "AP", "The Daily Planet", " AP", "AP ", "Daily  Planet", "Daily\nPlanet", "Daily\u00a0Planet", "Le Monde"} {
		t.Run(s, func(t *testing.T) {
			if singleSpaced(s) {
				assert.Equal(t, strings.Join(strings.Fields(s), " "), s)
			}
		})
	}
	assert.True(t, singleSpaced("The Daily Planet"))
	assert.False(t, singleSpaced("Daily  Planet"))
}
