package quote

import "factdesk/corpus"

// sieveParagraph gives a paragraph that opens with a quotation, and has no
// cue of its own, the speaker of the quotation that closed the paragraph
// before: a speaker's words running on over paragraphs, each reopened with
// a mark ('"…," Weber said. / "And we will go on."'). An interview where
// speakers take turns names each turn, so it is left alone.
func sieveParagraph(p *para, i int) verdict {
	if i != 0 || !p.prev.ok || p.prev.id == corpus.NoPerson || !onlySpace(p.d.a.Text, p.span.Start, p.ms[0].open.Start) {
		return open
	}
	// A speech, not a title opening the writer's sentence ('"Opening
	// Belle," her novel, …'): a few words that end their sentence.
	text := p.d.a.Text
	m := p.ms[0]
	// A quotation left open runs on by the convention sieveHandedOn
	// reads; here it must be closed.
	if m.close.IsZero() || words(text, m.inner) < 6 || titleCase(text, m.inner) {
		return open
	}
	if s := sentenceOf(p.sents, m.close.Start, p.span); s.End > m.close.End && words(text, corpus.Span{Start: m.close.End, End: s.End}) > 0 {
		return open
	}
	p.fs[i].c, p.fs[i].form = p.prev, corpus.FormContinuation
	return filled
}

// closingCue is the cue of the last quotation kept in a paragraph when it
// stands in the paragraph's last sentence, for sieveParagraph.
func closingCue(fs []found, ms []marked, sents []corpus.Span) cue {
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].drop || !fs[i].c.ok {
			continue
		}
		if len(sents) > 0 && ms[i].inner.End < sents[len(sents)-1].Start {
			return cue{}
		}
		return fs[i].c
	}
	return cue{}
}
