package load

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// mojibakeRounds bounds the repair: an archive that re-encoded its text
// twice ("SarukhÃ\u0083Â¡n") needs two rounds; more is never seen.
const mojibakeRounds = 3

// Mend repairs UTF-8 text that was once decoded as Latin-1 or
// Windows-1252 and encoded again ("FranÃ§ois" for "François"), as
// newsroom archives store it: each mangled letter becomes one person's
// name again, and a quotation its words. Only a sequence that is clearly
// such debris changes: a character standing for a UTF-8 lead byte
// followed by the continuation bytes that make one valid UTF-8 letter.
// The leads are those of the Latin letters (Â to Å, 0xC2-0xC5) and of
// punctuation (â, 0xE2, for "â€™"): others are real capitals that a
// closing quotation mark may follow ("JOSÉ”" is no mangled letter).
// Text without the debris's marks comes back unchanged and uncopied.
func Mend(text string) string {
	for i := 0; i < mojibakeRounds && mayBeMojibake(text); i++ {
		t, changed := mendOnce(text)
		if !changed {
			break
		}
		text = t
	}
	return text
}

// mayBeMojibake is the cheap test, one pass over the bytes: Â to Å, the lead
// bytes' characters of the accented Latin letters, or the â of "â€", a
// punctuation mark's, composed or as A or a and a combining accent.
func mayBeMojibake(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xc3: // Â to Å, â
			if _, n := leadAt(s[i:]); n > 0 {
				return true
			}
		case 0xcc: // a combining accent after A or a (none before the first byte)
			if i == 0 {
				continue
			}
			if _, n := leadAt(s[i-1:]); n > 0 {
				return true
			}
		}
	}
	return false
}

// leadAt reads, at the start of s, a character standing for a UTF-8 lead
// byte: Â to Å (0xC2-0xC5) or â (0xE2), composed or decomposed (A and a
// combining circumflex, tilde, diaeresis or ring: text that went through
// a canonical decomposition after the damage). It returns the byte and the
// bytes it took, or 0 bytes.
func leadAt(s string) (byte, int) {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case 0xc2, 0xc3, 0xc4, 0xc5, 0xe2:
		return byte(r), n
	case 'A', 'a':
		m, size := utf8.DecodeRuneInString(s[n:])
		switch {
		case r == 'a' && m == 0x302:
			return 0xe2, n + size
		case r == 'A' && m == 0x302:
			return 0xc2, n + size
		case r == 'A' && m == 0x303:
			return 0xc3, n + size
		case r == 'A' && m == 0x308:
			return 0xc4, n + size
		case r == 'A' && m == 0x30a:
			return 0xc5, n + size
		}
	}
	return 0, 0
}

// mendOnce undoes one round of the double encoding.
func mendOnce(s string) (string, bool) {
	var b strings.Builder
	last := 0 // s[:last] is written
	for i := 0; i < len(s); {
		lead, n := leadAt(s[i:])
		if n == 0 {
			_, n = utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		want := 1 // continuation bytes the lead byte announces
		if lead == 0xe2 {
			want = 2
		}
		var seq [4]byte
		seq[0] = lead
		j := i + n
		k := 1
		for ; k <= want && j < len(s); k++ {
			c, m, ok := continuation(s[j:], lead)
			if !ok {
				break
			}
			seq[k] = c
			j += m
		}
		if k <= want || !utf8.FullRune(seq[:k]) {
			i += n
			continue
		}
		fixed, size := utf8.DecodeRune(seq[:k])
		if fixed == utf8.RuneError || size != k {
			i += n
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteRune(fixed)
		last, i = j, j
	}
	if last == 0 {
		return s, false
	}
	b.WriteString(s[last:])
	return b.String(), true
}

// continuation reads, at the start of s, a character that stands for a
// UTF-8 continuation byte (0x80-0xBF) read as Windows-1252 or Latin-1,
// and returns that byte and the bytes it took. Text that went through a
// compatibility normalisation after the damage lost some of those
// characters to their decompositions (º to "o", ¨ to a space and a
// combining diaeresis); after Ã or Â, the lead bytes of Latin letters,
// these are read back, as no word in any language follows Ã with them.
func continuation(s string, lead byte) (byte, int, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if r >= 0x80 && r <= 0xbf {
		return byte(r), n, true
	}
	if c, ok := charmap.Windows1252.EncodeRune(r); ok && c >= 0x80 && c <= 0xbf {
		return c, n, true
	}
	if lead != 0xc2 && lead != 0xc3 {
		return 0, 0, false
	}
	switch r {
	case 'a':
		return 0xaa, n, true // ª
	case 'o':
		return 0xba, n, true // º
	case ' ':
		// a spacing accent decomposed into a space and a combining mark
		m, size := utf8.DecodeRuneInString(s[n:])
		switch m {
		case 0x308:
			return 0xa8, n + size, true // ¨
		case 0x304:
			return 0xaf, n + size, true // ¯
		case 0x301:
			return 0xb4, n + size, true // ´
		case 0x327:
			return 0xb8, n + size, true // ¸
		}
	}
	return 0, 0, false
}
