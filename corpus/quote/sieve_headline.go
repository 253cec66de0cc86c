package quote

import (
	"strings"

	"factdesk/corpus"
)

// sieveHeadlineName names the headline sieve in traces.
const sieveHeadlineName = "headline"

// headlineQuote reads a headline that opens with a quotation and names its
// speaker after a dash or a colon: "'No time to rest' — Weber tells the
// squad", ""We knew the risk": Kowalska said after the vote". Headlines
// are no body text, so no other sieve reads them; the speaker must be
// named, and named again in the article, as a headline says nothing else.
func headlineQuote(d *discourse, p corpus.Span) (found, bool) {
	text := d.a.Text
	s := trim(text, p)
	ms := scan(text, s)
	if len(ms) == 0 || ms[0].close.IsZero() || ms[0].open.Start != s.Start || words(text, ms[0].inner) < 2 {
		return found{}, false
	}
	m := ms[0]
	rest := strings.TrimLeft(text[m.close.End:s.End], " \u00a0")
	sep := ""
	for _, d := range []string{":", "-", "\u2013", "\u2014"} {
		if strings.HasPrefix(rest, d+" ") {
			sep = d
			break
		}
	}
	if sep == "" {
		return found{}, false
	}
	start := s.End - len(rest) + len(sep)
	toks := tokens(text, corpus.Span{Start: start, End: s.End})
	if len(toks) < 2 {
		return found{}, false
	}
	c, ok := clauseCue(toks)
	if !ok || c.verb == "according to" || c.m.kind != mName || c.m.from != 0 {
		return found{}, false
	}
	c.id = d.resolve(c.m)
	if c.id == corpus.NoPerson || scare(text, m) {
		return found{}, false
	}
	// The article itself must name the speaker, as a headline's subject
	// is someone its story is about.
	named := false
	for _, n := range d.r.NamesIn(d.a, corpus.Span{Start: p.End, End: len(text)}) {
		named = named || n.ID == c.id
	}
	if !named {
		return found{}, false
	}
	return found{span: m.inner, form: corpus.FormMarked, c: c, by: sieveHeadlineName}, true
}
