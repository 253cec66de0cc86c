// Package segment cuts article text into paragraphs, sentences and words,
// each as a corpus.Span into the original text, so later stages never copy
// or rewrite what the article prints.
//
// The sentence splitter is rule-based with an abbreviation list. We measured
// neurosnap/sentences (Punkt) at about 6.5 MB/s on the seeds, which alone
// would use the whole indexing budget (5 MB/s for load, extract and index);
// this splitter runs at over 100 MB/s and agrees with it on news text.
package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
)

// Paragraphs returns one span per non-blank line of text, trimmed of
// surrounding white space. Scraped articles put one paragraph on a line;
// a line ends at LF, CRLF or a bare CR (old Mac exports).
func Paragraphs(text string) []corpus.Span {
	var out []corpus.Span
	start := 0
	for start <= len(text) {
		end := start
		for end < len(text) && text[end] != '\n' && text[end] != '\r' {
			end++
		}
		if s := Trim(text, corpus.Span{Start: start, End: end}); s.Len() > 0 {
			out = append(out, s)
		}
		start = end + 1
	}
	return out
}

// Trim narrows s to exclude leading and trailing white space (including
// no-break spaces and carriage returns).
func Trim(text string, s corpus.Span) corpus.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		s.End -= n
	}
	return s
}

// abbreviations that end with a period without ending a sentence. Lower-case,
// without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "gov": true, "sen": true, "rep": true, "reps": true, "gen": true, "lt": true,
	"col": true, "capt": true, "sgt": true, "maj": true, "adm": true, "cmdr": true, "pres": true,
	"rev": true, "hon": true, "atty": true, "supt": true, "insp": true, "amb": true, "sec": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "v": true, "etc": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "llc": true, "dept": true, "est": true, "approx": true, "fig": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "a.m": true, "p.m": true,
	"i.e": true, "e.g": true, "ft": true, "mt": true, "ave": true, "blvd": true, "calif": true,
	"fla": true, "ga": true, "ill": true, "mass": true, "mich": true, "minn": true, "pa": true,
	"tenn": true, "tex": true, "va": true, "wash": true, "wis": true, "ariz": true, "colo": true,
	"conn": true, "del": true, "ind": true, "kan": true, "ky": true, "la": true, "md": true,
	"miss": true, "mo": true, "mont": true, "neb": true, "nev": true, "okla": true, "ore": true,
	"wyo": true, "n.y": true, "n.j": true, "n.c": true, "s.c": true,
}

// closers may follow sentence-final punctuation inside the same sentence.
func closer(r rune) bool {
	switch r {
	case '"', '\'', '\u201d', '\u2019', ')', ']', '\u00bb':
		return true
	}
	return false
}

