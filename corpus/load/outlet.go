package load

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// An outlet signs its own text in three ways we look for, all by shape:
//
//   - a sentence that ends with the outlet in the present tense, the verb
//     first ("…, informs UNN.", "…, reports UNN.") or in the passive ("This
//     is reported by UNN."). The past "This was reported by Bloomberg" relays
//     another outlet: that is a cited source, not a signature;
//   - a desk byline: "Devdiscourse News Desk | Moscow | Updated: …";
//   - a copyright line with a name: "© 2025 The Daily Planet".
//
// Nothing else: an outlet the text does not state stays unknown.

// deskWords end a byline's name, after a space: "X News Desk", "X
// Staff", "X Bureau".
var deskWords = []string{" News Desk", " Web Desk", " Digital Desk", " Desk", " Newsroom", " Staff Reporter", " Staff", " Bureau"}

// wireServices is the one list of names: agencies whose bare name is known
// to be a source even where the text gives no other clue ("per the AP").
var wireServices = map[string]bool{
	"ap": true, "associated press": true, "reuters": true, "afp": true, "agence france-presse": true,
	"upi": true, "dpa": true, "efe": true, "ansa": true, "xinhua": true, "tass": true,
	"interfax": true, "kyodo": true, "yonhap": true,
}

// orgWords are the common nouns in names of news organisations; a name
// containing one is an organisation, not a person ("Bloomberg News").
var orgWords = map[string]bool{
	"news": true, "times": true, "post": true, "journal": true, "press": true, "agency": true,
	"tribune": true, "herald": true, "gazette": true, "telegraph": true, "guardian": true,
	"daily": true, "weekly": true, "magazine": true, "review": true, "radio": true,
	"television": true, "tv": true, "network": true, "broadcasting": true, "media": true,
	"wire": true, "channel": true, "inquirer": true, "chronicle": true, "observer": true,
	"monitor": true, "insider": true, "examiner": true, "bulletin": true, "dispatch": true,
	"standard": true, "newspaper": true, "outlet": true,
}

// outletNouns, right before a name, say it is a publisher: "American
// outlet Bloomberg published …".
var outletNouns = map[string]bool{
	"outlet": true, "newspaper": true, "agency": true, "publication": true, "broadcaster": true,
	"magazine": true, "channel": true, "daily": true, "site": true, "website": true, "network": true,
	"tabloid": true, "weekly": true,
}

// notNames are capitalised words that start sentences or name days, never
// a source.
var notNames = map[string]bool{
	"this": true, "that": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "a": true, "an": true, "the": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "earlier": true, "later": true, "according": true,
}

// followVerbs may follow a source's name without making it a modifier:
// "published by Bloomberg, …", "Bloomberg reported that …".
var followVerbs = map[string]bool{
	"said": true, "says": true, "reported": true, "reports": true, "published": true,
	"publishes": true, "wrote": true, "writes": true, "noted": true, "notes": true,
	"added": true, "adds": true, "cited": true, "cites": true, "found": true, "obtained": true,
	"revealed": true, "reveals": true, "confirmed": true, "learned": true, "reviewed": true,
	"claimed": true, "claims": true, "stated": true, "states": true, "showed": true,
	"shows": true, "reporting": true, "citing": true,
}

// textOutlet returns the outlet the text names as its own, or "". cues
// are the paragraphs' (see findCues).
func textOutlet(text string, paras []corpus.Paragraph, sents []corpus.Span, cues []cueKind) string {
	for i, p := range paras {
		if p.Kind == corpus.ParaBoilerplate {
			continue
		}
		if cues[i]&cueSignature == 0 {
			continue // most paragraphs: no need to split and tokenize
		}
		for _, s := range segment.SentencesOf(text, sents, p) {
			if o := signature(text, s); o != "" {
				return o
			}
		}
	}
	for i, p := range paras {
		if i >= datelineParas {
			break
		}
		if o := deskByline(text, p.Span()); o != "" {
			return o
		}
	}
	for _, p := range paras {
		if o := copyrightHolder(text, p.Span()); o != "" {
			return o
		}
	}
	return ""
}

