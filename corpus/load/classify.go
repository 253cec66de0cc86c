package load

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// The boilerplate classifier follows jusText (Pomikálek, 2011): each
// paragraph is first judged on its own shape — length, share of function
// words, sentence punctuation, pipes, links and digits — and the paragraphs
// it cannot judge alone (short ones, middling ones) take the class of their
// neighbours. It runs in one pass plus two sweeps, so it stays linear.
//
// The thresholds are jusText's English defaults (70 and 200 bytes, 30 %
// stopwords). What news pages need beyond them, each measured on the seeds
// and PolNeAR: a long paragraph that ends as a sentence is never bad alone
// (prose heavy with names has few stopwords); pipes, links, copyright,
// bullets and title-case lines without a sentence are bad by shape; section
// heads, time stamps and repeats are dropped but transparent, so the prose
// around them is judged as if they were not there; the title counts as
// prose for its neighbours; and a whole sentence at the article's edge
// stays.
const (
	lengthLow     = 70   // bytes: below this a paragraph is "short"
	lengthHigh    = 200  // bytes: above this prose can be "good" on its own
	stopwordsHigh = 0.30 // share of function words in good prose
	stopwordsLow  = 0.25 // share in prose that is probably good
	maxTitleBytes = 200  // headlines run to 15 words or so; a lead runs longer
	maxTitleWords = 25
	// A headline without a final period may run longer when it quotes
	// someone and then says who ("'…': Vell thanked the crew after the final of …");
	// a lead of that length ends with its period.
	maxOpenTitleWords = 30
	// A headline is short: a longer line without a final period is an
	// unfinished sentence full of names ("Witkoff also recommended to
	// Ushakov that Putin call the President before Zelensky visited…").
	maxHeadlineWords = 16
	// A short paragraph at the edge of the article is kept when it is a
	// sentence of at least this many words.
	minSentenceWords = 6
	// A copyright line has at most this many words.
	maxCopyrightWords = 25
)

// class is the classifier's verdict on one paragraph.
type class uint8

const (
	clNone    class = iota // no neighbour that way
	clGood                 // prose: kept whatever its neighbours
	clNear                 // probably prose: kept unless boilerplate surrounds it
	clShort                // too short to judge: takes its neighbours' class
	clHeading              // a section head or menu label: dropped, but neighbours look through it
	clBad                  // boilerplate by its own shape
)

// leadIn reports whether a short line introduces what follows ("He
// said:", "Caddell continued:") or is half of a two-line headline ending
// in ";": the quotation after it needs it, so it is no section head.
func leadIn(s string, f features) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ";") || (strings.HasSuffix(s, ":") && f.lowerWords+f.stops > 0)
}

// introducesQuote reports whether paragraph i ends with a colon and the
// paragraph after it opens with a quotation mark.
func introducesQuote(text string, spans []corpus.Span, i int) bool {
	if !strings.HasSuffix(strings.TrimSpace(spans[i].Of(text)), ":") || i+1 >= len(spans) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(spans[i+1].Of(text)))
	return r == '"' || r == '\u201c' || r == '\u2018' || r == '\u00ab'
}

// announces reports whether a paragraph announces a list: it ends with a
// colon and is not itself boilerplate ("• Country:").
func announces(p string, c class) bool {
	return strings.HasSuffix(strings.TrimSpace(p), ":") && c != clBad && c != clHeading
}

const (
	whyHeading  = "short heading, no sentence"
	whyHeadline = "headline, no sentence"
	whyBullet   = "short list item"
)

// headline reports whether a paragraph is a title-case line without a
// sentence: the headline of this or another story.
func (f features) headline() bool {
	return !f.sentences && !f.quote && f.words >= 3 && f.words <= maxHeadlineWords && f.capWords > 2*f.lowerWords
}

// features are what the classifier measures of one paragraph.
type features struct {
	bytes, words, stops  int
	letters, digits      int
	capWords, lowerWords int // words starting upper-/lower-case, function words aside
	pipes                int
	linkBytes            int
	sentEnd              bool // ends with . ! ? … (quotes and brackets aside)
	sentences            bool // has sentence punctuation inside
	bullet               bool
	copyright            bool // a ©, or words of one in a short paragraph
	quote                bool
	allCaps              bool
}