// opener may start a sentence before its first letter.
func opener(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u2018', '(', '[', '\u00ab', '-', '\u2013', '\u2014':
		return true
	}
	return false
}

// Split fills a.Sentences with the sentences of every paragraph, in
// order, so that the stages after loading read them instead of splitting
// the text again (each did, once per stage). Paragraphs out of order or
// overlapping leave it nil: SentencesOf then splits on demand.
func Split(a *corpus.Article) {
	a.Sentences = nil
	var all []corpus.Span
	end := 0
	for _, p := range a.Paragraphs {
		if p.Span().Start < end {
			return
		}
		if p.Span().Start >= 0 && p.Span().End <= len(a.Text) && p.Span().Start < p.Span().End {
			all = appendSentences(all, a.Text, p.Span())
			end = p.Span().End
		}
	}
	if all == nil {
		all = []corpus.Span{} // split, and none: not "not split"
	}
	a.Sentences = all[:len(all):len(all)]
}

// SentencesOf returns the sentences of paragraph p of text: those of all
// (an article's Sentences, as Split leaves them) inside p, or, when all is
// nil, segment.Sentences of p's span.
func SentencesOf(text string, all []corpus.Span, p corpus.Paragraph) []corpus.Span {
	if all == nil {
		return Sentences(text, p.Span())
	}
	i, _ := slices.BinarySearchFunc(all, p.Span().Start, func(s corpus.Span, off int) int { return s.Start - off })
	j := i
	for j < len(all) && all[j].End <= p.Span().End {
		j++
	}
	return all[i:j:j]
}

// Sentences splits the text of span s into sentences, each trimmed.
func Sentences(text string, s corpus.Span) []corpus.Span {
	return appendSentences(nil, text, s)
}

// appendSentences appends the sentences of text[s] to out.
func appendSentences(out []corpus.Span, text string, s corpus.Span) []corpus.Span {
	start := s.Start
	i := s.Start
	for i < s.End {
		// Only '.', '!', '?' and '…' (whose UTF-8 starts with 0xE2) can end
		// a sentence: other bytes, continuation bytes included, are skipped
		// without decoding.
		if c := text[i]; c != '.' && c != '!' && c != '?' && c != 0xE2 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		if r != '.' && r != '!' && r != '?' && r != '\u2026' {
			i += n
			continue
		}
		end := i + n
		// Runs like "?!" or "..." end together.
		for end < s.End {
			r2, n2 := utf8.DecodeRuneInString(text[end:s.End])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '\u2026' || closer(r2) {
				end += n2
				continue
			}
			break
		}
		if r == '.' && !endsSentence(text, s.Start, i) && !pronounAfterAcronym(text, s, i, end) {
			i = end
			continue
		}
		// A boundary needs white space and then something that can start a
		// sentence: an upper-case letter, a digit or an opening mark.
		j := end
		sp := false
		for j < s.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:s.End])
			if !unicode.IsSpace(r2) {
				break
			}
			sp = true
			j += n2
		}
		if j >= s.End {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j:s.End])
		if sp && (unicode.IsUpper(next) || unicode.IsDigit(next) || opener(next)) {
			if t := Trim(text, corpus.Span{Start: start, End: end}); t.Len() > 0 {
				out = append(out, t)
			}
			start = j
		}
		i = end
	}
	if t := Trim(text, corpus.Span{Start: start, End: s.End}); t.Len() > 0 {
		out = append(out, t)
	}
	return out
}

// subjectPronouns open a clause of their own: after a dotted acronym
// ("Washington D.C. He recalled", "at 4 p.m. They left") a new sentence.
var subjectPronouns = map[string]bool{"He": true, "She": true, "They": true, "We": true, "It": true}

// pronounAfterAcronym reports whether the period at dot closes a dotted
// acronym ("D.C.", "p.m.", "U.S.") and is followed, past white space, by
// a subject pronoun: the acronym ends the sentence then, as nothing it
// abbreviates runs on into "He" or "They".
func pronounAfterAcronym(text string, s corpus.Span, dot, end int) bool {
	w := dot
	for w > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:w])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		w -= n
	}
	if !strings.Contains(text[w:dot], ".") {
		return false
	}
	j := end
	for j < s.End {
		r, n := utf8.DecodeRuneInString(text[j:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	if j == end {
		return false
	}
	k := j
	for k < s.End && unicode.IsLetter(rune(text[k])) && text[k] < utf8.RuneSelf {
		k++
	}
	if k < s.End {
		if r, _ := utf8.DecodeRuneInString(text[k:s.End]); unicode.IsLetter(r) {
			return false
		}
	}
	return subjectPronouns[text[j:k]]
}

// endsSentence reports whether the period at dot ends a sentence, looking at
// the word before it: abbreviations and initials do not.
func endsSentence(text string, from, dot int) bool {
	w := dot
	for w > from {
		r, n := utf8.DecodeLastRuneInString(text[from:w])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if word == "" {
		return true
	}
	if isAbbreviation(word) {
		return false
	}
	// An initial ("J." in "Donald J. Trump") or a dotted acronym ("U.S.").
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(text[w:dot])
		return !unicode.IsUpper(r)
	}
	return !strings.Contains(word, ".")
}

// isAbbreviation looks word up in abbreviations, lower-cased in a small
// buffer: this runs at every period of the corpus.
// IsAbbreviation reports whether word, written before a period, is an
// abbreviation that does not end a sentence ("Del.", "Oct.", "U.S").
func IsAbbreviation(word string) bool { return isAbbreviation(word) }

func isAbbreviation(word string) bool {
	var buf [8]byte
	if len(word) > len(buf) {
		return false // no abbreviation is that long
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= utf8.RuneSelf {
			return LowerIn(abbreviations, word)
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(word)])]
}

// Token is one word with its place in the original text.
type Token struct {
	Span corpus.Span
	Text string // as written
}

// Words returns the words of span s: runs of letters and digits, keeping
// inner apostrophes and hyphens ("it's", "28-point", "US-Russia").
func Words(text string, s corpus.Span) []Token {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return nil
	}
	// About one word in six bytes of news text: one allocation, mostly.
	return AppendWords(make([]Token, 0, (s.End-s.Start)/5+1), text, s)
}

