package quote

import (
	"slices"
	"sort"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// cue is what attributes a quotation: the verb and who it names.
type cue struct {
	verb string // "said", "according to", "dash"
	m    mention
	id   int
	ok   bool
	adj  bool // the quotation stands right beside its cue
}

// found is a quotation of the paragraph being read, before it becomes a
// corpus.Quote.
type found struct {
	span corpus.Span
	form corpus.Form
	c    cue
	drop bool
}

func extractArticle(a *corpus.Article, r *person.Resolver, out []corpus.Quote, ex *[]Example) []corpus.Quote {
	d := &discourse{a: a, r: r}
	text := a.Text
	// What the previous paragraph hands on: a speaker introduced by a
	// colon ("Caddell continued:") or a quotation that ran to its end.
	handOn := corpus.NoPerson
	var handCue cue
	// A quotation that ran to the end of its paragraph without a cue,
	// waiting for the next paragraph's (see below).
	var waiting *pendingQuote
	var lastBody corpus.Span
	for pi, p := range a.Paragraphs {
		if p.Kind != corpus.ParaBody || p.Span.End > len(text) || p.Span.Start < 0 || p.Span.Start > p.Span.End {
			continue
		}
		prevBody := lastBody
		lastBody = p.Span
		// Only the very next body paragraph may give a waiting quotation
		// its cue.
		waited := waiting
		waiting = nil
		if sp, c, ok := transcriptLine(d, p.Span); ok {
			d.addNames(p.Span, []corpus.Span{sp})
			d.add(ment{pos: c.m.span.Start, id: c.id, subj: true})
			out = append(out, makeQuote(a, pi, found{span: sp, form: corpus.FormTranscript, c: c}))
			handOn = corpus.NoPerson
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
		// A nickname inside a name (Marcia "Cia" Price) is part of the
		// name, not a quotation: it must not cut the reporting clause
		// that runs through it.
		ms = slices.DeleteFunc(ms, func(m marked) bool { return nickname(text, m) })
		var sents []corpus.Span
		if len(ms) > 0 || strings.HasSuffix(p.Span.Of(text), ":") {
			sents = segment.SentencesOf(text, a.Sentences, p) // only paragraphs that quote or introduce
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
				if len(ms) == 1 && ms[0].close.IsZero() && onlySpace(text, p.Span.Start, ms[0].open.Start) {
					// A quotation that opens the paragraph and runs on into
					// the next, whose cue comes there: ""I was doing my
					// job. …" / ""Anyone knows that," Witkoff said."
					waiting = &pendingQuote{pi: pi, f: fs[i], open: ms[0].open.Of(text)}
				}
			default:
				fs[i].drop = true
			}
		}
		// What waited for this paragraph takes its first quotation's cue,
		// if that quotation opens the paragraph; otherwise it was no
		// quotation of anyone's.
		// The same mark opens both, as one speaker's paragraphs do; an
		// excerpt quoted paragraph by paragraph ("Kevin was snoring.)
		// opens with another than the speech inside it.
		if waited != nil && len(fs) > 0 && !fs[0].drop && fs[0].c.ok && onlySpace(text, p.Span.Start, ms[0].open.Start) && ms[0].open.Of(text) == waited.open {
			waited.f.c, waited.f.form, waited.f.drop = fs[0].c, corpus.FormMarked, false
			out = append(out, makeQuote(a, waited.pi, waited.f))
		}
		// The last sieve: the speaker model, for what no rule attributed.
		for i := range fs {
			if !fs[i].c.ok && (waiting == nil || i > 0) {
				if c, ok := speakerSieve(d, p.Span, prevBody, sents, ms, i, ex); ok {
					fs[i].c, fs[i].drop = c, false
				}
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

// pendingQuote is a quotation of paragraph pi waiting for its cue.
type pendingQuote struct {
	pi   int
	f    found
	open string // its opening mark
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
	return segment.CountWords(text, corpus.Span{Start: from, End: off}) == 0
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
			// The clause must end with it (see clauseEnds), so an
			// apposition may make it long: "Scott's niece, Marcia Price,
			// shouted to the crowd." A sentence with a quotation of its own
			// is its own statement, unless it is short.
			n := sentenceOf(sents, m.close.End+1, p)
			quotes := i+1 < len(ms) && ms[i+1].open.Start < n.End
			if n.Start >= m.close.End && (words(text, n) <= 6 || !quotes && words(text, n) <= 14) {
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

func words(text string, s corpus.Span) int { return segment.CountWords(text, s) }
