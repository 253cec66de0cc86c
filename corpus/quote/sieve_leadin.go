package quote

// sieveLeadIn gives the first quotation of a paragraph, opening a
// sentence, the cue that closes the sentence before it: '…, Schiff said.
// "The other factor …"'. A short title-case quotation is a title, not
// speech.
func sieveLeadIn(p *para, i int) verdict {
	if i != 0 {
		return open
	}
	c, ok := leadIn(p.d, p.sents, p.ms[0].open.Start, p.span)
	if !ok || titleCase(p.d.a.Text, p.ms[0].inner) && words(p.d.a.Text, p.ms[0].inner) <= 4 {
		return open
	}
	p.fs[i].c = c
	return filled
}
