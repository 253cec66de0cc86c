package quote

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// The speaker model is the last sieve: for a quotation the precise rules
// left without a cue, it scores the mentions around it (names and
// pronouns of its paragraph and the one before) and a "nobody" choice
// with a linear model, an averaged perceptron trained on PolNeAR by
// `go run ./corpus/quote/internal/train` (see README). Rules propose
// the candidates and their features; the weights choose.

//go:embed speaker_weights.json
var weightsJSON []byte

// Weights are the model: a weight per feature name.
type Weights map[string]float64

var model = func() Weights {
	var w Weights
	if err := json.Unmarshal(weightsJSON, &w); err != nil {
		panic("quote: speaker_weights.json: " + err.Error()) // a bug: the file is embedded
	}
	return w
}()

// Score is the weighted sum of a candidate's features.
func (w Weights) Score(feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += w[f]
	}
	return s
}

// Candidate is one choice the model weighs for a quotation: a mention
// (Span zero for "nobody") and its features.
type Candidate struct {
	Span     corpus.Span
	Features []string
	m        mention
}

// Example is a quotation left without a cue, with its candidates, as the
// trainer reads them.
type Example struct {
	File       string
	Quote      corpus.Span
	Candidates []Candidate // the first is "nobody"
}

// maxCandidates bounds the mentions weighed for one quotation.
const maxCandidates = 12

// minModelWords is the fewest words of a quotation the model attributes.
const minModelWords = 4

// window is how far, in bytes, from a quotation its candidates are read.
const window = 600

