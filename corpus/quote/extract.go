package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// cue is what attributes a quotation: the verb and who it names.
type cue struct {
	verb  string // "said", "according to", "dash"
	m     mention
	id    int
	ok    bool
	adj   bool // the quotation stands right beside its cue
	after bool // the cue follows the quotation
}

// found is a quotation of the paragraph being read, before it becomes a
// corpus.Quote.
type found struct {
	span corpus.Span
	form corpus.Form
	c    cue
	drop bool
}

func extractArticle(a *corpus.Article, r *person.Resolver, out []corpus.Quote) []corpus.Quote {
	d := &discourse{a: a, r: r}
	text := a.Text
	// What the previous paragraph hands on: a speaker introduced by a
	// colon ("Caddell continued:") or a quotation that ran to its end.
	handOn := corpus.NoPerson
	var handCue cue
	for pi, p := range a.Paragraphs {
		if p.Kind != corpus.ParaBody || p.Span.End > len(text) || p.Span.Start < 0 || p.Span.Start > p.Span.End {
			continue
		}
		if sp, c, ok := dashQuote(d, p.Span); ok {
			d.addNames(p.Span, []corpus.Span{sp})
			c.id = d.resolve(c.m)
			if c.id != corpus.NoPerson {
				d.add(ment{pos: c.m.span.Start, id: c.id, subj: true})
			}
			out = append(out, makeQuote(a, pi, found{span: sp, form: corpus.FormDash, c: c}))
			handOn = corpus.NoPerson
			continue
		}
		ms := scan(text, p.Span)
		var sents []corpus.Span
		if len(ms) > 0 || strings.HasSuffix(p.Span.Of(text), ":") {
			sents = segment.Sentences(text, p.Span) // only paragraphs that quote or introduce
		}
		quoted := make([]corpus.Span, len(ms))
		for i, m := range ms {
			quoted[i] = m.inner
		}
		d.addNames(p.Span, quoted)
		fs := make([]found, len(ms))
		for i := range ms {
			fs[i] = attribute(d, p.Span, sents, ms, i)
		}
		// A quotation without a cue shares the cue of the next one in its
		// sentence ("A" and "B," Bacon said), or continues the speaker of
		// the one before when it opens a sentence.
		last := -1
		for i := range fs {
			if fs[i].c.ok {
				if !fs[i].drop {
					last = i
				}
				continue
			}
			if j := i + 1; j < len(fs) && fs[j].c.ok && !fs[j].drop && sameSentence(sents, ms[i].open.Start, ms[j].open.Start) {
				fs[i].c, fs[i].form = fs[j].c, corpus.FormMarked
				continue
			}
			// "to "go to your place and vote" and then "go pick some other
			// place"": a quotation joined to the one before in its sentence.
			if last >= 0 && sameSentence(sents, ms[last].open.Start, ms[i].open.Start) &&
				words(text, corpus.Span{Start: prevEnd(ms, i, p.Span.Start), End: ms[i].open.Start}) <= 3 {
				fs[i].c, fs[i].form = fs[last].c, fs[last].form
				last = i
				continue
			}
			if !opensSentence(text, sents, ms[i].open.Start, prevEnd(ms, i, p.Span.Start)) {
				fs[i].drop = true
				continue
			}
			switch {
			case last >= 0:
				fs[i].c, fs[i].form = fs[last].c, corpus.FormContinuation
				last = i
			case i == 0 && onlySpace(text, p.Span.Start, ms[0].open.Start) && handOn != corpus.NoPerson:
				fs[i].c, fs[i].form = handCue, corpus.FormContinuation
				fs[i].c.id = handOn
				last = i
			case i == 0:
				// "…, Schiff said. "The other factor …"": the sentence before
				// ends with its cue.
				if c, ok := leadIn(d, sents, ms[0].open.Start, p.Span); ok && !(titleCase(text, ms[0].inner) && words(text, ms[0].inner) <= 4) {
					fs[i].c = c
					last = i
					continue
				}
				fs[i].drop = true
			default:
				fs[i].drop = true
			}
		}
		handOn = corpus.NoPerson
		for i, f := range fs {
			if f.drop || !f.c.ok {
				continue
			}
			out = append(out, makeQuote(a, pi, f))
			if i == len(fs)-1 && ms[i].close.IsZero() {
				handOn, handCue = f.c.id, f.c
			}
		}
		if handOn == corpus.NoPerson {
			handOn, handCue = colonCue(d, p.Span, sents, ms)
		}
	}
	return out
}

