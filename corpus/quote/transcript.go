package quote

import (
	"strings"

	"factdesk/corpus"
)

// maxTurnLabel bounds, in bytes, the speaker's label before a turn's colon.
const maxTurnLabel = 40

// transcriptLine reads a paragraph of an interview or a call transcript:
// the speaker's name, a colon, and what they said ("Witkoff: We are closer
// to peace than ever."). The name must be of someone the corpus already
// knows as a person and the article named before, so that "Note:",
// "Update:", "Washington:" or a heading ("The Gap Goes On:") are not taken
// for speakers; the speech must be three words or more. Its caller takes
// it only in an article that holds an exchange (hasExchange).
func transcriptLine(d *discourse, p corpus.Span) (corpus.Span, cue, bool) {
	text := d.a.Text
	para := p.Of(text)
	colon := strings.IndexByte(para, ':')
	if colon <= 0 || colon > maxTurnLabel {
		return corpus.Span{}, cue{}, false
	}
	name := corpus.Span{Start: p.Start, End: p.Start + colon}
	toks := tokens(text, name)
	if len(toks) == 0 || len(toks) > 4 {
		return corpus.Span{}, cue{}, false
	}
	for _, t := range toks {
		if !isCap(t.text) {
			return corpus.Span{}, cue{}, false
		}
	}
	m, ok := nameAt(toks, 0)
	if !ok || m.to != len(toks) || strings.EqualFold(toks[0].text, "the") {
		return corpus.Span{}, cue{}, false
	}
	speech := trim(text, corpus.Span{Start: name.End + 1, End: p.End})
	if words(text, speech) < 3 || !strings.HasPrefix(text[name.End+1:speech.Start], " ") {
		return corpus.Span{}, cue{}, false
	}
	// A line in title case is a heading ("Weber: Why I Said No"), and
	// one that names its speaker in full is the writer's section on them
	// ("Karl Weber: Pensions Two years ago, Karl Weber proposed …").
	if titleCase(text, speech) || (len(toks) >= 2 && strings.Contains(speech.Of(text), name.Of(text))) {
		return corpus.Span{}, cue{}, false
	}
	id := d.r.Resolve(d.a, name.Of(text), name.Start)
	if id == corpus.NoPerson {
		return corpus.Span{}, cue{}, false
	}
	if pp := d.r.Person(id); pp == nil || pp.Kind != corpus.KindPerson {
		return corpus.Span{}, cue{}, false
	}
	// A transcript names its speakers before they speak.
	known := false
	for _, n := range d.r.NamesIn(d.a, corpus.Span{Start: 0, End: p.Start}) {
		known = known || n.ID == id
	}
	if !known {
		return corpus.Span{}, cue{}, false
	}
	return unquote(text, speech), cue{verb: "transcript", m: m, id: id, ok: true, adj: true}, true
}

// hasExchange reports whether the article holds a transcript that goes
// back and forth: two turns in a row, stage lines ("(BEGIN VIDEO CLIP)",
// "…") and the loader's boilerplate passed over. A "Name: phrase" line
// in an article without one is the writer's list ("Kasich: Now or
// never." heading what the writer says Kasich needs), not speech; in an
// article with one, a lone turn after the writer's comment is still the
// transcript's.
func hasExchange(a *corpus.Article) bool {
	prevTurn := false
	for _, pg := range a.Paragraphs {
		if pg.Span().Start < 0 || pg.Span().End > len(a.Text) || pg.Span().Start > pg.Span().End {
			continue
		}
		line := strings.TrimSpace(pg.Span().Of(a.Text))
		if pg.Kind != corpus.ParaBody || stageLine(line) {
			continue
		}
		turn := turnShape(line)
		if turn && prevTurn {
			return true
		}
		prevTurn = turn
	}
	return false
}

// stageLine reports whether a paragraph is a transcript's stage direction
// or an elision: "(BEGIN VIDEO CLIP)", "[crosstalk]", "…".
func stageLine(line string) bool {
	if line == "" {
		return true
	}
	switch line[0] {
	case '(', '[':
		return true
	}
	return strings.Trim(line, ".\u2026 ") == ""
}

// turnShape reports whether a paragraph reads as a transcript turn by its
// shape alone: one to four capitalised words, a colon, then speech
// ("TAPPER: Do you think so?"). Its speaker need not be known: an
// interviewer is often named only there.
func turnShape(line string) bool {
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || colon > maxTurnLabel || colon+1 >= len(line) || line[colon+1] != ' ' {
		return false
	}
	ws := strings.Fields(line[:colon])
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !isCap(w) {
			return false
		}
	}
	return strings.TrimSpace(line[colon+1:]) != ""
}
