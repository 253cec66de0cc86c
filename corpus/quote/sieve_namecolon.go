package quote

import (
	"strings"

	"factdesk/corpus"
)

// sieveNameColon reads a name alone before a colon as the speaker of the
// quotation after it, as digests and newsletters print what others wrote:
// 'Turnout was high - Anna Kowalska: "…"', 'More from Karl Weber: "…"'.
// The clause before the colon must be only the name, after the sentence's
// start, a dash or "from"; the name someone the article knows, or two
// words or more that look like a name.
func sieveNameColon(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	s := sentenceOf(p.sents, m.open.Start, p.span)
	from := max(s.Start, prevEnd(p.ms, i, p.span.Start), m.open.Start-maxClause)
	before := strings.TrimRight(text[from:m.open.Start], " \u00a0\t")
	if !strings.HasSuffix(before, ":") {
		return open
	}
	toks := tokens(text, corpus.Span{Start: from, End: m.open.Start})
	if len(toks) == 0 {
		return open
	}
	// The name runs back from the colon over capitalised words.
	k := len(toks)
	for k > 0 && len(toks)-k < 4 && isCap(toks[k-1].text) && (k == len(toks) || !hasPunct(toks[k].gap)) {
		k--
	}
	if k == len(toks) {
		return open
	}
	switch {
	case k == 0:
	case strings.Contains(toks[k].gap, " - ") || strings.ContainsAny(toks[k].gap, "\u2013\u2014"):
	case strings.EqualFold(toks[k-1].text, "from") && !hasPunct(toks[k].gap):
	default:
		return open
	}
	n, ok := nameAt(toks, k)
	if !ok || n.to != len(toks) {
		return open
	}
	name := n.span.Of(text)
	id := p.d.r.Resolve(p.d.a, name, n.span.Start)
	if id == corpus.NoPerson && (n.to-n.from < 2 || !plausibleName(name)) {
		return open
	}
	if id == corpus.NoPerson {
		id = p.d.r.Ensure(p.d.a, name, n.span)
	}
	if id == corpus.NoPerson {
		return open
	}
	p.fs[i].c = cue{verb: "colon", m: n, id: id, ok: true, adj: true}
	p.d.noteSpeaker(p.fs[i].c)
	return filled
}
