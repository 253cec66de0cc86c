package quote

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// cueAfter reads a reporting clause right after a quotation:
// "," he said", "," said the Russian diplomat", "," Flynn, a top Trump
// surrogate, said", "," according to X".
func cueAfter(d *discourse, s corpus.Span) (cue, bool) {
	toks := tokens(d.a.Text, s)
	if len(toks) == 0 || strings.ContainsAny(toks[0].gap, ".!?") && !strings.ContainsAny(toks[0].gap, ",") {
		return cue{}, false
	}
	if c, ok := clauseCue(toks); ok {
		return c, true
	}
	// "A cashier who "steals a handful of $20s" is held accountable, Warren
	// said.": the clause closes the sentence after a comma; the quotation
	// is a fragment of what it reports. Not when a speaker and a verb the
	// list lacks stand right after the quotation ('"…," he elaborated,
	// adding …, reports the Mirror'): that clause is the quotation's own,
	// for the verb-shape sieve.
	if _, _, ok := shapeClause(toks); ok && strings.Contains(toks[0].gap+d.a.Text[max(0, s.Start-4):s.Start], ",") {
		return cue{}, false
	}
	for j := len(toks) - 1; j > 0 && len(toks)-j <= 6; j-- {
		if strings.Contains(toks[j].gap, ",") {
			if c, ok := clauseCue(toks[j:]); ok && clauseEnds(toks[j:], c) {
				// "…, Kallas said, Reuters wrote.": the outlet relays
				// the speaker named before it.
				if r, ok := relayed(toks[:j]); ok {
					c = r
				}
				c.adj = false
				return c, true
			}
			if c, ok := toldBy(toks, j); ok {
				return c, true
			}
			break
		}
	}
	return cue{}, false
}

// relayed reads a clause "Name said" that ends toks after a comma: the
// speaker an outlet's clause after it relays.
func relayed(toks []tok) (cue, bool) {
	v := len(toks) - 1
	if v < 1 || isCap(toks[v].text) || verbOf(toks[v].text) == "" || hasPunct(toks[v].gap) {
		return cue{}, false
	}
	m, ok := npBefore(toks, v)
	if !ok || m.kind != mName || m.to != v {
		return cue{}, false
	}
	return cue{verb: toks[v].text, m: m, ok: true}, true
}

// clauseEnds reports whether a cue clause is all that is left of toks but
// for a short phrase ("said on Friday").
func clauseEnds(toks []tok, c cue) bool {
	end := c.m.to
	for i, t := range toks {
		if strings.EqualFold(t.text, c.verb) && i+1 > end {
			end = i + 1
		}
	}
	return len(toks)-end <= 3
}

