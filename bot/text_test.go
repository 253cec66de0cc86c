package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"fits", "a short line", 20, "a short line"},
		{"exactly fits", "abcde", 5, "abcde"},
		{"cuts at a word with an ellipsis", "the proponents of war become more desperate", 20, "the proponents of…"},
		{"one long word is cut inside", strings.Repeat("x", 30), 10, "xxxxxxxxx…"},
		{"never splits a rune", "ééééééééé", 5, "éééé…"},
		{"astral runes count twice, as Discord counts", "😀😀😀😀", 5, "😀😀…"},
		{"no dangling escape before the ellipsis", `abcdefgh\*ijkl`, 10, `abcdefgh…`},
		{"an escaped backslash is kept", `abcdefg\\ijkl`, 10, `abcdefg\\…`},
		{"zero", "abc", 0, ""},
		{"room for one", "abc", 1, "a"},
		{"invalid UTF-8 is replaced", "ab\xffcd", 10, "ab\uFFFDcd"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Truncate(tc.in, tc.max)
			assert.Equal(t, tc.want, got)
			assert.LessOrEqual(t, Len(got), tc.max)
		})
	}
}

func TestCutWords(t *testing.T) {
	assert.Equal(t, "the proponents of", cutWords("the proponents of war", 19))
	assert.Equal(t, "xxxxx", cutWords("xxxxxxxxxx", 5), "one long word is cut inside")
	assert.Equal(t, "fits", cutWords("fits", 4))
}

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text is untouched", "Steve Witkoff, 58", "Steve Witkoff, 58"},
		{"emphasis", "*really* __good__ ~~call~~", `\*really\* \_\_good\_\_ \~\~call\~\~`},
		{"code and spoilers", "`x` ||y||", "\\`x\\` \\|\\|y\\|\\|"},
		{"masked link", "[click](https://x)", `\[click\](https://x)`},
		{"mentions and tags do not render", "<@123> <t:1:R> @everyone", `\<@123\> \<t:1:R\> @everyone`},
		{"block quote and heading at a line start", "> quoted\n# Title\n- item", "\\> quoted\n\\# Title\n\\- item"},
		{"hyphen inside a line stays", "a well-known - thing", "a well-known - thing"},
		{"backslash", `a\b`, `a\\b`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Escape(tc.in))
		})
	}
}

func TestBlockQuote(t *testing.T) {
	assert.Equal(t, "> first line\n> second", BlockQuote("first \t line\n\n second  "), "one quoted line per paragraph, spaces folded")
	assert.Equal(t, "> \\*bold\\*", BlockQuote("*bold*"))
}

func FuzzTruncateEscape(f *testing.F) {
	for _, s := range []string{"", "hello world", "@everyone **x**", "é😀\\", strings.Repeat("ab ", 100), "\xff\xfe"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max % 5000
		if max < 0 {
			max = -max
		}
		for _, in := range []string{s, Escape(s), BlockQuote(s)} {
			got := Truncate(in, max)
			if Len(got) > max {
				t.Fatalf("Truncate(%q, %d) = %q: %d characters", in, max, got, Len(got))
			}
			if !utf8.ValidString(got) {
				t.Fatalf("Truncate(%q, %d) = %q: invalid UTF-8", in, max, got)
			}
			if Len(in) <= max && utf8.ValidString(in) && got != in {
				t.Fatalf("Truncate(%q, %d) changed text that fits: %q", in, max, got)
			}
		}
		if e := Escape(s); strings.Contains(s, "*") && !strings.Contains(e, `\*`) {
			t.Fatalf("Escape(%q) = %q leaves emphasis", s, e)
		}
	})
}