// signature reads an outlet signing the sentence s at its end.
func signature(text string, s corpus.Span) string {
	toks := segment.Words(text, s)
	m := len(toks)
	if m < 3 {
		return ""
	}
	for k := 1; k < m; k++ {
		v := strings.ToLower(toks[k-1].Text)
		verbFirst := (v == "informs" || v == "reports" || v == "writes") &&
			k >= 2 && strings.Contains(text[toks[k-2].Span.End:toks[k-1].Span.Start], ",")
		passive := v == "by" && k >= 3 && strings.EqualFold(toks[k-2].Text, "reported") &&
			(strings.EqualFold(toks[k-3].Text, "is") || strings.EqualFold(toks[k-3].Text, "are") ||
				strings.EqualFold(toks[k-3].Text, "been") && k >= 4 && strings.EqualFold(toks[k-4].Text, "has"))
		if !verbFirst && !passive {
			continue
		}
		e := runEnd(text, toks, k)
		if e == k {
			continue
		}
		// The name ends the sentence, or only says where the outlet got
		// it: "…, reports UNN with reference to the press service."
		if e == m && onlyClosers(text[toks[m-1].Span.End:s.End]) || e < m && sourcing(toks[e:]) {
			name := cleanName(text[toks[k].Span.Start:toks[e-1].Span.End])
			// "…, writes Smith." is a columnist; "…, writes UNN." an outlet.
			if name != "" && (v != "writes" || orgLike(name)) {
				return name
			}
		}
	}
	return ""
}

// sourcing reports whether words say where a report comes from:
// "with reference to …", "citing …", "referring to …".
func sourcing(toks []segment.Token) bool {
	w := func(i int) string {
		if i < len(toks) {
			return strings.ToLower(toks[i].Text)
		}
		return ""
	}
	return w(0) == "citing" || w(0) == "with" && w(1) == "reference" && w(2) == "to" || w(0) == "referring" && w(1) == "to"
}

// onlyClosers reports whether s holds nothing but sentence punctuation,
// closing quotes and space.
func onlyClosers(s string) bool {
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '.', r == '!', r == '?', r == '"', r == '\'', r == '\u201d', r == '\u2019', r == ')':
		default:
			return false
		}
	}
	return true
}

// deskByline reads "X News Desk | …" at the start of a paragraph.
func deskByline(text string, p corpus.Span) string {
	s := p.Of(text)
	end := len(s)
	// strings.IndexAny decodes every rune when the set is not ASCII; this
	// is the same search for '|', ',', '\n', '–' and '—' byte by byte.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '|' || c == ',' || c == '\n' ||
			c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
			end = i
			break
		}
	}
	head := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[:end]), " -"))
	for _, w := range deskWords {
		if name, ok := strings.CutSuffix(head, w); ok {
			name = strings.TrimPrefix(strings.TrimPrefix(name, "By "), "by ")
			if isCapitalRun(name) {
				return cleanName(name)
			}
		}
	}
	return ""
}

