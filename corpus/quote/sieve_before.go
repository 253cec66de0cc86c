package quote

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// sieveBefore reads the reporting clause before a quotation in its
// sentence: 'Ushakov noted: "…"', 'Dmitriev offered, "…"', 'He added that
// …, "…"', 'Trump said …, explaining that "…"', or a short clause of
// someone the article knows that ends in a colon.
func sieveBefore(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	f := &p.fs[i]
	s := sentenceOf(p.sents, m.open.Start, p.span)
	// A reporting clause is never far from its quotation; the bound keeps
	// a paragraph of a thousand quotations linear.
	start := max(s.Start, m.open.Start-maxClause)
	if i >= 4 {
		start = max(start, prevEnd(p.ms, i-3, p.span.Start)) // three quotations at most between a cue and its quotation
	}
	if start >= m.open.Start {
		return open
	}
	var skip []corpus.Span
	for j := i - 1; j >= 0 && p.ms[j].inner.End > start; j-- {
		skip = append(skip, p.ms[j].inner)
	}
	c, ok := cueBefore(p.d, corpus.Span{Start: start, End: m.open.Start}, skip, start == s.Start)
	if !ok {
		return open
	}
	if !c.adj {
		if lc, ok := colonLeadIn(p.d, corpus.Span{Start: max(start, c.m.span.End), End: m.open.Start}); ok && lc.id != p.d.resolve(c.m) {
			// "She said that …, to which Lund interjected: "…"": the
			// clause that hands the quotation on with its colon is
			// nearer than the verb the sentence opened with.
			f.c = lc
			p.d.noteSpeaker(f.c)
			return filled
		}
	}
	f.c = c
	f.c.id = p.d.resolve(c.m)
	if !c.adj {
		f.form = corpus.FormFragment
	}
	if !c.adj || words(text, m.inner) <= 3 {
		if scare(text, m) {
			f.drop = true
			return filled
		}
		if f.c.id == corpus.NoPerson && !p.d.unnamedOpener(c.m) && !(c.adj && c.m.kind == mDesc && indefinite(c.m.span.Of(text))) {
			// ("Only 52 percent of voters agreed that …" stays, its
			// speaker unnamed: an opening adverb is no one; so does
			// "one strategist said, "…"", someone kept unnamed.)
			// The verb says the words are someone's, but its subject is
			// no one known ("The head of state noted that there should
			// be "…""): the fragment sieve and the model may still find
			// whose. Words a group speaks ("officials said") are no
			// one's to name.
			if group(text, c) {
				f.drop = true
				return filled
			}
			f.c, f.form = cue{}, corpus.FormMarked
			return open
		}
	}
	p.d.noteSpeaker(f.c)
	return filled
}

// group reports whether the subject of a cue is a plural noun, a group of
// people nobody names ("several friends said", "Space agency officials
// said", where the capitalised first word is all the cue took).
func group(text string, c cue) bool {
	if c.m.kind == mPronoun {
		return false
	}
	ws := segment.Words(text, corpus.Span{Start: c.m.span.Start, End: min(len(text), c.m.span.End+60)})
	head := ""
	for _, w := range ws {
		if w.Text == c.verb {
			break
		}
		head = w.Text
	}
	return !isCap(head) && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
}

// colonLeadIn is the subject and verb of the last clause of region r when
// that clause ends in the colon right before a quotation: after the
// region's last comma, past a relative or a conjunction ("to which",
// "and", "but"), a name someone the article knows and a verb. ok is false
// for anything else.
func colonLeadIn(d *discourse, r corpus.Span) (cue, bool) {
	text := d.a.Text
	if r.Start >= r.End || !strings.HasSuffix(strings.TrimRight(text[r.Start:r.End], " \u00a0\t"), ":") {
		return cue{}, false
	}
	toks := tokens(text, r)
	k := len(toks)
	for k > 0 && !strings.Contains(toks[k-1].gap, ",") {
		k--
	}
	if k == 0 {
		return cue{}, false
	}
	k--
	for k < len(toks) && segment.LowerIn(leadInWords, toks[k].text) {
		k++
	}
	if len(toks)-k < 2 {
		return cue{}, false
	}
	c, ok := colonSubject(toks[k:])
	if !ok || c.m.kind == mPronoun {
		return cue{}, false
	}
	if c.id = d.resolve(c.m); c.id == corpus.NoPerson {
		return cue{}, false
	}
	return c, true
}

// leadInWords open a clause after a comma without being its subject.
var leadInWords = segment.WordSet(`to which whom and but so then when while where after`)