func measure(s string) features {
	f := features{bytes: len(s)}
	upper, lower := 0, 0
	// link: s holds "://", "www." or "@", the marks of an address, seen
	// on the way rather than searched for after.
	link := false
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1 // spaces and punctuation are mostly ASCII
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			hasUpper, first := false, r
			for j < len(s) {
				// ASCII letters and digits, the bulk of the text, without
				// decoding or the unicode tables.
				if c := s[j]; 'a' <= c && c <= 'z' {
					f.letters++
					lower++
					j++
					continue
				} else if 'A' <= c && c <= 'Z' {
					f.letters++
					upper++
					hasUpper = true
					j++
					continue
				} else if '0' <= c && c <= '9' {
					f.digits++
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) {
					f.letters++
					if unicode.IsUpper(r2) {
						upper++
						hasUpper = true
					} else if unicode.IsLower(r2) {
						lower++
					}
				} else if unicode.IsDigit(r2) {
					f.digits++
				} else if !isApostrophe(r2) || j+n2 >= len(s) || !startsLetter(s[j+n2:]) {
					break
				}
				j += n2
			}
			w := s[i:j]
			if j < len(s) && s[j] == '.' && strings.HasSuffix(w, "www") {
				link = true // every "www." ends a word: w is a letter
			}
			f.words++
			if isStopword(w) {
				f.stops++
			} else if unicode.IsUpper(first) || (hasUpper && unicode.IsDigit(first)) {
				f.capWords++
			} else if unicode.IsLower(first) {
				f.lowerWords++
			}
			i = j
			continue
		case r == '|':
			f.pipes++
		case r == '@' || r == ':' && strings.HasPrefix(s[i+1:], "//"):
			link = true
		case r == '©':
			f.copyright = true
		case r == '"' || r == '\u201c' || r == '\u201d' || r == '\u00ab' || r == '\u00bb':
			f.quote = true
		case r == '.' || r == '!' || r == '?' || r == '\u2026':
			if i+n < len(s) && s[i+n] == ' ' {
				f.sentences = true
			}
		}
		i += n
	}
	if link {
		f.linkBytes = linkBytes(s)
	}
	f.allCaps = upper >= 2 && lower == 0
	f.sentEnd = endsSentence(s)
	f.sentences = f.sentences || f.sentEnd
	if r, _ := utf8.DecodeRuneInString(s); isBullet(r) {
		f.bullet = true
	}
	// Only a short paragraph can be a copyright line (see alone): a long
	// one is not searched for the words of one.
	if !f.copyright && f.words <= maxCopyrightWords {
		f.copyright = len(s) >= 9 && strings.EqualFold(s[:9], "copyright") ||
			strings.Contains(s, "ights") && containsLowered(s, "all rights reserved")
	}
	return f
}

