package segment

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

func texts(text string, spans []corpus.Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Of(text)
	}
	return out
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"blank lines", "One.\n\nTwo.\n", []string{"One.", "Two."}},
		{"crlf and spaces", "  One. \r\n\r\n\tTwo.", []string{"One.", "Two."}},
		{"bare carriage returns", "One.\rTwo.\r\rThree.", []string{"One.", "Two.", "Three."}},
		{"no-break space line", "A\n\u00a0\nB", []string{"A", "B"}},
		{"empty", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, texts(tt.in, Paragraphs(tt.in)))
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "He spoke. She left.", []string{"He spoke.", "She left."}},
		{"abbreviations", "The Oct. 14 call went well. US Rep. Don Bacon said no.",
			[]string{"The Oct. 14 call went well.", "US Rep. Don Bacon said no."}},
		{"initials", "Donald J. Trump spoke. Then U.S. officials left.",
			[]string{"Donald J. Trump spoke.", "Then U.S. officials left."}},
		{"closing quote stays", `"It is good," he said. "Very good." Then silence.`,
			[]string{`"It is good," he said.`, `"Very good."`, "Then silence."}},
		{"lower-case after period", "It cost 5.5 million. ok then.", []string{"It cost 5.5 million. ok then."}},
		{"question and dash", "Why? - he asked.", []string{"Why?", "- he asked."}},
		{"abbreviation in capitals and a long word", "GOV. Kemp met Mr. Ushkov. Washington. Next.",
			[]string{"GOV. Kemp met Mr. Ushkov.", "Washington.", "Next."}},
		{"a pronoun after a dotted acronym starts a sentence", "Ona Vell spoke in Tarn D.C. She said it was over. They met at 9 p.m.\u00a0It rained.",
			[]string{"Ona Vell spoke in Tarn D.C.", "She said it was over.", "They met at 9 p.m.", "It rained."}},
		{"a name after a dotted acronym or a title does not", "The U.S. Hemsby office opened. Mr. He Wen and Sen. She Lo came.",
			[]string{"The U.S. Hemsby office opened.", "Mr. He Wen and Sen. She Lo came."}},
		{"ellipsis ends, accents do not", "Il a dit é… Puis rien. Über alles.",
			[]string{"Il a dit é…", "Puis rien.", "Über alles."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in, corpus.Span{Start: 0, End: len(tt.in)})
			assert.Equal(t, tt.want, texts(tt.in, got))
		})
	}
}

func TestSplitKeepsEachParagraphsSentences(t *testing.T) {
	text := "He spoke. She left.\n\nNo end\n\nOct. 14 came. Then it went."
	a := &corpus.Article{Text: text}
	for _, sp := range Paragraphs(text) {
		a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(sp, corpus.ParaBody))
	}
	a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(corpus.Span{Start: len(text), End: len(text) + 5}, corpus.ParaBody)) // broken: no sentences, no panic
	Split(a)
	require.NotNil(t, a.Sentences)
	want := [][]string{{"He spoke.", "She left."}, {"No end"}, {"Oct. 14 came.", "Then it went."}, {}}
	for i, p := range a.Paragraphs {
		assert.Equal(t, want[i], texts(text, SentencesOf(text, a.Sentences, p)), "paragraph %d", i)
		if i < 3 {
			assert.Equal(t, want[i], texts(text, SentencesOf(text, nil, p)), "paragraph %d: split at load and on demand agree", i)
		}
	}
	// Appending to one paragraph's sentences must not overwrite the next's.
	first := append(SentencesOf(text, a.Sentences, a.Paragraphs[0]), corpus.Span{})
	assert.Len(t, first, 3)
	assert.Equal(t, []string{"No end"}, texts(text, SentencesOf(text, a.Sentences, a.Paragraphs[1])))
}

func TestSplitLeavesParagraphsOutOfOrderToDemand(t *testing.T) {
	text := "One. Two.\n\nThree."
	ps := Paragraphs(text)
	a := &corpus.Article{Text: text, Paragraphs: []corpus.Paragraph{corpus.NewParagraph(ps[1], corpus.ParaBody), corpus.NewParagraph(ps[0], corpus.ParaBody)}}
	Split(a)
	assert.Nil(t, a.Sentences)
	assert.Equal(t, []string{"One.", "Two."}, texts(text, SentencesOf(text, a.Sentences, a.Paragraphs[1])))
}

func TestWordsKeepOffsets(t *testing.T) {
	in := "A 28-point plan, Zelenskyy’s “deal” — it's US-Russia."
	got := Words(in, corpus.Span{Start: 0, End: len(in)})
	want := []string{"A", "28-point", "plan", "Zelenskyy’s", "deal", "it's", "US-Russia"}
	assert.Equal(t, want, func() []string {
		var s []string
		for _, w := range got {
			s = append(s, w.Text)
			assert.Equal(t, w.Text, w.Span.Of(in))
		}
		return s
	}())
	assert.Equal(t, corpus.Span{Start: 2, End: 10}, got[1].Span)
}

