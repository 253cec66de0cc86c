package quote

import "factdesk/corpus"

// sieveParagraph gives a paragraph that opens with a quotation, and has no
// cue of its own, the speaker of the quotation that closed the paragraph
// before: a speaker's words running on over paragraphs, each reopened with
// a mark ('"…," Weber said. / "And we will go on."'). An interview where
// speakers take turns names each turn, so it is left alone.
func sieveParagraph(p *para, i int) verdict {
	if i != 0 || !p.prev.ok || p.prev.id == corpus.NoPerson || !speechParagraph(p) {
		return open
	}
	p.fs[i].c, p.fs[i].form = p.prev, corpus.FormContinuation
	return filled
}

// speechParagraph reports whether paragraph p opens with a speech of its
// own: a closed quotation of six words or more, not in title case, that
// ends its sentence; not a title opening the writer's sentence ('"Opening
// Belle," her novel, …'). A quotation left open runs on by the convention
// sieveHandedOn reads.
func speechParagraph(p *para) bool {
	text := p.d.a.Text
	m := p.ms[0]
	if !onlySpace(text, p.span.Start, m.open.Start) || m.close.IsZero() || words(text, m.inner) < 6 || titleCase(text, m.inner) {
		return false
	}
	s := sentenceOf(p.sents, m.close.Start, p.span)
	return s.End <= m.close.End || words(text, corpus.Span{Start: m.close.End, End: s.End}) == 0
}

// closingCue is the cue of the last quotation kept in a paragraph when it
// stands in the paragraph's last sentence, for sieveParagraph. A reporting
// clause after a quotation closed on "?" or "!" ('"…, are you?" Lee
// asked.') may be cut off as a sentence of its own: the quotation still
// closes the paragraph when that clause is all that follows it.
func closingCue(text string, fs []found, ms []marked, sents []corpus.Span) cue {
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].drop || !fs[i].c.ok {
			continue
		}
		if len(sents) > 0 && ms[i].inner.End < sents[len(sents)-1].Start && !cueSentenceAfter(text, fs[i].c, ms[i], sents[len(sents)-1]) {
			return cue{}
		}
		return fs[i].c
	}
	return cue{}
}

// cueSentenceAfter reports whether last, the paragraph's last sentence, is
// the reporting clause of quotation m, right after its closing mark.
func cueSentenceAfter(text string, c cue, m marked, last corpus.Span) bool {
	return !m.close.IsZero() && m.close.End <= last.Start && onlySpace(text, m.close.End, last.Start) &&
		c.m.span.Start >= last.Start && c.m.span.End <= last.End
}