// copyrightHolder reads the name in "© 2025 The Daily Planet. All rights
// reserved."; "© Copyright 2025" alone names no one.
func copyrightHolder(text string, p corpus.Span) string {
	s := p.Of(text)
	i := strings.Index(s, "©")
	if i < 0 {
		if len(s) < 9 || !strings.EqualFold(s[:9], "copyright") {
			return ""
		}
		i = 0
	}
	toks := segment.Words(text, corpus.Span{Start: p.Start + i, End: p.End})
	j := 0
	for j < len(toks) && (strings.EqualFold(toks[j].Text, "copyright") || isDigits(toks[j].Text) || strings.EqualFold(toks[j].Text, "c")) {
		j++
	}
	if j == len(toks) {
		return ""
	}
	e := runEnd(text, toks, j)
	if e == j {
		return ""
	}
	name := cleanName(text[toks[j].Span.Start:toks[e-1].Span.End])
	if strings.EqualFold(name, "all rights reserved") || strings.HasPrefix(strings.ToLower(name), "all rights") {
		return ""
	}
	return name
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// capital reports whether a word can be part of a name: it starts with a
// capital ("Bloomberg") or carries several ("i24NEWS").
func capital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// connector words may sit inside a name: "Voice of America".
func connector(w string) bool { return w == "of" || w == "for" || w == "and" || w == "de" }

// plainGap reports whether the text between two words of one name is a
// single run of spaces (or " & ").
func plainGap(g string) bool {
	g = strings.TrimSpace(g)
	return g == "" || g == "&"
}

// runEnd returns the end (exclusive) of the name that starts at toks[i].
func runEnd(text string, toks []segment.Token, i int) int {
	if i >= len(toks) || !capital(toks[i].Text) || isNotName(toks[i].Text) && toks[i].Text != "The" {
		return i
	}
	e := i + 1
	for e < len(toks) && e-i < 6 && plainGap(text[toks[e-1].Span.End:toks[e].Span.Start]) && !possessive(toks[e-1].Text) {
		switch {
		case capital(toks[e].Text):
			e++
		case connector(toks[e].Text) && e+1 < len(toks) && capital(toks[e+1].Text) &&
			plainGap(text[toks[e].Span.End:toks[e+1].Span.Start]):
			e += 2
		default:
			return e
		}
	}
	return e
}

// runStart returns the start of the name that ends at toks[e-1].
func runStart(text string, toks []segment.Token, e int) int {
	k := e
	for k > 0 && e-k < 6 && capital(toks[k-1].Text) {
		if k < e && !plainGap(text[toks[k-1].Span.End:toks[k].Span.Start]) {
			break
		}
		k--
	}
	if k < e && isNotName(toks[k].Text) && toks[k].Text != "The" {
		k++
	}
	return k
}

func isCapitalRun(s string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 || len(fs) > 6 {
		return false
	}
	for _, f := range fs {
		if !capital(f) && !connector(f) {
			return false
		}
	}
	return true
}

func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") }

// cleanName drops a leading "the" and a possessive: "the AP" → "AP",
// "Bloomberg's" → "Bloomberg".
func cleanName(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	for _, the := range []string{"the ", "The ", "THE "} {
		s = strings.TrimPrefix(s, the)
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "\u2019s")
	s = strings.TrimRight(s, ".")
	if isNotName(s) {
		return ""
	}
	return s
}

// isNotName is segment.LowerIn(notNames, w), lower-casing an ASCII word on
// the stack.
func isNotName(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return segment.LowerIn(notNames, w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return segment.LowerIn(notNames, w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return notNames[string(buf[:len(w)])]
}

// singleSpaced reports whether s is already strings.Join(strings.Fields(s),
// " "): ASCII, its words apart by one space, none at either end.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// acronym reports whether the name is written in capitals ("AP", "UNN",
// "i24NEWS").
func acronym(s string) bool {
	up, low := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		}
	}
	return up >= 2 && up > low
}

// orgLike reports whether a name is an organisation by its own words.
func orgLike(name string) bool {
	if acronym(name) || segment.LowerIn(wireServices, name) {
		return true
	}
	for _, w := range strings.Fields(name) {
		if segment.LowerIn(orgWords, w) {
			return true
		}
	}
	return false
}

// isCiteNoun reports whether w, after "the X" or "X's", is what a source
// publishes. "Story" and "investigation" are not: "Melania Trump's
// story", "the FBI investigation".
func isCiteNoun(w string) bool {
	switch w {
	case "report", "reporting", "transcript", "recording":
		return true
	}
	return false
}

// textCites lists the sources the article relays, in order of first
// mention, without its own outlet. Some constructions make any name a
// source ("published by X", "the X report"); the looser ones ("according
// to X", "citing X", "per X", "X reported") need a name that is an
// organisation by its words, follows a word like "outlet", or is a source
// by a stronger construction elsewhere in the article.
// cand is a name in a citing construction; strong when the construction
// alone makes it a source.
type cand struct {
	name   string
	strong bool
}

func textCites(text string, paras []corpus.Paragraph, sents []corpus.Span, cues []cueKind, outlet string) []string {
	var cands []cand
	buf := tokenBufs.Get().(*[]segment.Token)
	toks := (*buf)[:0]
	defer func() { *buf = toks[:0]; tokenBufs.Put(buf) }()
	body := 0
	for i, p := range paras {
		if p.Kind == corpus.ParaBoilerplate {
			continue
		}
		body++
		ps := p.Span().Of(text)
		wire := body <= 3 && strings.Contains(ps, "(")
		if !wire && cues[i]&cueCite == 0 {
			continue
		}
		// Only the sentences with a cue are cut into words: most of a
		// paragraph has none.
		for si, sp := range segment.SentencesOf(text, sents, p) {
			if !(wire && si == 0) && !citeCues.in(sp.Of(text)) {
				continue
			}
			cands, toks = sentenceCites(text, sp, wire && si == 0, cands, toks)
		}
	}
	strong := map[string]bool{}
	for _, c := range cands {
		if c.strong {
			strong[strings.ToLower(c.name)] = true
		}
	}
	var names []string
	for _, c := range cands {
		if segment.LowerIn(strong, c.name) {
			names = append(names, c.name)
		}
	}
	return mergeCites(text, nil, names, outlet)
}

// tokenBufs keep the word buffers of sentenceCites from one article to
// the next: grown anew for each, they were a fifth of what loading
// allocated.
var tokenBufs = sync.Pool{New: func() any { return new([]segment.Token) }}

// sentenceCites adds the names that sentence s relays as sources; wire
// says s opens the story, where "WASHINGTON (AP) —" names the wire.
//
// toks is scratch space for the sentence's words, returned for reuse.
func sentenceCites(text string, s corpus.Span, wire bool, cands []cand, toks []segment.Token) ([]cand, []segment.Token) {
	toks = segment.AppendWords(toks[:0], text, s)
	after := func(j int, strong bool) {
		if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
			j++
		}
		e := runEnd(text, toks, j)
		if e == j {
			return
		}
		if e < len(toks) && plainGap(text[toks[e-1].Span.End:toks[e].Span.Start]) && !possessive(toks[e-1].Text) {
			// "citing US officials": the name is a modifier.
			w := toks[e].Text
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !isStopword(w) && !followVerbs[w] {
				return
			}
		}
		name := cleanName(text[toks[j].Span.Start:toks[e-1].Span.End])
		if name == "" {
			return
		}
		cands = append(cands, cand{name, strong || orgLike(name) || (j > 0 && segment.LowerIn(outletNouns, toks[j-1].Text))})
	}
	before := func(i int, strong bool) {
		k := runStart(text, toks, i)
		if k == i || !plainGap(text[toks[i-1].Span.End:toks[i].Span.Start]) {
			return
		}
		name := cleanName(text[toks[k].Span.Start:toks[i-1].Span.End])
		if name == "" {
			return
		}
		cands = append(cands, cand{name, strong || orgLike(name) || (k > 0 && segment.LowerIn(outletNouns, toks[k-1].Text))})
	}
	for i, t := range toks {
		w := t.Text
		if c := w[0]; c >= 'A' && c <= 'Z' {
			w = strings.ToLower(w)
		}
		switch {
		case w == "according" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "to"):
			after(i+2, false)
		case w == "per" || w == "citing":
			after(i+1, false)
		case w == "by" && i > 0:
			switch strings.ToLower(toks[i-1].Text) {
			case "reported", "published", "obtained", "broadcast", "aired", "reviewed", "seen":
				after(i+1, true)
			}
		case (w == "reported" || w == "reports" || w == "published" || w == "wrote" || w == "revealed") && i > 0:
			before(i, false)
		case isCiteNoun(t.Text) && i > 0:
			prev := toks[i-1].Text
			if possessive(prev) && capital(prev) && plainGap(text[toks[i-1].Span.End:t.Span.Start]) {
				before(i, true)
			} else if k := runStart(text, toks, i); k < i && (toks[k].Text == "The" || k > 0 && strings.EqualFold(toks[k-1].Text, "the")) {
				before(i, true)
			}
		}
	}
	// A wire dateline: "WASHINGTON (AP) — …" at the top of the story.
	if wire && len(toks) > 1 {
		for i := 1; i < min(len(toks), 4); i++ {
			t := toks[i]
			if t.Span.Start > 0 && text[t.Span.Start-1] == '(' && t.Span.End < len(text) && text[t.Span.End] == ')' && acronym(t.Text) {
				cands = append(cands, cand{t.Text, true})
			}
		}
	}
	return cands, toks
}

