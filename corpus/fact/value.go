package fact

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
)

// Values finds the dates, relative times, durations, money, percentages
// and numbers in text[s], normalised so that different wordings compare
// equal. pub is the article's publication date; it gives a year to "Oct. 14"
// and a day to "on Tuesday". When it is zero, dates without a year get the
// ISO 8601 form "--10-14" and relative times keep their words as Norm.
// Clock times, phone numbers and copyright years are skipped: they are not
// facts. Every Value.Span lies inside s and Value.Text == text[Value.Span].
func Values(text string, s corpus.Span, pub corpus.Date) []corpus.Value {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return nil
	}
	return values(text, tokenize(text, s.Start, s.End), pub)
}

// values reads the values of tokens already cut from text.
func values(text string, toks []tok, pub corpus.Date) []corpus.Value {
	p := &parser{text: text, toks: toks, pub: pub}
	if !pub.IsZero() {
		p.pubT = time.Date(pub.Year, pub.Month, pub.Day, 0, 0, 0, 0, time.UTC)
	}
	p.future = futureHint(toks)
	return p.run()
}

type parser struct {
	text   string
	toks   []tok
	pub    corpus.Date
	pubT   time.Time
	future bool // the sentence speaks of what will happen
	out    []corpus.Value
}

// futureHint reports whether the sentence speaks of what will happen,
// which makes a bare weekday point forward: "Zelenskyy is coming to the
// White House on Friday". Without it news text reports the past.
func futureHint(toks []tok) bool {
	for i, t := range toks {
		if t.kind != tWord {
			continue
		}
		switch w := t.lower; w {
		case "will", "shall", "upcoming", "scheduled":
			return true
		case "going":
			if i+1 < len(toks) && toks[i+1].lower == "to" {
				return true
			}
		case "coming":
			if i > 0 && (toks[i-1].lower == "is" || toks[i-1].lower == "are") {
				return true
			}
		case "plans", "planning", "set", "slated":
			if i+1 < len(toks) && toks[i+1].lower == "to" {
				return true
			}
		case "is", "are":
			// "are to return in February": what is arranged to happen
			// ("are to blame" arranges nothing).
			if i+2 < len(toks) && toks[i+1].lower == "to" && toks[i+2].kind == tWord && toks[i+2].lower != "blame" {
				return true
			}
		default:
			if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
				return true
			}
		}
	}
	return false
}

func (p *parser) run() []corpus.Value {
	// Amounts need a number close by; knowing where the next one is spares
	// trying every qualifier at every word.
	next := make([]int, len(p.toks)+1)
	next[len(p.toks)] = len(p.toks) + amountReach
	for i := len(p.toks) - 1; i >= 0; i-- {
		next[i] = next[i+1]
		if p.numeric(i) {
			next[i] = i
		}
	}
	for i := 0; i < len(p.toks); {
		if j := p.skip(i); j > i {
			i = j
			continue
		}
		if j := p.date(i); j > i {
			i = p.dayRange(j)
			continue
		}
		if j := p.relative(i); j > i {
			i = j
			continue
		}
		if j := p.unitLong(i); j > i {
			i = j
			continue
		}
		if next[i]-i < amountReach {
			if j := p.amount(i); j > i {
				i = j
				continue
			}
		}
		if j := p.timesOnce(i); j > i {
			i = j
			continue
		}
		i++
	}
	return p.out
}

// onceWords are the counts of times English writes in one word.
var onceWords = map[string]float64{"twice": 2, "thrice": 3}

// multiplied are the words after "twice" that make it a multiplier
// ("twice as many", "twice the size", "twice a week"), not a count of
// times.
var multiplied = map[string]bool{"as": true, "the": true, "that": true, "this": true, "a": true, "an": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"more": true, "than": true, "what": true, "over": true, "per": true}

// timesOnce reads "twice" as a count of two times ("has miscalculated
// twice since 1888"), as "three times" is read: not before a word that
// makes it a multiplier or a rate.
func (p *parser) timesOnce(i int) int {
	n, ok := onceWords[p.word(i)]
	if !ok || multiplied[p.word(i+1)] || i+1 < len(p.toks) && p.toks[i+1].kind == tNum {
		return i
	}
	return p.add(i, i+1, corpus.ValueNumber, fmtNum(n), n, "time")
}

