package quote

import (
	"factdesk/corpus"
)

// Attribution runs as ordered sieves, in the manner of CoreNLP's quote
// attribution: each sieve is one pattern in its own file (sieve_*.go), the
// sieves run from the most precise to the least, and each fills only the
// quotations the sieves before it left open. A quotation no sieve fills is
// no one's (a scare quote, a title) and is dropped.
//
// Two sieves read a whole paragraph as one quotation before any mark is
// looked at (transcript, dash). Every marked quotation then goes through
// the cue sieves (its own reporting clause, after it and then before it),
// and what is still open through the fill sieves, which lean on the
// quotations around it.

// verdict is what a sieve made of a quotation.
type verdict uint8

const (
	open    verdict = iota // the pattern does not hold: ask the next sieve
	filled                 // attributed (found.c is set)
	dropped                // decided: no one's quotation
)

// sieve attributes quotation i of paragraph p when its pattern holds.
type sieve struct {
	name string
	fill func(p *para, i int) verdict
	// chain: a quotation it fills is one later quotations of the sentence
	// may continue ("…," he said. "…").
	chain bool
}

// cueSieves read a quotation's own reporting clause.
var cueSieves = []sieve{
	{name: "statement", fill: sieveStatement, chain: true},
	{name: "after", fill: sieveAfter, chain: true},
	{name: "before", fill: sieveBefore, chain: true},
	{name: "verb-shape", fill: sieveVerbShape, chain: true},
	{name: "colon", fill: sieveColon, chain: true},
	{name: "subject", fill: sieveSubject, chain: true},
	{name: "name-colon", fill: sieveNameColon, chain: true},
	{name: "bracket", fill: sieveBracket},
	{name: "unclosed", fill: sieveUnclosed, chain: true},
}

// fillSieves give a quotation without a clause of its own the cue of a
// quotation or sentence near it, most precise first.
var fillSieves = []sieve{
	{name: "shared", fill: sieveShared},
	{name: "joined", fill: sieveJoined, chain: true},
	{name: "split", fill: sieveSplit, chain: true},
	{name: "fragment", fill: sieveFragment},
	{name: "mid-sentence", fill: sieveMidSentence},
	{name: "continued", fill: sieveContinued, chain: true},
	{name: "handed-on", fill: sieveHandedOn, chain: true},
	{name: "lead-in", fill: sieveLeadIn, chain: true},
	{name: "paragraph", fill: sieveParagraph, chain: true},
	{name: "reported", fill: sieveReported, chain: true},
	{name: "issued", fill: sieveIssued, chain: true},
	{name: "named-after", fill: sieveNamedAfter, chain: true},
}

// Paragraph forms and the sieve that looks into the next paragraph are
// named here so that a trace can name every quotation's sieve.
const (
	sieveTranscriptName = "transcript"
	sieveDashName       = "dash"
	sieveDashLineName   = "dash-line"
	sieveNextParaName   = "next-paragraph"
	sieveRunOnName      = "run-on"
	// sieveModelName is the speaker model (speaker_model.go), the last
	// and least precise sieve, run on what every rule left open.
	sieveModelName = "model"
	// sieveModelContinuedName goes on with the model's speaker for the
	// quotations after its choice that open a sentence.
	sieveModelContinuedName = "model-continued"
)

// Sieves lists the sieves in the order they run, for reports.
func Sieves() []string {
	out := []string{sieveTranscriptName, sieveDashName, sieveDashLineName, sieveHeadlineName}
	for _, s := range cueSieves {
		out = append(out, s.name)
	}
	for _, s := range fillSieves {
		if s.name != "mid-sentence" { // it only drops
			out = append(out, s.name)
		}
	}
	return append(out, sieveNextParaName, sieveRunOnName, sieveModelName, sieveModelContinuedName)
}

// para is the paragraph the sieves are reading.
type para struct {
	d     *discourse
	pi    int
	span  corpus.Span
	sents []corpus.Span
	ms    []marked
	fs    []found
	// last is the latest quotation of the paragraph attributed by a
	// chaining sieve and kept, or -1.
	last int
	// hand is what the previous paragraph hands on: a speaker introduced
	// by a colon ("Caddell continued:") or a quotation that ran to its end.
	hand   int
	handCf cue
	// prev is the cue of the quotation that closed the paragraph before,
	// if one did.
	prev cue
	// reported is the paragraph before when it quotes nothing; it may
	// report what someone said (see sieveReported).
	reported *corpus.Paragraph
}

// runSieves attributes every marked quotation of p.
func (p *para) runSieves() {
	for i := range p.ms {
		p.fs[i] = found{span: p.ms[i].inner, form: corpus.FormMarked}
		if ownedTitle(p.d.a.Text, p.ms[i]) || workTitle(p.d.a.Text, p.ms[i]) || subtitled(p.d.a.Text, p.ms[i]) {
			p.fs[i].drop, p.fs[i].title = true, true // a programme's name, no one's words
			continue
		}
		for _, s := range cueSieves {
			if s.fill(p, i) != open {
				p.fs[i].by = s.name
				break
			}
		}
	}
	p.last = -1
	for i := range p.fs {
		if p.fs[i].c.ok {
			if !p.fs[i].drop {
				p.last = i
			}
			continue
		}
		if p.fs[i].title {
			continue
		}
		v := open
		for _, s := range fillSieves {
			if v = s.fill(p, i); v == open {
				continue
			}
			if v == filled {
				p.fs[i].by = s.name
				if s.chain {
					p.last = i
				}
			}
			break
		}
		if v == open {
			p.fs[i].drop = true
		}
	}
}
