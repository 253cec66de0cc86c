package index

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestStandardAnalyzer(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Token
	}{
		{
			name: "stopwords go, positions stay",
			text: "He should be fired",
			want: []Token{{Term: "fire", Start: 13, End: 18, Pos: 3}},
		},
		{
			name: "numbers in words are digits, but not one",
			text: "a twenty-point plan, no one",
			want: []Token{
				{Term: "20", Start: 2, End: 8, Pos: 1},
				{Term: "point", Start: 9, End: 14, Pos: 2},
				{Term: "plan", Start: 15, End: 19, Pos: 3},
				{Term: "one", Start: 24, End: 27, Pos: 5},
			},
		},
		{
			name: "possessive and hyphen",
			text: "Witkoff's 28-point plan",
			want: []Token{
				{Term: "witkoff", Start: 0, End: 9, Pos: 0},
				{Term: "28", Start: 10, End: 12, Pos: 1},
				{Term: "point", Start: 13, End: 18, Pos: 2},
				{Term: "plan", Start: 19, End: 23, Pos: 3},
			},
		},
		{
			name: "multibyte: curly apostrophe and accents keep byte offsets",
			text: "“Zelenskyý’s talks”",
			want: []Token{
				{Term: "zelenskyy", Start: 3, End: 17, Pos: 0},
				{Term: "talk", Start: 18, End: 23, Pos: 1},
			},
		},
		{
			name: "nothing but punctuation",
			text: " — … !",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Standard().Analyze(tt.text)
			assert.Equal(t, tt.want, got)
			for _, tok := range got {
				assert.NotEmpty(t, tt.text[tok.Start:tok.End])
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ushakov", "ushakov"},
		{"Zelenskyý", "zelenskyy"},
		{"don’t", "don't"},
		{"ÉLYSÉE", "elysee"},
		{"Marta Quell told the “Harbour Post” she’d stay.", "marta quell told the “harbour post” she'd stay."},
		{"Øster ÅS\xffX", "øster as\ufffdx"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Fold(tt.in))
			assert.Equal(t, referenceFold(tt.in), Fold(tt.in))
		})
	}
}

// TestFoldIs checks that FoldIs says what comparing Fold's result says,
// for words in any case, beyond ASCII, and of another length.
func TestFoldIs(t *testing.T) {
	tests := []struct {
		word, lower string
		want        bool
	}{
		{"The", "the", true},
		{"THESE", "these", true},
		{"this", "this", true},
		{"Then", "the", false},
		{"Th", "the", false},
		{"Thé", "the", true}, // the accent folds away
		{"Thís", "this", true},
		{"Zoë", "zoe", true},
		{"Ærø", "the", false},
		{"", "the", false},
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.lower, func(t *testing.T) {
			assert.Equal(t, tt.want, FoldIs(tt.word, tt.lower))
			assert.Equal(t, Fold(tt.word) == tt.lower, FoldIs(tt.word, tt.lower))
		})
	}
}

// TestFoldIn checks that FoldIn finds what a lookup of Fold's result
// finds, for words in any case, beyond ASCII and longer than its buffer,
// and that a capitalised ASCII word costs no allocation.
func TestFoldIn(t *testing.T) {
	set := map[string]int{"she": 1, "the": 2, "zoe": 3, "don't": 4, strings.Repeat("a", 40): 5}
	tests := []struct {
		word string
		want int
	}{
		{"She", 1},
		{"SHE", 1},
		{"she", 1},
		{"Shed", 0},
		{"Thé", 2}, // the accent folds away
		{"Zoë", 3},
		{"Don’t", 4}, // the typographic apostrophe is ASCII's
		{strings.Repeat("A", 40), 5},
		{"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, FoldIn(set, tt.word))
			assert.Equal(t, set[Fold(tt.word)], FoldIn(set, tt.word))
		})
	}
	word := strings.Clone("Anna")
	assert.Zero(t, testing.AllocsPerRun(100, func() { FoldIn(set, word) }))
}

// TestIsStop checks that the gates before the map turn no stopword away.
func TestIsStop(t *testing.T) {
	for w := range stop {
		assert.True(t, IsStop(w), w)
	}
	for _, w := range []string{"", "The", "1", "throughout", "harbour", "'s", "ms."} {
		assert.False(t, IsStop(w), w)
	}
}

// TestFoldCache checks that a word folded again, or a word that starts
// where another does (the cache keys words by where their bytes are), is
// folded as the first time.
func TestFoldCache(t *testing.T) {
	text := "MARTA QUELL of Øster Vik"
	words := []string{text[:5], text, text[:5], text[6:11], text[6:11], "Øster", text[15:22], text}
	for i, w := range words {
		assert.Equal(t, referenceFold(w), Fold(w), "word %d %q", i, w)
	}
	ForgetWords()
	assert.Equal(t, "marta", Fold(text[:5]))
}

// referenceFold is Fold before its ASCII bytes were lowered in place:
// every rune of a text beyond ASCII decoded, lowered and written.
func referenceFold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	s = strings.ReplaceAll(s, "\u2019", "'")
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// FuzzFold checks that Fold folds any text as referenceFold does.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Ushakov", "ÉLYSÉE don’t", "\xff\xfeA", "İstanbul ΣΑΣ", "a\u0301B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), referenceFold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if !FoldIs(s, referenceFold(s)) || FoldIs(s, "the") != (referenceFold(s) == "the") {
			t.Fatalf("FoldIs(%q) differs from Fold", s)
		}
		if !FoldIn(map[string]bool{referenceFold(s): true}, s) || FoldIn(map[string]bool{"the": true}, s) != (referenceFold(s) == "the") {
			t.Fatalf("FoldIn(%q) differs from Fold", s)
		}
	})
}

// referenceWords is appendWords before its ASCII fast path: every rune
// decoded and classed by isWordRune.
func referenceWords(text string) []Token {
	var out []Token
	for i := 0; i < len(text); {
		r, n := runeAt(text, i)
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r2, n2 := runeAt(text, j)
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '\'' || r2 == '\u2019' {
				if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); j+n2 < len(text) && isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
		out = append(out, Token{Term: text[i:j], Start: i, End: j, Pos: len(out)})
		i = j
	}
	return out
}

// FuzzAnalyze checks that tokens stay inside the text, in order, whatever
// the text, that the tokenizer's fast path cuts it as the reference does,
// and that a search over it never fails.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"He should be fired", "Witkoff's 28-point plan", "“Zelenskyý’s talks”", "\xff\xfe'-'", "a'b'c d--e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := appendWords(nil, text), referenceWords(text); len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("words of %q: %+v, want %+v", text, got, want)
		}
		var walked []Token
		for i := 0; ; {
			start, end := WordAt(text, i)
			if start == end {
				break
			}
			walked = append(walked, Token{Term: text[start:end], Start: start, End: end, Pos: len(walked)})
			i = end
		}
		if want := referenceWords(text); len(walked) != len(want) || len(walked) > 0 && !reflect.DeepEqual(walked, want) {
			t.Fatalf("words of %q walked by WordAt: %+v, want %+v", text, walked, want)
		}
		prev := -1
		for _, tok := range Standard().Analyze(text) {
			if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End || tok.Pos <= prev {
				t.Fatalf("token %+v out of place in %q", tok, text)
			}
			prev = tok.Pos
		}
		v := testVocab("really", "call")
		_ = v.Near(Fold(text))
		_ = v.Prefix(Fold(text), 3)
	})
}
