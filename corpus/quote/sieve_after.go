package quote

import "factdesk/corpus"

// sieveAfter reads the reporting clause right after a quotation:
// "…," he said', '"…," said the Russian diplomat', '"…?" Graham asked.',
// or a clause that closes the sentence the quotation is a fragment of
// ("A clerk who "steals" goes to jail, Weber said.").
func sieveAfter(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	f := &p.fs[i]
	if m.close.IsZero() {
		return open
	}
	region, own := afterRegion(p, i)
	if region.IsZero() {
		return open
	}
	c, ok := cueAfter(p.d, region)
	if !ok || own && !(c.adj && clauseEnds(tokens(text, region), c)) {
		return open
	}
	f.c = c
	f.c.id = p.d.resolve(c.m)
	p.d.noteSpeaker(f.c)
	if words(text, m.inner) <= 3 && titleCase(text, m.inner) {
		f.drop = true
	}
	if !c.adj {
		f.form = corpus.FormFragment
		f.drop = f.drop || scare(text, m) || f.c.id == corpus.NoPerson
	}
	return filled
}

// afterRegion is where the reporting clause after quotation i may be: the
// rest of its sentence up to the next quotation, or, when the quotation
// ends its sentence, the next sentence if it is short (own). The zero
// Span means there is none.
func afterRegion(p *para, i int) (region corpus.Span, own bool) {
	text := p.d.a.Text
	m := p.ms[i]
	s := sentenceOf(p.sents, m.close.Start, p.span)
	end := s.End
	if end <= m.close.End {
		// "“…?” Graham asked.": the cue is a short sentence of its own.
		// The clause must end with it (see clauseEnds), so an apposition
		// may make it long: "Scott's niece, Marcia Price, shouted to the
		// crowd." A sentence with a quotation of its own is its own
		// statement, unless it is short.
		n := sentenceOf(p.sents, m.close.End+1, p.span)
		quotes := i+1 < len(p.ms) && p.ms[i+1].open.Start < n.End
		if n.Start >= m.close.End && (words(text, n) <= 6 || !quotes && words(text, n) <= 14) {
			end, own = n.End, true
		}
	}
	if i+1 < len(p.ms) && p.ms[i+1].open.Start < end {
		end = p.ms[i+1].open.Start
	}
	end = min(end, m.close.End+maxClause)
	if end <= m.close.End {
		return corpus.Span{}, false
	}
	return corpus.Span{Start: m.close.End, End: end}, own
}
