package quote

import (
	"strings"

	"factdesk/corpus"
)

// sieveNamedAfter gives a paragraph that is one closed speech, with no
// cue of its own, to the person the next paragraph opens by naming:
// '"We lost the boats and the cabins in an hour." / That's Anna
// Kowalska, who runs the camp.' Radio and podcast transcripts play the
// voice first and say whose it was after; fact checks and reader columns
// sign it under it ('"…" / - Anna Kowalska.').
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
	sign := false
	if lead == "" {
		// "- Ann Vell." or "-Ann Vell, writing after the vote.": a
		// signature under the speech, as fact checks and reader columns
		// print whose words they were.
		lead = signatureDash(body)
		if lead == "" || words(text, next) > 12 {
			return open
		}
		sign = true
	}
	toks := tokens(text, corpus.Span{Start: next.Start + len(lead), End: min(next.End, next.Start+len(lead)+maxClause)})
	nm, ok := nameAt(toks, 0)
	if !ok {
		return open
	}
	if sign {
		if nm.to < len(toks) && !strings.HasPrefix(strings.TrimSpace(toks[nm.to].gap), ",") {
			return open // "- Vell says …": a sentence, not a signature
		}
		if rest := strings.TrimSpace(text[nm.span.End:next.End]); rest != "" && rest != "." && !strings.HasPrefix(rest, ",") {
			return open
		}
	}
	id := p.d.r.Resolve(p.d.a, nm.span.Of(text), nm.span.Start)
	if pp := p.d.r.Person(id); pp == nil || pp.Kind != corpus.KindPerson {
		return open
	}
	verb := strings.TrimSpace(lead)
	if sign {
		verb = "dash"
	}
	p.fs[i].c = cue{verb: verb, m: nm, id: id, ok: true, adj: true}
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

// signatureDash is the dash that opens a signature paragraph, with the
// space after it ("- ", "\u2014"), or "" when the paragraph opens
// otherwise.
func signatureDash(body string) string {
	for _, d := range []string{"-", "\u2013", "\u2014", "\u2015"} {
		if strings.HasPrefix(body, d) {
			rest := body[len(d):]
			n := len(rest) - len(strings.TrimLeft(rest, " \u00a0"))
			if strings.HasPrefix(rest[n:], "-") {
				return "" // "--" opens a dialogue line or a list
			}
			return body[:len(d)+n]
		}
	}
	return ""
}