// clauseCue reads a short reporting clause at the start of toks: verb then
// speaker, speaker then verb, or "according to" speaker.
func clauseCue(toks []tok) (cue, bool) {
	if len(toks) >= 3 && strings.EqualFold(toks[0].text, "according") && strings.EqualFold(toks[1].text, "to") {
		if m, ok := npAt(toks, 2); ok {
			return cue{verb: "according to", m: m, ok: true, adj: true}, true
		}
	}
	if v := verbOf(toks[0].text); v != "" {
		k := 1
		for k < len(toks) && k < 3 && isAdverb(strings.ToLower(toks[k].text)) {
			k++
		}
		if m, ok := npAt(toks, k); ok && !hasPunct(toks[k].gap) {
			if v == "tell" {
				// "…," told Coastal News: "told" takes its hearer as its
				// object, never an inverted speaker; who told it stands
				// before the verb.
				return cue{}, false
			}
			return cue{verb: toks[0].text, m: m, ok: true, adj: true}, true
		}
		return cue{}, false
	}
	m, ok := npAt(toks, 0)
	if !ok {
		return cue{}, false
	}
	// The verb follows the speaker, maybe after adverbs ("Witkoff
	// reportedly said"), an apposition ("Flynn, a top Trump surrogate,
	// said"), a parenthesis ("Chaffetz (R-Utah) said") or where they are
	// from ("Mr. Morgan of the Sierra Club said").
	k := m.to
	if m.kind == mName && k+1 < len(toks) && (strings.EqualFold(toks[k].text, "of") || strings.EqualFold(toks[k].text, "from")) && !hasPunct(toks[k].gap) {
		j := k + 1
		if strings.EqualFold(toks[j].text, "the") {
			j++
		}
		for j < len(toks) && isCap(toks[j].text) && !hasPunct(toks[j].gap) {
			j++
		}
		if j > k+1 && isCap(toks[j-1].text) {
			k = j
		}
	}
	if k < len(toks) && (strings.Contains(toks[k].gap, ",") || strings.Contains(toks[k].gap, "(")) {
		appos := k
		for j := k + 1; j < len(toks) && j-k < 25; j++ {
			g := abbrevGap(toks[j].gap)
			if strings.TrimSpace(g) == "." && (segment.IsAbbreviation(toks[j-1].text) || initial(toks[j-1].text) && isCap(toks[j].text)) {
				continue // "state Del. Marcia Price", "under George W. Bush"
			}
			if nick(toks, j) {
				j++ // Marcia "Cia" Price: a nickname, not a quotation
				continue
			}
			if strings.ContainsAny(g, ".;!?:\"\u201c\u201d") {
				break
			}
			if strings.Contains(g, ",") || strings.Contains(g, ")") {
				k = j
			}
		}
		if k == appos {
			// "Witkoff, state officials said": no verb right after the
			// comma that opens an apposition never closed.
			return cue{}, false
		}
		// "Scott's niece, Marcia Price, shouted": the name in the
		// apposition is who the description is.
		if m.kind == mDesc && strings.Contains(toks[appos].gap, ",") {
			if n, ok := npAt(toks, appos); ok && n.kind == mName && n.to <= k {
				m = n
			} else {
				// "Scott's niece, state Del. Marcia Price (D-Newport
				// News), shouted": the first name after lower-case words.
				for j := appos; j < k && !isCap(toks[j].text); j++ {
					if n, ok := nameAt(toks, j+1); ok && n.to <= k {
						m = n
						break
					}
				}
			}
		}
	}
	for n := 0; n < 4 && k < len(toks) && !hasPunct(toks[k].gap); n++ {
		if w := strings.ToLower(toks[k].text); !isAdverb(w) && !hearsay[w] {
			break
		}
		k++
	}
	if k < len(toks) && verbOf(toks[k].text) != "" && !isCap(toks[k].text) {
		return cue{verb: toks[k].text, m: m, ok: true, adj: true}, true
	}
	return cue{}, false
}

// initial reports whether w is a name's initial ("W" of "George W. Bush").
func initial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// nick reports whether toks[j] is a nickname quoted inside a name: a
// capitalised word with a quotation mark before and after it and
// capitalised words on both sides (Marcia "Cia" Price).
func nick(toks []tok, j int) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	open, close := strings.TrimSpace(toks[j].gap), strings.TrimSpace(toks[j+1].gap)
	quote := func(g string) bool { return g == "\"" || g == "\u201c" || g == "\u201d" }
	return quote(open) && quote(close) && isCap(toks[j-1].text) && isCap(toks[j].text) && isCap(toks[j+1].text)
}

// hearsay words chain a speaker to a reporting verb in the passive forms
// news uses for recorded or relayed speech: "Dmitriev was quoted as
// saying", "Witkoff is heard saying", "Bacon could be heard telling".
var hearsay = segment.WordSet(`heard overheard quoted recorded filmed caught seen as be been can could`)

// modals make the verb after them hypothetical ("Witkoff could say").
var modals = segment.WordSet(`could would should might may can must will to shall`)

// relativeSubject reads the subject of a verb in a relative clause: in
// "…, and Tom Keel, who says it is "…"", the name before ", who" (maybe
// past "has", "also" and the like) is the one who speaks, not the
// sentence's subject.
func relativeSubject(toks []tok, v int) (mention, bool) {
	j := v
	for j > 0 && v-j < 3 && segment.LowerIn(auxiliaries, toks[j-1].text) && !hasPunct(toks[j].gap) {
		j--
	}
	w := j - 1
	if w < 1 || !strings.EqualFold(toks[w].text, "who") || hasPunct(toks[j].gap) || strings.TrimSpace(toks[w].gap) != "," {
		return mention{}, false
	}
	n, ok := nameEndingAt(toks, w)
	if !ok {
		return mention{}, false
	}
	// "Sen. Ann Vell of Harbour, who mused": the place is hers.
	if k := n.from - 1; k > 0 && !hasPunct(toks[n.from].gap) && !hasPunct(toks[k].gap) {
		if lk := strings.ToLower(toks[k].text); lk == "of" || lk == "from" {
			if p, ok := nameEndingAt(toks, k); ok {
				return p, true
			}
		}
	}
	return n, true
}

