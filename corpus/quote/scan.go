package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
)

// family tells double marks from single ones: a single mark only closes a
// single opener, so apostrophes inside a double quotation do not end it.
type family uint8

const (
	double family = iota + 1
	single
	guillemet
)

// opening is a quotation mark waiting for its closer.
type opening struct {
	fam  family
	pos  int // offset of the mark
	size int // its length in bytes
}

// marked is one top-level quotation found by the scanner.
type marked struct {
	open, close corpus.Span // the marks (close is zero when unclosed)
	inner       corpus.Span // the words between them, trimmed
}

// scan finds the top-level quotations of paragraph p. Quoted words inside
// a quotation stay part of it; a quotation opened at the start of the
// paragraph and never closed runs to its end, as news prints a quotation
// that goes on in the next paragraph.
func scan(text string, p corpus.Span) []marked {
	return scanIgnoring(text, p, nil)
}

// maxStray bounds how many stray single marks scan sets aside in one
// paragraph before it gives up on the paragraph's single marks.
const maxStray = 3

// scanIgnoring is scan with the marks at the offsets in stray read as
// apostrophes. A single mark left open at the paragraph's end that may
// not run to it was never a quotation's opener but an apostrophe printed
// the wrong way round ("KDLT‘ Morning Show", "how ‘bout", "toMoll‘s"):
// every quotation opened after it was read as one inside it and lost, so
// the paragraph is read again without it.
func scanIgnoring(text string, p corpus.Span, stray []int) []marked {
	var out []marked
	var stack []opening
	// nested is the last closer that closed a quotation inside the
	// top-level one of the same family (see the end of the scan).
	var nested corpus.Span
	i := p.Start
	for i < p.End {
		// Every mark starts with one of these bytes: " ' or the lead byte
		// of “ ” ‘ ’ „ (E2) and « » (C2).
		if b := text[i]; b != '"' && b != '\'' && b != 0xE2 && b != 0xC2 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:p.End])
		fam, size, canOpen, canClose := classify(text, p, i, r, n)
		if fam == 0 || slices.Contains(stray, i) {
			i += n
			continue
		}
		closed := false
		// Close the innermost opener of the same family; unclosed single
		// openers inside it were apostrophes after all.
		if canClose {
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].fam == fam {
					if k == 0 {
						out = appendMarked(out, text, stack[0], corpus.Span{Start: i, End: i + size}, p.End)
						nested = corpus.Span{}
					} else if stack[0].fam == fam {
						nested = corpus.Span{Start: i, End: i + size}
					}
					stack = stack[:k]
					closed = true
					break
				}
				if stack[k].fam != single {
					break
				}
			}
		}
		if !closed && canOpen && reopens(text, p, stack, fam, i, size) {
			// A speech that goes on in a new paragraph, the paragraphs run
			// together (a live blog's copy): the quotation so far ends
			// here, left open, and the same mark opens the next part.
			out = appendMarked(out, text, stack[0], corpus.Span{}, i)
			stack = stack[:0]
		}
		if !closed && canOpen {
			stack = append(stack, opening{fam: fam, pos: i, size: size})
		}
		i += size
	}
	if len(stack) == 1 && !nested.IsZero() && nested.Start > stack[0].pos && onlyClosers(text, nested.End, p.End) {
		// '"… a column titled "'Sorry,' …'" ': a quotation inside the
		// quotation opened with the same mark and never closed, so the
		// last mark of the paragraph, taken for its closer, closes the
		// outer quotation.
		return appendMarked(out, text, stack[0], nested, p.End)
	}
	if len(stack) > 0 && (stack[0].fam != single || singleRun(text, p, stack[0])) && opensRun(text, p.Start, stack[0].pos) {
		out = appendMarked(out, text, stack[0], corpus.Span{}, p.End)
	} else if len(stack) > 0 && stack[0].fam == single && len(stray) < maxStray {
		return scanIgnoring(text, p, append(stray, stack[0].pos))
	}
	return out
}

// onlyClosers reports whether text[from:to] holds nothing but spaces and
// sentence punctuation: the mark before it ended the paragraph's words.
func onlyClosers(text string, from, to int) bool {
	for _, r := range text[from:to] {
		if !unicode.IsSpace(r) && !strings.ContainsRune(".,!?;:", r) {
			return false
		}
	}
	return true
}

