package quote

import "factdesk/corpus"

// Fallback is the hook for the last and least precise sieve, a learned
// speaker model: it sees a quotation every rule sieve left open and may
// name the mention that speaks it. The rule sieves never ask it, and what
// it fills no later sieve changes (there is none). Its answer is kept only
// when the mention lies in the article's text before the end of the
// quotation's paragraph and the id is someone the resolver knows.
type Fallback interface {
	// Speaker returns the mention that speaks quotation q of paragraph
	// para of article a, and the person it is; ok is false to leave the
	// quotation open (it is then dropped as no one's).
	Speaker(a *corpus.Article, para corpus.Span, q corpus.Span) (mention corpus.Span, id int, ok bool)
}

// Options are the choices of ExtractWith.
type Options struct {
	// Fallback, if set, runs after every rule sieve ("fallback").
	Fallback Fallback
}

const sieveFallbackName = "fallback"

// sieveFallback asks the learned model about a quotation still open.
func sieveFallback(p *para, i int) verdict {
	if p.fallback == nil {
		return open
	}
	text := p.d.a.Text
	ms, id, ok := p.fallback.Speaker(p.d.a, p.span, p.fs[i].span)
	if !ok || id == corpus.NoPerson || p.d.r.Person(id) == nil || ms.Start < 0 || ms.End > p.span.End || ms.Start >= ms.End || ms.End > len(text) {
		return open
	}
	p.fs[i].c = cue{verb: sieveFallbackName, m: mention{kind: mDesc, span: ms}, id: id, ok: true, adj: true}
	return filled
}