// candidates lists the mentions around quotation ms[i] of paragraph p
// (prev is the body paragraph before, or zero), with their features.
func candidates(d *discourse, p, prev corpus.Span, sents []corpus.Span, ms []marked, i int) []Candidate {
	text := d.a.Text
	q := ms[i]
	qEnd := q.inner.End
	if !q.close.IsZero() {
		qEnd = q.close.End
	}
	var shape []string
	if onlySpace(text, p.Start, q.open.Start) {
		shape = append(shape, "opens_para")
	}
	if strings.TrimSpace(text[qEnd:p.End]) == "" {
		shape = append(shape, "ends_para")
	}
	if q.close.IsZero() {
		shape = append(shape, "unclosed")
	}
	nw := words(text, q.inner)
	shape = append(shape, "qwords="+bucket(nw))
	if titleCase(text, q.inner) {
		shape = append(shape, "titlecase")
	}
	if len(ms) > 1 {
		shape = append(shape, "many_quotes")
	}
	// Number: "I" inside the quotation is one person speaking, "we" may
	// be an organisation.
	voice := quoteVoice(text, q.inner)
	none := Candidate{Features: []string{"none"}}
	for _, s := range shape {
		none.Features = append(none.Features, "none&"+s)
	}
	out := []Candidate{none}

	// Quoted stretches of both paragraphs: mentions inside them are not
	// candidates, and a quotation between a mention and ours matters.
	quoted := make([]corpus.Span, 0, len(ms)+4)
	if !prev.IsZero() {
		for _, m := range scan(text, corpus.Span{Start: max(prev.Start, prev.End-window), End: prev.End}) {
			quoted = append(quoted, m.inner)
		}
	}
	for _, m := range ms {
		// Only those near it matter: a paragraph of a thousand
		// quotations keeps each one's list short.
		if m.inner.End >= q.open.Start-window && m.inner.Start <= qEnd+window {
			quoted = append(quoted, m.inner)
		}
	}
	inQuote := func(s corpus.Span) bool {
		for _, x := range quoted {
			if x.Start <= s.Start && s.End <= x.End {
				return true
			}
		}
		return false
	}
	between := func(a, b int) bool {
		for _, x := range quoted {
			if x != q.inner && x.Start >= a && x.End <= b {
				return true
			}
		}
		return false
	}
	qs := sentenceOf(sents, q.open.Start, p)
	// id is the person a name resolved to (NoPerson for a pronoun).
	add := func(m mention, id int, kind string, para string, subj bool) {
		s := m.span
		if inQuote(s) || len(out) > maxCandidates*2 {
			return
		}
		side, dist := "after", 0
		if s.End <= q.open.Start {
			side = "before"
			dist = words(text, corpus.Span{Start: s.End, End: q.open.Start})
			if between(s.End, q.open.Start) {
				side += "&quote_between"
			}
		} else if s.Start >= qEnd {
			dist = words(text, corpus.Span{Start: qEnd, End: s.Start})
			if between(qEnd, s.Start) {
				side += "&quote_between"
			}
		} else {
			return
		}
		f := []string{"kind=" + kind, "side=" + side, "para=" + para, "dist=" + side + "&" + bucket(dist),
			"kind&side=" + kind + "&" + side}
		if para == "same" && qs.Start <= s.Start && s.End <= qs.End {
			f = append(f, "same_sentence", "same_sentence&"+kind)
		}
		if subj {
			f = append(f, "subject", "subject&"+side)
		}
		// A reporting verb next to the mention, outside the list of cues
		// the rules read: "Lisa Winters, who grinned." is not one.
		after := strings.TrimLeft(text[s.End:min(len(text), s.End+40)], " ,")
		if w := firstWord(after); w != "" && verbOf(w) != "" {
			f = append(f, "verb_after")
		} else if w != "" && !isCap(w) && lex.IsCommunication(w) {
			// The subject of a reporting verb outside the cue list
			// ("Strand quipped").
			f = append(f, "comm_after&"+side)
		}
		if voice != "" {
			f = append(f, "voice="+voice+"&"+kind)
		}
		if et := entityType(d.r, m.span.Of(text), id, kind); et != "" {
			f = append(f, "etype="+et, "etype&side="+et+"&"+side)
		}
		before := strings.TrimRight(text[max(0, s.Start-30):s.Start], " ,")
		if w := lastWord(before); w != "" && verbOf(w) != "" {
			f = append(f, "verb_before")
		}
		gap := text[min(s.End, q.open.Start):max(s.End, q.open.Start)]
		if side == "before" && strings.HasSuffix(strings.TrimSpace(gap), ":") {
			f = append(f, "colon_to_quote")
		}
		for _, sh := range shape {
			f = append(f, side+"&"+sh)
		}
		out = append(out, Candidate{Span: s, Features: f, m: m})
	}
	// Only the text near the quotation is read: a paragraph of a
	// thousand quotations stays linear.
	win := corpus.Span{Start: max(p.Start, q.open.Start-window), End: min(p.End, qEnd+window)}
	pwin := corpus.Span{}
	if !prev.IsZero() {
		pwin = corpus.Span{Start: max(prev.Start, prev.End-window), End: prev.End}
	}
	for _, para := range []struct {
		s    corpus.Span
		name string
	}{{pwin, "prev"}, {win, "same"}} {
		if para.s.IsZero() {
			continue
		}
		for _, n := range d.r.NamesIn(d.a, para.s) {
			if !d.r.TypeOf(n.Span.Of(text)).Speaks() {
				continue // a place, an event, a show: nobody to speak
			}
			kind := "name"
			if pp := d.r.Person(n.ID); pp != nil && pp.Kind.Org() {
				kind = "org"
			}
			add(mention{kind: mName, span: n.Span}, n.ID, kind, para.name, isSubject(text, n.Span, para.s.End))
		}
		for _, w := range segment.Words(text, para.s) {
			if pronounOf(w.Text) == "" {
				continue
			}
			rest := strings.TrimLeft(text[w.Span.End:min(para.s.End, w.Span.End+30)], " ")
			nx := firstWord(rest)
			subj := nx != "" && !isCap(nx) && !segment.LowerIn(notVerb, nx)
			add(mention{kind: mPronoun, span: w.Span}, corpus.NoPerson, "pronoun", para.name, subj)
		}
	}
	// Distance ranks: the nearest candidate on each side.
	nearest := map[string]int{}
	for k := 1; k < len(out); k++ {
		side := "after"
		if out[k].Span.End <= q.open.Start {
			side = "before"
		}
		if j, ok := nearest[side]; !ok || closer(out[k].Span, out[j].Span, q.open.Start, side) {
			nearest[side] = k
		}
	}
	for side, k := range nearest {
		out[k].Features = append(out[k].Features, "nearest&"+side)
	}
	if len(out) > maxCandidates+1 {
		// Keep the nearest: sort by distance to the quotation.
		rest := out[1:]
		sort.SliceStable(rest, func(a, b int) bool {
			return spanDist(rest[a].Span, q.open.Start, qEnd) < spanDist(rest[b].Span, q.open.Start, qEnd)
		})
		out = out[:maxCandidates+1]
	}
	return out
}

// quoteVoice is "I" when a quotation speaks in the first person
// singular, "we" in the plural, "" in neither or both.
func quoteVoice(text string, s corpus.Span) string {
	var i, we bool
	for _, w := range segment.Words(text, s) {
		switch strings.ToLower(strings.ReplaceAll(w.Text, "\u2019", "'")) {
		case "i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself":
			i = true
		case "we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves":
			we = true
		}
	}
	switch {
	case i && !we:
		return "I"
	case we && !i:
		return "we"
	}
	return ""
}

