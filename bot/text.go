package bot

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Discord's limits, in characters. Discord counts UTF-16 code units, which
// is never fewer than code points, so measuring in UTF-16 is safe for both.
const (
	MaxTitle        = 256
	MaxDescription  = 4096
	MaxFieldName    = 256
	MaxFieldValue   = 1024
	MaxFields       = 25
	MaxEmbedTotal   = 6000
	MaxContent      = 2000
	MaxFooter       = 2048
	MaxChoices      = 25
	MaxChoiceName   = 100
	MaxChoiceValue  = 100
	MaxCustomID     = 100
	MaxAuthorName   = 256
	ellipsis        = "…"
	ellipsisLen     = 1
	minWordBoundary = 2 // below limit/minWordBoundary a word cut would waste too much
)

// Len is the length of s as Discord counts it.
func Len(s string) int {
	n := 0
	for _, r := range s {
		if w := utf16.RuneLen(r); w > 0 {
			n += w
		} else {
			n++ // an invalid byte: sent as U+FFFD
		}
	}
	return n
}

// Truncate shortens s to at most max characters (Discord's count), cutting
// at a word boundary where one is near and adding an ellipsis. It never
// splits a rune, and it drops a backslash left dangling by the cut so an
// escape cannot swallow the ellipsis.
func Truncate(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if Len(s) <= max {
		return s
	}
	if max <= 0 {
		return ""
	}
	if max <= ellipsisLen {
		return cutRunes(s, max)
	}
	cut := cutRunes(s, max-ellipsisLen) // a prefix that leaves room for "…"
	// Back up to the last space if it is not too far: words stay whole.
	if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > 0 && Len(cut[:i]) >= (max-ellipsisLen)/minWordBoundary {
		cut = cut[:i]
	}
	cut = strings.TrimRightFunc(cut, unicode.IsSpace)
	cut = trimDanglingEscape(cut)
	return cut + ellipsis
}

// cutWords returns the longest prefix of s within max characters that
// ends at a word boundary (or mid-word when one word is longer), without an
// ellipsis: for values the program reads back, such as autocomplete values.
func cutWords(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if Len(s) <= max {
		return s
	}
	cut := cutRunes(s, max)
	if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRightFunc(cut, unicode.IsSpace)
}

// cutRunes returns the longest prefix of s no longer than max characters.
func cutRunes(s string, max int) string {
	n := 0
	for i, r := range s {
		w := utf16.RuneLen(r)
		if w < 0 {
			w = 1
		}
		if n+w > max {
			return s[:i]
		}
		n += w
	}
	return s
}

// trimDanglingEscape removes an odd run of trailing backslashes' last one.
func trimDanglingEscape(s string) string {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	if n%2 == 1 {
		return s[:len(s)-1]
	}
	return s
}

// markdown lists the characters Discord gives a meaning to anywhere in a
// line: '<' starts a mention or a timestamp tag; '(' and ')' only matter
// after '[', which is escaped; '@' is left alone because AllowedMentions
// stops every ping; '#', '-' and '+' matter at a line start (see Escape).
const markdown = "\\*_~`|>[]<"

// Escape makes user or article text print literally in Discord markdown.
func Escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && strings.ContainsRune(markdown, r):
			b.WriteByte('\\')
		case lineStart && (r == '#' || r == '-' || r == '+'):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		if r == '\n' {
			lineStart = true
		} else if !unicode.IsSpace(r) {
			lineStart = false
		}
	}
	return b.String()
}

// OneLine folds runs of whitespace, newlines included, into one space.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// BlockQuote renders text as a Discord block quote, escaped, on one line
// per paragraph.
func BlockQuote(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, "> "+Escape(OneLine(l)))
		}
	}
	return strings.Join(lines, "\n")
}