// nameEndingAt is the name of at most four words that ends right before
// toks[end].
func nameEndingAt(toks []tok, end int) (mention, bool) {
	i := end - 1
	for i > 0 && end-i < 4 && isCap(toks[i-1].text) && joinGap(toks[i-1], toks[i].gap) {
		i--
	}
	for ; i >= 0 && i < end; i++ {
		if n, ok := nameAt(toks, i); ok && n.to == end {
			return n, true
		}
	}
	return mention{}, false
}

// cueBefore reads the reporting clause before a quotation in its sentence:
// "Ushakov noted: "", "Dmitriev offered, "", "He added that … "", and
// "Trump said …, explaining that '".
func cueBefore(d *discourse, s corpus.Span, skip []corpus.Span, atStart bool) (cue, bool) {
	text := d.a.Text
	var toks []tok
	q := len(skip) - 1 // skip runs backwards through the text
	for _, t := range tokens(text, s) {
		for q >= 0 && skip[q].End <= t.span.Start {
			q--
		}
		if q >= 0 && skip[q].Start <= t.span.Start && t.span.End <= skip[q].End {
			continue
		}
		if len(skip) > 0 && len(toks) > 0 && t.span.Start > toks[len(toks)-1].span.End &&
			strings.ContainsAny(text[toks[len(toks)-1].span.End:t.span.Start], "\"\u201c\u201d") {
			t.gap = text[toks[len(toks)-1].span.End:t.span.Start]
		}
		toks = append(toks, t)
	}
	tail := strings.TrimSpace(text[s.Start:s.End])
	if len(toks) > 0 {
		tail = strings.TrimSpace(text[toks[len(toks)-1].span.End:s.End])
	}
	colon := strings.HasSuffix(tail, ":") || strings.HasSuffix(tail, ",")
	if strings.HasSuffix(tail, ",") {
		if c, ok := shapeBefore(toks); ok {
			return c, true
		}
	}
	participle := -1
	for v := len(toks) - 1; v >= 0; v-- {
		lw := strings.ToLower(toks[v].text)
		if lw == "according" && v+2 < len(toks) && strings.EqualFold(toks[v+1].text, "to") {
			if m, ok := npAt(toks, v+2); ok {
				return cue{verb: "according to", m: m, ok: true, adj: colon && m.to >= len(toks)-1}, true
			}
			continue
		}
		l := verbOf(lw)
		// A verb only WordNet knows as one of speech cues a quotation
		// right after it and a comma ('Weber insisted, "…"'; the colon
		// sieve reads any verb before a colon), not a phrase quoted
		// further on ('Weber advised a "peace plan"'). It must be a past
		// form: "-s" makes nouns verbs ("a few questions, including").
		if l == "" && strings.HasSuffix(tail, ",") && len(toks)-v <= 4 && (strings.HasSuffix(lw, "ed") || irregularPast[lw]) {
			l = commVerb(lw)
		}
		if l == "" || isCap(toks[v].text) && v > 0 {
			continue
		}
		if v > 0 && (segment.LowerIn(modals, toks[v-1].text) || segment.LowerIn(determiners, toks[v-1].text)) && !anotherSpeaks(toks, v, colon) {
			continue // "could say", "the calls"
		}
		// "…, saying that": the subject is the clause's, before.
		if strings.HasSuffix(lw, "ing") {
			if participle < 0 {
				participle = v
			}
			continue
		}
		if m, ok := relativeSubject(toks, v); ok {
			return cue{verb: toks[v].text, m: m, ok: true, adj: colon && len(toks)-v <= 4}, true
		}
		if m, ok := npBefore(toks, v); ok {
			adj := colon && len(toks)-v <= 4
			if m.kind == mDesc && !adj && d.resolve(m) == corpus.NoPerson {
				continue // "the recent spate of shootings demands": not a speaker
			}
			return cue{verb: toks[v].text, m: m, ok: true, adj: adj}, true
		}
		if participle < 0 {
			participle = v // "Trump bemoaned the unrest and said": the sentence's subject
		}
		// "said Trump: "…"", but not "told the paper:" or "asked
		// Reuters:", whose noun is the one spoken to.
		if m, ok := npAt(toks, v+1); ok && m.to == len(toks) && colon && l != "tell" && l != "ask" {
			return cue{verb: toks[v].text, m: m, ok: true, adj: true}, true
		}
	}
	// "with Jones stating it would be a "…"": the name the participle
	// follows after "with" is its subject.
	if participle > 1 {
		at := participle
		if lw := strings.ToLower(toks[at-1].text); at > 2 && strings.HasSuffix(lw, "ly") && !isCap(toks[at-1].text) && !hasPunct(toks[at].gap) {
			at-- // "with Trump reportedly yelling": an adverb between
		}
		if m, ok := npBefore(toks, at); ok && m.kind == mName && m.to == at && m.from > 0 &&
			strings.EqualFold(toks[m.from-1].text, "with") && !hasPunct(toks[at].gap) {
			return cue{verb: toks[participle].text, m: m, ok: true, adj: colon && len(toks)-participle <= 4}, true
		}
	}
	if participle >= 0 && atStart {
		// A description speaks when it names a person or an organisation
		// that resolves ("The head of state then described his call with
		// Vell, adding …", "The harbour master's office sent a
		// notice, stressing that …").
		m, ok := subjectAt(toks, 0)
		if o, org := orgDesc(toks, m); ok && org && !personDesc(toks, m) {
			m = o
		}
		if ok && (m.kind != mDesc || (personDesc(toks, m) || person.IsOrg(toks[m.to-1].text)) && d.resolve(m) != corpus.NoPerson) && m.to <= participle {
			if m.kind == mName && d.resolve(m) == corpus.NoPerson {
				// "Speaking in his own voice again, he read a passage,
				// saying:": an opening word that names nobody; the
				// subject after the opening phrase speaks.
				if c, ok := colonSubject(toks[:participle]); ok && c.m.kind != mDesc && d.resolve(c.m) != corpus.NoPerson {
					c.verb, c.adj = toks[participle].text, colon && len(toks)-participle <= 4
					return c, true
				}
			}
			return cue{verb: toks[participle].text, m: m, ok: true, adj: colon && len(toks)-participle <= 4}, true
		}
		// "On Tuesday, Mr. McConnell deflected questions before saying,
		// "…"": the subject after an opening phrase, followed by its verb.
		if colon && len(toks)-participle <= 4 {
			if c, ok := colonSubject(toks[:participle]); ok && c.m.kind != mDesc {
				c.verb = toks[participle].text
				return c, true
			}
		}
	}
	// "The Kremlin's spokesman was blunt: "…"": a short clause that opens
	// the sentence and ends with a colon introduces its subject's words,
	// when the subject is someone.
	if atStart && strings.HasSuffix(tail, ":") && len(toks) >= 2 && len(toks) <= 8 {
		if m, ok := npAt(toks, 0); ok && m.to < len(toks) && m.to <= 4 {
			if m.kind == mName && strings.EqualFold(toks[0].text, "the") {
				// "The German minister": a description that opens with a
				// capitalised nation, not a name.
				end := m.to
				for end < len(toks) && end < 5 && !isCap(toks[end].text) && verbOf(strings.ToLower(toks[end].text)) == "" && !segment.LowerIn(function, toks[end].text) && !hasPunct(toks[end].gap) {
					end++
				}
				m = mention{kind: mDesc, from: 0, to: end, span: corpus.Span{Start: toks[0].span.Start, End: toks[end-1].span.End}}
			}
			// Someone the article already knows: "Partial transcript as
			// follows:" names nobody.
			known := corpus.NoPerson
			if m.kind == mName {
				known = d.r.Resolve(d.a, m.span.Of(text), m.span.Start)
			} else {
				known = d.resolve(m)
			}
			if known != corpus.NoPerson {
				return cue{verb: "colon", m: m, ok: true, adj: true}, true
			}
		}
	}
	return cue{}, false
}

