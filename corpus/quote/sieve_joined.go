package quote

import "factdesk/corpus"

// sieveJoined gives a quotation the cue of the one before it in its
// sentence when at most three words join them: 'to "go to your place and
// vote" and then "go pick some other place"'.
func sieveJoined(p *para, i int) verdict {
	if p.last < 0 || !sameSentence(p.sents, p.ms[p.last].open.Start, p.ms[i].open.Start) {
		return open
	}
	if words(p.d.a.Text, corpus.Span{Start: prevEnd(p.ms, i, p.span.Start), End: p.ms[i].open.Start}) > 3 {
		return open
	}
	p.fs[i].c, p.fs[i].form = p.fs[p.last].c, p.fs[p.last].form
	return filled
}
