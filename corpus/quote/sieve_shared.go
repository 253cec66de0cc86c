package quote

import (
	"strings"

	"factdesk/corpus"
)

// sieveShared gives a quotation without a cue the cue of the next
// quotation of its sentence: '"A" and "B," Bacon said.' A title ('told
// "State of the Union," on Sunday, Ryan said') is no one's speech, nor is
// one word (a scare quote: 'the "reporter," and "a source," he said'),
// and two quotations with nothing between them are two voices.
func sieveShared(p *para, i int) verdict {
	text := p.d.a.Text
	if n := words(text, p.ms[i].inner); n <= 8 && titleCase(text, p.ms[i].inner) || n < 2 {
		return open
	}
	j := i + 1
	if j >= len(p.fs) || !p.fs[j].c.ok || p.fs[j].drop || !sameSentence(p.sents, p.ms[i].open.Start, p.ms[j].open.Start) {
		return open
	}
	if strings.TrimSpace(text[prevEnd(p.ms, j, p.span.Start):p.ms[j].open.Start]) == "" {
		return open // two quotations side by side: two voices ("Thank you!" "Well played,")
	}
	p.fs[i].c, p.fs[i].form = p.fs[j].c, corpus.FormMarked
	return filled
}
