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
	// title: a name, not speech, decided before any sieve; the speaker
	// model does not take it either.
	title bool
	by    string // the sieve that attributed it
}

// extraction collects an article's quotations and, beside each, the sieve
// that attributed it.
type extraction struct {
	quotes []corpus.Quote
	by     []string
	mode   filterMode
	feats  [][]string // with filterCollect, the filter's features of each quotation
}

func (x *extraction) add(a *corpus.Article, pi int, f found) {
	x.quotes = append(x.quotes, makeQuote(a, pi, f))
	x.by = append(x.by, f.by)
}

// extractArticle appends the quotations of article a to x; ex, when not
// nil, collects the speaker model's training examples instead.
func extractArticle(a *corpus.Article, r *person.Resolver, x *extraction, ex *[]Example) {
	d := &discourse{a: a, r: r}
	from := len(x.quotes)
	defer func() {
		x.dropEchoes(from)
		x.filter(a, r, from)
	}()
	text := a.Text
	hand := corpus.NoPerson
	var handCf cue
	// A quotation that ran to the end of its paragraph without a cue,
	// waiting for the next paragraph's (see below).
	var waiting *pendingQuote
	// The cue of the quotation that closed the previous body paragraph.
	var prev cue
	// The previous body paragraph when it quotes nothing: it may report
	// the speech of a paragraph of quotation after it (sieveReported).
	var reported *corpus.Paragraph
	// The body paragraph before, which a dash line may attribute.
	var lastBody speechBefore
	// The body paragraph before, for the speaker model's candidates.
	var lastSpan corpus.Span
	// Whether the article holds a transcript's exchange, read once when
	// a paragraph first reads as a turn.
	var exchange lazyBool
	for pi, pg := range a.Paragraphs {
		if pg.Span().End > len(text) || pg.Span().Start < 0 || pg.Span().Start > pg.Span().End {
			continue
		}
		if pg.Kind == corpus.ParaTitle {
			if f, ok := headlineQuote(d, pg.Span()); ok {
				x.add(a, pi, f)
			}
			continue
		}
		if pg.Kind != corpus.ParaBody {
			continue
		}
		prevBody := lastSpan
		lastSpan = pg.Span()
		// Only the very next body paragraph may give a waiting quotation
		// its cue.
		waited := waiting
		waiting = nil
		closing, said := prev, reported
		prev, reported = cue{}, nil
		speech := lastBody
		lastBody = speechBefore{pi: pi, span: trim(text, pg.Span())}
		if speech.ok {
			if c, ok := dashLine(d, pg.Span()); ok {
				d.addNames(pg.Span(), nil)
				c.id = d.resolve(c.m)
				d.noteSpeaker(c)
				x.add(a, speech.pi, found{span: speech.span, form: corpus.FormDash, c: c, by: sieveDashLineName})
				hand = corpus.NoPerson
				lastBody.ok = false
				continue
			}
		}
		if sp, c, ok := transcriptLine(d, pg.Span()); ok && exchange.of(a) {
			d.addNames(pg.Span(), []corpus.Span{sp})
			d.add(ment{pos: c.m.span.Start, id: c.id, subj: true})
			x.add(a, pi, found{span: sp, form: corpus.FormTranscript, c: c, by: sieveTranscriptName})
			hand = corpus.NoPerson
			continue
		}
		if sp, c, ok := dashQuote(d, pg.Span()); ok {
			d.addNames(pg.Span(), []corpus.Span{sp})
			c.id = d.resolve(c.m)
			if c.id != corpus.NoPerson {
				d.add(ment{pos: c.m.span.Start, id: c.id, subj: true})
			}
			x.add(a, pi, found{span: sp, form: corpus.FormDash, c: c, by: sieveDashName})
			hand = corpus.NoPerson
			continue
		}
		ms := scan(text, pg.Span())
		lastBody.ok = len(ms) == 0 && segment.HasWords(text, pg.Span(), 8) && !hasQuoteMark(pg.Span().Of(text))
		if waited != nil && len(ms) == 0 && !segment.HasWords(text, pg.Span(), maxInsertWords) && !hasQuoteMark(pg.Span().Of(text)) {
			// A short line of no one's words inside a speech that runs
			// on (a photo's caption, its credit, a link) is set in the
			// page between two of its paragraphs: the speech still waits.
			waiting = waited
		}
		// A nickname inside a name (Marcia "Cia" Price) is part of the
		// name, not a quotation: it must not cut the reporting clause
		// that runs through it.
		ms = slices.DeleteFunc(ms, func(m marked) bool { return nickname(text, m) })
		var sents []corpus.Span
		if len(ms) > 0 || strings.HasSuffix(pg.Span().Of(text), ":") {
			sents = segment.SentencesOf(text, a.Sentences, pg) // only paragraphs that quote or introduce
		}
		quoted := make([]corpus.Span, len(ms))
		for i, m := range ms {
			quoted[i] = m.inner
		}
		d.addNames(pg.Span(), quoted)
		p := &para{d: d, pi: pi, span: pg.Span(), sents: sents, ms: ms, fs: make([]found, len(ms)), hand: hand, handCf: handCf, prev: closing, reported: said}
		p.runSieves()
		fs := p.fs
		if len(ms) == 1 && !fs[0].c.ok && ms[0].close.IsZero() && onlySpace(text, pg.Span().Start, ms[0].open.Start) {
			// A quotation that opens the paragraph and runs on into the
			// next, whose cue comes there: ""I was doing my job. …" /
			// ""Anyone knows that," Witkoff said."
			waiting = &pendingQuote{pi: pi, f: fs[0], open: ms[0].open.Of(text), before: closing}
			if waited != nil && waited.before.ok && ms[0].open.Of(text) == waited.open {
				// A chain of paragraphs left open: the cue before the first
				// waits with it.
				waiting.before = waited.before
				waiting.earlier = append(waited.earlier, waitedQuote{pi: waited.pi, f: waited.f})
			}
		}
		// What waited for this paragraph takes its first quotation's cue,
		// if that quotation opens the paragraph; otherwise it was no
		// quotation of anyone's.
		// The same mark opens both, as one speaker's paragraphs do; an
		// excerpt quoted paragraph by paragraph ("Kevin was snoring.)
		// opens with another than the speech inside it.
		if waited != nil && len(fs) > 0 && !fs[0].drop && fs[0].c.ok && onlySpace(text, pg.Span().Start, ms[0].open.Start) && ms[0].open.Of(text) == waited.open {
			waited.f.c, waited.f.form, waited.f.drop, waited.f.by = fs[0].c, corpus.FormMarked, false, sieveNextParaName
			x.add(a, waited.pi, waited.f)
		} else if waited != nil && waited.before.ok && waited.before.id != corpus.NoPerson && len(fs) > 0 && !fs[0].c.ok && !fs[0].title &&
			onlySpace(text, pg.Span().Start, ms[0].open.Start) && ms[0].open.Of(text) == waited.open && (waiting == nil || !ms[0].close.IsZero()) {
			// A speech that goes on over paragraphs each reopened with the
			// same mark and none named, after the quotation that closed
			// the paragraph before it ('"…," she said. / "… / "…."'):
			// the last paragraph closes it, and the whole run is the
			// speaker's of that cue.
			for _, w := range append(waited.earlier, waitedQuote{pi: waited.pi, f: waited.f}) {
				w.f.c, w.f.form, w.f.drop, w.f.by = waited.before, corpus.FormContinuation, false, sieveRunOnName
				x.add(a, w.pi, w.f)
			}
			fs[0].c, fs[0].form, fs[0].drop, fs[0].by = waited.before, corpus.FormContinuation, false, sieveRunOnName
		}
		// The last sieve: the speaker model, for what no rule attributed.
		for i := range fs {
			if !fs[i].c.ok && !fs[i].title && (waiting == nil || i > 0) {
				if c, ok := speakerSieve(d, pg.Span(), prevBody, sents, ms, i, ex); ok {
					fs[i].c, fs[i].drop, fs[i].by = c, false, sieveModelName
				}
			}
		}
		modelContinued(text, ms, fs)
		hand = corpus.NoPerson
		for i, f := range fs {
			if f.drop || !f.c.ok {
				continue
			}
			x.add(a, pi, f)
			if i == len(fs)-1 && ms[i].close.IsZero() {
				hand, handCf = f.c.id, f.c
			}
		}
		if hand == corpus.NoPerson {
			hand, handCf = colonCue(d, pg.Span(), sents, ms)
		}
		prev = closingCue(text, fs, ms, sents)
		if len(ms) == 0 {
			reported = &a.Paragraphs[pi]
		}
	}
}

