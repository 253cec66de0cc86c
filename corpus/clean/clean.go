// Package clean normalises text in one place, for everything that compares
// what a person typed or pasted with what an article prints: the index's
// analyzer, the question parser and speaker autocomplete.
//
// Normalising applies NFKC (fullwidth letters, ligatures and no-break
// spaces become their plain forms), drops format characters (zero-width
// space, zero-width joiner and non-joiner, soft hyphen, byte order mark,
// word joiner, direction marks), and folds typographic quotation marks and
// dashes to their ASCII forms. Text copied from a web page often carries
// all of these where the reader sees none.
//
// Article text is never rewritten: a Text keeps, for every byte of the
// normalised string, the offset of the original byte it came from, so a
// word found in the normalised view still points at the article.
package clean

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a normalised view of a string.
type Text struct {
	S    string  // the normalised text
	orig []int32 // orig[i] is the original offset of S's byte i; nil when S is the original
	n    int     // the original's length
}

// New normalises s, keeping the way back to its offsets.
func New(s string) Text {
	if !Needed(s) {
		return Text{S: s, n: len(s)}
	}
	// Format characters go first: a zero-width joiner between a letter
	// and its accent would otherwise stop NFKC composing them.
	mid := make([]byte, 0, len(s))
	midOrig := make([]int32, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:]) // an invalid byte is kept, alone
		if !IsFormat(r) {
			mid = append(mid, s[i:i+n]...)
			for k := 0; k < n; k++ {
				midOrig = append(midOrig, int32(i+k))
			}
		}
		i += n
	}
	midOrig = append(midOrig, int32(len(s)))

	out := make([]byte, 0, len(mid))
	orig := make([]int32, 0, len(mid)+1)
	var it norm.Iter
	it.Init(norm.NFKC, mid)
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		p1 := it.Pos()
		same := string(seg) == string(mid[p0:p1])
		for k := 0; k < len(seg); {
			r, n := utf8.DecodeRune(seg[k:])
			at := midOrig[p0]
			if same {
				at = midOrig[p0+k]
			}
			if f, ok := fold(r); ok {
				out = append(out, f)
				orig = append(orig, at)
			} else {
				out = append(out, seg[k:k+n]...)
				for j := 0; j < n; j++ {
					o := at
					if same {
						o = midOrig[p0+k+j]
					}
					orig = append(orig, o)
				}
			}
			k += n
		}
	}
	orig = append(orig, int32(len(s)))
	return Text{S: string(out), orig: orig, n: len(s)}
}

// Orig returns the offset in the original text of offset i of t.S (i may
// be len(t.S), the end).
func (t Text) Orig(i int) int {
	if t.orig == nil {
		return i
	}
	if i < 0 {
		return 0
	}
	if i >= len(t.orig) {
		return t.n
	}
	return int(t.orig[i])
}

// Changed reports whether normalising changed anything.
func (t Text) Changed() bool { return t.orig != nil }

// String is the normalised form of s, without the offset map.
func String(s string) string { return New(s).S }

// IsFormat reports whether r is a format character that normalising drops
// (Unicode category Cf: zero-width space, joiners, soft hyphen, BOM, …).
func IsFormat(r rune) bool {
	return r >= 0xAD && unicode.Is(unicode.Cf, r)
}

// Needed reports whether normalising would change s. Plain ASCII, most
// text, is answered without decoding.
func Needed(s string) bool { return needed(s, true) }

// Words is New for a reader of words alone (the index's analyzer): text
// whose only change would be folding quotation marks and dashes, which
// are no part of a word, is left as it is, without an offset map. Most
// news paragraphs hold a typographic quote or apostrophe and nothing else.
func Words(s string) Text {
	if !needed(s, false) {
		return Text{S: s, n: len(s)}
	}
	return New(s)
}

func needed(s string, marks bool) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return false
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if IsFormat(r) {
			return true
		}
		if _, ok := fold(r); ok && marks {
			return true
		}
	}
	return !norm.NFKC.IsNormalString(s)
}

// fold is the ASCII form of a typographic quotation mark or dash.
func fold(r rune) (byte, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032':
		return '\'', true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
		return '"', true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2043', '\uFE58', '\uFE63':
		return '-', true
	}
	return 0, false
}