// amountReach bounds how far before its number an amount starts: "a little
// more than five".
const amountReach = 6

// numeric reports whether token i can start or be the number of an amount.
func (p *parser) numeric(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return currencySymbols[t.lower] != ""
	}
	// Most words cannot be a number word by their first letter or their
	// length: no lookup for them.
	if w := t.lower; w == "" || !numberFirst[w[0]] || len(w) > numberLongest {
		return false
	}
	return numberWords[t.lower]
}

// numberFirst marks the first bytes of number words, and numberLongest is
// the length of the longest.
var numberFirst, numberLongest = func() (first [256]bool, longest int) {
	for w := range numberWords {
		first[w[0]] = true
		longest = max(longest, len(w))
	}
	return first, longest
}()

// numberWords is every word of smallNumbers, tens and scales: numeric asks
// of each word of the corpus, so one lookup rather than three.
var numberWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]float64{smallNumbers, tens, scales} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// word returns the lower-cased word at i, or "".
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.toks[i].lower
}

// punct reports whether token i is the punctuation r.
func (p *parser) punct(i int, r string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].lower == r
}

// glued reports whether token i follows the previous one without a space.
func (p *parser) glued(i int) bool { return i > 0 && i < len(p.toks) && !p.toks[i].gap }

func (p *parser) capital(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.text[p.toks[i].s:])
	return unicode.IsUpper(r)
}

func (p *parser) num(i int) (tok, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tNum {
		return tok{}, false
	}
	return p.toks[i], true
}

// add records a value over tokens [from, to).
func (p *parser) add(from, to int, kind corpus.ValueKind, norm string, num float64, unit string) int {
	sp := corpus.Span{Start: p.toks[from].s, End: p.toks[to-1].e}
	v := corpus.Value{Kind: kind, Text: p.text[sp.Start:sp.End], Norm: norm, Num: num, Unit: corpus.UnitOf(unit)}
	v.SetSpan(sp)
	p.out = append(p.out, v)
	return to
}

// skip consumes what looks like a number but is no fact: clock times
// ("11:56 IST", "5 p.m."), phone numbers and codes ("+91-720-6444012"),
// copyright years and the digits of names ("COVID-19", "G7").
func (p *parser) skip(i int) int {
	t := p.toks[i]
	switch {
	case t.kind == tPunct && (t.lower == "+" || t.lower == "©"):
		if _, ok := p.num(i + 1); ok {
			return p.skipRun(i + 1)
		}
	case t.kind == tWord && t.lower == "copyright":
		j := i + 1
		if p.punct(j, "©") {
			j++
		}
		if _, ok := p.num(j); ok {
			return j + 1
		}
	case t.kind == tNum:
		// Digits glued to a word by a hyphen belong to its name.
		if p.punct(i-1, "-") && p.glued(i) && p.glued(i-1) && p.word(i-2) != "" {
			if _, ok := smallNumbers[p.word(i-2)]; !ok {
				return i + 1
			}
		}
		// Two numbers joined by one slash name an event, a habit or a
		// fraction ("9/11", "24/7", "50/50"), never two counts; three
		// ("10/14/2025") are a date, read by date.
		if p.punct(i+1, "/") && p.glued(i+1) && p.glued(i+2) && !(p.punct(i+3, "/") && p.glued(i+3)) {
			if _, ok := p.num(i + 2); ok {
				return i + 3
			}
		}
		if (p.punct(i+1, ":") || p.punct(i+1, ".")) && p.glued(i+1) && p.glued(i+2) {
			if n, ok := p.num(i + 2); ok && n.digits == 2 && t.digits <= 2 && p.punct(i+1, ":") {
				j := i + 3
				if p.punct(j, ":") && p.glued(j) {
					if _, ok := p.num(j + 1); ok {
						j += 2
					}
				}
				return p.skipClockSuffix(j)
			}
		}
		if t.digits <= 2 && !t.ordinal {
			if j := p.skipClockSuffix(i + 1); j > i+1 {
				return j
			}
		}
		// Long digit runs and hyphenated groups are phone numbers or ids.
		if j := p.skipRun(i); j > i+2 || (!t.comma && t.digits >= 8) {
			return max(j, i+1)
		}
	}
	return i
}