// leadIn reads the sentence before off in paragraph p when it ends with a
// reporting clause ("…, Schiff said." or "Trump told the crowd:"), the cue
// of a quotation that opens the next sentence.
func leadIn(d *discourse, sents []corpus.Span, off int, p corpus.Span) (cue, bool) {
	text := d.a.Text
	cur := sentenceOf(sents, off, p)
	var prev corpus.Span
	for _, s := range sents {
		if s.End <= cur.Start {
			prev = s
		}
	}
	if prev.IsZero() || scan(text, prev) != nil {
		return cue{}, false
	}
	s := corpus.Span{Start: max(prev.Start, prev.End-maxClause), End: prev.End}
	toks := tokens(text, s)
	if len(toks) == 0 {
		return cue{}, false
	}
	tail := strings.TrimSpace(text[toks[len(toks)-1].span.End:prev.End])
	if tail != "." && tail != ":" {
		return cue{}, false
	}
	// The verb must close the sentence: "Schiff said." or "Schiff said in
	// an interview." but not "Schiff said the plan failed."
	for v := len(toks) - 1; v >= 0 && v >= len(toks)-4; v-- {
		if verbOf(toks[v].text) == "" || isCap(toks[v].text) {
			continue
		}
		if strings.HasSuffix(strings.ToLower(toks[v].text), "ing") {
			return cue{}, false
		}
		if v+1 < len(toks) && !segment.LowerIn(leadInTail, toks[v+1].text) {
			return cue{}, false // "Weber said the talks failed."
		}
		m, ok := npBefore(toks, v)
		if !ok || !strings.Contains(toks[m.from].gap, ",") && m.from > 0 && tail == "." {
			return cue{}, false
		}
		c := cue{verb: toks[v].text, m: m, ok: true, adj: true}
		if c.id = d.resolve(m); c.id == corpus.NoPerson {
			return cue{}, false
		}
		return c, true
	}
	return cue{}, false
}

