package quote

import (
	"strings"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// sieveStatement gives a quotation that a document introduces to whoever
// issued the document: 'a club statement read: "…"', '"…," a club
// statement read.', 'A statement released by the team reads: "…"', 'A
// notice on NASA's website said: "…"', 'In a statement, the
// ministry said: "…"'. The speaker is the organisation (or person) that
// owns the document: a name or organisation word before its noun, a
// possessive, or the one after "by" or "from"; "the club" is the
// organisation the article has named most (see orgNamed).
func sieveStatement(p *para, i int) verdict {
	text := p.d.a.Text
	m := p.ms[i]
	s := sentenceOf(p.sents, m.open.Start, p.span)
	from := max(s.Start, prevEnd(p.ms, i, p.span.Start), m.open.Start-maxClause)
	if from < m.open.Start {
		tail := strings.TrimRight(text[from:m.open.Start], " \u00a0\t")
		if strings.HasSuffix(tail, ":") || strings.HasSuffix(tail, ",") {
			if c, ok := statementCue(p.d, tokens(text, corpus.Span{Start: from, End: m.open.Start}), true); ok {
				p.fs[i].c = c
				p.d.noteSpeaker(c)
				return filled
			}
		}
	}
	if m.close.IsZero() {
		return open
	}
	region, _ := afterRegion(p, i)
	if region.IsZero() {
		return open
	}
	toks := tokens(text, region)
	if len(toks) == 0 || !strings.Contains(toks[0].gap, ",") && !strings.ContainsAny(lastRune(m.inner.Of(text)), ",?!") {
		return open
	}
	if c, ok := statementCue(p.d, toks, false); ok {
		p.fs[i].c = c
		p.d.noteSpeaker(c)
		return filled
	}
	return open
}

// docNouns are the documents an organisation speaks through.
var docNouns = segment.WordSet(`statement statements report letter message post release note notice announcement
communique communiqué tweet website site page blog bulletin memo email e-mail update filing`)

// DocumentNoun reports whether w (lower case) names a document that
// speaks for whoever issued it: a statement, a letter, a post.
func DocumentNoun(w string) bool { return docNouns[w] }

// docVerbs say what a document did with its words.
var docVerbs = segment.WordSet(`read reads said says stated states added adds continued continues explained
explains noted notes announced announces declared declares`)

// docVerb is a verb a document's words follow or precede: "read",
// "said", "concluded", "noted"; not a document noun that is a verb too
// ("the report").
func docVerb(w string) bool {
	return !isCap(w) && !segment.LowerIn(docNouns, w) && (segment.LowerIn(docVerbs, w) || verbOf(w) != "" && !strings.HasSuffix(strings.ToLower(w), "ing"))
}

// statementCue reads a clause whose subject is a document ("a club
// statement read") or whose speaker speaks "in a statement" ("In a
// statement, the club said"). before says the clause precedes the
// quotation (its verb closes it) rather than follows it (its verb opens
// it, after the subject).
func statementCue(d *discourse, toks []tok, before bool) (cue, bool) {
	return statementCueOwned(d, toks, before, false)
}

// statementCueOwned is statementCue; owned asks for a document whose
// owner the clause names (or "it", the thing just spoken of), as a
// lead-in paragraph must: the document it hands on is often another
// outlet's ("The report read:"), which the article may never have named.
func statementCueOwned(d *discourse, toks []tok, before, owned bool) (cue, bool) {
	// The verb: in a clause before the quotation, one of its last three
	// words; after it, within the first eight, before any full stop.
	v := -1
	if before {
		for j := len(toks) - 1; j >= 0 && j >= len(toks)-3; j-- {
			if docVerb(toks[j].text) {
				v = j
				break
			}
		}
	} else {
		for j := 0; j < len(toks) && j < 8; j++ {
			if j > 0 && strings.ContainsAny(toks[j].gap, ".!?;:") {
				break
			}
			if docVerb(toks[j].text) {
				v = j
				break
			}
		}
	}
	if v < 1 {
		return cue{}, false
	}
	// The document noun and what owns it stand before the verb, in the
	// clause that ends there.
	start := v - 1
	for start > 0 && v-start < 12 && !strings.ContainsAny(toks[start].gap, ".!?;:,") {
		start--
	}
	doc := -1
	for j := start; j < v; j++ {
		if segment.LowerIn(docNouns, toks[j].text) {
			doc = j
			break
		}
		if lw := strings.ToLower(toks[j].text); function[lw] && !determiners[lw] || verbOf(lw) != "" {
			break // the document must open the clause: its subject
		}
	}
	if doc < 0 && v-1 == start && strings.EqualFold(toks[start].text, "it") {
		doc = start // "it said": the document spoken of before
	}
	if doc < 0 && !before && start == 0 && v == 2 && segment.LowerIn(docVerbs, toks[v].text) && segment.LowerIn(determiners, toks[0].text) && writing(toks[1].text) {
		// '"…," the editorial read.': a piece of writing WordNet knows
		// that no list names speaks as a document does, with a verb a
		// document's words take (not '"…," a biography written by');
		// nobody near is named its issuer, so its words stay unnamed.
		m := mention{kind: mDesc, from: 0, to: 2, span: corpus.Span{Start: toks[0].span.Start, End: toks[1].span.End}}
		return cue{verb: toks[v].text, m: m, id: corpus.NoPerson, ok: true, adj: true}, true
	}
	if doc >= 0 {
		if m, id := docOwner(d, toks, start, doc, v); id != corpus.NoPerson {
			return cue{verb: toks[v].text, m: m, id: id, ok: true, adj: true}, true
		}
		m := mention{kind: mDesc, from: start, to: doc + 1, span: corpus.Span{Start: toks[start].span.Start, End: toks[doc].span.End}}
		// No owner in the clause. "It read:" is what the sentence before
		// spoke of, so its subject wrote it ("In a letter, Weber thanked
		// the fans. It read: …"); a document named is the organisation's
		// spoken of last.
		if before && doc == start && v == start+1 && strings.EqualFold(toks[start].text, "it") {
			if id := prevSubject(d, toks[0].span.Start); id != corpus.NoPerson {
				return cue{verb: toks[v].text, m: m, id: id, ok: true, adj: true}, true
			}
		}
		if owned {
			// "… the Ledger has confirmed that Berg was dismissed. / The
			// report read:": "the" points back to the report the
			// sentence before told of, whose teller, an organisation,
			// issued it.
			if before && doc == start+1 && v == doc+1 && strings.EqualFold(toks[start].text, "the") {
				if id := prevTeller(d, toks[0].span.Start); id != corpus.NoPerson && orgLike(d.r, id) {
					return cue{verb: toks[v].text, m: m, id: id, ok: true, adj: true}, true
				}
			}
			return cue{}, false
		}
		if id := recentOrg(d, m.span.Start); id != corpus.NoPerson {
			return cue{verb: toks[v].text, m: m, id: id, ok: true, adj: true}, true
		}
		if !before && start == 0 && doc == start+1 && segment.LowerIn(determiners, toks[start].text) {
			// '"…," the report stated.': a document's words, whose
			// issuer nobody near names, are quoted all the same; the
			// quotation goes without a speaker, as '"…," the memo said'
			// does through the after sieve.
			return cue{verb: toks[v].text, m: m, id: corpus.NoPerson, ok: true, adj: true}, true
		}
		if !before && start == 0 && doc == 0 && v == 1 {
			// '"…," it said.': a document or a body spoke, one the
			// article names by no name ("a letter from the staff
			// association"); its words stay, unnamed.
			return cue{verb: toks[v].text, m: m, id: corpus.NoPerson, ok: true, adj: true}, true
		}
		return cue{}, false
	}
	// "In a statement, the club said:" / "the club said in a statement":
	// an organisation word as subject, a document in the sentence.
	if !docBeside(toks, v) {
		return cue{}, false
	}
	m, ok := npBefore(toks, v)
	if !ok || m.kind != mDesc {
		return cue{}, false
	}
	if id := resolveOrg(d, toks, m); id != corpus.NoPerson {
		return cue{verb: toks[v].text, m: m, id: id, ok: true, adj: true}, true
	}
	return cue{}, false
}

// docBeside reports whether a document noun follows "in" or opens the
// clause before verb v: "In a statement, the club said", "the club said
// in a statement".
func docBeside(toks []tok, v int) bool {
	for j := max(0, v-8); j < len(toks) && j < v+6; j++ {
		if j > v && strings.ContainsAny(toks[j].gap, ".!?;:") {
			break
		}
		if !segment.LowerIn(docNouns, toks[j].text) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if w := strings.ToLower(toks[k].text); w == "in" || w == "through" || w == "via" {
				return true
			}
		}
	}
	return false
}