func makeQuote(a *corpus.Article, pi int, f found) corpus.Quote {
	q := corpus.Quote{Article: a.ID, File: a.File, Text: f.span.Of(a.Text), Span: f.span, Paragraph: pi,
		SpeakerID: corpus.NoPerson, Mention: f.c.m.span.Of(a.Text), MentionAt: f.c.m.span, Cue: f.c.verb, Form: f.form}
	if f.c.id != corpus.NoPerson {
		q.SpeakerID = f.c.id
	}
	return q
}

func prevEnd(ms []marked, i, start int) int {
	if i == 0 {
		return start
	}
	if ms[i-1].close.IsZero() {
		return ms[i-1].inner.End
	}
	return ms[i-1].close.End
}

// sentenceOf returns the sentence holding offset off (sents are sorted).
func sentenceOf(sents []corpus.Span, off int, p corpus.Span) corpus.Span {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if i < len(sents) && sents[i].Start <= off {
		return sents[i]
	}
	if i > 0 {
		return sents[i-1]
	}
	return p
}

func sameSentence(sents []corpus.Span, a, b int) bool {
	return sentenceOf(sents, a, corpus.Span{}) == sentenceOf(sents, b, corpus.Span{})
}

// opensSentence reports whether no word stands between the start of the
// sentence (or the previous quotation) and the mark at off.
func opensSentence(text string, sents []corpus.Span, off, prev int) bool {
	s := sentenceOf(sents, off, corpus.Span{Start: off, End: off})
	from := max(s.Start, prev)
	if from > off {
		return true
	}
	return len(segment.Words(text, corpus.Span{Start: from, End: off})) == 0
}

// maxClause bounds how far from a quotation its cue is looked for, in bytes.
const maxClause = 300

// attribute finds the cue of quotation ms[i]: first a reporting clause
// right after it, then one before it in the same sentence.
func attribute(d *discourse, p corpus.Span, sents []corpus.Span, ms []marked, i int) found {
	text := d.a.Text
	m := ms[i]
	f := found{span: m.inner, form: corpus.FormMarked}
	if !m.close.IsZero() {
		s := sentenceOf(sents, m.close.Start, p)
		end := s.End
		own := false
		if end <= m.close.End {
			// "“…?” Graham asked.": the cue is a short sentence of its own.
			if n := sentenceOf(sents, m.close.End+1, p); n.Start >= m.close.End && words(text, n) <= 6 {
				end, own = n.End, true
			}
		}
		if i+1 < len(ms) && ms[i+1].open.Start < end {
			end = ms[i+1].open.Start
		}
		end = min(end, m.close.End+maxClause)
		if end > m.close.End {
			if c, ok := cueAfter(d, corpus.Span{Start: m.close.End, End: end}); ok && (!own || c.adj && clauseEnds(tokens(text, corpus.Span{Start: m.close.End, End: end}), c)) {
				f.c = c
				f.c.id = d.resolve(c.m)
				d.noteSpeaker(f.c)
				if words(text, m.inner) <= 3 && titleCase(text, m.inner) {
					f.drop = true
				}
				if !c.adj {
					f.form = corpus.FormFragment
					f.drop = f.drop || scare(text, m) || f.c.id == corpus.NoPerson
				}
				return f
			}
		}
	}
	s := sentenceOf(sents, m.open.Start, p)
	// A reporting clause is never far from its quotation; the bound keeps
	// a paragraph of a thousand quotations linear.
	start := max(s.Start, m.open.Start-maxClause)
	if i >= 4 {
		start = max(start, prevEnd(ms, i-3, p.Start)) // three quotations at most between a cue and its quotation
	}
	var skip []corpus.Span
	for j := i - 1; j >= 0 && ms[j].inner.End > start; j-- {
		skip = append(skip, ms[j].inner)
	}
	if start < m.open.Start {
		if c, ok := cueBefore(d, corpus.Span{Start: start, End: m.open.Start}, skip, start == s.Start); ok {
			f.c = c
			f.c.id = d.resolve(c.m)
			if !c.adj {
				f.form = corpus.FormFragment
			}
			if !c.adj || words(text, m.inner) <= 3 {
				if scare(text, m) || f.c.id == corpus.NoPerson {
					f.drop = true
					return f
				}
			}
			d.noteSpeaker(f.c)
			return f
		}
	}
	return f
}