// modelContinued gives a quotation that opens a sentence, left open by
// every sieve, the speaker of the quotation right before it when the
// model attributed that one: '"…," said Ann Vell,  a friend. "…"' goes
// on as a rule's split quotation does (sieveContinued runs before the
// model, so it never sees the model's choice).
func modelContinued(text string, ms []marked, fs []found) {
	for i := 1; i < len(fs); i++ {
		prev := fs[i-1]
		if fs[i].c.ok || fs[i].title || !prev.c.ok || prev.drop || prev.by != sieveModelName && prev.by != sieveModelContinuedName {
			continue
		}
		if ms[i-1].close.IsZero() || sentenceStart(text, ms[i].open.Start) != ms[i].open.Start {
			continue
		}
		fs[i].c, fs[i].drop, fs[i].form, fs[i].by = prev.c, false, corpus.FormContinuation, sieveModelContinuedName
	}
}

// maxInsertWords is the length under which a paragraph quoting nothing,
// met while a speech runs on, is matter set into the page (a caption, a
// credit) rather than the writer's own paragraph.
const maxInsertWords = 15

// pendingQuote is a quotation of paragraph pi waiting for its cue.
type pendingQuote struct {
	pi   int
	f    found
	open string // its opening mark
	// before is the cue of the quotation that closed the paragraph before
	// the first of a run of paragraphs left open, if one did.
	before cue
	// earlier are the paragraphs of that run before this one.
	earlier []waitedQuote
}

