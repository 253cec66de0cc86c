package quote

import (
	"strings"

	"factdesk/corpus/segment"
)

// sieveVerbShape reads a reporting clause whose verb no list knows, from
// its place alone: a quotation closed by a comma, "?" or "!" and followed
// by a speaker and a word shaped like a finite verb, or the verb and then
// the speaker ('"…," Trump barked.', '"…," fumed the senator.', '"…,"
// Bozell points out.', '"…," she assured.'). Newsrooms write hundreds of
// reporting verbs; a quotation that opens its sentence and the punctuation
// that hands the sentence on to a clause are what mark one, so the verb
// need only look like a verb.
func sieveVerbShape(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	toks, own, ok := handedClause(p, i)
	if !ok {
		return open
	}
	c, v, ok := shapeClause(toks)
	if !ok || own && len(toks)-v > 4 {
		return open
	}
	f := &p.fs[i]
	f.c = c
	f.c.id = p.d.resolve(c.m)
	if words(text, m.inner) <= 3 && titleCase(text, m.inner) {
		f.drop = true
	}
	p.d.noteSpeaker(f.c)
	return filled
}

// handedClause is the clause after quotation i when the quotation opens
// its sentence and hands it on (see handsOn): a phrase inside the
// writer's sentence ('the "Planet of the Apes," the network's news …') is
// a title or a scare quote, whatever follows it. own is afterRegion's.
func handedClause(p *para, i int) (toks []tok, own, ok bool) {
	text := p.d.a.Text
	m := p.ms[i]
	if m.close.IsZero() || !handsOn(text, m) || !opensSentence(text, p.sents, m.open.Start, prevEnd(p.ms, i, p.span.Start)) {
		return nil, false, false
	}
	region, own := afterRegion(p, i)
	if region.IsZero() {
		return nil, false, false
	}
	toks = tokens(text, region)
	if len(toks) < 2 || strings.ContainsAny(toks[0].gap, ".!?;:") {
		return nil, false, false
	}
	return toks, own, true
}

// handsOn reports whether quotation m ends with punctuation that hands its
// sentence on to a clause after it: a comma, "?", "!" or a dash inside
// the marks, or a comma right after them.
func handsOn(text string, m marked) bool {
	in := strings.TrimRight(m.inner.Of(text), " ")
	if strings.HasSuffix(in, ",") || strings.HasSuffix(in, "?") || strings.HasSuffix(in, "!") ||
		strings.HasSuffix(in, "-") || strings.HasSuffix(in, "\u2014") {
		return true
	}
	return strings.HasPrefix(text[m.close.End:], ",")
}

// shapeClause reads "speaker verb" or "verb speaker" at the start of toks,
// the verb by its shape; v is the index just past the verb (and its
// particle).
func shapeClause(toks []tok) (cue, int, bool) {
	// "fumed the senator", "shot back Trump"
	if verbShaped(toks[0].text) {
		k := 1
		if k < len(toks) && particles[toks[k].text] && !hasPunct(toks[k].gap) {
			k++
		}
		if k >= len(toks) || hasPunct(toks[k].gap) {
			return cue{}, 0, false
		}
		if m, ok := npAt(toks, k); ok {
			return cue{verb: toks[0].text, m: m, ok: true, adj: true}, k, true
		}
		return cue{}, 0, false
	}
	m, ok := subjectAt(toks, 0)
	if !ok || m.to >= len(toks) {
		return cue{}, 0, false
	}
	k := m.to
	for n := 0; n < 3 && k < len(toks) && !hasPunct(toks[k].gap) && isAdverb(strings.ToLower(toks[k].text)); n++ {
		k++
	}
	if k >= len(toks) || hasPunct(toks[k].gap) || !verbShaped(toks[k].text) {
		return cue{}, 0, false
	}
	v := k + 1
	if v < len(toks) && particles[toks[v].text] && !hasPunct(toks[v].gap) {
		v++
	}
	// What follows the verb must not make it a verb of the writer's
	// sentence: '"…," the senators voted the bill down' has an object.
	if v < len(toks) && !hasPunct(toks[v].gap) && segment.LowerIn(determiners, toks[v].text) {
		return cue{}, 0, false
	}
	return cue{verb: toks[k].text, m: m, ok: true, adj: true}, v, true
}

// particles complete a phrasal reporting verb: "shot back", "points out",
// "went on".
var particles = segment.WordSet(`back out on up in off`)

// irregularPast are past forms without "-ed" that report speech in news.
var irregularPast = segment.WordSet(`shot spoke went sang swore wrote told said thought felt began rang
stood held put`)

// verbShaped reports whether a word has the shape of a finite verb: a
// lower-case past in "-ed", an irregular past, or a present in "-s" that
// is not a plural of "-ss" or "-us" ("fumed", "shot", "mocks").
func verbShaped(w string) bool {
	if verbOf(w) != "" && !isCap(w) {
		return true
	}
	if len(w) < 4 || isCap(w) || function[w] {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	switch {
	case irregularPast[w]:
		return true
	case strings.HasSuffix(w, "ed"):
		return len(w) >= 5
	case strings.HasSuffix(w, "s"):
		return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ous")
	}
	return false
}

// subjectAt is npAt, except that a name followed by a verb-shaped word is
// the subject whatever follows ("Trump assured Jones" is not a role
// before the name Jones).
func subjectAt(toks []tok, k int) (mention, bool) {
	if n, ok := nameAt(toks, k); ok && n.to < len(toks) && !hasPunct(toks[n.to].gap) && verbShaped(toks[n.to].text) {
		return n, true
	}
	return npAt(toks, k)
}
