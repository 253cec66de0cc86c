package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sieveMidSentence drops a quotation that neither has a cue nor opens a
// sentence: words before it in its sentence make it a phrase of the
// writer's ("a "peace agreement""), which the sieves after it, all
// continuing a speaker from sentence to sentence, must not take. A
// capitalised quotation after a full stop opens a sentence even where the
// splitter read an abbreviation ("a student from Fresno, Calif. "I
// think …"").
func sieveMidSentence(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	if opensSentence(text, p.sents, m.open.Start, prevEnd(p.ms, i, p.span.Start)) {
		return open
	}
	before := strings.TrimRight(text[p.span.Start:m.open.Start], " \u00a0")
	r, _ := utf8.DecodeRuneInString(m.inner.Of(text))
	if strings.HasSuffix(before, ".") && unicode.IsUpper(r) {
		return open
	}
	return dropped
}
