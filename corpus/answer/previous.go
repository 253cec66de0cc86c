package answer

import (
	"context"
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// An answer across two sentences: a sentence that goes on from the one
// before it ("She announced the decision in a post", "The office kept
// the records") holds only part of what a question asks, and the
// sentence before holds the rest: who "she" is, which office.

const (
	// acrossLimit bounds the hits tried as the second sentence.
	acrossLimit = 30
	// lookBack bounds how far before a sentence its predecessor is
	// sought, in bytes.
	lookBack = 1200
)

// openers are the pronouns that open a sentence that speaks of someone named before it.
var openers = map[string]bool{"he": true, "she": true, "they": true, "it": true, "his": true, "her": true, "their": true, "its": true}

// demonstratives open a sentence that speaks of a thing named before it,
// when the noun after them is in that sentence ("The office kept …").
var demonstratives = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// across answers a where question from a sentence and the one before it,
// when no sentence answers alone. The second sentence must go on from
// the first (a pronoun opens it, or "the" and a noun the first names);
// the two together must name every person asked about and hold half of
// the question's other weight; the place is read from both, nearest the
// question's words. It reports false when no pair answers.
func (a *Answerer) across(ctx context.Context, qu Question) (corpus.Answer, bool) {
	ans := blank(qu.Text, qu.Kind)
	if qu.Kind != KindWhere {
		return ans, false
	}
	people, unknown := a.findPeople(qu, qu.Body)
	if len(unknown) > 0 {
		return ans, false
	}
	var groups, content []index.Group
	for i := qu.Body; i < len(qu.Words); i++ {
		f := dropPossessive(qu.Words[i].Fold)
		if index.IsStop(f) || qu.Light(i) {
			continue
		}
		g := a.expand(f)
		groups = append(groups, g)
		if !slices.ContainsFunc(people, func(m mention) bool { return i >= m.From && i < m.To }) {
			content = append(content, g)
		}
	}
	if len(content) == 0 {
		return ans, false
	}
	setting := asksSetting(qu)
	for _, h := range a.idx.Search(index.Query{Groups: groups, Limit: acrossLimit, Mode: a.mode(ctx)}) {
		if ctx.Err() != nil {
			break
		}
		d := a.idx.Doc(h.Doc)
		art := a.c.Articles[d.Article]
		noun, onward := a.opensOnward(art.Text, d.Span)
		if !onward {
			continue
		}
		prev, ok := previousSentence(art, d.Span)
		if !ok || noun != "" && !a.stemSet(art.Text[prev.Start:prev.End])[noun] {
			continue
		}
		both := corpus.Span{Start: prev.Start, End: d.Span.End}
		text := art.Text[both.Start:both.End]
		if !a.namesAll(text, people) || a.covered(text, content) < MinCoverage {
			continue
		}
		line := ""
		if setting {
			// Where words were said: in the clause of the speaking,
			// never in what was said (setting.go).
			text = unquoted(text)
			var cue int
			if line, cue = a.cueSetting(text, speakerAsked(people)); line == "" && cue >= 0 {
				text = text[:cue]
			}
		}
		if line == "" {
			line = a.placeAfterArticle(text, content)
		}
		if line == "" {
			line = a.venue(text, content, people) // place.go
		}
		if line == "" {
			continue
		}
		a.foundIn(&ans, line, text, h, d)
		return ans, true
	}
	return ans, false
}

// previousSentence is the sentence of article art that ends before span
// s, within lookBack bytes.
func previousSentence(art *corpus.Article, s corpus.Span) (corpus.Span, bool) {
	if s.Start <= 0 || s.Start > len(art.Text) {
		return corpus.Span{}, false
	}
	from := max(0, s.Start-lookBack)
	ss := segment.Sentences(art.Text, corpus.Span{Start: from, End: s.Start})
	// The first may be cut by the window.
	if len(ss) < 1 || len(ss) == 1 && from > 0 {
		return corpus.Span{}, false
	}
	return ss[len(ss)-1], true
}

// opensOnward reads how the sentence at s opens, the first half of
// whether it goes on from the one before: with a pronoun (ok, no noun),
// or with "the", "this" … and a noun (ok, its stem), which goes on only
// when the sentence before holds it ("the office" after "a Tromso-based
// office"). Most sentences open otherwise, and then the sentence before
// (previousSentence splits up to lookBack bytes) is not sought.
func (a *Answerer) opensOnward(text string, s corpus.Span) (noun string, ok bool) {
	toks := index.Words.Tokenize(text[s.Start:s.End])
	if len(toks) < 2 {
		return "", false
	}
	if index.FoldIn(openers, toks[0].Term) {
		return "", true
	}
	if !index.FoldIn(demonstratives, toks[0].Term) {
		return "", false
	}
	noun = a.stemOf(toks[1].Term)
	if noun == "" || isUpperWord(toks[1].Term) {
		return "", false // "The White House" names itself
	}
	return noun, true
}

// namesAll reports whether text names every person asked about, by any
// name the corpus knows them by.
func (a *Answerer) namesAll(text string, people []mention) bool {
	if len(people) == 0 {
		return true
	}
	toks := index.Words.Tokenize(text)
	named := map[int]bool{}
	for i := 0; i < len(toks); i++ {
		if !isUpperWord(toks[i].Term) {
			continue
		}
		run := properRun(text, toks, i, 1)
		if p, ok := a.lookupRun(run); ok {
			named[p.ID] = true
		}
		// The run's last word alone, for "Energy Minister X".
		n := len(strings.Fields(run))
		if n > 1 {
			if p, ok := a.lookupRun(toks[i+n-1].Term); ok {
				named[p.ID] = true
			}
		}
		i += max(0, n-1)
	}
	for _, m := range people {
		if !named[m.Person.ID] {
			return false
		}
	}
	return true
}

// covered is the share of groups' weight whose word, a typo or a synonym
// of it, text holds.
func (a *Answerer) covered(text string, groups []index.Group) float64 {
	stems := a.stemSet(text)
	total, got := 0.0, 0.0
	for _, g := range groups {
		total += g.Weight
		if slices.ContainsFunc(g.Alts, func(alt index.Alt) bool { return stems[alt.Term] }) {
			got += g.Weight
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// placeAfterArticle reads the places a where question's place finder
// leaves: a name after a locative and an article or possessive ("in a
// LinkedIn post", "at her Halden office"), and one glued to "-based"
// ("a Tromso-based office"), nearest the question's words.
func (a *Answerer) placeAfterArticle(text string, groups []index.Group) string {
	toks := index.Words.Tokenize(text)
	terms := groupTerms(groups)
	var at []int
	for i, t := range toks {
		if terms[a.stemOf(t.Term)] {
			at = append(at, i)
		}
	}
	best, bestDist := "", len(toks)+1
	try := func(i int) {
		if i < 0 || i >= len(toks) || !isUpperWord(toks[i].Term) {
			return
		}
		name := properRun(text, toks, i, 1)
		if len(name) < 3 || calendar[index.Fold(name)] {
			return
		}
		if p, ok := a.lookupRun(name); ok && p.Kind == corpus.KindPerson {
			return
		}
		dist := len(toks)
		for _, k := range at {
			dist = min(dist, max(i-k, k-i))
		}
		if dist < bestDist {
			best, bestDist = name, dist
		}
	}
	for i, t := range toks {
		f := index.Fold(t.Term)
		switch {
		case locatives[f] && i+2 < len(toks) && (placeArticles[index.Fold(toks[i+1].Term)]):
			try(i + 2)
		case isUpperWord(t.Term) && i+1 < len(toks) && index.Fold(toks[i+1].Term) == "based" && text[t.End:toks[i+1].Start] == "-":
			if name := t.Term; len(name) >= 3 {
				dist := len(toks)
				for _, k := range at {
					dist = min(dist, max(i-k, k-i))
				}
				if dist < bestDist {
					best, bestDist = name, dist
				}
			}
		}
	}
	return best
}

// placeArticles stand between a locative and a place's name: "in a
// LinkedIn post", "at her Halden office".
var placeArticles = map[string]bool{"a": true, "an": true, "his": true, "her": true, "their": true, "its": true}

// goesOnFrom is hit h with the question's words that only its paragraph
// held counted as its own when they are in the sentence right before it
// and h's sentence goes on from that one ("A survey of shippers was taken
// in May. It showed …"): what "it" or "the survey" stands for is what the
// sentence says. Names are left to the checks of who is involved; the
// score grows as the coverage does.
func (a *Answerer) goesOnFrom(h index.Hit, groups []index.Group, isName []bool) index.Hit {
	d := a.idx.Doc(h.Doc)
	if d.Kind != index.KindFact && d.Kind != index.KindSentence || d.Article < 0 || int(d.Article) >= len(a.c.Articles) ||
		len(h.Matched) < len(groups) || len(h.Quality) < len(groups) {
		return h
	}
	// A sentence that opens by going on from the one before carries the
	// words of its paragraph; one that points back with "this" and a
	// noun carries them across a paragraph's end too ("315 deputies voted
	// for this decision" after the paragraph that tells the decision).
	inContext, unmatched := false, false
	for i := range groups {
		if !(i < len(isName) && isName[i]) {
			inContext = inContext || h.Matched[i] == 1
			unmatched = unmatched || h.Matched[i] == 0
		}
	}
	art := a.c.Articles[d.Article]
	if d.Span.End > len(art.Text) {
		return h
	}
	back := unmatched && pointsBack(art.Text[d.Span.Start:d.Span.End])
	if !inContext && !back {
		return h
	}
	if a.overlapsQuote(int(d.Article), d.Span) {
		return h // words someone said answer as the quotation they are
	}
	noun, onward := "", false
	if !back {
		// Most sentences open in no way that goes on: the sentence
		// before is then not sought.
		if noun, onward = a.opensOnward(art.Text, d.Span); !onward {
			return h
		}
	}
	prev, ok := previousSentence(art, d.Span)
	if !ok || onward && noun != "" && !a.stemSet(art.Text[prev.Start:prev.End])[noun] {
		return h
	}
	stems := a.stemSet(art.Text[prev.Start:prev.End])
	before := coverageOf(groups, h, nil)
	out := h
	out.Matched, out.Quality = slices.Clone(h.Matched), slices.Clone(h.Quality)
	for i, g := range groups {
		if h.Matched[i] == 2 || h.Matched[i] == 0 && !back || i < len(isName) && isName[i] {
			continue
		}
		for _, alt := range g.Alts {
			if stems[alt.Term] {
				out.Matched[i], out.Quality[i] = 2, max(h.Quality[i], alt.Cover)
				break
			}
		}
	}
	if after := coverageOf(groups, out, nil); before > 0 && after > before {
		out.Score *= after / before
		out.Coverage = after
	}
	return out
}

// pointsBack reports whether a sentence speaks of something the one
// before it told, by "this" or "these" and a noun that names no time
// ("voted for this decision", "these payments"; not "this week").
func pointsBack(text string) bool {
	if !writesThis(text) {
		return false // most sentences: no tokens read
	}
	toks := index.Words.Tokenize(text)
	for i := 0; i+1 < len(toks); i++ {
		if !index.FoldIs(toks[i].Term, "this") && !index.FoldIs(toks[i].Term, "these") {
			continue
		}
		n := index.Fold(toks[i+1].Term)
		if isUpperWord(toks[i+1].Term) || index.IsStop(n) || calendar[n] || lex.FirstClass(lex.Lemma(n, lex.Noun), lex.Noun).Has(lex.NounTime) {
			continue
		}
		return true
	}
	return false
}

// writesThis reports, in one pass over the text, whether it writes
// "this " or "these ", capitalised or not: pointsBack asks it of most
// candidates, and four scans cost more than the rest of its test.
func writesThis(text string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], 'h')
		if k < 0 {
			return false
		}
		i += k
		if i > 0 && text[i-1]|0x20 == 't' && (strings.HasPrefix(text[i+1:], "is ") || strings.HasPrefix(text[i+1:], "ese ")) {
			return true
		}
	}
}

// describedBefore is the person a definite description ("the inspector")
// in document d stands for when the sentence before d opens with that
// person's name ("Ann Berg had checked the quay twice. Then the inspector
// left."): news names someone, then goes on by what they are. Nil when
// the description is not "the" and a person noun, when d names the person
// itself, or when the sentence before, in the same paragraph, opens with
// no one.
func (a *Answerer) describedBefore(d index.Doc, desc string, named map[int]bool) *corpus.Person {
	f := strings.Fields(index.Fold(desc))
	if len(f) < 2 || f[0] != "the" || isUpperWord(strings.Fields(desc)[1]) || d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return nil
	}
	art := a.c.Articles[d.Article]
	prev, ok := previousSentence(art, d.Span)
	if !ok || prev.End > d.Span.Start || d.Span.Start > len(art.Text) || strings.Contains(art.Text[prev.End:d.Span.Start], "\n") {
		return nil // the sentence before, in the same paragraph
	}
	text := art.Text[prev.Start:prev.End]
	p := a.personOpening(text, index.Words.Tokenize(text), named)
	if p == nil || p.Kind != corpus.KindPerson || !peopleNoun(f[len(f)-1]) {
		return nil
	}
	if d.Span.End <= len(art.Text) && slices.ContainsFunc(strings.Fields(index.Fold(art.Text[d.Span.Start:d.Span.End])), func(w string) bool {
		return w == index.Fold(surname(p.Name))
	}) {
		return nil // named in d too: the description is someone else
	}
	return p
}