// mergeCites joins the manifest's cites with those found in the text, in
// that order, without duplicates or the article's own outlet. "Bloomberg
// News" becomes "Bloomberg" when the shorter form is also written.
func mergeCites(text string, manifest, found []string, outlet string) []string {
	if len(manifest)+len(found) == 0 {
		return nil // most articles without a manifest: nothing to clean
	}
	all := make([]string, 0, len(manifest)+len(found))
	all = append(all, manifest...)
	all = append(all, found...)
	// The names as written, for a "… News" whose short form is among
	// them: made only when one is.
	var short map[string]bool
	var out []string
	seen := map[string]bool{}
	own := cleanName(outlet)
	for _, n := range all {
		n = cleanName(n)
		if base, ok := strings.CutSuffix(n, " News"); ok {
			if short == nil {
				short = map[string]bool{}
				for _, n := range all {
					short[strings.ToLower(strings.TrimSpace(n))] = true
				}
			}
			if segment.LowerIn(short, base) || writtenAlone(text, base) {
				n = base
			}
		}
		k := strings.ToLower(n)
		if n == "" || seen[k] || strings.EqualFold(n, own) {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

// writtenAlone reports whether name appears in text not followed by "News".
func writtenAlone(text, name string) bool {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return false
		}
		e := off + i + len(name)
		before := off + i
		off = e
		if before > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:before]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		rest := text[e:]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue
		}
		if !strings.HasPrefix(strings.TrimLeft(rest, " "), "News") {
			return true
		}
	}
	return false
}
