package quote

import (
	"strings"

	"factdesk/corpus"
)

// minUnclosedWords is how many words a quotation must hold before the comma
// where sieveUnclosed ends it: a sentence's worth, not a phrase.
const minUnclosedWords = 6

// sieveUnclosed reads a quotation that opens its paragraph and is never
// closed, where the writer left out the closing mark before the reporting
// clause: '"We will rebuild the bridge by spring, said Lena Hart, the mayor.'
// The quotation ends at the comma that a listed reporting verb and a name
// the article knows follow, as '"…," said Lena Hart' would; the clause must
// stand right there, so a quotation that only mentions someone's words
// ("…, said no one here…") needs a name after the verb. A quotation that
// runs on into the next paragraph with no such clause is left to the sieves
// that read paragraphs.
func sieveUnclosed(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	if !m.close.IsZero() || !onlySpace(text, p.span.Start, m.open.Start) {
		return open
	}
	in := m.inner.Of(text)
	for k := 0; k < len(in); k++ {
		if in[k] != ',' {
			continue
		}
		comma := m.inner.Start + k
		if words(text, corpus.Span{Start: m.inner.Start, End: comma}) < minUnclosedWords {
			continue
		}
		s := sentenceOf(p.sents, comma, p.span)
		end := min(max(s.End, comma+1), comma+1+maxClause, m.inner.End)
		region := corpus.Span{Start: comma + 1, End: end}
		toks := tokens(text, region)
		if len(toks) == 0 || verbOf(toks[0].text) == "" && (len(toks) < 2 || verbOf(toks[1].text) == "") {
			continue // the clause must open right after the comma: "said Hart", "Hart said"
		}
		c, ok := clauseCue(toks)
		if !ok || c.m.kind != mName || strings.ContainsAny(text[comma+1:c.m.span.Start], ".!?;:") {
			continue
		}
		if verbOf(toks[0].text) == "" && !clauseCloses(text, c, region) {
			continue // "…, Hart said that …" reports other words
		}
		if c.id = p.d.resolve(c.m); c.id == corpus.NoPerson {
			continue
		}
		c.adj = true
		f := &p.fs[i]
		f.span, f.c = corpus.Span{Start: m.inner.Start, End: comma + 1}, c
		p.d.noteSpeaker(f.c)
		return filled
	}
	return open
}

// clauseCloses reports whether a name-first clause ("Hart said") ends at a
// comma or a stop, as a cue does, rather than going on to report other
// words ("Hart said that …").
func clauseCloses(text string, c cue, region corpus.Span) bool {
	toks := tokens(text, corpus.Span{Start: c.m.span.End, End: region.End})
	if len(toks) == 0 {
		return true
	}
	if verbOf(toks[0].text) == "" {
		return false
	}
	if len(toks) == 1 {
		return true
	}
	return strings.ContainsAny(toks[1].gap, ",.!?;")
}
