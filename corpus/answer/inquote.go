package answer

import (
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
// other wordings give.

// clusterSpeaker is the one named speaker of the other wordings of
// quotation q, when q has none and they name exactly one person.
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
