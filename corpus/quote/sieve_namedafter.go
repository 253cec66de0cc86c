package quote

import (
	"strings"

	"factdesk/corpus"
)

// sieveNamedAfter gives a paragraph that is one closed speech, with no
// cue of its own, to the person the next paragraph opens by naming:
// '"We lost the boats and the cabins in an hour." / That's Anna
// Kowalska, who runs the camp.' Radio and podcast transcripts play the
// voice first and say whose it was after.
func sieveNamedAfter(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	if len(p.ms) != 1 || m.close.IsZero() || !onlySpace(text, p.span.Start, m.open.Start) ||
		strings.TrimSpace(strings.Trim(text[m.close.End:p.span.End], ".,")) != "" || words(text, m.inner) < 6 || titleCase(text, m.inner) {
		return open
	}
	next := nextBody(p.d.a, p.pi)
	if next.IsZero() {
		return open
	}
	body := next.Of(text)
	lead := ""
	for _, l := range []string{"That's ", "That\u2019s ", "That is ", "That was "} {
		if strings.HasPrefix(body, l) {
			lead = l
			break
		}
	}
	if lead == "" {
		return open
	}
	toks := tokens(text, corpus.Span{Start: next.Start + len(lead), End: min(next.End, next.Start+len(lead)+maxClause)})
	nm, ok := nameAt(toks, 0)
	if !ok {
		return open
	}
	id := p.d.r.Resolve(p.d.a, nm.span.Of(text), nm.span.Start)
	if pp := p.d.r.Person(id); pp == nil || pp.Kind != corpus.KindPerson {
		return open
	}
	p.fs[i].c = cue{verb: strings.TrimSpace(lead), m: nm, id: id, ok: true, adj: true}
	return filled
}

// nextBody is the body paragraph after paragraph pi, or a zero span.
func nextBody(a *corpus.Article, pi int) corpus.Span {
	for j := pi + 1; j < len(a.Paragraphs); j++ {
		if a.Paragraphs[j].Kind == corpus.ParaBody {
			s := a.Paragraphs[j].Span()
			if s.End > len(a.Text) || s.Start < 0 || s.Start > s.End {
				return corpus.Span{}
			}
			return s
		}
	}
	return corpus.Span{}
}
