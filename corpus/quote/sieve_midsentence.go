package quote

// sieveMidSentence drops a quotation that neither has a cue nor opens a
// sentence: words before it in its sentence make it a phrase of the
// writer's ("a "peace agreement""), which the sieves after it, all
// continuing a speaker from sentence to sentence, must not take.
func sieveMidSentence(p *para, i int) verdict {
	if opensSentence(p.d.a.Text, p.sents, p.ms[i].open.Start, prevEnd(p.ms, i, p.span.Start)) {
		return open
	}
	return dropped
}
