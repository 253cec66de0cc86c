package fact

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceTokens is appendTokens as it was before its ASCII fast path:
// every rune decoded and classed by package unicode. The fast path must
// cut every text the same way.
func referenceTokens(text string) []tok {
	var out []tok
	gap := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			gap = true
			i += n
			continue
		case r >= '0' && r <= '9':
			t, j := scanNumber(text, i, len(text))
			t.gap = gap
			out = append(out, t)
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.IsMark(r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '\u2019' {
					if j+n2 < len(text) {
						if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); unicode.IsLetter(r3) {
							j += n2
							continue
						}
					}
				}
				break
			}
			out = append(out, tok{s: i, e: j, kind: tWord, gap: gap, lower: lowerWord(text[i:j])})
			i = j
		default:
			out = append(out, tok{s: i, e: i + n, kind: tPunct, gap: gap, lower: text[i : i+n]})
			i += n
		}
		gap = false
	}
	return out
}

func TestTokensMatchTheReference(t *testing.T) {
	for _, text := range []string{
		"Witkoff's 28-point plan, Oct. 14th; $5.5bn\tand 10,000 people.",
		"Zelenskyy’s “talks” – Über alles…\u00a0done\u200bhere",
		"don't it’s 3D G7 COVID-19 +91-720-6444012 11:56 IST",
		"\x01\x7f'quoted' a'b 'a",
	} {
		t.Run(text, func(t *testing.T) {
			got := tokenize(text, 0, len(text))
			if len(got) == 0 {
				got = nil
			}
			assert.Equal(t, referenceTokens(text), got)
		})
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("Witkoff's 28-point plan, Oct. 14th; $5.5bn")
	f.Add("Zelenskyy’s “talks” – Über alles…")
	f.Fuzz(func(t *testing.T, text string) {
		got := appendTokens(nil, text, 0, len(text), map[string]string{})
		want := referenceTokens(text)
		require.Equal(t, len(want), len(got))
		for i := range want {
			require.Equal(t, want[i], got[i], "token %d of %q", i, text)
		}
	})
}
