package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// maxFragmentWords bounds what the fragment sieve reads as a fragment: a
// few words the writer quotes inside a sentence of their own. Ten, not
// eight: a statement's clause quoted inside the writer's sentence ("saying
// it had acted "strictly on …"") runs to nine or ten (recall rises on
// polnear-train and -dev; twelve does the same).
const maxFragmentWords = 10

// maxFragmentReach is how many words may stand between a reporting verb
// and the fragment it governs ("described the talks as a "…"").
const maxFragmentReach = 12

// sieveFragment attributes a short quotation inside the writer's sentence
// that no reporting clause claimed: one that a reporting verb of its own
// clause governs ('Weber dismissed the plan, calling it "a fairy tale"',
// 'Kowalska said the talks were "going nowhere" and left'). Its speaker is
// the subject of that verb, else the subject of the sentence, else the
// speaker model's choice among the people near it, else the speaker of the
// paragraph. Scare quotes and titles (see scare) and a fragment no
// reporting verb reaches without a comma or a parenthesis between ('the
// "peace" treaty, which Weber signed') stay the writer's.
func sieveFragment(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	if m.close.IsZero() || words(text, m.inner) > maxFragmentWords || scare(text, m) {
		return open
	}
	if opensSentence(text, p.sents, m.open.Start, prevEnd(p.ms, i, p.span.Start)) {
		return open // the sieves after this one read a quotation that opens its sentence
	}
	if beforeName(text, m) {
		return open // a label of the name after it: 'the coach of the "Eagles" Jan Novak'
	}
	c, ok := fragmentCue(p, i)
	if !ok {
		return open
	}
	p.fs[i].c, p.fs[i].form = c, corpus.FormFragment
	return filled
}

// beforeName reports whether a capitalised word follows the quotation's
// closing mark with only spaces between, and no punctuation ends the
// quotation ("…," a new sentence).
func beforeName(text string, m marked) bool {
	if r, _ := utf8.DecodeLastRuneInString(m.inner.Of(text)); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	after := segment.Words(text, corpus.Span{Start: m.close.End, End: min(len(text), m.close.End+40)})
	return len(after) > 0 && m.close.End < after[0].Span.Start && onlySpace(text, m.close.End, after[0].Span.Start) && isCap(after[0].Text)
}

// fragmentCue finds the reporting verb that governs quotation i, and its
// speaker.
func fragmentCue(p *para, i int) (cue, bool) {
	text := p.d.a.Text
	m := p.ms[i]
	s := sentenceOf(p.sents, m.open.Start, p.span)
	from := max(s.Start, m.open.Start-maxClause)
	toks := tokens(text, corpus.Span{Start: from, End: m.open.Start})
	v := reportingVerbBefore(text, toks, m.open.Start, clauseMarks, p.ms[:i])
	// A verb only WordNet calls one of communication says less: its own
	// subject must be someone the article names.
	wide := false
	if v < 0 {
		// No verb, but a noun of speech a person's name owns: "Lund's
		// recent assertion that "…"" (a country's or a firm's
		// "proposals for a "…"" name a thing, not words).
		if k, n, ok := ownedNounBefore(text, toks, m.open.Start, from, p.ms[:i]); ok && !placeOrGroup(n.span.Of(text)) {
			if id := p.d.resolve(n); id != corpus.NoPerson && !orgLike(p.d.r, id) {
				return cue{verb: toks[k].text, m: n, id: id, ok: true}, true
			}
		}
		v, wide = communicationVerbBefore(text, toks, m.open.Start, p.ms[:i]), true
	}
	if v < 0 {
		return cue{}, false
	}
	c := cue{verb: toks[v].text}
	// The verb's own subject ("Weber called it"), then the sentence's
	// ("Weber left the room, calling it"): the clause around the fragment.
	// A participle's subject is the clause's ("Weber attacked Kowalska,
	// calling her"), not the noun before it.
	participle := strings.HasSuffix(strings.ToLower(toks[v].text), "ing")
	if n, ok := npBefore(toks, v); ok && !participle {
		c.m, c.ok = n, true
		c.id = p.d.resolve(n)
		if wide && commonPlural(p.d, c.id) {
			return cue{}, false // "Investigators documented …": a group, no one to name
		}
		if c.id != corpus.NoPerson || p.d.unnamedOpener(n) && !wide {
			return c, true // someone's, or an unnamed speaker's ("Another notes")
		}
	}
	if sc, ok := colonSubject(toks[:v+1]); ok {
		if id := p.d.resolve(sc.m); id != corpus.NoPerson {
			c.m, c.id, c.ok = sc.m, id, true
			return c, true
		}
	}
	if wide {
		return cue{}, false
	}
	// Whom the speaker model would pick among the people near it.
	if mc, ok := fragmentModel(p, i); ok {
		mc.verb = c.verb
		return mc, true
	}
	if p.last >= 0 && p.last < i {
		mc := p.fs[p.last].c
		mc.verb = c.verb
		return mc, true
	}
	return cue{}, false
}