// entityType is what a candidate mention (written name, resolved to
// person id) names, as far as the corpus and WordNet tell: "org", "place"
// (a name whose last word's commonest WordNet sense is a location,
// "Carolina", of no known gender), "he" or "she" (a person of known
// gender), or "" when nothing tells.
func entityType(r *person.Resolver, name string, id int, kind string) string {
	switch kind {
	case "pronoun":
		// "they" as a type lost organisations' statements on
		// polnear-dev: its number is left to the pronoun's kind.
		return ""
	case "org":
		return "org"
	}
	switch r.TextGender(id) {
	case 1:
		return "he"
	case -1:
		return "she"
	}
	last := lastWord(name)
	if w, poss := possessive(last); poss {
		last = w
	}
	if lex.FirstClass(strings.ToLower(last), lex.Noun).Has(lex.NounLocation) {
		return "place"
	}
	return ""
}

func closer(a, b corpus.Span, at int, side string) bool {
	if side == "before" {
		return a.End > b.End
	}
	return a.Start < b.Start
}

func spanDist(s corpus.Span, start, end int) int {
	if s.End <= start {
		return start - s.End
	}
	return s.Start - end
}

// bucket groups a count: 0, 1, 2, 3-5, 6-10, 11-20, more.
func bucket(n int) string {
	switch {
	case n <= 2:
		return fmt.Sprint(n)
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	case n <= 20:
		return "11-20"
	}
	return "21+"
}

func firstWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == ',' || r == '.' })
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",.")
}

// modelCue is the speaker model's choice for quotation ms[i], which the
// rules left without a cue: the best-scoring mention when it beats
// "nobody" and resolves to someone.
func modelCue(d *discourse, p, prev corpus.Span, sents []corpus.Span, ms []marked, i int) (cue, bool) {
	if words(d.a.Text, ms[i].inner) < minModelWords {
		return cue{}, false // a quoted word or two with no cue is a scare quote or a title
	}
	if namedThing(d.a.Text, ms[i]) {
		return cue{}, false
	}
	cs := candidates(d, p, prev, sents, ms, i)
	best, bestScore := 0, model.Score(cs[0].Features)+model["@margin"]
	for k := 1; k < len(cs); k++ {
		if s := model.Score(cs[k].Features); s > bestScore {
			best, bestScore = k, s
		}
	}
	if best == 0 {
		return cue{}, false
	}
	c := cue{verb: "model", m: cs[best].m, ok: true, adj: true}
	if c.id = d.resolve(c.m); c.id == corpus.NoPerson {
		return cue{}, false
	}
	return c, true
}

// SpeakerExamples runs extraction over arts and returns, for every
// quotation the rules left without a cue, the candidates the speaker
// model weighs: what its trainer learns from.
func SpeakerExamples(arts []*corpus.Article, r *person.Resolver) []Example {
	var ex []Example
	for _, a := range arts {
		if a != nil {
			extractArticle(a, r, &extraction{}, &ex)
		}
	}
	return ex
}

// AllSpeakerExamples returns the candidates of every quotation of four
// words or more in arts, whether a rule attributed it or not: the
// trainer's examples when it learns from every gold source (thousands)
// rather than only from what the rules leave (hundreds). The candidates
// read the resolver and the article only, not what the rules found, so
// they are the ones the model weighs at run time.
func AllSpeakerExamples(arts []*corpus.Article, r *person.Resolver) []Example {
	var ex []Example
	for _, a := range arts {
		if a == nil {
			continue
		}
		d := &discourse{a: a, r: r}
		text := a.Text
		var prevBody corpus.Span
		for _, pg := range a.Paragraphs {
			if pg.Kind != corpus.ParaBody || pg.Span().End > len(text) || pg.Span().Start < 0 || pg.Span().Start > pg.Span().End {
				continue
			}
			ms := scan(text, pg.Span())
			ms = slices.DeleteFunc(ms, func(m marked) bool { return nickname(text, m) })
			if len(ms) > 0 {
				sents := segment.SentencesOf(text, a.Sentences, pg)
				for i := range ms {
					if words(text, ms[i].inner) >= minModelWords {
						ex = append(ex, Example{File: a.File, Quote: ms[i].inner, Candidates: candidates(d, pg.Span(), prevBody, sents, ms, i)})
					}
				}
			}
			prevBody = pg.Span()
		}
	}
	return ex
}

// speakerSieve gives quotation ms[i], left without a cue, the speaker
// model's choice, and records its candidates when ex is not nil.
func speakerSieve(d *discourse, p, prev corpus.Span, sents []corpus.Span, ms []marked, i int, ex *[]Example) (cue, bool) {
	if ex != nil && words(d.a.Text, ms[i].inner) >= minModelWords {
		*ex = append(*ex, Example{File: d.a.File, Quote: ms[i].inner, Candidates: candidates(d, p, prev, sents, ms, i)})
	}
	return modelCue(d, p, prev, sents, ms, i)
}