// noteSpeaker makes a resolved speaker the most recent subject.
func (d *discourse) noteSpeaker(c cue) {
	if c.id != corpus.NoPerson {
		d.add(ment{pos: c.m.span.Start, id: c.id, subj: true})
	}
}

func words(text string, s corpus.Span) int { return len(segment.Words(text, s)) }

// titleCase reports whether every longer word of s is capitalised: a show,
// a book or a slogan, not speech.
func titleCase(text string, s corpus.Span) bool {
	n := 0
	for _, w := range segment.Words(text, s) {
		if utf8.RuneCountInString(w.Text) < 4 {
			continue
		}
		if !isCap(w.Text) {
			return false
		}
		n++
	}
	return n > 0
}

// scare reports whether a quotation inside a sentence is a scare quote or
// a title rather than reported words: title case, or a short quoted phrase
// that modifies a noun ("a "peace agreement"", "Witkoff's "leaked" call").
func scare(text string, m marked) bool {
	if titleCase(text, m.inner) && words(text, m.inner) <= 8 {
		return true
	}
	if words(text, m.inner) > 3 {
		return false
	}
	before := segment.Words(text, corpus.Span{Start: max(0, m.open.Start-40), End: m.open.Start})
	if len(before) > 0 {
		prev := before[len(before)-1]
		if strings.TrimSpace(text[prev.Span.End:m.open.Start]) == "" {
			if _, poss := possessive(prev.Text); poss || strings.EqualFold(prev.Text, "so-called") {
				return true
			}
		}
	}
	// A quoted word that modifies the noun after it: "a "peace" deal"
	// (but "to "hinder" ties" is a verb).
	if !m.close.IsZero() && !afterInfinitive(text, m.open.Start) {
		after := segment.Words(text, corpus.Span{Start: m.close.End, End: min(len(text), m.close.End+40)})
		if len(after) > 0 && onlySpace(text, m.close.End, after[0].Span.Start) && m.close.End < after[0].Span.Start {
			w := after[0].Text
			if !isCap(w) && !function[strings.ToLower(w)] && verbOf(w) == "" {
				return true
			}
		}
	}
	return false
}

// afterInfinitive reports whether the word before off is "to" or an
// auxiliary, so the quoted word after it is a verb or a predicate.
func afterInfinitive(text string, off int) bool {
	before := segment.Words(text, corpus.Span{Start: max(0, off-20), End: off})
	if len(before) == 0 {
		return false
	}
	switch strings.ToLower(before[len(before)-1].Text) {
	case "to", "be", "is", "was", "are", "were", "been", "being", "not", "would", "will", "could", "should", "can", "might", "must", "never":
		return true
	}
	return false
}

// cueAfter reads a reporting clause right after a quotation:
// "," he said", "," said the Russian diplomat", "," Flynn, a top Trump
// surrogate, said", "," according to X".
func cueAfter(d *discourse, s corpus.Span) (cue, bool) {
	toks := tokens(d.a.Text, s)
	if len(toks) == 0 || strings.ContainsAny(toks[0].gap, ".!?") && !strings.ContainsAny(toks[0].gap, ",") {
		return cue{}, false
	}
	if c, ok := clauseCue(toks, true); ok {
		return c, true
	}
	// "A cashier who "steals a handful of $20s" is held accountable, Warren
	// said.": the clause closes the sentence after a comma; the quotation
	// is a fragment of what it reports.
	for j := len(toks) - 1; j > 0 && len(toks)-j <= 6; j-- {
		if strings.Contains(toks[j].gap, ",") {
			if c, ok := clauseCue(toks[j:], true); ok && clauseEnds(toks[j:], c) {
				c.adj = false
				return c, true
			}
			break
		}
	}
	return cue{}, false
}

// clauseEnds reports whether a cue clause is all that is left of toks but
// for a short phrase ("said on Friday").
func clauseEnds(toks []tok, c cue) bool {
	end := c.m.to
	for i, t := range toks {
		if strings.EqualFold(t.text, c.verb) && i+1 > end {
			end = i + 1
		}
	}
	return len(toks)-end <= 3
}