// AppendWords appends the words of span s to out, so a caller can reuse
// one buffer for many sentences.
func AppendWords(out []Token, text string, s corpus.Span) []Token {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return out
	}
	for i := s.Start; i < s.End; {
		j, k := nextWord(text, i, s.End)
		if j < 0 {
			break
		}
		out = append(out, Token{Span: corpus.Span{Start: j, End: k}, Text: text[j:k]})
		i = k
	}
	return out
}

// CountWords is len(Words(text, s)) without building the tokens.
func CountWords(text string, s corpus.Span) int {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return 0
	}
	n := 0
	for i := s.Start; i < s.End; {
		j, k := nextWord(text, i, s.End)
		if j < 0 {
			break
		}
		n++
		i = k
	}
	return n
}

// HasWords reports whether s holds at least n words, counting no further.
func HasWords(text string, s corpus.Span, n int) bool {
	if n <= 0 {
		return true
	}
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return false
	}
	for i := s.Start; i < s.End; {
		j, k := nextWord(text, i, s.End)
		if j < 0 {
			return false
		}
		if n--; n == 0 {
			return true
		}
		i = k
	}
	return false
}

// nextWord returns the bounds of the first word in text[i:end], or -1.
func nextWord(text string, i, end int) (int, int) {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiWord(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isWordRune(r) {
			break
		}
		i += n
	}
	if i >= end {
		return -1, -1
	}
	j := i
	for j < end {
		c := text[j]
		if c < utf8.RuneSelf && asciiWord(c) {
			j++
			continue
		}
		r2, n2 := rune(c), 1
		if c >= utf8.RuneSelf {
			r2, n2 = utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r2) {
				j += n2
				continue
			}
		}
		if r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '\u2010' || r2 == '\u2011' {
			if j+n2 < end {
				if r3, _ := utf8.DecodeRuneInString(text[j+n2 : end]); isWordRune(r3) {
					j += n2
					continue
				}
			}
		}
		break
	}
	return i, j
}

func asciiWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// LowerIn is m[strings.ToLower(w)] without the lower-cased copy: an
// ASCII word (nearly every word a word list is asked about) is lowered on
// the stack, and Go looks a []byte key up in place. Extraction asks word
// lists about capitalised words hundreds of thousands of times a build.
func LowerIn[V any](m map[string]V, w string) V {
	var buf [32]byte
	if len(w) <= len(buf) {
		n := 0
		for ; n < len(w); n++ {
			c := w[n]
			if c >= utf8.RuneSelf {
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
		}
		if n == len(w) {
			return m[string(buf[:n])]
		}
	}
	return m[strings.ToLower(w)]
}

// WordSet makes a set of the white-space separated words of a list: the
// small word lists (honorifics, adverbs, months) that extraction keeps.
func WordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