// fragmentModel is the speaker model's best candidate for quotation i other
// than "nobody": the verb has said the fragment is reported speech.
func fragmentModel(p *para, i int) (cue, bool) {
	cs := candidates(p.d, p.span, corpus.Span{}, p.sents, p.ms, i)
	best, bestScore := 0, 0.0
	for k := 1; k < len(cs); k++ {
		if sc := model.Score(cs[k].Features); best == 0 || sc > bestScore {
			best, bestScore = k, sc
		}
	}
	if best == 0 {
		return cue{}, false
	}
	c := cue{m: cs[best].m, ok: true}
	if c.id = p.d.resolve(c.m); c.id == corpus.NoPerson && !p.d.unnamedOpener(c.m) {
		return cue{}, false // "Only 52 percent of voters agreed": unnamed, but someone's
	}
	return c, true
}

// clauseMarks end a clause: a reporting verb across one of them governs
// another clause ('the "peace" treaty, which Weber signed').
const clauseMarks = ",;:()\u2013\u2014"

// reportingVerbBefore returns the index in toks (the words before off) of
// the nearest reporting verb, or its noun ('his promise of "…"', 'the
// charge that he "…"'), at most maxFragmentReach words back with none of
// stops between it and off; words inside the quotations skip do not count.
// It returns -1 when there is none.
func reportingVerbBefore(text string, toks []tok, off int, stops string, skip []marked) int {
	for k := len(toks) - 1; k >= 0 && len(toks)-1-k <= maxFragmentReach; k-- {
		if inQuote(skip, toks[k].span) {
			continue
		}
		if strings.ContainsAny(text[toks[k].span.End:off], stops) {
			return -1
		}
		if verbOf(toks[k].text) != "" && !isCap(toks[k].text) {
			return k
		}
	}
	return -1
}

// communicationVerbBefore is reportingVerbBefore for the verbs no list
// holds: a word whose most frequent sense in WordNet is one of
// communication ("heralded", "assailed", "touted") and that the tagger
// reads as a finite verb or a participle of the clause ("Weber hailed it",
// "hailing it"), not as a modifier ("a detailed "…"", "a memo titled
// "…""). Tagging costs more than the list, so it runs only on the words
// before a fragment the list left without a verb.
func communicationVerbBefore(text string, toks []tok, off int, skip []marked) int {
	if len(toks) == 0 {
		return -1
	}
	var tags []lex.Token
	from := toks[0].span.Start
	for k := len(toks) - 1; k >= 0 && len(toks)-1-k <= maxFragmentReach; k-- {
		if inQuote(skip, toks[k].span) {
			continue
		}
		if strings.ContainsAny(text[toks[k].span.End:off], clauseMarks) {
			return -1
		}
		if isCap(toks[k].text) {
			continue
		}
		if tags == nil {
			tags = lex.Tag(text[from:off])
		}
		switch tagAt(tags, toks[k].span.Start-from) {
		case "VBD", "VBZ", "VBP", "VBG":
			if l := lex.Lemma(toks[k].text, lex.Verb); l != "" && lex.FirstClass(l, lex.Verb) == lex.VerbCommunication {
				return k
			}
			return -1 // the nearest verb governs the fragment: "advised how to present a "…""
		case "VB", "VBN":
			return -1
		}
	}
	return -1
}

// ownedNounBefore finds, in the clause before off, a noun whose most
// frequent WordNet sense is one of communication ("claim", "assertion",
// "suggestion") that a name owns (see possessorBefore): "Lund's claim
// that the vote was "…"", "Weber's recent assertion that "…"". It returns
// the noun's index in toks and the owner; toks are the words from offset
// from.
func ownedNounBefore(text string, toks []tok, off, from int, skip []marked) (int, mention, bool) {
	var tags []lex.Token
	for k := len(toks) - 1; k >= 1 && len(toks)-1-k <= maxFragmentReach; k-- {
		if inQuote(skip, toks[k].span) {
			continue
		}
		if strings.ContainsAny(text[toks[k].span.End:off], clauseMarks) {
			break
		}
		lw := strings.ToLower(toks[k].text)
		l := lex.Lemma(lw, lex.Noun)
		if isCap(toks[k].text) || l == "" || lex.FirstClass(l, lex.Noun) != lex.NounCommunication {
			continue
		}
		if tags == nil {
			tags = lex.Tag(text[from:off])
		}
		if !nounGoverns(toks, k, tags, from) {
			return -1, mention{}, false
		}
		if n, ok := possessorBefore(toks, k, tags, from); ok {
			return k, n, true
		}
	}
	return -1, mention{}, false
}