// clauseCue reads a short reporting clause at the start of toks: verb then
// speaker, speaker then verb, or "according to" speaker.
func clauseCue(toks []tok, after bool) (cue, bool) {
	if len(toks) >= 3 && strings.EqualFold(toks[0].text, "according") && strings.EqualFold(toks[1].text, "to") {
		if m, ok := npAt(toks, 2); ok {
			return cue{verb: "according to", m: m, ok: true, adj: true, after: after}, true
		}
	}
	if verbOf(toks[0].text) != "" {
		k := 1
		for k < len(toks) && k < 3 && isAdverb(strings.ToLower(toks[k].text)) {
			k++
		}
		if m, ok := npAt(toks, k); ok && !hasPunct(toks[k].gap) {
			return cue{verb: toks[0].text, m: m, ok: true, adj: true, after: after}, true
		}
		return cue{}, false
	}
	m, ok := npAt(toks, 0)
	if !ok {
		return cue{}, false
	}
	// The verb follows the speaker, maybe after adverbs ("Witkoff
	// reportedly said"), an apposition ("Flynn, a top Trump surrogate,
	// said"), a parenthesis ("Chaffetz (R-Utah) said") or where they are
	// from ("Mr. Morgan of the Sierra Club said").
	k := m.to
	if m.kind == mName && k+1 < len(toks) && (strings.EqualFold(toks[k].text, "of") || strings.EqualFold(toks[k].text, "from")) && !hasPunct(toks[k].gap) {
		j := k + 1
		if strings.EqualFold(toks[j].text, "the") {
			j++
		}
		for j < len(toks) && isCap(toks[j].text) && !hasPunct(toks[j].gap) {
			j++
		}
		if j > k+1 && isCap(toks[j-1].text) {
			k = j
		}
	}
	if k < len(toks) && (strings.Contains(toks[k].gap, ",") || strings.Contains(toks[k].gap, "(")) {
		for j := k + 1; j < len(toks) && j-k < 25; j++ {
			g := abbrevGap(toks[j].gap)
			if strings.ContainsAny(g, ".;!?:\"\u201c\u201d") {
				break
			}
			if strings.Contains(g, ",") || strings.Contains(g, ")") {
				k = j
			}
		}
	}
	for n := 0; n < 3 && k < len(toks) && isAdverb(strings.ToLower(toks[k].text)) && !hasPunct(toks[k].gap); n++ {
		k++
	}
	if k < len(toks) && verbOf(toks[k].text) != "" && !isCap(toks[k].text) {
		return cue{verb: toks[k].text, m: m, ok: true, adj: true, after: after}, true
	}
	return cue{}, false
}

// modals make the verb after them hypothetical ("Witkoff could say").
var modals = set(`could would should might may can must will to shall`)

