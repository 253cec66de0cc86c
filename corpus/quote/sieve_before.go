package quote

import "factdesk/corpus"

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
	f.c = c
	f.c.id = p.d.resolve(c.m)
	if !c.adj {
		f.form = corpus.FormFragment
	}
	if !c.adj || words(text, m.inner) <= 3 {
		if scare(text, m) || f.c.id == corpus.NoPerson {
			f.drop = true
			return filled
		}
	}
	p.d.noteSpeaker(f.c)
	return filled
}
