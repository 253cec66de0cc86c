package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus/segment"
)

// span is a token before tagging: where it is, and the text the tagger reads
// for it (Penn Treebank spelling: “ and ” for quotation marks, ' for ’,
// -- for dashes), which may differ from what the article prints.
type span struct {
	start, end int
	norm       string
}

// tokenize splits text the Penn Treebank way, keeping byte offsets into text:
// words (with inner apostrophes, hyphens, dotted abbreviations and number
// punctuation), clitics split off (do|n't, he|'d, Russia|'s), and each
// quotation mark, bracket and punctuation mark its own token. prose's own
// tokenizer keeps "'no" and "«non»" whole, which the tagger then reads as
// nouns, so factdesk tokenizes itself and lends prose only the tagger.
func tokenize(text string) []span {
	out := make([]span, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r) || (r == '@' || r == '#') && i+1 < len(text) && startsWord(text[i+1:]):
			// A handle or hashtag is one word; "$" and "%" are tokens of their own.
			e := wordEnd(text, i)
			out = appendWord(out, text, i, e)
			i = e
		default:
			e := i + n
			norm := text[i:e]
			switch {
			case r == '\'' && strings.HasPrefix(text[e:], "'"): // NYT's ''…''
				e++
				norm = quoteNorm(text, i)
			case r == '`':
				if strings.HasPrefix(text[e:], "`") {
					e++
				}
				norm = "``"
			case isQuote(r):
				norm = quoteNorm(text, i)
			case r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '-':
				for e < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[e:])
					if r2 != r {
						break
					}
					e += n2
				}
				norm = "--"
				if r == '-' && e-i == 1 {
					norm = "-"
				}
			case r == '.' || r == '\u2026':
				for e < len(text) && text[e] == '.' {
					e++
				}
				if e-i > 1 || r == '\u2026' {
					norm = "..."
				}
			case r == '(' || r == '[' || r == '{':
				norm = "-LRB-"
			case r == ')' || r == ']' || r == '}':
				norm = "-RRB-"
			}
			out = append(out, span{i, e, norm})
			i = e
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u2039', '\u203a', '\u201e', '\u201a':
		return true
	}
	return false
}

// quoteNorm tells an opening mark (“) from a closing one (”) by its kind
// or, for straight and ambiguous marks, by what stands before it.
func quoteNorm(text string, i int) string {
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '\u201c', '\u2018', '\u00ab', '\u2039', '\u201e', '\u201a':
		return "``"
	case '\u201d', '\u00bb', '\u203a':
		return "''"
	}
	if i == 0 {
		return "``"
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(p) || strings.ContainsRune("([{\u2014\u2013-:", p) || p == '\u201c' || p == '\u2018' {
		return "``"
	}
	return "''"
}

// wordEnd finds the end of the word starting at i: letters, digits and marks,
// joined by one inner apostrophe, hyphen, period or (between digits) comma,
// colon or slash; a final period stays when the word is an abbreviation or
// an initial.
func wordEnd(text string, i int) int {
	_, e := utf8.DecodeRuneInString(text[i:]) // the first rune, a word rune or @ #
	e += i
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if isWordRune(r) {
			e += n
			continue
		}
		if e+n < len(text) {
			nx, _ := utf8.DecodeRuneInString(text[e+n:])
			pv, _ := utf8.DecodeLastRuneInString(text[i:e])
			digits := unicode.IsDigit(pv) && unicode.IsDigit(nx)
			if (isApostrophe(r) || r == '.') && isWordRune(nx) && unicode.IsLetter(pv) ||
				r == '-' && isWordRune(nx) && isWordRune(pv) || // 28-point, US-Russia
				(r == '.' || r == ',' || r == ':' || r == '/' || r == '-') && digits {
				e += n
				continue
			}
		}
		break
	}
	// "Mr." "U.S." "J." keep their period.
	if e < len(text) && text[e] == '.' {
		w := text[i:e]
		if segment.IsAbbreviation(w) || strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(rune(w[0])) {
			e++
		}
	}
	return e
}

// clitics split off the end of a word, longest first (Penn Treebank).
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// appendWord appends text[s:e], its clitic split off, each piece normalised
// for the tagger (’ read as ').
func appendWord(out []span, text string, s, e int) []span {
	w := text[s:e]
	norm := strings.ReplaceAll(w, "\u2019", "'")
	for _, c := range clitics {
		if len(norm) > len(c) && strings.HasSuffix(strings.ToLower(norm), c) {
			// The clitic's bytes in the original: ’ is 3 bytes, ' is 1.
			cut := e
			for k := 0; k < len(c); k++ {
				_, n := utf8.DecodeLastRuneInString(text[s:cut])
				cut -= n
			}
			return append(out, span{s, cut, norm[:len(norm)-len(c)]}, span{cut, e, norm[len(norm)-len(c):]})
		}
	}
	return append(out, span{s, e, norm})
}