// cueBefore reads the reporting clause before a quotation in its sentence:
// "Ushakov noted: "", "Dmitriev offered, "", "He added that … "", and
// "Trump said …, explaining that '".
func cueBefore(d *discourse, s corpus.Span, skip []corpus.Span, atStart bool) (cue, bool) {
	text := d.a.Text
	var toks []tok
	q := len(skip) - 1 // skip runs backwards through the text
	for _, t := range tokens(text, s) {
		for q >= 0 && skip[q].End <= t.span.Start {
			q--
		}
		if q >= 0 && skip[q].Start <= t.span.Start && t.span.End <= skip[q].End {
			continue
		}
		if len(skip) > 0 && len(toks) > 0 && t.span.Start > toks[len(toks)-1].span.End &&
			strings.ContainsAny(text[toks[len(toks)-1].span.End:t.span.Start], "\"\u201c\u201d") {
			t.gap = text[toks[len(toks)-1].span.End:t.span.Start]
		}
		toks = append(toks, t)
	}
	tail := strings.TrimSpace(text[s.Start:s.End])
	if len(toks) > 0 {
		tail = strings.TrimSpace(text[toks[len(toks)-1].span.End:s.End])
	}
	colon := strings.HasSuffix(tail, ":") || strings.HasSuffix(tail, ",")
	participle := -1
	for v := len(toks) - 1; v >= 0; v-- {
		lw := strings.ToLower(toks[v].text)
		if lw == "according" && v+2 < len(toks) && strings.EqualFold(toks[v+1].text, "to") {
			if m, ok := npAt(toks, v+2); ok {
				return cue{verb: "according to", m: m, ok: true, adj: colon && m.to >= len(toks)-1}, true
			}
			continue
		}
		if verbOf(lw) == "" || isCap(toks[v].text) && v > 0 {
			continue
		}
		if v > 0 && (modals[strings.ToLower(toks[v-1].text)] || determiners[strings.ToLower(toks[v-1].text)]) {
			continue // "could say", "the calls"
		}
		// "…, saying that": the subject is the clause's, before.
		if strings.HasSuffix(lw, "ing") {
			if participle < 0 {
				participle = v
			}
			continue
		}
		if m, ok := npBefore(toks, v); ok {
			adj := colon && len(toks)-v <= 4
			if m.kind == mDesc && !adj && d.resolve(m) == corpus.NoPerson {
				continue // "the recent spate of shootings demands": not a speaker
			}
			return cue{verb: toks[v].text, m: m, ok: true, adj: adj}, true
		}
		if participle < 0 {
			participle = v // "Trump bemoaned the unrest and said": the sentence's subject
		}
		// "said Trump: "…""
		if m, ok := npAt(toks, v+1); ok && m.to == len(toks) && colon {
			return cue{verb: toks[v].text, m: m, ok: true, adj: true}, true
		}
	}
	if participle >= 0 && atStart {
		if m, ok := npAt(toks, 0); ok && m.kind != mDesc && m.to <= participle {
			return cue{verb: toks[participle].text, m: m, ok: true, adj: colon && len(toks)-participle <= 4}, true
		}
	}
	return cue{}, false
}

// dashQuote reads a paragraph of speech closed by a dash and its
// attribution: "… - Dmitriev wrote on the social network X.", "… – said
// Witkoff.", "… - he said.", or a headline's "… most - Zelenskyy".
func dashQuote(d *discourse, p corpus.Span) (corpus.Span, cue, bool) {
	text := d.a.Text
	for _, at := range dashes(text, p) {
		after := trim(text, corpus.Span{Start: at.End, End: p.End})
		speech := trim(text, corpus.Span{Start: p.Start, End: at.Start})
		toks := tokens(text, after)
		if len(toks) == 0 || len(toks) > 14 || words(text, speech) < 3 || pairedDash(text, p.Start, at) {
			continue
		}
		speech = unquote(text, speech)
		if c, ok := clauseCue(toks, true); ok && c.verb != "according to" {
			c.verb = "dash"
			if v := dashVerb(toks); v != "" {
				c.verb = v
			}
			return speech, c, true
		}
		// A signature: the speech, a dash, a name and nothing else
		// ("… most - Zelenskyy", "…” ― Pamela Padilla").
		name := strings.TrimRight(after.Of(text), ". ")
		if len(toks) > 5 || strings.ContainsAny(name, ",;:()") {
			continue
		}
		all := true
		for _, t := range toks {
			if !isCap(t.text) || function[strings.ToLower(t.text)] {
				all = false
			}
		}
		if !all {
			continue
		}
		if len(toks) >= 2 || d.r.Resolve(d.a, name, after.Start) != corpus.NoPerson {
			m := mention{kind: mName, span: corpus.Span{Start: after.Start, End: after.Start + len(name)}, from: 0, to: len(toks)}
			return speech, cue{verb: "dash", m: m, ok: true, adj: true, after: true}, true
		}
	}
	return corpus.Span{}, cue{}, false
}

// dashes lists the dashes of p that may open an attribution, last first:
// a dash with a space after it and a space or a closing quotation mark
// before it.
func dashes(text string, p corpus.Span) []corpus.Span {
	var out []corpus.Span
	// Bytes, backwards: '-' or the UTF-8 of – — ― (E2 80 93/94/95).
	for i := p.End - 1; i >= p.Start && len(out) < 3; i-- {
		n := 0
		switch {
		case text[i] == '-':
			n = 1
		case text[i] == 0xE2 && i+2 < p.End && text[i+1] == 0x80 && text[i+2] >= 0x93 && text[i+2] <= 0x95:
			n = 3
		default:
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+n : p.End])
		prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		if i+n < p.End && unicode.IsSpace(next) && i > p.Start && (unicode.IsSpace(prev) || prev == '\u201d' || prev == '"' || prev == '\u2019') {
			out = append(out, corpus.Span{Start: i, End: i + n})
		}
	}
	return out
}

