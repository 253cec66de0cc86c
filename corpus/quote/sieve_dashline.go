package quote

import (
	"strings"

	"factdesk/corpus"
)

// dashLine reads a paragraph that is only a dash and a reporting clause
// ("- Rebrov emphasized.", "- added the head coach"), which in Ukrainian
// and Russian style attributes the paragraph of speech before it, printed
// without quotation marks. It returns the clause's cue.
func dashLine(d *discourse, p corpus.Span) (cue, bool) {
	text := d.a.Text
	s := trim(text, p)
	body := s.Of(text)
	var rest string
	for _, dash := range []string{"- ", "\u2013 ", "\u2014 "} {
		if strings.HasPrefix(body, dash) {
			rest = body[len(dash):]
			break
		}
	}
	if rest == "" {
		return cue{}, false
	}
	toks := tokens(text, corpus.Span{Start: s.End - len(rest), End: s.End})
	if len(toks) < 2 || len(toks) > 8 {
		return cue{}, false
	}
	c, ok := clauseCue(toks)
	if !ok {
		var v int
		if c, v, ok = shapeClause(toks); !ok || len(toks)-v > 2 {
			return cue{}, false
		}
	}
	if c.verb == "according to" {
		return cue{}, false
	}
	return c, true
}

// speechBefore is the paragraph before a dash line when it can be the
// speech the line attributes: a body paragraph of eight words or more
// with no quotation mark and no quotation of its own.
type speechBefore struct {
	pi   int
	span corpus.Span
	ok   bool
}
