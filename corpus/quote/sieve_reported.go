package quote

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// sieveReported gives a paragraph that is one closed speech the speaker
// of the paragraph before when that paragraph reports, without quoting,
// what someone said: its last sentence opens with a known subject and a
// reporting verb ('Texas Governor Greg Abbott says many people were
// camping. / "Especially in the Kerrville area, …"'), as transcripts of
// radio and podcasts print it.
func sieveReported(p *para, i int) verdict {
	if i != 0 || p.reported == nil || !speechParagraph(p) {
		return open
	}
	// Read only now: most paragraphs without quotations are followed by
	// no paragraph of speech.
	c := reportingSentence(p.d, segment.SentencesOf(p.d.a.Text, p.d.a.Sentences, *p.reported))
	if !c.ok || c.id == corpus.NoPerson {
		return open
	}
	p.fs[i].c, p.fs[i].form = c, corpus.FormContinuation
	return filled
}

// reportingSentence reads the last sentence of a paragraph without
// quotations: a known subject, maybe after an opening phrase, then a
// reporting verb ("Abbott says …", "On Monday, Weber said that …").
func reportingSentence(d *discourse, sents []corpus.Span) cue {
	if len(sents) == 0 {
		return cue{}
	}
	last := sents[len(sents)-1]
	toks := tokens(d.a.Text, corpus.Span{Start: last.Start, End: min(last.End, last.Start+maxClause)})
	if len(toks) < 3 {
		return cue{}
	}
	for _, k := range []int{0, firstComma(toks)} {
		if k < 0 {
			continue
		}
		m, ok := subjectAt(toks, k)
		if !ok || m.kind == mDesc || m.to >= len(toks) {
			continue
		}
		at := m.to
		if hasPunct(toks[at].gap) {
			// "Clinton, clearly frustrated, responded by …": a short
			// phrase set off by commas between the subject and its verb.
			if at = apposedVerb(toks, at); at < 0 {
				continue
			}
		}
		if v := toks[at].text; (verbOf(v) != "" || strings.HasSuffix(v, "ed") && commVerb(v) != "") && !isCap(v) && !strings.HasSuffix(v, "ing") {
			c := cue{verb: v, m: m, ok: true, adj: true}
			// Someone the article already knows: a capitalised word that
			// opens a sentence ("President says …") is no one new.
			if m.kind == mName {
				c.id = d.r.Resolve(d.a, m.span.Of(d.a.Text), m.span.Start)
			} else {
				c.id = d.resolve(m)
			}
			if c.id != corpus.NoPerson {
				return c
			}
		}
	}
	return cue{}
}

func firstComma(toks []tok) int {
	for k := 1; k < len(toks) && k <= 8; k++ {
		if strings.Contains(toks[k].gap, ",") {
			return k
		}
	}
	return -1
}

// maxApposed bounds, in words, a phrase set off by commas between a
// subject and its verb.
const maxApposed = 6

// apposedVerb is the index of the word after a short phrase that opens at
// toks[at] with a comma and closes with one ("Clinton, clearly
// frustrated, responded"), or -1 when there is none: the phrase holds no
// other punctuation and no name.
func apposedVerb(toks []tok, at int) int {
	if strings.TrimSpace(toks[at].gap) != "," {
		return -1
	}
	for k := at; k < len(toks) && k <= at+maxApposed; k++ {
		if k > at {
			if g := strings.TrimSpace(toks[k].gap); g == "," {
				return k
			} else if g != "" {
				return -1
			}
		}
		if isCap(toks[k].text) {
			return -1
		}
	}
	return -1
}