// docOwner finds who issued the document toks[doc] in the phrase
// toks[start:v]: a possessive name ("United's official website"), a
// name or organisation word right before the noun ("a NASA statement",
// "a club statement"), or one after "by", "from" or "of" ("released by
// the club").
func docOwner(d *discourse, toks []tok, start, doc, v int) (mention, int) {
	text := d.a.Text
	span := func(a, b int) corpus.Span { return corpus.Span{Start: toks[a].span.Start, End: toks[b-1].span.End} }
	for j := start; j < v; j++ {
		w, poss := possessive(toks[j].text)
		lw := strings.ToLower(w)
		switch {
		case poss && isCap(w):
			// "Manchester United's": the capitalised run ending here.
			a := j
			for a > start && isCap(toks[a-1].text) && !hasPunct(toks[a].gap) {
				a--
			}
			var name strings.Builder
			for k := a; k < j; k++ {
				name.WriteString(toks[k].text + " ")
			}
			name.WriteString(w)
			m := mention{kind: mName, from: a, to: j + 1, span: span(a, j+1)}
			if id := d.r.Resolve(d.a, name.String(), m.span.Start); id != corpus.NoPerson {
				return m, id
			}
		case (lw == "by" || lw == "from" || lw == "of") && j > doc && j+1 < v:
			k := j + 1
			if segment.LowerIn(determiners, toks[k].text) {
				k++
			}
			if k >= v {
				continue
			}
			if n, ok := nameAt(toks, k); ok && n.to <= v {
				if id := d.r.Resolve(d.a, n.span.Of(text), n.span.Start); id != corpus.NoPerson {
					return n, id
				}
			}
			if person.IsOrg(strings.ToLower(toks[k].text)) {
				m := mention{kind: mDesc, from: j + 1, to: k + 1, span: span(j+1, k+1)}
				if id := resolveOrg(d, toks, m); id != corpus.NoPerson {
					return m, id
				}
			}
		}
	}
	// A modifier right before the noun: "a club statement", "a NASA
	// statement".
	if doc > start {
		k := doc - 1
		if w := toks[k].text; person.IsOrg(strings.ToLower(w)) && !isCap(w) {
			m := mention{kind: mDesc, from: k, to: k + 1, span: span(k, k+1)}
			if id := resolveOrg(d, toks, m); id != corpus.NoPerson {
				return m, id
			}
		}
		a := k
		for a > start && isCap(toks[a-1].text) && !hasPunct(toks[a].gap) {
			a--
		}
		if isCap(toks[k].text) && !segment.LowerIn(determiners, toks[a].text) {
			n := mention{kind: mName, from: a, to: k + 1, span: span(a, k+1)}
			if id := d.r.Resolve(d.a, n.span.Of(text), n.span.Start); id != corpus.NoPerson {
				return n, id
			}
		}
	}
	return mention{}, corpus.NoPerson
}

