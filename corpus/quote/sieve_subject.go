package quote

import "strings"

// sieveSubject reads a reporting clause after a quotation that the after
// sieve found too long or too odd: the quotation opens its sentence and
// hands it on with a comma, "?" or "!", so what follows is a clause whose
// subject speaks; its verb may come after an apposition, a quoted
// nickname or a long name ('"…" Jeffrey Lewis of the James Martin Center
// for Nonproliferation Studies wrote in December', '"…," Texas delegate
// Bill Eastland, wearing a cowboy hat, said matter-of-factly').
func sieveSubject(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	toks, _, ok := handedClause(p, i)
	if !ok {
		return open
	}
	s, ok := subjectAt(toks, 0)
	if !ok || s.to >= len(toks) {
		return open
	}
	// The subject's verb: the first verb within a short reach, not past
	// the end of a sentence.
	for j := s.to; j < len(toks) && j < s.to+16; j++ {
		if strings.ContainsAny(toks[j].gap, ".!?;:") && !strings.Contains(toks[j].gap, ".,") {
			break
		}
		w := toks[j].text
		if isCap(w) || !(verbOf(w) != "" || verbShaped(w) && strings.Contains(toks[j].gap, ",")) {
			continue
		}
		c := cue{verb: w, m: s, ok: true, adj: true}
		c.id = p.d.resolve(s)
		p.fs[i].c = c
		if words(text, m.inner) <= 3 && titleCase(text, m.inner) {
			p.fs[i].drop = true
		}
		p.d.noteSpeaker(c)
		return filled
	}
	return open
}
