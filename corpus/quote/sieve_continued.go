package quote

import "factdesk/corpus"

// sieveContinued gives a quotation that opens a sentence the speaker of the
// paragraph's quotation before it: '"…," he said. "…"' (a split
// quotation).
func sieveContinued(p *para, i int) verdict {
	if p.last < 0 {
		return open
	}
	// A part the scanner split from the one before (see reopens) is that
	// one's speaker's or no one's.
	if i > 0 && p.ms[i-1].close.IsZero() && (p.fs[i-1].drop || !p.fs[i-1].c.ok) {
		return dropped
	}
	p.fs[i].c, p.fs[i].form = p.fs[p.last].c, corpus.FormContinuation
	return filled
}
