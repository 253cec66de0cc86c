package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind is what a token is made of.
type tkind uint8

const (
	tWord  tkind = iota // letters (and digits after a letter: "G7")
	tNum                // digits with thousands commas and a decimal point: "10,000.5", "14th"
	tPunct              // any other single rune: "$", "%", "-", ":"
)

// tok is one token of a sentence; s and e are byte offsets into the
// article's text, so values keep spans into the original.
type tok struct {
	s, e    int
	kind    tkind
	gap     bool   // white space before it
	lower   string // lower-cased text, for words
	num     float64
	digits  int  // number of digits, for numbers
	ordinal bool // "14th"
	comma   bool // "10,000": digits grouped by commas
}

// tokenize cuts text[start:end] into tokens. It never fails: anything that
// is neither a letter nor a digit nor white space is a one-rune token.
func tokenize(text string, start, end int) []tok {
	return appendTokens(make([]tok, 0, (end-start)/5+1), text, start, end, nil)
}

// appendTokens is tokenize appending to out, so one buffer serves every
// sentence of a corpus. lower, when not nil, keeps the lower-cased form
// of each word written with capitals, lower-cased once per corpus rather
// than once per occurrence.
func appendTokens(out []tok, text string, start, end int, lower map[string]string) []tok {
	gap := true
	i := start
	for i < end {
		// ASCII, most of the text, is classed by its byte without decoding.
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
				gap = true
				i++
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				j := wordEnd(text, i+1, end)
				out = append(out, tok{s: i, e: j, kind: tWord, gap: gap, lower: lowerCached(text[i:j], lower)})
				i = j
				gap = false
				continue
			case c < '0' || c > '9':
				out = append(out, tok{s: i, e: i + 1, kind: tPunct, gap: gap, lower: text[i : i+1]})
				i++
				gap = false
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			gap = true
			i += n
			continue
		case r >= '0' && r <= '9':
			t, j := scanNumber(text, i, end)
			t.gap = gap
			out = append(out, t)
			i = j
		case unicode.IsLetter(r):
			j := wordEnd(text, i+n, end)
			out = append(out, tok{s: i, e: j, kind: tWord, gap: gap, lower: lowerCached(text[i:j], lower)})
			i = j
		default:
			out = append(out, tok{s: i, e: i + n, kind: tPunct, gap: gap, lower: text[i : i+n]})
			i += n
		}
		gap = false
	}
	return out
}

// wordEnd is the end of the word whose letters go on at j: letters,
// digits and marks, and inner apostrophes that keep "it's" and "Russia's"
// one word.
func wordEnd(text string, j, end int) int {
	for j < end {
		if c := text[j]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				j++
				continue
			}
			if c != '\'' {
				return j
			}
		}
		r2, n2 := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.IsMark(r2) {
			j += n2
			continue
		}
		if r2 == '\'' || r2 == '\u2019' {
			if j+n2 < end {
				if r3, _ := utf8.DecodeRuneInString(text[j+n2 : end]); unicode.IsLetter(r3) {
					j += n2
					continue
				}
			}
		}
		return j
	}
	return j
}

// scanNumber reads digits at i: "10", "10,000", "2.5", "14th". Digits
// followed by other letters ("3D", "5G") are a word, not a number.
func scanNumber(text string, i, end int) (tok, int) {
	j := i
	val := 0.0
	digits := 0
	comma := false
	for j < end && text[j] >= '0' && text[j] <= '9' {
		val = val*10 + float64(text[j]-'0')
		digits++
		j++
	}
	// Thousands groups: a comma and exactly three digits.
	for j+4 <= end && text[j] == ',' && isDigits(text[j+1:j+4]) && (j+4 == end || !isDigit(text[j+4])) {
		for k := j + 1; k < j+4; k++ {
			val = val*10 + float64(text[k]-'0')
		}
		digits += 3
		comma = true
		j += 4
	}
	if j+1 < end && text[j] == '.' && isDigit(text[j+1]) {
		scale := 0.1
		j++
		for j < end && isDigit(text[j]) {
			val += float64(text[j]-'0') * scale
			scale /= 10
			j++
		}
	}
	t := tok{s: i, kind: tNum, num: val, digits: digits, comma: comma}
	// Ordinal suffix, or letters glued on that make it a word.
	k := j
	for k < end {
		r, n := utf8.DecodeRuneInString(text[k:end])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		k += n
	}
	if k > j {
		switch suffix := strings.ToLower(text[j:k]); {
		case suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th":
			t.ordinal = true
			j = k
		case gluedScales[suffix] && (len(suffix) > 2 || afterCurrency(text, i)):
			// "£10.4million", "$5bn": the scale is a word of its own,
			// read after the number; "5G" and "3D" stay words, and "2m"
			// is metres unless money is written before it.
		default:
			t.kind = tWord
			j = k
		}
	}
	t.e = j
	t.lower = strings.ToLower(text[i:j])
	return t, j
}

// gluedScales are the scale words a number may be written against
// ("10.4million", "£40k"); the short ones count only after a currency
// symbol (see afterCurrency).
var gluedScales = map[string]bool{
	"thousand": true, "million": true, "billion": true, "trillion": true,
	"k": true, "m": true, "mn": true, "bn": true, "tn": true,
}

// afterCurrency reports whether the rune before i is a currency symbol.
func afterCurrency(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return currencySymbols[string(r)] != ""
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// lowerWord lower-cases a word and straightens its apostrophe, so that
// "wasn’t" and "wasn't" read the same.
// lowerCached is lowerWord(w), read from cache when w has capitals or
// other than ASCII (a word already lower-case is its own lower form).
func lowerCached(w string, cache map[string]string) string {
	if cache == nil {
		return lowerWord(w)
	}
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	if l, ok := cache[w]; ok {
		return l
	}
	l := lowerWord(w)
	if len(cache) < 1<<16 {
		cache[w] = l
	}
	return l
}

func lowerWord(w string) string {
	l := strings.ToLower(w)
	if strings.ContainsRune(l, '\u2019') {
		l = strings.ReplaceAll(l, "\u2019", "'")
	}
	return l
}
