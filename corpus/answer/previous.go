package answer

import (
	"context"
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
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
		f := strings.TrimSuffix(qu.Words[i].Fold, "'s")
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
		prev, ok := previousSentence(art, d.Span)
		if !ok || !a.goesOn(art.Text, prev, d.Span) {
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

// goesOn reports whether the sentence at s goes on from the one at prev:
// it opens with a pronoun, or with "the", "this" … and a noun that prev
// holds ("the office" after "a Tromso-based office").
func (a *Answerer) goesOn(text string, prev, s corpus.Span) bool {
	toks := index.Words.Tokenize(text[s.Start:s.End])
	if len(toks) < 2 {
		return false
	}
	first := index.Fold(toks[0].Term)
	if openers[first] {
		return true
	}
	if !demonstratives[first] {
		return false
	}
	noun := a.stemOf(toks[1].Term)
	if noun == "" || isUpperWord(toks[1].Term) {
		return false // "The White House" names itself
	}
	return a.stemSet(text[prev.Start:prev.End])[noun]
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
