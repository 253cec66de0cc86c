package quote

import "factdesk/corpus"

// sieveHandedOn gives a paragraph that opens with a quotation the speaker
// the paragraph before handed on: one that ended with a colon ("Caddell
// continued:") or with a quotation left open.
func sieveHandedOn(p *para, i int) verdict {
	if i != 0 || p.hand == corpus.NoPerson || !onlySpace(p.d.a.Text, p.span.Start, p.ms[0].open.Start) {
		return open
	}
	p.fs[i].c, p.fs[i].form = p.handCf, corpus.FormContinuation
	p.fs[i].c.id = p.hand
	return filled
}
