package quote

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// sieveColon reads a sentence that introduces the quotation after its
// colon, whatever its verb: the subject of the sentence is the speaker
// ('Trump went even further: "…"', 'Boeing released a statement: "…"',
// 'McConnell delivered a blunt message to Trump: "…"', 'In a statement
// on Monday, the club said: "…"'). The subject must be someone the
// article knows and be followed by a verb; a heading or a description
// nobody fits ('The headline reads: "…"') attributes nothing.
func sieveColon(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	s := sentenceOf(p.sents, m.open.Start, p.span)
	before := strings.TrimRight(text[max(s.Start, m.open.Start-8):m.open.Start], " \u00a0\t")
	if !strings.HasSuffix(before, ":") || s.Start >= m.open.Start {
		return open
	}
	from := max(s.Start, prevEnd(p.ms, i, p.span.Start), m.open.Start-maxClause)
	toks := tokens(text, corpus.Span{Start: from, End: m.open.Start})
	if len(toks) < 2 {
		return open
	}
	c, ok := colonSubject(toks)
	if !ok {
		return open
	}
	c.id = p.d.resolve(c.m)
	if c.id == corpus.NoPerson {
		return open
	}
	p.fs[i].c = c
	p.d.noteSpeaker(c)
	return filled
}

// colonSubject finds the subject and verb of a clause that ends with a
// colon: after an opening phrase closed by a comma ("In a Fox interview,",
// "As Cornyn put it" has none), a name, pronoun or description, maybe an
// apposition, adverbs or auxiliaries, then a verb (any word after an
// auxiliary: "did not participate but released").
func colonSubject(toks []tok) (cue, bool) {
	if len(toks) < 2 {
		return cue{}, false
	}
	starts := []int{0}
	// "In a statement on Monday, the club said:" — the subject follows
	// the first comma of the clause.
	for k := 1; k < len(toks) && k <= 12; k++ {
		if strings.Contains(toks[k].gap, ",") {
			starts = append(starts, k)
			break
		}
	}
	if strings.EqualFold(toks[0].text, "as") {
		starts = append(starts, 1) // "As Cornyn put it:"
	}
	for _, k := range starts {
		m, ok := subjectAt(toks, k)
		if !ok || m.to >= len(toks) {
			continue
		}
		j := m.to
		// An apposition: "Cami Wright, 57, told the paper:".
		appos := -1
		if strings.Contains(toks[j].gap, ",") {
			for n := j + 1; n < len(toks) && n-j < 12; n++ {
				if strings.Contains(toks[n].gap, ",") {
					j, appos = n, n
					break
				}
			}
		}
		joined := func(j int) bool { return j == appos || !hasPunct(toks[j].gap) }
		for n := 0; n < 4 && j < len(toks) && joined(j) && (isAdverb(strings.ToLower(toks[j].text)) || segment.LowerIn(auxiliaries, toks[j].text)); n++ {
			j++
		}
		aux := j > m.to && segment.LowerIn(auxiliaries, toks[j-1].text)
		if j < len(toks) && joined(j) && (verbShaped(toks[j].text) || aux && !isCap(toks[j].text)) && !segment.LowerIn(function, toks[j].text) {
			return cue{verb: toks[j].text, m: m, ok: true, adj: true}, true
		}
	}
	return cue{}, false
}

// auxiliaries may stand between a subject and its verb ("could only
// quip", "has since written").
var auxiliaries = segment.WordSet(`could would should might may can must will shall has have had did does do only
also then since just even again later once never not`)