// placeOrGroup reports whether a word of name is, in WordNet, first a
// place or a group ("Vienna", "Parliament"): read before the name is
// resolved, which teaches the resolver the name.
func placeOrGroup(name string) bool {
	for _, w := range strings.Fields(name) {
		w, _ = possessive(w)
		if isCap(w) && len(w) >= 3 && lex.FirstClass(strings.ToLower(w), lex.Noun).Has(lex.NounGroup|lex.NounLocation) {
			return true
		}
	}
	return false
}

// nounGoverns reports whether the noun toks[k] reaches the quotation
// after the last of toks: no finite verb stands between them, save the
// noun's own "is" ("Lund's motto is "…"") or a verb in the "that" clause
// right after it ("Lund's claim that the vote was "…""). "Lund's claim
// about taxes was "…"" has a verb of its own, whose words are another's
// verdict on the claim.
func nounGoverns(toks []tok, k int, tags []lex.Token, from int) bool {
	if k+1 < len(toks) && strings.EqualFold(toks[k+1].text, "that") {
		return true
	}
	for j := k + 2; j < len(toks); j++ {
		switch tagAt(tags, toks[j].span.Start-from) {
		case "VBZ", "VBD", "VBP", "MD":
			return false
		}
	}
	return true
}

// commonPlural reports whether the one the article knows by id is named by
// a single plural common noun, a capitalised group at the start of a
// sentence ("Investigators", "Protesters"), not a person.
func commonPlural(d *discourse, id int) bool {
	pr := d.r.Person(id)
	if pr == nil || strings.Contains(pr.Name, " ") {
		return false
	}
	w := strings.ToLower(pr.Name)
	l := lex.Lemma(w, lex.Noun)
	return l != "" && l != w && lex.Known(l, lex.Noun)
}

// tagAt is the tag of the token that starts at off, or "".
func tagAt(tags []lex.Token, off int) string {
	for _, t := range tags {
		if t.Start == off {
			return t.Tag
		}
	}
	return ""
}

// inQuote reports whether s lies inside one of the quotations ms.
func inQuote(ms []marked, s corpus.Span) bool {
	for _, m := range ms {
		if m.inner.Start <= s.Start && s.End <= m.inner.End {
			return true
		}
	}
	return false
}

// maxEchoWords bounds the fragments read as echoes: a longer quotation
// that repeats an earlier one is a second report of it, not a reference.
const maxEchoWords = 8

// maxEchoBack bounds how many earlier quotations of the article an echo
// is compared with, so an article of a thousand quotations stays linear.
const maxEchoBack = 200

// dropEchoes removes, from the quotations of one article (x.quotes[from:]),
// each short one that only repeats words the article quoted before, and
// each exact repeat: "the "dead on arrival" remark" after "she called the
// plan "dead on arrival"" refers back to that quotation, which is listed
// already, and the clause around the echo names whoever asks about it, not
// who said it; a passage printed twice is one quotation.
func (x *extraction) dropEchoes(from int) {
	if from < 0 || from >= len(x.quotes) {
		return
	}
	type said struct {
		words   string
		speaker int
	}
	seen := make([]said, 0, len(x.quotes)-from)
	keep := from
	for i := from; i < len(x.quotes); i++ {
		q := x.quotes[i]
		norm := echoWords(q.Text)
		if n := strings.Count(norm, " ") - 1; n > 0 {
			// A fragment of a word or more that repeats words quoted
			// before refers back to them, whoever's they were. In any
			// other form, two words or more that their speaker was quoted
			// saying before are the same quotation again (a passage
			// printed twice); one word may be in an earlier quotation by
			// chance ("Probably," he said), and another speaker who says
			// the same words says them anew ("A farce," Kowalska said).
			frag := q.Form == corpus.FormFragment
			short := n <= maxEchoWords && (frag || n >= 2)
			echo := false
			for _, s := range seen[max(0, len(seen)-maxEchoBack):] {
				if !frag && s.speaker != int(q.SpeakerID) {
					continue
				}
				if s.words == norm || short && strings.Contains(s.words, norm) {
					echo = true
					break
				}
			}
			if echo {
				continue
			}
		}
		seen = append(seen, said{norm, int(q.SpeakerID)})
		x.quotes[keep], x.by[keep] = q, x.by[i]
		keep++
	}
	x.quotes, x.by = x.quotes[:keep], x.by[:keep]
}

// echoWords is a quotation's words in lower case, each between spaces, so
// that one quotation holds another's words in order as a substring: "
// dead on arrival ".
func echoWords(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	word := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			word = true
		case word && (r == '\'' || r == '\u2019'):
			b.WriteByte('\'') // it's, Trump's
		case word:
			b.WriteByte(' ')
			word = false
		}
	}
	if word {
		b.WriteByte(' ')
	}
	return b.String()
}