// skipRun consumes digits joined by hyphens, dots or slashes without
// spaces ("720-6444012"), returning i when there is no such run of at least
// two separators that is not a date.
func (p *parser) skipRun(i int) int {
	j := i + 1
	seps := 0
	for j+1 < len(p.toks) && p.glued(j) && p.glued(j+1) && (p.punct(j, "-") || p.punct(j, ".") || p.punct(j, "/")) && p.toks[j+1].kind == tNum {
		seps++
		j += 2
	}
	if p.toks[i].kind == tNum && seps == 2 && p.isNumericDate(i) {
		return i
	}
	if seps == 0 && i > 0 && (p.punct(i-1, "+") || p.punct(i-1, "©")) {
		return i + 1
	}
	if seps >= 2 || (i > 0 && p.punct(i-1, "+")) {
		return j
	}
	return i
}

// isNumericDate reports whether tokens i..i+4 are 2025-11-26 or 26-11-2025.
func (p *parser) isNumericDate(i int) bool {
	a, _ := p.num(i)
	c, _ := p.num(i + 4)
	return (a.digits == 4 && c.digits <= 2) || (a.digits <= 2 && c.digits == 4)
}

// skipClockSuffix consumes "am", "p.m." or a time zone after a clock time.
func (p *parser) skipClockSuffix(j int) int {
	switch w := p.word(j); {
	case w == "am" || w == "pm":
		return j + 1
	case (w == "a" || w == "p") && p.punct(j+1, ".") && p.word(j+2) == "m":
		j += 3
		if p.punct(j, ".") {
			j++
		}
		return j
	case w != "" && len(w) <= 4 && isUpperWord(p.text[p.toks[j].s:p.toks[j].e]) && j > 0 && p.punct(j-2, ":"):
		return j + 1 // "11:56 IST"
	}
	return j
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// monthAt reads a capitalised month name at i, with the period of an
// abbreviation ("Oct."), returning the month and the next token.
func (p *parser) monthAt(i int) (time.Month, int, bool) {
	// A month is capitalised: most words are not, and need no lookup.
	if !p.capital(i) {
		return 0, i, false
	}
	m, ok := months[p.word(i)]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	// The period of "Oct." belongs to it; the one after "June" ends the
	// sentence.
	if w := p.word(i); len(w) <= 4 && w != "june" && w != "july" && w != "may" && p.punct(j, ".") && p.glued(j) {
		j++
	}
	return m, j, true
}

// dayAt reads a day of the month (1-31, "14" or "14th").
func (p *parser) dayAt(i int) (int, bool) {
	t, ok := p.num(i)
	if !ok || t.digits > 2 || t.comma || t.num != float64(int(t.num)) || t.num < 1 || t.num > 31 {
		return 0, false
	}
	// "October 14:30" is not a day.
	if p.punct(i+1, ":") && p.glued(i+1) {
		return 0, false
	}
	return int(t.num), true
}

// yearAt reads an explicit year (1000-2999) at i, after an optional comma.
func (p *parser) yearAt(i int) (int, int, bool) {
	j := i
	if p.punct(j, ",") {
		j++
	}
	t, ok := p.num(j)
	if !ok || t.digits != 4 || t.comma || t.ordinal || t.num < 1000 || t.num > 2999 || t.num != float64(int(t.num)) {
		return 0, i, false
	}
	return int(t.num), j + 1, true
}

func validDay(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2024 // a leap year, so "February 29" without a year stands
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d
}

// dayNorm normalises a month and day with an optional explicit year.
func (p *parser) dayNorm(y int, m time.Month, d int) string {
	if y == 0 && !p.pub.IsZero() {
		y = p.pub.Year
		// A day well after publication was last year's: "Dec. 20" in a
		// January article.
		if time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(p.pubT.AddDate(0, 0, 60)) {
			y--
		}
	}
	if y == 0 {
		return "--" + two(int(m)) + "-" + two(d)
	}
	return corpus.Date{Year: y, Month: m, Day: d}.String()
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func monthNorm(y int, m time.Month) string {
	if y == 0 {
		return "--" + two(int(m))
	}
	return strconv.Itoa(y) + "-" + two(int(m))
}

// date reads the calendar forms: "2025-10-14", "Oct. 14", "October 14,
// 2025", "the 14th of October", "14 October", "October 2025" and "in
// October".
func (p *parser) date(i int) int {
	// Numeric: 2025-10-14, 26-11-2025, 11/26/2025.
	if a, ok := p.num(i); ok && p.isNumericDate(i) && p.glued(i+1) && p.glued(i+2) && p.glued(i+3) && p.glued(i+4) {
		b, _ := p.num(i + 2)
		c, _ := p.num(i + 4)
		sep := p.toks[i+1].lower
		if (sep == "-" || sep == "/" || sep == ".") && p.toks[i+3].lower == sep && b.digits <= 2 {
			y, m, d := 0, int(b.num), 0
			if a.digits == 4 {
				y, d = int(a.num), int(c.num)
			} else {
				y, d = int(c.num), int(a.num)
				// 11/26/2025 is American; 26-11-2025 is not. Trust the
				// separator only when both readings are valid days.
				if m > 12 || (sep == "/" && d <= 12) {
					m, d = d, m
				}
			}
			if validDay(y, time.Month(m), d) {
				return p.add(i, i+5, corpus.ValueDate, corpus.Date{Year: y, Month: time.Month(m), Day: d}.String(), 0, "")
			}
		}
	}
	// Month first.
	if m, j, ok := p.monthAt(i); ok {
		if d, ok := p.dayAt(j); ok && validDay(0, m, d) {
			if y, k, ok := p.yearAt(j + 1); ok && validDay(y, m, d) {
				return p.add(i, k, corpus.ValueDate, corpus.Date{Year: y, Month: m, Day: d}.String(), 0, "")
			}
			return p.add(i, j+1, corpus.ValueDate, p.dayNorm(0, m, d), 0, "")
		}
		if y, k, ok := p.yearAt(j); ok && !p.punct(j, ",") {
			return p.add(i, k, corpus.ValueDate, monthNorm(y, m), 0, "")
		}
		if prev := p.word(i - 1); monthPrepositions[prev] && (p.word(i) != "may" || mayPrepositions[prev]) {
			return p.add(i, j, corpus.ValueDate, p.bareMonth(prev, m), 0, "")
		}
		return i
	}
	// Day first: "14 October", "the 14th of October", "14th October 2025".
	start, j := i, i
	if p.word(i) == "the" {
		if t, ok := p.num(i + 1); !ok || !t.ordinal {
			return i
		}
		j++
	}
	d, ok := p.dayAt(j)
	if !ok {
		return i
	}
	k := j + 1
	if p.word(k) == "of" {
		k++
	}
	m, k2, ok := p.monthAt(k)
	if !ok || !validDay(0, m, d) {
		return i
	}
	if y, k3, ok := p.yearAt(k2); ok && validDay(y, m, d) {
		return p.add(start, k3, corpus.ValueDate, corpus.Date{Year: y, Month: m, Day: d}.String(), 0, "")
	}
	return p.add(start, k2, corpus.ValueDate, p.dayNorm(0, m, d), 0, "")
}

// bareMonth resolves "in October" to the nearest such month: the past one
// unless "next" or a future tense says otherwise.
func (p *parser) bareMonth(prev string, m time.Month) string {
	if p.pub.IsZero() {
		return monthNorm(0, m)
	}
	y := p.pub.Year
	switch {
	case prev == "next" || (p.future && prev != "last" && prev != "since"):
		if m < p.pub.Month || (prev == "next" && m == p.pub.Month) {
			y++
		}
	case prev == "last":
		if m >= p.pub.Month {
			y--
		}
	default:
		if m > p.pub.Month {
			y--
		}
	}
	return monthNorm(y, m)
}

// relative reads times relative to publication: weekdays ("on Tuesday",
// "last Friday", "that Friday"), "yesterday", "earlier this month",
// "next week".
func (p *parser) relative(i int) int {
	switch w := p.word(i); w {
	case "today", "tonight", "yesterday", "tomorrow":
		off := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
		norm := w
		if !p.pub.IsZero() {
			norm = dateOf(p.pubT.AddDate(0, 0, off))
		}
		return p.add(i, i+1, corpus.ValueRelative, norm, 0, "")
	}
	// Up to two words before a weekday or a period.
	j := i
	var pre []string
	for j < len(p.toks) && j-i < 3 {
		switch w := p.word(j); w {
		case "on", "last", "next", "this", "past", "coming", "that", "the", "following", "earlier", "later", "early", "late", "mid":
			pre = append(pre, w)
			j++
			continue
		}
		break
	}
	// A weekday is capitalised: most words are not, and need no lookup.
	if p.capital(j) {
		if wd, ok := weekdays[p.word(j)]; ok {
			k := j + 1
			switch p.word(k) {
			case "morning", "afternoon", "evening", "night":
				k++
			}
			return p.add(i, k, corpus.ValueRelative, p.weekday(pre, wd, k, j), 0, "")
		}
	}
	if len(pre) == 0 {
		return i
	}
	// A period: the last word before it says which one.
	rel := pre[len(pre)-1]
	switch rel {
	case "last", "next", "this", "past", "coming":
	default:
		return i
	}
	period := p.word(j)
	switch period {
	case "week", "weekend", "month", "year":
	default:
		return i
	}
	// Start the value at the words that qualify it, not at "on" or "the".
	from := i
	for from < j && (p.word(from) == "on" || p.word(from) == "the") {
		from++
	}
	return p.add(from, j+1, corpus.ValueRelative, p.period(rel, period), 0, "")
}

// weekday resolves a weekday against publication. "last", "past" look
// back, "next", "coming" and a future tense look forward, and a bare
// weekday in a report is the most recent one, publication day included.
// "that Friday" and "the following Friday" depend on another date: their
// Norm stays words.
func (p *parser) weekday(pre []string, wd time.Weekday, end, at int) string {
	words := strings.ToLower(strings.Join(strings.Fields(p.text[p.toks[at].s:p.toks[end-1].e]), " "))
	back, fwd, unknown := false, false, p.pub.IsZero()
	for _, w := range pre {
		switch w {
		case "last", "past":
			back = true
		case "next", "coming":
			fwd = true
		case "that", "following":
			unknown = true
		}
	}
	if unknown {
		if len(pre) > 0 && pre[len(pre)-1] != "on" {
			return strings.Join(pre, " ") + " " + words
		}
		return words
	}
	diff := int(wd) - int(p.pubT.Weekday())
	switch {
	case back:
		if diff >= 0 {
			diff -= 7
		}
	case fwd:
		if diff <= 0 {
			diff += 7
		}
	case p.future:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 0 {
			diff -= 7
		}
	}
	return dateOf(p.pubT.AddDate(0, 0, diff))
}

// period resolves "last month" to 2025-10 and "this year" to 2025; weeks
// keep their words ("next week"), a reader's calendar has no name for them.
func (p *parser) period(rel, unit string) string {
	step := map[string]int{"last": -1, "past": -1, "this": 0, "coming": 1, "next": 1}[rel]
	if p.pub.IsZero() || unit == "week" || unit == "weekend" {
		if rel == "past" {
			rel = "last"
		} else if rel == "coming" {
			rel = "next"
		}
		return rel + " " + unit
	}
	switch unit {
	case "month":
		t := time.Date(p.pub.Year, p.pub.Month+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
		return monthNorm(t.Year(), t.Month())
	default:
		return strconv.Itoa(p.pub.Year + step)
	}
}

func dateOf(t time.Time) string {
	return corpus.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}.String()
}

// amount reads an amount with what it measures: "$10 trillion", "100%",
// "just over five minutes", "two years ago", "28-point", "in 2024",
// "1,200 troops".
func (p *parser) amount(i int) int {
	j := i
	qualified := false
	for _, q := range qualifiers {
		if p.wordsAt(j, q) {
			j += len(q)
			qualified = true
			break
		}
	}
	cur := ""
	if j < len(p.toks) && p.toks[j].kind == tPunct {
		cur = currencySymbols[p.toks[j].lower]
		if cur != "" {
			j++
		}
	} else if p.word(j) == "us" && p.punct(j+1, "$") && p.glued(j+1) {
		cur = "USD"
		j += 2
	}
	val, k, words, ok := p.number(j)
	if !ok {
		return i
	}
	if p.punct(k, ":") && p.glued(k) {
		return k // a clock time or a score we do not read
	}
	start := i
	if !qualified && cur == "" {
		start = j
	}
	switch {
	case cur != "":
		return p.add(start, k, corpus.ValueMoney, fmtNum(val), val, cur)
	case p.punct(k, "%"):
		return p.add(start, k+1, corpus.ValuePercent, fmtNum(val), val, "percent")
	case p.word(k) == "percent" || p.word(k) == "pct":
		return p.add(start, k+1, corpus.ValuePercent, fmtNum(val), val, "percent")
	case p.word(k) == "per" && p.word(k+1) == "cent":
		return p.add(start, k+2, corpus.ValuePercent, fmtNum(val), val, "percent")
	case currencyWords[p.word(k)] != "":
		return p.add(start, k+1, corpus.ValueMoney, fmtNum(val), val, currencyWords[p.word(k)])
	}
	// A vote or a score: "voted 7-2", "won 3-1".
	if t := p.toks[j]; !qualified && t.kind == tNum && k == j+1 && t.digits <= 3 && p.punct(k, "-") && p.glued(k) && p.glued(k+1) {
		if b, ok := p.num(k + 1); ok && b.digits <= 3 && !b.ordinal && timeUnits[p.word(k+2)].secs == 0 {
			return p.add(j, k+2, corpus.ValueNumber, fmtNum(val)+"-"+fmtNum(b.num), val, "score")
		}
	}
	// The same score typeset with an en dash ("a 2–1 defeat"), the same
	// value as "2-1". An en dash also joins the ends of a range ("10–15
	// pilots", "1994–95"), which rises: a score is read only when it does
	// not, in two digits at most, and no "%" follows.
	if t := p.toks[j]; !qualified && t.kind == tNum && k == j+1 && t.digits <= 2 && p.punct(k, "–") && p.glued(k) && p.glued(k+1) {
		if b, ok := p.num(k + 1); ok && b.digits <= 2 && !b.ordinal && b.num <= val && !p.punct(k+2, "%") && timeUnits[p.word(k+2)].secs == 0 {
			return p.add(j, k+2, corpus.ValueNumber, fmtNum(val)+"-"+fmtNum(b.num), val, "score")
		}
	}
	// "five-minute", "28-point": the hyphenated noun is the unit.
	u := k
	hyphen := p.punct(k, "-") && p.glued(k) && p.glued(k+1) && p.word(k+1) != ""
	if hyphen {
		u = k + 1
	}
	if tu, ok := timeUnits[p.word(u)]; ok {
		if p.word(u+1) == "ago" {
			return p.add(start, u+2, corpus.ValueRelative, p.ago(val, p.word(u), tu), 0, "")
		}
		if hyphen && p.punct(u+1, "-") && p.word(u+2) == "old" {
			return p.add(start, u+3, corpus.ValueNumber, fmtNum(val), val, singular(p.word(u))+" old")
		}
		return p.add(start, u+1, corpus.ValueDuration, isoDuration(val, tu), val*tu.secs*tu.mult, "")
	}
	// A ratio: "2-to-1".
	if hyphen && p.word(u) == "to" && p.punct(u+1, "-") && p.glued(u+1) && p.glued(u+2) {
		if b, ok := p.num(u + 2); ok && !b.ordinal {
			return p.add(start, u+3, corpus.ValueNumber, fmtNum(val)+":"+fmtNum(b.num), val, "ratio")
		}
	}
	if hyphen && !unitStop[p.word(u)] {
		return p.add(start, u+1, corpus.ValueNumber, fmtNum(val), val, singular(p.word(u)))
	}
	t := p.toks[j]
	// A bare year after "in", "since", or before a noun after "the",
	// "his" ("the 2000 election", "his 1995 tax return"): a date.
	if !qualified && t.kind == tNum && k == j+1 && t.digits == 4 && !t.comma && val >= 1800 && val <= 2100 && val == float64(int(val)) &&
		(yearPrepositions[p.word(j-1)] || yearDeterminers[p.word(j-1)] || strings.HasSuffix(p.word(j-1), "'s") || strings.HasSuffix(p.word(j-1), "’s") || p.spanEnd(j)) {
		return p.add(j, k, corpus.ValueDate, strconv.Itoa(int(val)), 0, "")
	}
	// "one" alone is a pronoun more often than a count ("no one", "one of
	// them"); capitalised number words are names ("Air Force One").
	if words && k == j+1 && !qualified && (val == 1 || (p.capital(j) && j > 0)) {
		return k
	}
	// "the only one left standing", "this one": a pronoun after a
	// determiner, though a qualifier stands between.
	if words && k == j+1 && val == 1 && oneDeterminers[p.word(start-1)] {
		return k
	}
	unit := ""
	// What follows counts it, unless it is a verb or an adverb: "three
	// replied", "two learned".
	if w := p.word(k); w != "" && !unitStop[w] && !p.capital(k) && utf8.RuneCountInString(w) > 2 &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") {
		if _, isMonth := months[w]; !isMonth {
			unit = singular(w)
		}
	}
	return p.add(start, k, corpus.ValueNumber, fmtNum(val), val, unit)
}

// spanEnd reports whether the bare number at token j closes a span of
// years that a year opens: "from 1983 to 1989", "in 2008 and 2012". The
// second year is a date as the first is, not a count of something, unless
// a word it counts follows.
func (p *parser) spanEnd(j int) bool {
	if j < 2 || !yearSpanJoins[p.word(j-1)] || len(p.out) == 0 {
		return false
	}
	if w := p.word(j + 1); w != "" && !unitStop[w] && !p.capital(j+1) {
		return false // "in 2019 to 2000 members": a count after all
	}
	last := &p.out[len(p.out)-1]
	return last.Kind == corpus.ValueDate && len(last.Norm) == 4 && last.Span().End == p.toks[j-2].e
}

// yearSpanJoins join the two years of a span.
var yearSpanJoins = map[string]bool{"to": true, "and": true, "through": true, "until": true, "till": true}

// unitLong reads one unit of time written as an adjective: "a weeklong
// flight", "an hour-long call" last one week, one hour. The plural
// ("months-long") says only that it was long, and is no value.
func (p *parser) unitLong(i int) int {
	w := p.word(i)
	if w == "" {
		return i
	}
	unit, to := "", i+1
	if base, ok := strings.CutSuffix(w, "long"); ok && base != "" {
		unit = base
	} else if p.punct(i+1, "-") && p.glued(i+1) && p.glued(i+2) && p.word(i+2) == "long" {
		unit, to = w, i+3
	} else {
		return i // most words: no lookup
	}
	tu, ok := timeUnits[unit]
	if !ok || singular(unit) != unit {
		return i
	}
	return p.add(i, to, corpus.ValueDuration, isoDuration(1, tu), tu.secs*tu.mult, "")
}

// wordsAt reports whether the words ws start at token i.
func (p *parser) wordsAt(i int, ws []string) bool {
	for k, w := range ws {
		if p.word(i+k) != w {
			return false
		}
	}
	return true
}

// number reads digits ("10,000", "1.5") or number words ("twenty-five",
// "two hundred thousand"), followed by scale words ("10 trillion"). words
// says whether it was written in words.
func (p *parser) number(i int) (val float64, next int, words, ok bool) {
	if t, isNum := p.num(i); isNum {
		if t.ordinal {
			return 0, i, false, false
		}
		val, next = t.num, i+1
		for {
			s, ok := scales[p.word(next)]
			if !ok && p.glued(next) {
				// "£10.4m", "$5bn": the tokenizer cut these only
				// after a currency symbol.
				s, ok = scaleAbbreviations[p.word(next)]
			}
			if !ok {
				break
			}
			val *= s
			next++
		}
		return val, next, false, true
	}
	total, cur := 0.0, 0.0
	last := 0 // 1 small, 2 tens, 3 hundred, 4 scale
	j := i
	if (p.word(j) == "a" || p.word(j) == "an") && scales[p.word(j+1)] > 0 {
		cur = 1
		last = 1
		j++
	}
	any := false
	for j < len(p.toks) {
		w := p.word(j)
		if v, ok := smallNumbers[w]; ok {
			if last == 1 || (last == 2 && v >= 10) {
				break
			}
			cur += v
			last = 1
		} else if v, ok := tens[w]; ok {
			if last == 1 || last == 2 {
				break
			}
			cur += v
			last = 2
		} else if w == "hundred" && last != 0 && last != 3 {
			cur *= 100
			last = 3
		} else if s, ok := scales[w]; ok && s >= 1000 && last != 0 {
			total += cur * s
			cur = 0
			last = 4
		} else if w == "and" && (last == 3 || last == 4) && (smallNumbers[p.word(j+1)] > 0 || tens[p.word(j+1)] > 0) {
			j++
			continue
		} else if p.punct(j, "-") && last == 2 && p.glued(j) && p.glued(j+1) && smallNumbers[p.word(j+1)] > 0 && smallNumbers[p.word(j+1)] < 10 {
			j++
			continue
		} else {
			break
		}
		any = true
		j++
	}
	if !any {
		return 0, i, true, false
	}
	return total + cur, j, true, true
}

// ago resolves "two years ago" against publication.
func (p *parser) ago(n float64, unit string, tu timeUnit) string {
	if p.pub.IsZero() || n != float64(int(n)) {
		return fmtNum(n) + " " + singular(unit) + "s ago"
	}
	k := int(n)
	switch tu.desig {
	case "Y":
		return strconv.Itoa(p.pub.Year - k*int(tu.mult))
	case "M":
		if !tu.inTime {
			t := time.Date(p.pub.Year, p.pub.Month-time.Month(k), 1, 0, 0, 0, 0, time.UTC)
			return monthNorm(t.Year(), t.Month())
		}
	case "W":
		return dateOf(p.pubT.AddDate(0, 0, -7*k))
	case "D":
		return dateOf(p.pubT.AddDate(0, 0, -k))
	}
	return dateOf(p.pubT)
}

// isoDuration writes an ISO 8601 duration: PT5M, P3D, P2Y.
func isoDuration(n float64, tu timeUnit) string {
	if tu.inTime {
		return "PT" + fmtNum(n) + tu.desig
	}
	return "P" + fmtNum(n*tu.mult) + tu.desig
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// singular turns a plural unit into its singular, crudely: "points" →
// "point". Units are compared, not shown, so crude is enough.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case len(w) > 5 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")):
		// "inches", "boxes", "passes": the answerer reads the unit in
		// WordNet to tell a measure from a count, and "inche" is no word.
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && len(w) > 3 && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// oneDeterminers before "one" make it a pronoun: "the only one", "each
// one", "which one".
var oneDeterminers = map[string]bool{"the": true, "this": true, "that": true, "each": true, "every": true,
	"which": true, "any": true, "no": true, "another": true}

// dayRange is where a range of days that a date opens ends: "May
// 2-4" gives the 2nd, and "4" counts nothing. i is the token after
// the date; i itself when no range follows.
func (p *parser) dayRange(i int) int {
	if i+1 >= len(p.toks) || !(p.punct(i, "-") || p.punct(i, "–")) || !p.glued(i) || !p.glued(i+1) {
		return i
	}
	if t := p.toks[i+1]; t.kind == tNum && t.digits <= 2 {
		return i + 2
	}
	return i
}
