package answer

import (
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// An answer drawn from a sentence is often someone's words: "'There were
// 24 arrests,' the spokesman said", "Berg called the plan 'reckless and
// late'", "the mayor said crews were 'stretched thin'". The sentence is
// the fact the answer rests on, and the quotation inside it, which
// extraction attributed, says whose words the answer is: the reply names
// that speaker, as it does when it rests on the quotation itself. A who
// question is left alone: its answer is a person, who need not be the one
// quoted.

// quotedSpeaker is the speaker of the quotations of fact document d that
// hold or overlap the answer's words (its value, or else its line as
// the sentence writes it), when they name one person; ok is false when
// none does, or they name more than one.
func (a *Answerer) quotedSpeaker(d index.Doc, c candidate) (name string, id int, ok bool) {
	if d.Kind != index.KindFact || int(d.Ref) >= len(a.c.Facts) {
		return "", corpus.NoPerson, false
	}
	f := &a.c.Facts[d.Ref]
	var at corpus.Span
	switch {
	case c.value != nil && c.value.Span().End > c.value.Span().Start:
		at = c.value.Span()
	case strings.TrimSpace(c.line) != "":
		k := strings.Index(f.Text(a.c), c.line)
		if k < 0 {
			return "", corpus.NoPerson, false
		}
		at = corpus.Span{Start: f.Span().Start + k, End: f.Span().Start + k + len(c.line)}
	default:
		return "", corpus.NoPerson, false
	}
	id = corpus.NoPerson
	for _, qid := range a.quotesIn.of(int(f.Article)) {
		q := &a.c.Quotes[qid]
		sp := q.Span()
		if sp.End <= at.Start || sp.Start >= at.End {
			continue
		}
		who := q.Speaker
		if p := a.c.Person(int(q.SpeakerID)); p != nil && who == "" {
			who = p.Name
		}
		if who == "" {
			continue
		}
		if name != "" && (int(q.SpeakerID) != id || who != name) {
			return "", corpus.NoPerson, false // two people's words
		}
		name, id = who, int(q.SpeakerID)
	}
	return name, id, name != ""
}

// One outlet prints words as "a company executive wrote", another names
// the executive. The same quotation in several articles is one cluster,
// and clustering never joins two named speakers: a quotation whose
// article leaves its speaker unnamed takes the one name its cluster's
// other wordings give. Clustering needs a few words in common, so a
// short line ("that makes me smart") is also matched against the other
// quotations the question found, by its words in order (sameWords).

// wordingSpeaker is the named speaker of another wording of quotation q,
// when q has none: the one person its cluster's other wordings name or,
// failing that, the first of others (the question's other matches, best
// first) that holds q's words in order and names its speaker.
func (a *Answerer) wordingSpeaker(q *corpus.Quote, others []index.Hit) (name string, id int, ok bool) {
	if q.Speaker != "" || q.SpeakerID != corpus.NoPerson {
		return "", corpus.NoPerson, false
	}
	if name, id, ok := a.clusterSpeaker(q); ok {
		return name, id, ok
	}
	mine := foldedWords(q.Text)
	for _, h := range others {
		o := a.idx.Doc(h.Doc)
		if o.Kind != index.KindQuote || int(o.Ref) >= len(a.c.Quotes) {
			continue
		}
		oq := &a.c.Quotes[o.Ref]
		if oq.SpeakerID == corpus.NoPerson && oq.Speaker == "" || !sameWords(mine, foldedWords(oq.Text)) {
			continue
		}
		name = oq.Speaker
		if p := a.c.Person(int(oq.SpeakerID)); p != nil && name == "" {
			name = p.Name
		}
		return name, int(oq.SpeakerID), name != ""
	}
	return "", corpus.NoPerson, false
}

// outletsSpeaker is, for the quotation of hit best that a who-said
// question found, the speaker most outlets name for the same words when
// best's own speaker is named in them: one article may give the words to
// the person they speak of ("…, saying that nobody was better placed
// than Ann Berg"), where the other outlets name who said them. The other
// speaker must be named by at least two articles, by more than best's
// speaker is, and not in the words (those that thank or hail someone by
// name are not theirs). ok is false when best's speaker stands.
func (a *Answerer) outletsSpeaker(best index.Hit, others []index.Hit) (name string, id int, ok bool) {
	d := a.idx.Doc(best.Doc)
	if d.Kind != index.KindQuote || int(d.Ref) >= len(a.c.Quotes) {
		return "", corpus.NoPerson, false
	}
	q := &a.c.Quotes[d.Ref]
	if q.SpeakerID == corpus.NoPerson {
		return "", corpus.NoPerson, false
	}
	mine := foldedWords(q.Text)
	arts := map[int]map[int]bool{} // speaker → articles naming them
	add := func(speaker, article int) {
		if arts[speaker] == nil {
			arts[speaker] = map[int]bool{}
		}
		arts[speaker][article] = true
	}
	add(int(q.SpeakerID), int(q.Article))
	for _, h := range others {
		o := a.idx.Doc(h.Doc)
		if o.Kind != index.KindQuote || int(o.Ref) >= len(a.c.Quotes) {
			continue
		}
		oq := &a.c.Quotes[o.Ref]
		if oq.SpeakerID == corpus.NoPerson || !sameWording(mine, foldedWords(oq.Text)) {
			continue
		}
		s := int(oq.SpeakerID)
		if a.sameSpeaker(s, int(q.SpeakerID)) {
			s = int(q.SpeakerID)
		}
		add(s, int(oq.Article))
	}
	own := len(arts[int(q.SpeakerID)])
	best1, n := corpus.NoPerson, 0
	for s, as := range arts {
		if s != int(q.SpeakerID) && (len(as) > n || len(as) == n && s < best1) {
			best1, n = s, len(as)
		}
	}
	if n < 2 || n <= own {
		return "", corpus.NoPerson, false
	}
	p, mine1 := a.c.Person(best1), a.c.Person(int(q.SpeakerID))
	if p == nil || mine1 == nil || !namedIn(mine1, mine) || namedIn(p, mine) {
		return "", corpus.NoPerson, false
	}
	return p.Name, best1, true
}

// namedIn reports whether a word of p's names is among a quotation's
// folded words: the person the words speak of or to, seldom who says
// them.
func namedIn(p *corpus.Person, words []string) bool {
	names := personWords(p)
	return slices.ContainsFunc(words, func(w string) bool { return names[w] })
}

// sameWording reports whether two quotations are one in two outlets'
// wordings, as sameQuote reads them: of three words or more, the
// shorter's words are mostly (0.6) in order in the longer; an outlet may
// leave out an aside ("not me, nobody") the other prints.
func sameWording(x, y []string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) >= 3 && inOrder(x, y) >= 0.6
}