// waitedQuote is one paragraph's quotation of a run left open.
type waitedQuote struct {
	pi int
	f  found
}

func makeQuote(a *corpus.Article, pi int, f found) corpus.Quote {
	q := corpus.Quote{Article: int32(a.ID), File: a.File, Text: f.span.Of(a.Text), Paragraph: int32(pi),
		SpeakerID: corpus.NoPerson, Cue: f.c.verb, Form: f.form}
	q.SetSpan(f.span)
	q.SetMentionAt(f.c.m.span)
	if f.c.id != corpus.NoPerson {
		q.SpeakerID = int32(f.c.id)
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

// noteSpeaker makes a resolved speaker the most recent subject.
func (d *discourse) noteSpeaker(c cue) {
	if c.id != corpus.NoPerson {
		m := ment{pos: c.m.span.Start, id: c.id, subj: true}
		if c.m.kind == mPronoun {
			switch strings.ToLower(d.a.Text[c.m.span.Start:c.m.span.End]) {
			case "she":
				m.g = -1
			case "he":
				m.g = 1
			}
		}
		d.add(m)
	}
}

func words(text string, s corpus.Span) int { return segment.CountWords(text, s) }

// hasQuoteMark reports whether s holds a straight or curly double
// quotation mark or a guillemet «. It is strings.ContainsAny over those
// marks, a search for each in turn: ContainsAny over marks beyond ASCII
// decodes every rune of a whole paragraph.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "\u201c") || strings.Contains(s, "\u201d") ||
		strings.Contains(s, "\u00ab")
}

// lazyBool is a fact about an article computed the first time it is asked.
type lazyBool struct{ known, v bool }

func (l *lazyBool) of(a *corpus.Article) bool {
	if !l.known {
		l.v, l.known = hasExchange(a), true
	}
	return l.v
}
