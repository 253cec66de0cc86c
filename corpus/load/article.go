package load

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// Parse reads one article's text as received, with no manifest: its
// paragraphs and what each is (title, body, boilerplate), and the outlet,
// date and cited sources the text states. Text is kept as is, but for
// UTF-8 mangled through Latin-1, which is mended (Mend); every span points
// into it. Parse never fails: strange text yields fewer findings.
func Parse(file, text string) *corpus.Article {
	text = Mend(text)
	a := &corpus.Article{File: file, Text: text}
	marker, date := dateMarker(text)
	spans := segment.Paragraphs(text)
	if marker > 0 {
		// The marker shares the first line with the lead: the paragraph
		// starts after it, so no quotation or fact can include it.
		kept := spans[:0]
		for _, s := range spans {
			if s.End <= marker {
				continue
			}
			if s.Start < marker {
				s = segment.Trim(text, corpus.Span{Start: marker, End: s.End})
			}
			if s.Len() > 0 {
				kept = append(kept, s)
			}
		}
		spans = kept
	}
	spans = skipHeadingMarks(text, spans)
	a.Paragraphs = classify(text, spans)
	// Split once here: outlet and cite detection and every later stage read
	// the sentences instead of splitting the text again.
	segment.Split(a)
	for _, p := range a.Paragraphs {
		if p.Kind == corpus.ParaTitle {
			a.Title = p.Span()
			break
		}
	}
	a.Published = date
	if a.Published.IsZero() {
		a.Published = datelineDate(text, a.Paragraphs)
	}
	cues := findCues(text, a.Paragraphs)
	if o := textOutlet(text, a.Paragraphs, a.Sentences, cues); o != "" {
		a.Outlet, a.OutletFrom = o, "text"
	}
	a.Cites = textCites(text, a.Paragraphs, a.Sentences, cues, a.Outlet)
	return a
}

// dateMarker finds the " date YYYY-MM-DD " marker some scrapers put before
// the text. It returns where the marker ends (0 when there is none) and its
// date (zero when the digits are not a real day).
func dateMarker(text string) (end int, d corpus.Date) {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		i += n
	}
	if len(text)-i < len("date 2006-01-02") || !strings.EqualFold(text[i:i+4], "date") {
		return 0, corpus.Date{}
	}
	j := i + 4
	if j < len(text) && text[j] == ':' {
		j++
	}
	k := j
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k == j || len(text)-k < 10 || !isISODate(text[k:k+10]) {
		return 0, corpus.Date{}
	}
	e := k + 10
	if e < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[e:]); !unicode.IsSpace(r) {
			return 0, corpus.Date{}
		}
	}
	d, _ = corpus.ParseDate(text[k : k+10])
	return e, d
}

// isISODate reports whether s has the shape DDDD-DD-DD.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// skipHeadingMarks narrows Markdown headings ("## Details") to their words,
// so a title reads as printed and the marks count for nothing.
func skipHeadingMarks(text string, spans []corpus.Span) []corpus.Span {
	out := spans[:0]
	for _, s := range spans {
		i := s.Start
		for i < s.End && i-s.Start < 6 && text[i] == '#' {
			i++
		}
		if i > s.Start && i < s.End && (text[i] == ' ' || text[i] == '\t') {
			s = segment.Trim(text, corpus.Span{Start: i, End: s.End})
		}
		if s.Len() > 0 {
			out = append(out, s)
		}
	}
	return out
}