// resolveOrg resolves a description whose head is an organisation word
// ("the club", "the ministry"): as the discourse does, then, when no
// organisation of that name was named, the organisation the article has
// named most before it.
func resolveOrg(d *discourse, toks []tok, m mention) int {
	head := strings.ToLower(toks[m.to-1].text)
	if !person.IsOrg(head) {
		return corpus.NoPerson
	}
	if id := d.resolve(mention{kind: mDesc, span: m.span, from: m.from, to: m.to}); id != corpus.NoPerson {
		return id
	}
	return orgNamed(d, m.span.Start)
}

// orgNamed is the organisation the article has named most before pos:
// among names that may be an organisation's (see orgLike), each mention counts one and a clause
// subject two ("Manchester United have confirmed …"); at least two are
// needed, and of equals the first named wins (the article's topic).
func orgNamed(d *discourse, pos int) int {
	d.upTo(pos)
	counts := map[int]int{}
	first := map[int]int{}
	lo := max(0, len(d.ments)-pronounReach)
	for _, m := range d.ments[lo:] {
		if m.pos >= pos || !orgLike(d.r, m.id) {
			continue
		}
		if _, ok := first[m.id]; !ok {
			first[m.id] = m.pos
		}
		counts[m.id]++
		if m.subj {
			counts[m.id]++
		}
	}
	best, bestN := corpus.NoPerson, 1
	for id, n := range counts {
		if n > bestN || n == bestN && best != corpus.NoPerson && first[id] < first[best] {
			best, bestN = id, n
		}
	}
	return best
}