func TestWordsOutsideASCII(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"accents stay inside a word", "Zelenskyý and Ñoño met", []string{"Zelenskyý", "and", "Ñoño", "met"}},
		{"a word may start with an accent", "Élysée's aide", []string{"Élysée's", "aide"}},
		{"dangling hyphen and apostrophe end the word", "pre- and post' talks", []string{"pre", "and", "post", "talks"}},
		{"no-break hyphen joins", "US‑Russia", []string{"US‑Russia"}},
		{"punctuation only", "— … !", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := corpus.Span{Start: 0, End: len(tt.in)}
			var got []string
			for _, w := range Words(tt.in, s) {
				got = append(got, w.Text)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, len(tt.want), CountWords(tt.in, s))
			for n := 0; n <= len(tt.want)+1; n++ {
				assert.Equal(t, n <= len(tt.want), HasWords(tt.in, s, n), "at least %d words", n)
			}
		})
	}
	assert.Empty(t, Words("abc", corpus.Span{Start: 1, End: 9}), "a span past the text yields no words")
	assert.False(t, HasWords("abc", corpus.Span{Start: 1, End: 9}, 1), "a span past the text holds no words")
}

func TestHasWords(t *testing.T) {
	in := "Ona Vell, the harbour clerk, signed nine forms on Tuesday."
	tests := []struct {
		name string
		span corpus.Span
		n    int
		want bool
	}{
		{"the whole sentence holds ten words", corpus.Span{Start: 0, End: len(in)}, 10, true},
		{"but not eleven", corpus.Span{Start: 0, End: len(in)}, 11, false},
		{"a word cut by the span's end counts", corpus.Span{Start: 0, End: 6}, 2, true},
		{"the part before the comma holds two", corpus.Span{Start: 0, End: 8}, 3, false},
		{"an empty span holds none", corpus.Span{Start: 4, End: 4}, 1, false},
		{"nothing is asked of zero", corpus.Span{Start: 4, End: 4}, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, HasWords(in, tt.span, tt.n))
			assert.Equal(t, tt.want, CountWords(in, tt.span) >= tt.n)
		})
	}
}

func FuzzSegment(f *testing.F) {
	f.Add("He said. \"Yes.\" - Dmitriev wrote on X.\n\nMr. J. Doe’s 28-point plan…")
	f.Add("\xff\xfe. A")
	f.Fuzz(func(t *testing.T, in string) {
		for _, p := range Paragraphs(in) {
			if p.Start < 0 || p.End > len(in) || p.Start > p.End {
				t.Fatalf("paragraph %v out of bounds", p)
			}
			for _, s := range Sentences(in, p) {
				if !p.Contains(s) || s.Len() == 0 {
					t.Fatalf("sentence %v outside paragraph %v", s, p)
				}
				ws := Words(in, s)
				if n := CountWords(in, s); n != len(ws) {
					t.Fatalf("CountWords %d, Words %d in %v", n, len(ws), s)
				}
				if !HasWords(in, s, len(ws)) || HasWords(in, s, len(ws)+1) {
					t.Fatalf("HasWords disagrees with %d words in %v", len(ws), s)
				}
				for _, w := range ws {
					if !s.Contains(w.Span) || w.Text != w.Span.Of(in) {
						t.Fatalf("word %v outside sentence %v", w, s)
					}
				}
			}
		}
	})
}

func TestWordSet(t *testing.T) {
	s := WordSet("mr  mrs\n\tdr")
	assert.Equal(t, map[string]bool{"mr": true, "mrs": true, "dr": true}, s)
	assert.False(t, s["Mr"], "lists are matched as written")
}

// LowerIn answers as a look-up of the lower-cased word, for any word, and
// lower-cases an ASCII word without allocating.
func TestLowerInIsALookUpOfTheLowerCasedWord(t *testing.T) {
	set := WordSet(`the harbour ærø straße`)
	kinds := map[string]int{"ferry": 1, "quay": 2}
	for _, w := range []string{
		"The", "THE", "the", "Harbour", "Harbour.", "ÆRØ", "Ærø", "STRASSE", "Straße",
		"Quay", "FERRY", "ferries", "", "a-very-long-word-of-more-than-thirty-two-bytes",
		"\xffThe", "K", // an invalid byte; the Kelvin sign
	} {
		t.Run(w, func(t *testing.T) {
			assert.Equal(t, set[strings.ToLower(w)], LowerIn(set, w))
			assert.Equal(t, kinds[strings.ToLower(w)], LowerIn(kinds, w))
		})
	}
	allocs := testing.AllocsPerRun(100, func() {
		if !LowerIn(set, "Harbour") {
			t.Fatal("Harbour is in the set")
		}
	})
	assert.Zero(t, allocs)
}