// pairedDash reports whether the dash at d closes an aside opened by the
// same dash earlier in its sentence ("unsubstantiated — or flat out wrong —
// according to"), which attributes nothing.
func pairedDash(text string, start int, d corpus.Span) bool {
	before := text[start:d.Start]
	if i := strings.LastIndexAny(before, ".!?"); i >= 0 {
		before = before[i+1:]
	}
	mark := text[d.Start:d.End]
	return strings.Contains(before, " "+mark+" ")
}

func dashVerb(toks []tok) string {
	for _, t := range toks {
		if verbOf(t.text) != "" {
			return t.text
		}
	}
	return ""
}

// unquote drops quotation marks around a whole speech.
func unquote(text string, s corpus.Span) corpus.Span {
	ms := scan(text, s)
	if len(ms) == 1 && ms[0].open.Start == s.Start && !ms[0].close.IsZero() && ms[0].close.End == s.End {
		return ms[0].inner
	}
	return s
}

// leadIn reads the sentence before off in paragraph p when it ends with a
// reporting clause ("…, Schiff said." or "Trump told the crowd:"), the cue
// of a quotation that opens the next sentence.
func leadIn(d *discourse, sents []corpus.Span, off int, p corpus.Span) (cue, bool) {
	text := d.a.Text
	cur := sentenceOf(sents, off, p)
	var prev corpus.Span
	for _, s := range sents {
		if s.End <= cur.Start {
			prev = s
		}
	}
	if prev.IsZero() || scan(text, prev) != nil {
		return cue{}, false
	}
	s := corpus.Span{Start: max(prev.Start, prev.End-maxClause), End: prev.End}
	toks := tokens(text, s)
	if len(toks) == 0 {
		return cue{}, false
	}
	tail := strings.TrimSpace(text[toks[len(toks)-1].span.End:prev.End])
	if tail != "." && tail != ":" {
		return cue{}, false
	}
	// The verb must close the sentence: "Schiff said." or "Schiff said in
	// an interview." but not "Schiff said the plan failed."
	for v := len(toks) - 1; v >= 0 && v >= len(toks)-4; v-- {
		if verbOf(toks[v].text) == "" || isCap(toks[v].text) {
			continue
		}
		if strings.HasSuffix(strings.ToLower(toks[v].text), "ing") {
			return cue{}, false
		}
		if v+1 < len(toks) && !leadInTail[strings.ToLower(toks[v+1].text)] {
			return cue{}, false // "Weber said the talks failed."
		}
		m, ok := npBefore(toks, v)
		if !ok || !strings.Contains(toks[m.from].gap, ",") && m.from > 0 && tail == "." {
			return cue{}, false
		}
		c := cue{verb: toks[v].text, m: m, ok: true, adj: true}
		if c.id = d.resolve(m); c.id == corpus.NoPerson {
			return cue{}, false
		}
		return c, true
	}
	return cue{}, false
}

// leadInTail may follow the verb of a clause that closes its sentence:
// "Schiff said in an interview.", "Trump told reporters on Monday."
var leadInTail = set(`in on at to during after before via from with last this earlier later recently
reporters monday tuesday wednesday thursday friday saturday sunday yesterday today`)

// colonCue reads a paragraph that introduces the next one's quotation:
// "Caddell continued:".
func colonCue(d *discourse, p corpus.Span, sents []corpus.Span, ms []marked) (int, cue) {
	text := d.a.Text
	if !strings.HasSuffix(strings.TrimSpace(p.Of(text)), ":") || len(sents) == 0 {
		return corpus.NoPerson, cue{}
	}
	last := sents[len(sents)-1]
	if len(ms) > 0 && ms[len(ms)-1].inner.End > last.Start {
		return corpus.NoPerson, cue{}
	}
	c, ok := cueBefore(d, corpus.Span{Start: max(last.Start, last.End-maxClause), End: last.End}, nil, last.End-last.Start <= maxClause)
	if !ok {
		return corpus.NoPerson, cue{}
	}
	c.id = d.resolve(c.m)
	return c.id, c
}