// overlapsQuote reports whether span sp of article art shares text with
// one of its quotations.
func (a *Answerer) overlapsQuote(art int, sp corpus.Span) bool {
	for _, id := range a.quotesIn.of(art) {
		if q := a.c.Quotes[id].Span(); q.Start < sp.End && sp.Start < q.End {
			return true
		}
	}
	return false
}

// subjectCarried is hit h with the names the sentence before it holds
// counted as its own text's, when the sentence goes on from that one:
// news names someone as the subject of one sentence and goes on with a
// pronoun in the next ("Minister Ann Berg rejected the claim. She
// vetoed a recount."), or names an outlet and goes on with "the paper"
// ("According to the Herald, Berg was found. A deckhand told the paper
// …"). An opening "he" or "she" stands for the person the sentence
// before, in the same paragraph, opens with, not for whoever it names
// last; "the paper" carries every name of the sentence before. Checks
// that a person asked about is in the text itself (who did it, did X do
// it) then hold for the pair of sentences, as they do for one.
func (a *Answerer) subjectCarried(d index.Doc, h index.Hit, people []mention) index.Hit {
	if len(people) == 0 || d.Kind != index.KindFact && d.Kind != index.KindSentence || d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return h
	}
	open := false
	for _, m := range people {
		for _, g := range m.groups {
			open = open || g < len(h.Matched) && h.Matched[g] < 2
		}
	}
	if !open {
		return h // every name is in the text, or none is near
	}
	art := a.c.Articles[d.Article]
	if d.Span.End > len(art.Text) || d.Span.Start < 0 {
		return h
	}
	own := art.Text[d.Span.Start:d.Span.End]
	// Its first two words walked, not the sentence tokenized: it is the
	// first reader of every hit, and most are turned away before another
	// reads its tokens.
	start, end := index.WordAt(own, 0)
	second, _ := index.WordAt(own, end)
	subject := second < len(own) && index.FoldIn(pronouns, own[start:end])
	back := !subject && pointsBack(own)
	subject = subject || back
	if !subject && !outletAnaphor(own) {
		return h
	}
	prev, ok := sentenceBefore(art, d.Span, !subject)
	if back {
		prev, ok = previousSentence(art, d.Span)
	}
	if !ok {
		return h
	}
	text := art.Text[prev.Start:prev.End]
	if i := strings.LastIndex(text, "\n"); i >= 0 {
		text = text[i+1:] // a heading the segmenter left joined to it
	}
	carried := func(m mention) bool { return false }
	if subject {
		p := a.personOpening(text, index.Words.Tokenize(text), nil)
		carried = func(m mention) bool { return p != nil && m.Person != nil && a.sameSpeaker(m.Person.ID, p.ID) }
	} else if namedOutlet(text, a.outletList, func(string) bool { return false }) != "" {
		names := a.stemSet(text)
		carried = func(m mention) bool {
			return m.Person != nil && names[a.stemOf(surname(m.Person.Name))]
		}
	}
	out := h
	out.Matched = slices.Clone(h.Matched)
	for _, m := range people {
		if !carried(m) {
			continue
		}
		for _, g := range m.groups {
			if g < len(out.Matched) && out.Matched[g] < 2 {
				out.Matched[g] = 2
			}
		}
	}
	return out
}

// sentenceBefore is the sentence right before span s of article art: in the
// same paragraph, or, with lines set, on the line before too (scraped
// articles often put each sentence on a line of its own; "the paper"
// names what it points back to plainly enough to cross one).
func sentenceBefore(art *corpus.Article, s corpus.Span, lines bool) (corpus.Span, bool) {
	prev, ok := previousSentence(art, s)
	if !ok || prev.End > s.Start || s.Start > len(art.Text) {
		return prev, false
	}
	gap := strings.Count(art.Text[prev.End:s.Start], "\n")
	return prev, gap == 0 || lines && gap == 1
}