// prevSubject is the first clause subject of the sentence before the
// one starting at pos: who issued a document a sentence introduces
// without naming its owner ("Weber wrote to the members on Friday. It
// read: …").
func prevSubject(d *discourse, pos int) int {
	text := d.a.Text
	end := pos
	for end > 0 && strings.ContainsRune(" \t\n\u00a0", rune(text[end-1])) {
		end--
	}
	if end == 0 || !strings.ContainsRune(".!?:\n", rune(text[end-1])) {
		return corpus.NoPerson
	}
	start := end - 1
	for start > 0 && pos-start < maxClause*2 && !(strings.ContainsRune(".!?\n", rune(text[start-1])) && (start == len(text) || text[start] == ' ' || text[start] == '\n')) {
		start--
	}
	d.upTo(pos)
	for _, m := range d.ments {
		if m.pos >= start && m.pos < end && m.subj {
			return m.id
		}
	}
	return corpus.NoPerson
}

// perfectAux may stand between a teller and its verb ("has confirmed").
var perfectAux = segment.WordSet(`has have had also`)

// prevTeller is the subject of the first verb of speech in the sentence
// before pos ("And now the Ledger has confirmed that …": the Ledger), or
// NoPerson.
func prevTeller(d *discourse, pos int) int {
	text := d.a.Text
	end := pos
	for end > 0 && strings.ContainsRune(" \t\n\u00a0", rune(text[end-1])) {
		end--
	}
	start := max(0, end-1) // past the sentence's own full stop
	for start > 0 && end-start < maxClause && !strings.ContainsRune(".!?\n", rune(text[start-1])) {
		start--
	}
	toks := tokens(text, corpus.Span{Start: start, End: end})
	for j := 1; j < len(toks); j++ {
		if isCap(toks[j].text) || verbOf(toks[j].text) == "" && !lex.IsCommunication(strings.ToLower(toks[j].text)) {
			continue
		}
		k := j
		for k > 0 && segment.LowerIn(perfectAux, toks[k-1].text) {
			k-- // "has confirmed"
		}
		m, ok := npBefore(toks, k)
		if !ok {
			// "The Coastal have confirmed": a name whose last word is
			// an adjective too, which the phrase reader leaves.
			from := k
			for from > 0 && isCap(toks[from-1].text) && !hasPunct(toks[from].gap) {
				from--
			}
			if from == k {
				return corpus.NoPerson
			}
			m = mention{kind: mName, from: from, to: k, span: corpus.Span{Start: toks[from].span.Start, End: toks[k-1].span.End}}
		}
		if m.kind == mPronoun {
			return corpus.NoPerson
		}
		return d.resolve(m)
	}
	return corpus.NoPerson
}

// recentOrg is the organisation the text spoke of last before pos, when
// it is near: who a document without an owner ("the report said") is
// likely from.
func recentOrg(d *discourse, pos int) int {
	d.upTo(pos)
	for i := len(d.ments) - 1; i >= 0; i-- {
		m := d.ments[i]
		if m.pos >= pos {
			continue
		}
		if pos-m.pos > orgReach {
			break
		}
		if p := d.r.Person(m.id); p != nil && orgLike(d.r, m.id) {
			return m.id
		}
	}
	return corpus.NoPerson
}

// orgLike reports whether person id may be an organisation: the resolver
// says so, or a word of its name is, in WordNet, first a place or a group
// ("Manchester United", "NASA"), or it is one word no pronoun ever stood
// for ("Boeing"). The gender learnt from pronouns is no test alone: a
// club's name shares sentences with its manager's "he"; and a full name
// nobody called "he" or "she" is still most likely a person's.
func orgLike(r *person.Resolver, id int) bool {
	p := r.Person(id)
	if p == nil {
		return false
	}
	if p.Kind.Org() {
		return true
	}
	f := strings.Fields(p.Name)
	if len(f) == 1 && r.Gender(id) == 0 {
		return true
	}
	for _, w := range f {
		if !isCap(w) || len(w) < 3 {
			continue // "de" in a name is no state (Delaware)
		}
		if c := lex.FirstClass(strings.ToLower(w), lex.Noun); c.Has(lex.NounGroup | lex.NounLocation) {
			return true
		}
	}
	return false
}

// orgReach bounds, in bytes, how far back a document without an owner
// looks for its organisation.
const orgReach = 800

// writing reports whether w, in lower case, is a noun whose commonest
// WordNet sense is a communication ("editorial", "petition", "caption"),
// and no person's.
func writing(w string) bool {
	if isCap(w) || personNoun(w) {
		return false
	}
	return lex.FirstClass(strings.ToLower(w), lex.Noun).Has(lex.NounCommunication)
}

// lastRune is the last character of s, as a string ("" for none).
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}
