package quote

import (
	"strings"

	"factdesk/corpus"
)

// sieveSplit continues a quotation split by its own reporting clause in
// the middle of a sentence: '"The risk," said Edward Leamer, an economist
// at UCLA, "is that we attract workers and repel jobs."' The quotation
// before it is attributed by a clause that stands between the two, and a
// comma hands the sentence back.
func sieveSplit(p *para, i int) verdict {
	if i == 0 || p.last != i-1 {
		return open
	}
	prev := p.fs[i-1]
	text := p.d.a.Text
	if words(text, p.ms[i].inner) <= 8 && titleCase(text, p.ms[i].inner) {
		return open // a title: 'his book, "A Time for Truth,"'
	}
	between := corpus.Span{Start: prevEnd(p.ms, i, p.span.Start), End: p.ms[i].open.Start}
	if !prev.c.ok || prev.form != corpus.FormMarked || prev.c.m.span.Start < between.Start || prev.c.m.span.End > between.End {
		return open
	}
	if !strings.HasSuffix(strings.TrimRight(between.Of(text), " \u00a0"), ",") {
		return open
	}
	p.fs[i].c, p.fs[i].form = prev.c, corpus.FormContinuation
	return filled
}
