package lex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type tok struct{ text, tag, lemma string }

func TestTag(t *testing.T) {
	tests := []struct {
		name, text string
		want       []tok
	}{
		{
			"curly quotes and accents",
			"“We won’t sign,” said Renée Müller.",
			[]tok{{"“", "``", "“"}, {"We", "PRP", "we"}, {"wo", "MD", "will"}, {"n’t", "RB", "not"}, {"sign", "VB", "sign"},
				{",", ",", ","}, {"”", "''", "”"}, {"said", "VBD", "say"}, {"Renée", "NNP", "renée"}, {"Müller", "NNP", "müller"}, {".", ".", "."}},
		},
		{
			"straight quotes, clitic, inflected verb",
			`The mayor's aide barked: "No comment."`,
			[]tok{{"The", "DT", "the"}, {"mayor", "NN", "mayor"}, {"'s", "POS", "'s"}, {"aide", "NN", "aide"}, {"barked", "VBD", "bark"},
				{":", ":", ":"}, {`"`, "``", `"`}, {"No", "DT", "no"}, {"comment", "NN", "comment"}, {".", ".", "."}, {`"`, "''", `"`}},
		},
		{
			"abbreviations and numbers stay whole",
			"Sen. Cruz told the U.S. press 1,200 times.",
			[]tok{{"Sen.", "NNP", "sen."}, {"Cruz", "NNP", "cruz"}, {"told", "VBD", "tell"}, {"the", "DT", "the"}, {"U.S.", "NNP", "u.s."},
				{"press", "NN", "press"}, {"1,200", "CD", "1,200"}, {"times", "NNS", "time"}, {".", ".", "."}},
		},
		{
			"hyphenated words stay whole",
			"A 28-point US-Russia plan.",
			[]tok{{"A", "DT", "a"}, {"28-point", "JJ", "28-point"}, {"US-Russia", "JJ", "us-russia"}, {"plan", "NN", "plan"}, {".", ".", "."}},
		},
		{"empty", "", nil},
		{"spaces only", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tag(tt.text)
			var got []tok
			for _, k := range toks {
				require.Equal(t, tt.text[k.Start:k.End], k.Text, "offsets of %q", k.Text)
				got = append(got, tok{k.Text, k.Tag, k.Lemma})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTagOffsetsAreBytes(t *testing.T) {
	text := "«Ça va», dit-il — “très bien”."
	toks := Tag(text)
	require.NotEmpty(t, toks)
	assert.Equal(t, "«", toks[0].Text)
	assert.Equal(t, 0, toks[0].Start)
	assert.Equal(t, 2, toks[0].End, "« is two bytes")
	last := toks[len(toks)-1]
	assert.Equal(t, len(text), last.End)
}

func TestTagBoundsLongInput(t *testing.T) {
	tests := []struct {
		name, text string
		limit, end int
	}{
		{"cut at the last space before the bound", strings.Repeat("word ", 30), 52, 49},
		{"no space: cut at a rune boundary", strings.Repeat("é", 30), 9, 8},
		{"under the bound: all of it", "two words", 100, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tagText(tt.text, true, tt.limit)
			require.NotEmpty(t, toks)
			assert.Equal(t, tt.end, toks[len(toks)-1].End)
		})
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"“We won’t sign,” said Renée Müller.", `He said: ''No.''`, "U.S. $3,500.50 — 10:30 a.m.",
		"@user #tag it's rock'n'roll", "\xff\xfe broken", "``quoted''", "can't won't shan't",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, k := range Tag(text) {
			if k.Start < end || k.End <= k.Start || k.End > len(text) {
				t.Fatalf("token %q at %d:%d after %d in %d bytes", k.Text, k.Start, k.End, end, len(text))
			}
			if text[k.Start:k.End] != k.Text {
				t.Fatalf("Text %q != text[%d:%d] %q", k.Text, k.Start, k.End, text[k.Start:k.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(k.Text) {
				t.Fatalf("token %q splits a rune", k.Text)
			}
			end = k.End
		}
	})
}

// benchText is invented news prose, about 1 KB, repeated to a realistic size.
var benchText = strings.Repeat(`The minister said on Tuesday that talks would resume, adding: “We won’t accept a deal that ignores the workers.” `+
	`Union leaders rejected the offer, and one spokeswoman told reporters the plan was “a joke.” `+
	`Officials in the capital declined to comment; a statement from the ministry promised a reply by Friday. `, 40)

func BenchmarkTag(b *testing.B) {
	Tag("warm up the model.")
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Tag(benchText)
	}
}

// BenchmarkTagCorpus tags the dev stories' articles, real news text of
// about 250 KB, for the README's speed figure.
func BenchmarkTagCorpus(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/dev-stories/*/corpus/*.txt")
	if len(files) == 0 {
		b.Skip("no ../shared/dev-stories")
	}
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		require.NoError(b, err)
		texts = append(texts, string(t))
		size += len(t)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			Tag(t)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		tokenize(benchText)
	}
}