// clusterSpeaker is the one named speaker of the other wordings of
// quotation q in its cluster, when they name exactly one person.
func (a *Answerer) clusterSpeaker(q *corpus.Quote) (name string, id int, ok bool) {
	if q.Speaker != "" || q.SpeakerID != corpus.NoPerson || q.Cluster < 0 || int(q.Cluster) >= len(a.c.QuoteClusters) {
		return "", corpus.NoPerson, false
	}
	id = corpus.NoPerson
	for _, m := range a.c.QuoteClusters[q.Cluster].Members() {
		if int(m) < 0 || int(m) >= len(a.c.Quotes) || m == q.ID {
			continue
		}
		o := &a.c.Quotes[m]
		if o.SpeakerID == corpus.NoPerson {
			continue
		}
		if name != "" && int(o.SpeakerID) != id {
			return "", corpus.NoPerson, false
		}
		id, name = int(o.SpeakerID), o.Speaker
		if p := a.c.Person(id); p != nil && name == "" {
			name = p.Name
		}
	}
	return name, id, name != ""
}

// A question about what a person said ("what did Berg call the plan")
// may be answered from words the sentence reports without quoting them
// whole: "Berg added that the plan is the port's "last chance"". When
// the sentence has the person asked as the subject of a verb of speech
// (one of whose first two WordNet senses is verb.communication: "said",
// "added"), before the answer's words, the reply
// names them as its speaker.

// reportedBy reports whether fact document d's sentence has p telling
// what its answer line says: p is the sentence's teller (attributed.go),
// the subject of its verb of saying or named in its closing clause.
func (a *Answerer) reportedBy(d index.Doc, p *corpus.Person, line string) bool {
	if d.Kind != index.KindFact || p == nil || int(d.Ref) >= len(a.c.Facts) {
		return false
	}
	text := a.c.Facts[d.Ref].Text(a.c)
	at := strings.Index(text, line)
	if at < 0 || line == "" {
		return false
	}
	who := a.teller(d, text, at, at+len(line)) // attributed.go
	return who != nil && who.ID == p.ID
}

// An outlet asked for ("which paper ran the mayor's remarks") is the
// answer, but what it ran is someone's words: "…, Mayor Berg said", "Berg
// told the paper that …", or a quotation of hers in the sentence. The
// reply names the person asked as its speaker when the sentence is theirs.

// toldBy reports whether fact document d's sentence is p's telling: p is
// its teller (attributed.go), whether the sentence opens on them ("Berg
// said that …") or closes on them (", Berg said"), or the sentence holds
// a quotation of p's.
func (a *Answerer) toldBy(d index.Doc, p *corpus.Person) bool {
	if d.Kind != index.KindFact || p == nil || int(d.Ref) >= len(a.c.Facts) {
		return false
	}
	f := &a.c.Facts[d.Ref]
	text := f.Text(a.c)
	verbs := newSayingVerbs(text)
	// The whole sentence is what was told: placed after every verb, then
	// before every closing clause.
	for _, at := range [...]int{len(text), 0} {
		if who := a.tellerOf(d, verbs, at, at); who != nil {
			return who.ID == p.ID
		}
	}
	sp := f.Span()
	for _, qid := range a.quotesIn.of(int(f.Article)) {
		q := &a.c.Quotes[qid]
		if qs := q.Span(); qs.End > sp.Start && qs.Start < sp.End && int(q.SpeakerID) == p.ID {
			return true
		}
	}
	return false
}