// reopens reports whether the mark at i, which opens, instead starts the
// next paragraph of the one quotation open (stack holds just it): the
// same mark, after a sentence that ended inside the quotation ("… this
// club. “It has not gone …"), as news reopens each paragraph of a long
// speech. Quoted words inside a speech follow a comma or a colon, not a
// full stop.
func reopens(text string, p corpus.Span, stack []opening, fam family, i, size int) bool {
	if len(stack) != 1 || stack[0].fam != fam || fam != double || text[stack[0].pos:stack[0].pos+stack[0].size] != text[i:i+size] {
		return false
	}
	before := strings.TrimRightFunc(text[stack[0].pos+stack[0].size:i], unicode.IsSpace)
	if len(before) == len(text[stack[0].pos+stack[0].size:i]) {
		return false // no space before the mark
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '?' || r == '!'
}

// appendMarked appends the quotation o opened and closeMark closed; one
// left open (closeMark zero) stops at paraEnd, the paragraph's end or the
// mark that reopens it (see reopens).
func appendMarked(out []marked, text string, o opening, closeMark corpus.Span, paraEnd int) []marked {
	end := closeMark.Start
	if closeMark.IsZero() {
		end = paraEnd
	}
	inner := trim(text, corpus.Span{Start: o.pos + o.size, End: end})
	if inner.Len() == 0 {
		return out
	}
	// 'n' in "rock 'n' roll" is not a quotation.
	if o.fam == single && utf8.RuneCountInString(inner.Of(text)) < 3 {
		return out
	}
	return append(out, marked{open: corpus.Span{Start: o.pos, End: o.pos + o.size}, close: closeMark, inner: inner})
}

// classify says whether the rune r at i is a quotation mark, of which
// family, and whether it can open or close a quotation, from the
// characters around it (an apostrophe between letters is neither).
func classify(text string, p corpus.Span, i int, r rune, n int) (fam family, size int, canOpen, canClose bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
	if i == p.Start {
		prev = ' '
	}
	next, _ := utf8.DecodeRuneInString(text[i+n : p.End])
	if i+n >= p.End {
		next = ' '
	}
	size = n
	switch r {
	case '\u201c', '\u201e': // “ „
		return double, size, true, r == '\u201c' && !leftFlank(prev) && !rightFlank(next)
	case '\u201d': // ”, sometimes printed as an opener too
		return double, size, leftFlank(prev) && rightFlank(next), !leftFlank(prev) || !rightFlank(next)
	case '\u00ab':
		return guillemet, size, true, false
	case '\u00bb':
		return guillemet, size, false, true
	case '"':
		// A mark between spaces after a comma or a full stop closes: "…
		// the center,' " she said" (a space slipped in before it).
		lone := unicode.IsSpace(prev) && unicode.IsSpace(next) && endsClause(text[p.Start:i])
		return double, size, leftFlank(prev) && !unicode.IsSpace(next), !leftFlank(prev) || lone
	case '\u2018': // ‘
		if unicode.IsDigit(next) {
			return 0, 0, false, false // ‘90s
		}
		return single, size, true, false
	case '\'', '\u2019':
		// Two straight apostrophes are a double mark (''…'' in the NYT's style).
		if r == '\'' && next == '\'' {
			n2 := i + 2
			after, _ := utf8.DecodeRuneInString(text[min(n2, p.End):p.End])
			if n2 >= p.End {
				after = ' '
			}
			// Between spaces after a clause's end it closes, as '"'
			// does: "… left-right coalitions, '' said", or after quoted
			// words inside: "… 'Park Avenue,'  '' she noted".
			lone := unicode.IsSpace(prev) && unicode.IsSpace(after) && endsClause(text[p.Start:i])
			return double, 2, leftFlank(prev) && !unicode.IsSpace(after), !leftFlank(prev) || lone
		}
		if wordRune(prev) && wordRune(next) {
			return 0, 0, false, false // it's, Russia's, rock'n'roll
		}
		if r == '\'' && leftFlank(prev) && unicode.IsDigit(next) {
			return 0, 0, false, false // '90s
		}
		return single, size, r == '\'' && leftFlank(prev) && !unicode.IsSpace(next), !leftFlank(prev)
	}
	return 0, 0, false, false
}

// leftFlank: a mark after this rune can open (start, space, bracket, dash).
func leftFlank(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '-' || r == '\u2013' || r == '\u2014' ||
		r == '/' || r == '\u201c' || r == '\u2018' || r == '"' || r == ':' || r == '\u00ab'
}

// rightFlank: a mark before this rune can close (end, space, punctuation).
func rightFlank(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// endsClause reports whether s, spaces trimmed, ends with punctuation that
// closes speech.
func endsClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, unicode.IsSpace))
	return r == ',' || r == '.' || r == '?' || r == '!' || r == '\'' || r == '\u2019'
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// opensRun reports whether a quotation opened at off may run to the end of
// the paragraph: it opens the paragraph or a sentence.
func opensRun(text string, start, off int) bool {
	before := strings.TrimRightFunc(text[start:off], unicode.IsSpace)
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '?' || r == '!' || r == ':'
}

// singleRun reports whether a single mark left open may still run to the
// end of its paragraph, as British papers print a speech that goes on in
// the next paragraph ('Dear fans, … / 'We won two trophies …): it opens
// the paragraph or follows a colon, and the paragraph ends a sentence.
func singleRun(text string, p corpus.Span, o opening) bool {
	before := strings.TrimRightFunc(text[p.Start:o.pos], unicode.IsSpace)
	if before != "" && !strings.HasSuffix(before, ":") {
		return false
	}
	end := strings.TrimRightFunc(text[p.Start:p.End], func(r rune) bool {
		return unicode.IsSpace(r) || r == '\'' || r == '\u2019'
	})
	r, _ := utf8.DecodeLastRuneInString(end)
	return r == '.' || r == '?' || r == '!'
}

func onlySpace(text string, from, to int) bool {
	for _, r := range text[from:to] {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// trim narrows s to exclude white space at either end.
func trim(text string, s corpus.Span) corpus.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}