// leadInTail may follow the verb of a clause that closes its sentence:
// "Schiff said in an interview.", "Trump told reporters on Monday."
var leadInTail = segment.WordSet(`in on at to during after before via from with last this earlier later recently
reporters monday tuesday wednesday thursday friday saturday sunday yesterday today`)

// colonCue reads a paragraph that introduces the next one's quotation:
// "Caddell continued:".
func colonCue(d *discourse, p corpus.Span, sents []corpus.Span, ms []marked) (int, cue) {
	text := d.a.Text
	if !strings.HasSuffix(strings.TrimSpace(p.Of(text)), ":") || len(sents) == 0 {
		return corpus.NoPerson, cue{}
	}
	last := sents[len(sents)-1]
	if len(ms) > 0 && ms[len(ms)-1].inner.End > last.Start {
		return corpus.NoPerson, cue{}
	}
	region := corpus.Span{Start: max(last.Start, last.End-maxClause), End: last.End}
	c, ok := cueBefore(d, region, nil, last.End-last.Start <= maxClause)
	if !ok {
		// "The report read:": a document hands on its issuer's words.
		if c, ok = statementCueOwned(d, tokens(text, region), true, true); ok {
			return c.id, c
		}
		return corpus.NoPerson, cue{}
	}
	c.id = d.resolve(c.m)
	return c.id, c
}

// toldBy reads "…, Per Holt, told Coastal News …" at toks[j] = "told": the
// name between the last two commas told the outlet.
func toldBy(toks []tok, j int) (cue, bool) {
	if verbOf(toks[j].text) != "tell" {
		return cue{}, false
	}
	if _, ok := npAt(toks, j+1); !ok {
		return cue{}, false
	}
	i := j - 1
	for i > 0 && isCap(toks[i].text) && !hasPunct(toks[i].gap) {
		i--
	}
	if i >= j-1 && !isCap(toks[i].text) || !strings.Contains(toks[i].gap, ",") {
		return cue{}, false
	}
	n, ok := nameAt(toks, i)
	if !ok || n.to != j {
		return cue{}, false
	}
	return cue{verb: toks[j].text, m: n, ok: true}, true
}

// shapeBefore reads a clause that ends right before a quotation, after a
// comma, as a name and a past verb, maybe with its particle ('Vell
// cracked, "…"', 'Vell shot back, "…"'): the place marks the verb, as the
// verb-shape sieve reads it after a quotation, whatever the verb. The name
// opens its clause.
func shapeBefore(toks []tok) (cue, bool) {
	v := len(toks) - 1
	if v >= 1 && segment.LowerIn(particles, toks[v].text) && !hasPunct(toks[v].gap) {
		v--
	}
	if v < 1 || isCap(toks[v].text) || hasPunct(toks[v].gap) {
		return cue{}, false
	}
	lw := strings.ToLower(toks[v].text)
	if !strings.HasSuffix(lw, "ed") && !irregularPast[lw] && verbOf(lw) == "" {
		return cue{}, false
	}
	m, ok := npBefore(toks, v)
	if !ok || m.kind != mName || m.to != v {
		return cue{}, false
	}
	if m.from > 0 && !strings.ContainsAny(toks[m.from].gap, ",.;:") {
		return cue{}, false
	}
	return cue{verb: toks[v].text, m: m, ok: true, adj: true}, true
}

// anotherSpeaks reports whether the verb toks[v] has a lone "another" for
// its subject, the clause opening with it and the quotation following
// the verb at once ("Another tweeted, "…"", "Another wrote: "…""): one
// more of those just quoted, unnamed. "Another call" stays a noun.
func anotherSpeaks(toks []tok, v int, colon bool) bool {
	a := v - 1
	return colon && v == len(toks)-1 && strings.EqualFold(toks[a].text, "another") &&
		(a == 0 || hasPunct(toks[a].gap)) && !hasPunct(toks[v].gap)
}
