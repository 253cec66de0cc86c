package quote

import (
	"strings"

	"factdesk/corpus"
)

// sieveBracket reads a source named in square brackets right after a
// quotation as its speaker, as digests and morning newsletters cite what
// they excerpt: 'FLOODS CLOSE THE PORT "The water rose a metre in an
// hour." [Harbour Gazette.]'. The brackets hold only a name of one to
// four capitalised words (a full stop may close it); an editor's insertion
// inside a sentence ("[the mayor]") or a bracket after other words is no
// source.
func sieveBracket(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	if m.close.IsZero() {
		return open
	}
	rest := text[m.close.End:min(len(text), m.close.End+60, p.span.End)]
	lead := len(rest) - len(strings.TrimLeft(rest, " \u00a0\t"))
	if !strings.HasPrefix(rest[lead:], "[") {
		return open
	}
	end := strings.IndexByte(rest[lead:], ']')
	if end < 0 {
		return open
	}
	in := corpus.Span{Start: m.close.End + lead + 1, End: m.close.End + lead + end}
	inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(in.Of(text)), "."))
	toks := tokens(text, in)
	if inner == "" || len(toks) == 0 || len(toks) > 4 || strings.ContainsAny(inner, ",;:\"\u201c\u201d") {
		return open
	}
	for _, t := range toks {
		if !isCap(t.text) {
			return open
		}
	}
	n, ok := nameAt(toks, 0)
	if !ok || n.to != len(toks) {
		return open
	}
	verb := "cited"
	// "… - Ann Lee: "…" [Gazette.]": the author the item names before a
	// colon wrote the words; the brackets say where.
	if a, ok := authorBefore(text, m.open.Start, p.span.Start); ok {
		n, verb = a.m, "colon"
	}
	id := p.d.r.Resolve(p.d.a, n.span.Of(text), n.span.Start)
	if id == corpus.NoPerson {
		id = p.d.r.Ensure(p.d.a, n.span.Of(text), n.span)
	}
	if id == corpus.NoPerson {
		return open
	}
	p.fs[i].c = cue{verb: verb, m: n, id: id, ok: true, adj: true}
	return filled
}

// author is a name a digest item puts before a colon.
type author struct{ m mention }

// authorBefore finds the name alone between a dash (or the paragraph's
// start) and a colon right before off: "HEADLINE - Ann B. Lee: ". The
// name is one to four capitalised words, whatever a sentence splitter
// makes of an initial's full stop.
func authorBefore(text string, off, floor int) (author, bool) {
	from := max(floor, off-maxClause)
	before := strings.TrimRight(text[from:off], " \u00a0\t")
	if !strings.HasSuffix(before, ":") {
		return author{}, false
	}
	head := before[:len(before)-1]
	cut := max(strings.LastIndex(head, " - "), strings.LastIndex(head, "\u2013"), strings.LastIndex(head, "\u2014"))
	if cut < 0 && from != floor {
		return author{}, false
	}
	seg := strings.TrimLeft(head[max(cut, 0):], " -\u2013\u2014")
	start := from + len(head) - len(seg)
	toks := tokens(text, corpus.Span{Start: start, End: from + len(head)})
	if len(toks) == 0 || len(toks) > 4 {
		return author{}, false
	}
	for _, t := range toks {
		if !isCap(t.text) {
			return author{}, false
		}
	}
	n, ok := nameAt(toks, 0)
	if !ok || n.to != len(toks) {
		return author{}, false
	}
	return author{m: n}, true
}
