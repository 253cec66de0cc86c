package quote

import (
	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// sieveIssued gives a paragraph that opens with a speech and has no cue
// of its own to whoever the paragraph before says issued a document,
// when that paragraph quotes nothing: 'The council issued a statement
// on Monday apologising to the players. / "On behalf of everyone at the
// council, we …"', 'Weber sent a letter to the members. / "…"'.
func sieveIssued(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	if i != 0 || p.reported == nil || !onlySpace(text, p.span.Start, m.open.Start) || words(text, m.inner) < 6 || titleCase(text, m.inner) {
		return open
	}
	sents := segment.SentencesOf(text, p.d.a.Sentences, *p.reported)
	if len(sents) == 0 {
		return open
	}
	last := sents[len(sents)-1]
	toks := tokens(text, corpus.Span{Start: last.Start, End: min(last.End, last.Start+maxClause)})
	c, ok := issuedClause(p.d, toks)
	if !ok {
		return open
	}
	p.fs[i].c, p.fs[i].form = c, corpus.FormContinuation
	return filled
}

// issueVerbs put a document out.
var issueVerbs = segment.WordSet(`issued released sent posted published wrote`)

// issuedClause reads "X issued a statement", "X sent a letter" in toks:
// the verb, a document noun at most five words after it, and before the
// verb the subject, someone the article knows.
func issuedClause(d *discourse, toks []tok) (cue, bool) {
	for v := 1; v < len(toks); v++ {
		if !issueVerbs[toks[v].text] || hasPunct(toks[v].gap) {
			continue
		}
		doc := false
		for j := v + 1; j < len(toks) && j <= v+5; j++ {
			if hasPunct(toks[j].gap) {
				break
			}
			if segment.LowerIn(docNouns, toks[j].text) {
				doc = true
				break
			}
		}
		if !doc {
			continue
		}
		m, ok := npBefore(toks, v)
		if !ok || m.kind == mPronoun {
			return cue{}, false
		}
		id := corpus.NoPerson
		if m.kind == mName {
			id = d.r.Resolve(d.a, m.span.Of(d.a.Text), m.span.Start)
		} else {
			id = resolveOrg(d, toks, m)
		}
		if id == corpus.NoPerson {
			return cue{}, false
		}
		return cue{verb: toks[v].text, m: m, id: id, ok: true, adj: true}, true
	}
	return cue{}, false
}
