package load

import (
	"strings"
	"time"

	"factdesk/corpus"
)

// datelineParas is how far into an article a dateline can be: the page
// header and the first paragraphs, never the story's own dates further on.
const datelineParas = 12

// datelineDate finds the publication date a page prints near its top:
// "Updated: 26-11-2025 11:56 IST", "Published Nov. 26, 2025", or a bare
// date on a short dateline. A labelled date wins over a bare one, and
// "published"/"created" over "updated". Dates inside running prose ("On
// Nov. 26, 2025, the court ruled") are events, not datelines, and are left
// alone.
func datelineDate(text string, paras []corpus.Paragraph) corpus.Date {
	var updated, bare corpus.Date
	for i, p := range paras {
		if i >= datelineParas {
			break
		}
		s := p.Span().Of(text)
		// Measured only for a bare date: most paragraphs hold no date.
		measured, dl := false, false
		dateline := func() bool {
			if !measured {
				f := measure(s)
				measured, dl = true, p.Kind == corpus.ParaBoilerplate || f.words <= 15 || f.pipes > 0
			}
			return dl
		}
		for off := 0; off < len(s); {
			d, at, end := nextDate(s, off)
			if d.IsZero() {
				break
			}
			switch label(s[:at]) {
			case "published", "posted", "created", "date", "dated", "first published":
				return d
			case "updated", "last updated", "modified":
				if updated.IsZero() {
					updated = d
				}
			default:
				if bare.IsZero() && dateline() {
					bare = d
				}
			}
			off = end
		}
	}
	if !updated.IsZero() {
		return updated
	}
	return bare
}

// label returns the lower-cased word(s) right before a date, without the
// colon: "Updated: " → "updated".
func label(before string) string {
	s := strings.TrimRight(before, " \t:\u00a0-–—")
	s = strings.TrimSuffix(strings.TrimSuffix(s, " on"), " On")
	i := strings.LastIndexAny(s, "|•·,;()")
	s = strings.TrimSpace(s[i+1:])
	if len(s) > 20 {
		s = s[len(s)-20:]
		if j := strings.IndexByte(s, ' '); j >= 0 {
			s = s[j+1:]
		}
	}
	return strings.ToLower(s)
}

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
}

// nextDate finds the first full date (day, month and year) in s at or after
// off: 2025-11-26, 26-11-2025, 26.11.2025, 11/26/2025, Nov. 26, 2025,
// November 26 2025 or 26 November 2025. It returns where the date starts
// and ends; a zero Date means none.
func nextDate(s string, off int) (corpus.Date, int, int) {
	for i := off; i < len(s); i++ {
		c := s[i]
		if !isDigit(c) && (c < 'A' || c > 'Z') {
			continue // most bytes: no date starts with them
		}
		if i > 0 && isAlnum(s[i-1]) {
			continue // only at the start of a word
		}
		switch {
		case isDigit(c):
			if d, end := numericDate(s, i); !d.IsZero() {
				return d, i, end
			}
			if d, end := dayMonthYear(s, i); !d.IsZero() {
				return d, i, end
			}
		case c >= 'A' && c <= 'Z':
			if d, end := monthDayYear(s, i); !d.IsZero() {
				return d, i, end
			}
		}
	}
	return corpus.Date{}, 0, 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// digits reads up to max digits at i.
func digits(s string, i, max int) (v, end int) {
	end = i
	for end < len(s) && end-i < max && isDigit(s[end]) {
		v = v*10 + int(s[end]-'0')
		end++
	}
	return v, end
}

func numericDate(s string, i int) (corpus.Date, int) {
	a, j := digits(s, i, 4)
	n := j - i
	if j >= len(s) || (s[j] != '-' && s[j] != '.' && s[j] != '/') {
		return corpus.Date{}, 0
	}
	sep := s[j]
	b, k := digits(s, j+1, 2)
	if k-j-1 < 1 || k >= len(s) || s[k] != sep {
		return corpus.Date{}, 0
	}
	c, e := digits(s, k+1, 4)
	if e < len(s) && isDigit(s[e]) {
		return corpus.Date{}, 0
	}
	switch {
	case n == 4 && e-k-1 >= 1 && e-k-1 <= 2 && sep != '/': // 2025-11-26
		return mkDate(a, b, c), e
	case n <= 2 && e-k-1 == 4 && sep == '/': // 11/26/2025, American order
		if d := mkDate(c, a, b); !d.IsZero() {
			return d, e
		}
		return mkDate(c, b, a), e
	case n <= 2 && e-k-1 == 4: // 26-11-2025, 26.11.2025
		if d := mkDate(c, b, a); !d.IsZero() {
			return d, e
		}
		return mkDate(c, a, b), e
	}
	return corpus.Date{}, 0
}

// month reads a month name at i ("Nov", "Nov.", "November").
func month(s string, i int) (time.Month, int) {
	j := i
	for j < len(s) && j-i < 10 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j-i < 3 {
		return 0, 0 // no month name is shorter ("May", "Jan")
	}
	// The first two letters of every month name: most capitalised words
	// start otherwise, and need no lookup.
	switch string([]byte{s[i] | 0x20, s[i+1] | 0x20}) {
	case "ja", "fe", "ma", "ap", "ju", "au", "se", "oc", "no", "de":
	default:
		return 0, 0
	}
	// At most ten ASCII letters: lower-cased on the stack, so trying
	// every word as a month allocates nothing.
	var buf [10]byte
	for k := i; k < j; k++ {
		buf[k-i] = s[k] | 0x20
	}
	m, ok := monthNames[string(buf[:j-i])]
	if !ok || (j < len(s) && isAlnum(s[j])) {
		return 0, 0
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	return m, j
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ':
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += len("\u00a0")
		default:
			return i
		}
	}
	return i
}

func monthDayYear(s string, i int) (corpus.Date, int) {
	m, j := month(s, i)
	if m == 0 {
		return corpus.Date{}, 0
	}
	j = skipSpace(s, j)
	d, k := digits(s, j, 2)
	if k == j {
		return corpus.Date{}, 0
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s[k:], suf) {
			k += 2
			break
		}
	}
	return withYear(s, k, int(m), d)
}

func dayMonthYear(s string, i int) (corpus.Date, int) {
	d, j := digits(s, i, 2)
	if j == i || j >= len(s) || s[j] != ' ' {
		return corpus.Date{}, 0
	}
	m, k := month(s, skipSpace(s, j))
	if m == 0 {
		return corpus.Date{}, 0
	}
	return withYear(s, k, int(m), d)
}

// withYear reads ", 2025" (the comma optional) at k, after a month m and
// day d, and returns the date and where it ends.
func withYear(s string, k, m, d int) (corpus.Date, int) {
	if k < len(s) && s[k] == ',' {
		k++
	}
	k = skipSpace(s, k)
	y, e := digits(s, k, 4)
	if e-k != 4 || (e < len(s) && isDigit(s[e])) {
		return corpus.Date{}, 0
	}
	return mkDate(y, m, d), e
}

// mkDate returns the day, or the zero Date when it does not exist.
func mkDate(y, m, d int) corpus.Date {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return corpus.Date{}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return corpus.Date{}
	}
	return corpus.Date{Year: y, Month: time.Month(m), Day: d}
}
