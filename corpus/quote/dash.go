package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// dashQuote reads a paragraph of speech closed by a dash and its
// attribution: "… - Dmitriev wrote on the social network X.", "… – said
// Witkoff.", "… - he said.", or a headline's "… most - Zelenskyy".
func dashQuote(d *discourse, p corpus.Span) (corpus.Span, cue, bool) {
	text := d.a.Text
	for _, at := range dashes(text, p) {
		after := trim(text, corpus.Span{Start: at.End, End: p.End})
		speech := trim(text, corpus.Span{Start: p.Start, End: at.Start})
		toks := tokens(text, after)
		if len(toks) == 0 || len(toks) > 14 || words(text, speech) < 3 || pairedDash(text, p.Start, at) {
			continue
		}
		// Quoted words or markup after the dash are the words or the
		// tweet the sentence goes on to, not who spoke ("… logo — "Make
		// America Great Again."").
		if strings.ContainsAny(after.Of(text), "\"\u201c\u201d\u2018<>!") || strings.Contains(after.Of(text), "''") {
			continue
		}
		speech = unquote(text, speech)
		speech = dropOpeningDash(text, speech)
		if c, ok := clauseCue(toks); ok && c.verb != "according to" && reportsSpeech(toks, c) {
			c.verb = "dash"
			if v := dashVerb(toks); v != "" {
				c.verb = v
			}
			return speech, c, true
		}
		// A signature: the speech, a dash, a name and nothing else
		// ("… most - Zelenskyy", "…” ― Pamela Padilla").
		name := strings.TrimRight(after.Of(text), ". ")
		if len(toks) > 5 || strings.ContainsAny(name, ",;:()") {
			continue
		}
		all := true
		for _, t := range toks {
			if !isCap(t.text) || segment.LowerIn(function, t.text) {
				all = false
			}
		}
		if !all {
			continue
		}
		if len(toks) >= 2 || d.r.Resolve(d.a, name, after.Start) != corpus.NoPerson {
			m := mention{kind: mName, span: corpus.Span{Start: after.Start, End: after.Start + len(name)}, from: 0, to: len(toks)}
			return speech, cue{verb: "dash", m: m, ok: true, adj: true}, true
		}
	}
	return corpus.Span{}, cue{}, false
}

// dropOpeningDash drops the dash that opens direct speech in Ukrainian
// and Russian style ("- We will continue, - Dmitriev wrote"): it marks the
// speech, it is not part of it.
func dropOpeningDash(text string, s corpus.Span) corpus.Span {
	for _, d := range []string{"-", "\u2013", "\u2014", "\u2015"} {
		if rest := s.Of(text); strings.HasPrefix(rest, d+" ") || strings.HasPrefix(rest, d+"\u00a0") {
			if t := trim(text, corpus.Span{Start: s.Start + len(d), End: s.End}); t.Len() > 0 {
				return t
			}
		}
	}
	return s
}

// dashes lists the dashes of p that may open an attribution, last first:
// a dash with a space after it and a space or a closing quotation mark
// before it.
func dashes(text string, p corpus.Span) []corpus.Span {
	var out []corpus.Span
	// Bytes, backwards: '-' or the UTF-8 of – — ― (E2 80 93/94/95).
	for i := p.End - 1; i >= p.Start && len(out) < 3; i-- {
		n := 0
		switch {
		case text[i] == '-':
			n = 1
		case text[i] == 0xE2 && i+2 < p.End && text[i+1] == 0x80 && text[i+2] >= 0x93 && text[i+2] <= 0x95:
			n = 3
		default:
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+n : p.End])
		prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		if i+n < p.End && unicode.IsSpace(next) && i > p.Start && (unicode.IsSpace(prev) || prev == '\u201d' || prev == '"' || prev == '\u2019') {
			out = append(out, corpus.Span{Start: i, End: i + n})
		}
	}
	return out
}

// pairedDash reports whether the dash at d closes an aside opened by the
// same dash earlier in its sentence ("unsubstantiated — or flat out wrong —
// according to"), which attributes nothing.
func pairedDash(text string, start int, d corpus.Span) bool {
	before := text[start:d.Start]
	if i := strings.LastIndexAny(before, ".!?"); i >= 0 {
		before = before[i+1:]
	}
	mark := text[d.Start:d.End]
	return strings.Contains(before, " "+mark+" ")
}

// reportsSpeech tells a clause after a dash that says who spoke ("-
// Zelenskyy emphasized.", "– said Witkoff.") from the writer's sentence
// going on: a participle ("— saying the campaign chose …"), a passive ("— a
// fact first reported by X", "— Blocher was charged with …") or an
// indefinite subject ("a fact", "one he calls").
func reportsSpeech(toks []tok, c cue) bool {
	if w := strings.ToLower(toks[c.m.from].text); w == "a" || w == "an" || w == "one" {
		return false
	}
	for k, t := range toks {
		if t.text != c.verb {
			continue
		}
		if strings.HasSuffix(strings.ToLower(t.text), "ing") {
			return false
		}
		if k+1 < len(toks) && strings.EqualFold(toks[k+1].text, "by") {
			return false
		}
		if k > 0 && segment.LowerIn(beForms, toks[k-1].text) {
			return false
		}
		break
	}
	return true
}

// beForms make the participle after them a passive.
var beForms = segment.WordSet(`is are was were be been being`)

func dashVerb(toks []tok) string {
	for _, t := range toks {
		if verbOf(t.text) != "" {
			return t.text
		}
	}
	return ""
}

// unquote drops quotation marks around a whole speech.
func unquote(text string, s corpus.Span) corpus.Span {
	ms := scan(text, s)
	if len(ms) == 1 && ms[0].open.Start == s.Start && !ms[0].close.IsZero() && ms[0].close.End == s.End {
		return ms[0].inner
	}
	return s
}
