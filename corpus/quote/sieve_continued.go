package quote

import "factdesk/corpus"

// sieveContinued gives a quotation that opens a sentence the speaker of the
// paragraph's quotation before it: '"…," he said. "…"' (a split
// quotation).
func sieveContinued(p *para, i int) verdict {
	if p.last < 0 {
		return open
	}
	p.fs[i].c, p.fs[i].form = p.fs[p.last].c, corpus.FormContinuation
	return filled
}