// containsLowered is strings.Contains(strings.ToLower(s), sub) for a sub
// of lower-case ASCII, without the copy. Besides ASCII capitals, only two
// characters lower-case into ASCII: "İ" into "i" and the Kelvin sign
// into "k".
func containsLowered(s, sub string) bool {
	for i := 0; i < len(s); i++ {
		p, j := i, 0
		for j < len(sub) && p < len(s) {
			c, n := s[p], 1
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case strings.HasPrefix(s[p:], "\u0130"):
				c, n = 'i', len("\u0130")
			case strings.HasPrefix(s[p:], "\u212a"):
				c, n = 'k', len("\u212a")
			}
			if c != sub[j] {
				break
			}
			p, j = p+n, j+1
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// linkBytes counts the bytes of the space-separated tokens of s that are
// addresses: URLs and e-mail addresses, not "@handles".
func linkBytes(s string) int {
	n := 0
	for len(s) > 0 {
		i := strings.IndexAny(s, " \t")
		if i < 0 {
			i = len(s)
		}
		tok := s[:i]
		at := strings.IndexByte(tok, '@')
		if strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") || at > 0 && strings.Contains(tok[at:], ".") && !strings.HasSuffix(tok, ".") {
			n += len(tok)
		}
		if i == len(s) {
			break
		}
		s = s[i+1:]
	}
	return n
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func isBullet(r rune) bool {
	switch r {
	case '•', '·', '▪', '◦', '‣', '►', '▶', '●', '■', '□', '➤':
		return true
	}
	return false
}

// dashLine reports whether s opens with a dash and a space and does not
// close with one: "- added the head coach", not a section head set between
// dashes ("– Old hands –.").
func dashLine(s string) bool {
	s = strings.TrimSpace(s)
	for _, d := range []string{"- ", "\u2013 ", "\u2014 "} {
		if strings.HasPrefix(s, d) {
			end := strings.TrimRight(s, ". ")
			return !strings.HasSuffix(end, "-") && !strings.HasSuffix(end, "\u2013") && !strings.HasSuffix(end, "\u2014")
		}
	}
	return false
}

// shareWords are the labels of a page's share and follow buttons.
var shareWords = map[string]bool{"facebook": true, "instagram": true, "x": true, "twitter": true, "x-twitter": true,
	"youtube": true, "linkedin": true, "whatsapp": true, "telegram": true, "tiktok": true, "pinterest": true,
	"reddit": true, "email": true, "e-mail": true, "threads": true, "bluesky": true, "share": true, "print": true}

// shareBar reports whether a line is only the names of networks to share
// on or follow ("Facebook Instagram X-twitter Youtube"): buttons, not a
// headline.
func shareBar(s string) bool {
	// Read word by word: every paragraph comes here, and most fail at
	// their first word or their thirteenth, with no list of words made.
	n, fields := 0, 0
	for w := range strings.FieldsSeq(s) {
		if fields++; fields > 12 {
			return false
		}
		w = strings.Trim(w, ",|/\u00b7\u2022")
		if w == "" {
			continue // a separator
		}
		if !segment.LowerIn(shareWords, w) {
			return false
		}
		n++
	}
	return n >= 2
}

// endsSentence reports whether s ends with sentence punctuation, perhaps
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '\u2026':
			return true
		case '"', '\'', '\u201d', '\u2019', ')', ']', '\u00bb', ' ', '\t', '\r', '\n':
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

// alone judges a paragraph by its own shape and says why when it is
// boilerplate.
func alone(s string, f features) (class, string) {
	switch {
	case f.letters+f.digits == 0:
		return clHeading, "no words"
	case f.pipes >= 2 || (f.pipes == 1 && !f.sentEnd && f.words <= 20):
		return clBad, "fields separated by pipes (a menu or dateline)"
	case f.copyright && f.words <= maxCopyrightWords:
		return clBad, "copyright line"
	case f.linkBytes*2 >= f.bytes || (f.linkBytes*10 >= f.bytes*3 && f.words <= 12):
		// Half links, or a short line mostly a link: a link in a
		// sentence of prose ("the report, at https://…, says") is prose.
		return clBad, "mostly links or e-mail addresses"
	case f.digits*2 > f.letters+f.digits && f.words <= 12:
		// Time stamps of a live blog ("2:45 p.m."), list numbers: dropped,
		// but the prose around them is judged as if they were not there.
		return clHeading, "mostly digits"
	case f.bullet && f.words <= 6:
		return clBad, whyBullet
	case shareBar(s):
		return clBad, "share buttons"
	case dashLine(s) && f.words <= 8:
		// "- added the head coach": a dash and a reporting clause
		// attribute the speech paragraph before it (Ukrainian style), so
		// its neighbours decide, as for a short line.
		return clShort, ""
	case f.words <= 4 && !f.sentEnd && !f.quote && !leadIn(s, f):
		return clHeading, whyHeading
	case f.headline() && !leadIn(s, f):
		return clBad, whyHeadline
	case f.bytes < lengthLow:
		return clShort, ""
	case !f.sentences:
		return clShort, "" // a headline, or a dash-attributed quotation: let neighbours say
	}
	density := float64(f.stops) / float64(max(1, f.words))
	switch {
	case density >= stopwordsHigh && f.bytes >= lengthHigh:
		return clGood, ""
	case density >= stopwordsLow || f.sentEnd:
		return clNear, ""
	}
	return clBad, "few function words (headlines or a list)"
}

// classify marks each paragraph span as title, body or boilerplate.
func classify(text string, spans []corpus.Span) []corpus.Paragraph {
	n := len(spans)
	out := make([]corpus.Paragraph, n)
	if n == 0 {
		return out
	}
	feats := make([]features, n)
	// The six per-paragraph verdicts below, in one array.
	all := make([]class, 6*n)
	cls, prevA, prevB, nextA, nextB, final := all[:n], all[n:2*n], all[2*n:3*n], all[3*n:4*n], all[4*n:5*n], all[5*n:]
	why := make([]string, n)
	first := newFirstSeen(n)
	inList := false
	for i, s := range spans {
		p := text[s.Start:s.End]
		feats[i] = measure(p)
		cls[i], why[i] = alone(p, feats[i])
		if inList && (why[i] == whyHeading || why[i] == whyBullet) {
			// "…has to accomplish the following:" then "Stop lying": the
			// items of a list the text announces are not section heads.
			cls[i], why[i] = clShort, ""
		} else if why[i] == whyHeading && introducesQuote(text, spans, i) {
			// "Replied Lund:" then a paragraph in quotation marks: a
			// lead-in whose verb comes first, not a section head.
			cls[i], why[i] = clShort, ""
			inList = false
		} else {
			inList = announces(p, cls[i])
		}
		if j, ok := first.find(p); ok {
			// Scraped pages repeat the headline under the dateline and list
			// each trending story twice; the first copy is the one in place.
			cls[i], why[i] = clHeading, "repeats line "+itoa(lineOf(text, spans[j].Start))
		} else if !ok {
			first.add(p, i)
		}
	}

	// The title is settled first, from the paragraphs' own shapes. It is
	// the article's, so for its neighbours it counts as prose: the
	// standfirst under a headline stays even when a dateline bar follows.
	title := findTitle(text, spans, feats, cls, why)
	if title >= 0 {
		cls[title] = clGood
	}

	// Nearest judged neighbour each way: A looks through short, heading and
	// middling paragraphs; B only through short and heading ones.
	a, b := clNone, clNone
	for i := 0; i < n; i++ {
		prevA[i], prevB[i] = a, b
		switch cls[i] {
		case clGood, clBad:
			a, b = cls[i], cls[i]
		case clNear:
			b = clNear
		}
	}
	a, b = clNone, clNone
	for i := n - 1; i >= 0; i-- {
		nextA[i], nextB[i] = a, b
		switch cls[i] {
		case clGood, clBad:
			a, b = cls[i], cls[i]
		case clNear:
			b = clNear
		}
	}

	for i := range cls {
		final[i] = cls[i]
		switch cls[i] {
		case clShort:
			p, q := prevA[i], nextA[i]
			switch {
			case p == clNone && q == clNone:
				final[i] = clGood
			case q == clNone || p == q:
				final[i] = p
			case p == clNone:
				final[i] = q
			case (p == clBad && prevB[i] == clNear) || (q == clBad && nextB[i] == clNear):
				final[i] = clGood
			case feats[i].sentEnd && feats[i].words >= minSentenceWords:
				// Prose on one side, boilerplate on the other: a whole
				// sentence ("The Kremlin did not respond to a request for
				// comment.") is the article's last line, a label is not.
				final[i] = clGood
			default:
				final[i] = clBad
			}
			if final[i] == clBad {
				why[i] = "short, among boilerplate"
				if !feats[i].sentences {
					why[i] = "no sentence, among boilerplate"
				}
			}
		case clNear:
			if prevA[i] != clGood && nextA[i] != clGood && (prevA[i] == clBad || nextA[i] == clBad) {
				final[i] = clBad
				why[i] = "between boilerplate paragraphs"
			} else {
				final[i] = clGood
			}
		}
	}

	kept := 0
	for i, s := range spans {
		out[i] = corpus.NewParagraph(s, corpus.ParaBody)
		reason := ""
		switch {
		case i == title, title >= 0 && i == title+1 && deck(text, spans[title], s):
			out[i].Kind = corpus.ParaTitle
		case i < title:
			out[i].Kind, reason = corpus.ParaBoilerplate, "before the title"
			if final[i] == clBad || final[i] == clHeading {
				reason = why[i]
			}
		case final[i] == clBad || final[i] == clHeading:
			out[i].Kind, reason = corpus.ParaBoilerplate, why[i]
			if title >= 0 && strings.HasPrefix(why[i], "repeats line ") && text[s.Start:s.End] == text[spans[title].Start:spans[title].End] {
				reason = "repeats the title"
			}
		}
		// The model keeps a reason as a code from a fixed list; one
		// missing from it leaves the paragraph without a reason, which
		// the fuzz target's check of every dropped paragraph catches.
		_ = out[i].SetWhy(reason)
		if out[i].Kind == corpus.ParaBody {
			kept++
		}
	}
	if kept == 0 {
		// Nothing survived: an article of short paragraphs between a menu
		// and a footer has no long prose to anchor it. Keep what reads as
		// sentences; failing that, whatever is not boilerplate by its own
		// shape, rather than lose the whole article.
		for i := range out {
			if out[i].Kind == corpus.ParaBoilerplate && (cls[i] == clNear || cls[i] == clShort && feats[i].sentEnd) {
				out[i].Kind = corpus.ParaBody
				_ = out[i].SetWhy("")
				kept++
			}
		}
	}
	if kept == 0 {
		for i := range out {
			if out[i].Kind == corpus.ParaBoilerplate && cls[i] != clBad {
				out[i].Kind = corpus.ParaBody
				_ = out[i].SetWhy("")
			}
		}
	}
	return out
}

// firstSeen maps a paragraph's text to where it first appears. An article
// has a few dozen paragraphs: a list read through costs less than a map
// made for each; a long one gets the map.
type firstSeen struct {
	texts []string
	at    []int
	m     map[string]int
}

// firstSeenList is how many paragraphs a list holds before a map takes
// over.
const firstSeenList = 64

func newFirstSeen(n int) *firstSeen {
	if n > firstSeenList {
		return &firstSeen{m: make(map[string]int, n)}
	}
	return &firstSeen{texts: make([]string, 0, n), at: make([]int, 0, n)}
}

func (f *firstSeen) find(p string) (int, bool) {
	if f.m != nil {
		j, ok := f.m[p]
		return j, ok
	}
	for k, t := range f.texts {
		if t == p {
			return f.at[k], true
		}
	}
	return 0, false
}

func (f *firstSeen) add(p string, i int) {
	if f.m != nil {
		f.m[p] = i
		return
	}
	f.texts, f.at = append(f.texts, p), append(f.at, i)
}

// findTitle picks the headline: the first title-shaped paragraph before the
// first paragraph of prose. Seeds that open with their lead have none; a
// PolNeAR article opens with its headline; a scraped page has menus before
// it. Section heads ("Details") and menu labels are too short to be titles
// unless nothing else fits. It returns -1 when there is no title.
func findTitle(text string, spans []corpus.Span, feats []features, cls []class, why []string) int {
	g := -1
	for i, c := range cls {
		if c == clGood {
			g = i
			break
		}
	}
	if g < 0 {
		// No long prose at all (a live blog of short items): the first
		// line can still be the headline, when more follows it.
		for i, c := range cls {
			if c == clHeading && (feats[i].words < 3 || byline(spans[i].Of(text))) || c == clBad && why[i] != whyHeadline {
				continue
			}
			if quotedSpeech(spans[i].Of(text)) {
				return -1 // the article opens with speech
			}
			if i+2 < len(cls) && titleShaped(feats[i]) {
				return i
			}
			return -1
		}
		return -1
	}
	lastHeading := -1
	for i := 0; i < g; i++ {
		if quotedSpeech(spans[i].Of(text)) {
			break // the article opens with speech: its headline, if any, came before
		}
		if !titleShaped(feats[i]) {
			if cls[i] == clNear && feats[i].sentEnd {
				// Prose too long for a headline: the headline came
				// before it, and what follows is the article's lead.
				break
			}
			continue
		}
		switch {
		case cls[i] == clShort || cls[i] == clNear || why[i] == whyHeadline:
			return i
		case cls[i] == clHeading && why[i] == whyHeading && !byline(spans[i].Of(text)):
			lastHeading = i
		}
	}
	return lastHeading
}

// quotedSpeech reports whether a line opens with a double quotation mark
// and holds more than one sentence: someone's speech set first, as a
// transcript opens, not a headline (a headline quoting someone quotes a
// phrase or one sentence).
func quotedSpeech(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "\"") && !strings.HasPrefix(s, "\u201c") {
		return false
	}
	body := strings.TrimRight(s, "\"\u201d'\u2019 ")
	for _, end := range []string{". ", "! ", "? "} {
		if strings.Contains(body, end) {
			return true
		}
	}
	return false
}

// byline reports whether a line credits an author ("By Ana Brandt").
func byline(s string) bool { return len(s) > 3 && strings.EqualFold(s[:3], "by ") }

func titleShaped(f features) bool {
	return f.words >= 3 && (f.words <= maxTitleWords || !f.sentEnd && f.words <= maxOpenTitleWords) && f.bytes <= maxTitleBytes && !f.allCaps && f.linkBytes == 0
}

// lineOf is the 1-based line of offset off; only repeats need it.
func lineOf(text string, off int) int { return strings.Count(text[:off], "\n") + 1 }

func itoa(i int) string { return strconv.Itoa(i) }

// maxDeckWords bounds a deck: a headline's second line is one sentence.
const maxDeckWords = 30

// deck reports whether line s, right after the headline, is its second
// line (the deck): a headline that ends with a semicolon goes on in the
// next line ("Mayor rebuffs offer; / Spurns it, blasts 'ignorant
// view.'"). Read as body, the deck's first capitalised word became a
// speaker ("Spurns", "Justice") and its quoted words a quotation.
func deck(text string, title, s corpus.Span) bool {
	t := strings.TrimSpace(title.Of(text))
	return strings.HasSuffix(t, ";") && s.Len() > 0 && len(strings.Fields(s.Of(text))) <= maxDeckWords
}
