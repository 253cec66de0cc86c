package lex

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	ptoken "github.com/jdkato/prose/v3/token"
)

// proseTags is prose's own tagger's reading of text's tokens.
func proseTags(text string) []string {
	spans := tokenize(text)
	toks := make([]ptoken.Token, len(spans))
	for i, s := range spans {
		toks[i] = ptoken.Token{Text: s.norm, Start: s.start}
	}
	tagger().TagTokens(toks)
	tags := make([]string, len(toks))
	for i := range toks {
		tags[i] = toks[i].Tag
	}
	return tags
}

// fastTags is the hashed perceptron's reading of text's tokens.
func fastTags(t testing.TB, text string) []string {
	p := fastTagger()
	require.NotNil(t, p, "prose's model is in a layout the fast tagger cannot read: tagging runs at prose's speed")
	spans := tokenize(text)
	tags := make([]string, len(spans))
	p.tag(spans, tags, tagLexicon)
	return tags
}

// TestPerceptronAsProse: the hashed perceptron gives every token the tag
// prose's tagger gives it, on invented sentences with the tokens prose
// treats apart (emoticons, handles, Penn's empty elements and brackets,
// years, hyphens, the question lexicon) and on every paragraph of the
// seeds and, where ../shared is beside the repository, the dev stories
// and PolNeAR dev (PolNeAR train too with LEX_MEASURE=1).
func TestPerceptronAsProse(t *testing.T) {
	texts := []string{
		"Did the ferry board in Olvik vote to close the pier?",
		"DOES Mayor Tilde Varsen plan to sell the 1987 harbour crane?",
		"Ada Quist said the timetable was a disgrace :-) and @olvikferry replied xD.",
		"The council - as ever - split 4-3 on the vote, said councillor Brann-Holt.",
		"* 0 -LRB- the cost -RRB- was put at $4.5 million, or 12% of the budget.",
		"Óskar Ýrr's café, which opened in 2019, closed on Tuesday; staff weren't told.",
		"“We will fight it,” she told reporters, “and we'll win.”",
		"", "-", "8D", "1999", "--",
	}
	var files []string
	for _, pat := range []string{"../../seeds/*.txt", "../../../shared/dev-stories/*/corpus/*.txt", "../../../shared/polnear-dev/corpus/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if os.Getenv("LEX_MEASURE") != "" {
		m, _ := filepath.Glob("../../../shared/polnear-train/corpus/*.txt")
		files = append(files, m...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, para := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(para) != "" {
				texts = append(texts, para)
			}
		}
	}
	tokens := 0
	for _, text := range texts {
		want, got := proseTags(text), fastTags(t, text)
		if !assert.Equal(t, want, got, "%q", text) ||
			!assert.Equal(t, TagStatement(text), collected(text), "%q", text) {
			break
		}
		tokens += len(want)
	}
	t.Logf("%d texts from %d files, %d tokens tagged alike", len(texts), len(files), tokens)
}

// collected is every token TagStatementSeq yields for text, in a slice
// made as TagStatement makes its own (empty, not nil, for no token).
func collected(text string) []Token {
	return append(make([]Token, 0), slices.Collect(TagStatementSeq(text))...)
}

// TestTagStatementSeqStops: a loop over TagStatementSeq that stops at
// the word it looks for has seen the tokens, tags and lemmas
// TagStatement gives, up to that word.
func TestTagStatementSeqStops(t *testing.T) {
	tests := []struct{ text, stop string }{
		{"Mayor Tilde Varsen spoke by phone with the harbour board on Tuesday, her office said.", "spoke"},
		{"The report, which the board published in May, says the pier is unsafe.", "says"},
		{"\"We will not sell the crane,\" Brann-Holt told the council (on Monday).", "told"},
		{"Nobody in Olvik answered.", "nothing here"},
	}
	for _, tt := range tests {
		t.Run(tt.stop, func(t *testing.T) {
			all := TagStatement(tt.text)
			var seen []Token
			for tok := range TagStatementSeq(tt.text) {
				seen = append(seen, tok)
				if tok.Text == tt.stop {
					break
				}
			}
			require.NotEmpty(t, seen)
			assert.Equal(t, all[:len(seen)], seen)
		})
	}
}

// TestTagStatementThrough: the tokens up to the last one keep accepts,
// with the tags and lemmas the whole text gives them; none when keep
// accepts none.
func TestTagStatementThrough(t *testing.T) {
	const text = "The harbour board published its report on Monday, and Ada Quist said the pier would close in May."
	tests := []struct {
		name string
		keep func(string) bool
		last string // the last token yielded; "" for none
	}{
		{"a verb of saying", func(w string) bool { return w == "said" || w == "published" }, "said"},
		{"the first word", func(w string) bool { return w == "The" }, "The"},
		{"the full stop", func(w string) bool { return w == "." }, "."},
		{"no word", func(string) bool { return false }, ""},
		{"every word", nil, "."},
	}
	all := TagStatement(text)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Collect(TagStatementThrough(text, tt.keep))
			if tt.last == "" {
				assert.Empty(t, got)
				return
			}
			require.NotEmpty(t, got)
			assert.Equal(t, tt.last, got[len(got)-1].Text)
			assert.Equal(t, all[:len(got)], got)
		})
	}
}

// TestReadPerceptronRefuses: a model in a layout the reader does not
// know is refused (prose's tagger then tags), not misread.
func TestReadPerceptronRefuses(t *testing.T) {
	tests := []struct {
		name  string
		model []byte
	}{
		{"empty", nil},
		{"other magic", []byte("NOTPROSE\x01\x00\x00\x00")},
		{"other version", []byte("PROSETAG\x02\x00\x00\x00")},
		{"cut short", []byte("PROSETAG\x01\x00\x00\x00\x02\x00\x00\x00\x02\x00NN")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Nil(t, readPerceptron(tt.model))
		})
	}
}

// BenchmarkTagSentence: one news sentence tagged, by the hashed
// perceptron (Tag) and by prose's tagger.
func BenchmarkTagSentence(b *testing.B) {
	const s = "The harbour board in Olvik voted on Tuesday to close the northern pier for repairs, its chair, Ada Quist, told reporters after a two-hour meeting."
	b.Run("Tag", func(b *testing.B) {
		for b.Loop() {
			Tag(s)
		}
	})
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			fastTags(b, s)
		}
	})
	b.Run("prose", func(b *testing.B) {
		for b.Loop() {
			proseTags(s)
		}
	})
}

// BenchmarkReadPerceptron: what the first Tag of a process pays to read
// prose's model and hash its features.
func BenchmarkReadPerceptron(b *testing.B) {
	for b.Loop() {
		readPerceptron(aptagmodel.English)
	}
}
