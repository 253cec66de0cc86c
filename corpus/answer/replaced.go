package answer

import (
	"context"
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// Who replaced someone is told from the side of the one who came in:
// "Ann Lund replaced Berg as mayor", "Berg was replaced by her deputy Ann
// Lund", "Ann Lund has succeeded her", "Lund will take over from Berg".
// The answer is the subject of the verb, or the party after "by", in a
// sentence whose object is the person asked about (by name, or by a
// pronoun standing for them).

// replaceVerbs put someone in another's place, by lemma.
var replaceVerbs = map[string]bool{"replace": true, "succeed": true}

// replacedLimit bounds the facts read for a replacement.
const replacedLimit = 100

// replacedAsked is where the person replaced is named in a question of
// the form "who replaced X", "who succeeded X", "who took over from X",
// "who stepped in for X": the word after the verb's phrase; 0 when the
// question is not of that form.
func replacedAsked(qu Question) int {
	if qu.Kind != KindWho || qu.Object || qu.Body >= len(qu.Words) {
		return 0
	}
	for i := qu.Body; i < len(qu.Words) && i <= qu.Body+2; i++ {
		w := qu.Words[i].Fold
		if replaceVerbs[lex.Lemma(w, lex.Verb)] {
			return i + 1
		}
		next := func(k int) string {
			if i+k < len(qu.Words) {
				return qu.Words[i+k].Fold
			}
			return ""
		}
		switch lex.Lemma(w, lex.Verb) {
		case "take":
			if next(1) == "over" && next(2) == "from" {
				return i + 3
			}
		case "step", "fill", "stand":
			if next(1) == "in" && next(2) == "for" {
				return i + 3
			}
		}
	}
	return 0
}

// replacement answers "who replaced X": the person a sentence says came
// in for X, with the sentence as its quotation; every other sentence
// naming the same person so is a source. false when the question is not
// of that form or no sentence says so.
func (a *Answerer) replacement(ctx context.Context, qu Question) (corpus.Answer, bool) {
	ans := blank(qu.Text, qu.Kind)
	at := replacedAsked(qu)
	if at == 0 || at >= len(qu.Words) {
		return ans, false
	}
	people, _ := a.findPeople(qu, at)
	k := slices.IndexFunc(people, func(m mention) bool {
		return m.Person.Kind == corpus.KindPerson && m.From <= at+1
	})
	if k < 0 {
		return ans, false
	}
	x := people[k].Person
	groups := []index.Group{a.expand("replace"), a.expand("succeed"), a.expand("replacement"), a.expand("over")}
	for w := range personWords(x) {
		groups = append(groups, a.expand(w))
	}
	var best *corpus.Person
	var docs []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: groups, Kinds: index.KindFact, ParaWeight: paraWeight, Limit: replacedLimit, Mode: a.mode(ctx)}) {
		d := a.idx.Doc(h.Doc)
		y := a.replacerIn(d, x)
		if y == nil || best != nil && y.ID != best.ID {
			continue
		}
		best = y
		docs = append(docs, d)
	}
	if best == nil {
		return ans, false
	}
	docs = append(docs, a.inRoleAsked(ctx, qu, at, x, best, docs)...)
	d := docs[0]
	ans.Found = true
	ans.Answer = best.Name
	ans.Quote = a.c.Facts[d.Ref].Text(a.c)
	ans.File = a.c.Articles[d.Article].File
	ans.FactN = int(d.Ref)
	ans.Sources = a.sources(d, docs[1:]...)
	return ans, true
}

// replacedAux make "replaced" passive before it.
var replacedAux = map[string]bool{"was": true, "were": true, "be": true, "been": true, "being": true, "is": true, "are": true}

// replacerIn is the person fact d says replaced x, or nil.
func (a *Answerer) replacerIn(d index.Doc, x *corpus.Person) *corpus.Person {
	if d.Kind != index.KindFact {
		return nil
	}
	fact := &a.c.Facts[d.Ref]
	if fact.Article < 0 || int(fact.Article) >= len(a.c.Articles) {
		return nil
	}
	text := fact.Text(a.c)
	toks := index.Words.Tokenize(text)
	// The person stage may keep "Ann Berg" and "Berg" apart: one
	// name ending the other is x.
	isX := func(p *corpus.Person) bool {
		if p == nil {
			return false
		}
		pn, xn := " "+index.Fold(p.Name), " "+index.Fold(x.Name)
		return p.ID == x.ID || strings.HasSuffix(pn, xn) || strings.HasSuffix(xn, pn)
	}
	isXID := func(id int) bool { return id >= 0 && isX(a.c.Person(id)) }
	for i, t := range toks {
		f := index.Fold(t.Term)
		if successorNouns[f] {
			if p := a.successorIn(text, toks, i, isX, isXID, func() int { return a.lastNamed(a.c.Articles[fact.Article], fact.Span().Start) }); p != nil {
				return p
			}
			continue
		}
		verb := replaceVerbs[lex.Lemma(f, lex.Verb)]
		over := lex.Lemma(f, lex.Verb) == "take" && i+2 < len(toks) && index.Fold(toks[i+1].Term) == "over" && index.Fold(toks[i+2].Term) == "from"
		if !verb && !over || negated(toks, i) || hoped(toks, i) {
			continue
		}
		if verb && i > 0 && replacedAux[index.Fold(toks[i-1].Term)] {
			// "Berg was replaced by her deputy Ann Lund": x before, the
			// one after "by".
			if !isXID(a.lastPersonBefore(text, toks, i)) {
				continue
			}
			for j := i + 1; j < len(toks) && j <= i+3; j++ {
				if index.Fold(toks[j].Term) == "by" {
					if p := a.firstPersonAfter(text, toks, j+1); p != nil && !isX(p) {
						return p
					}
					break
				}
			}
			continue
		}
		obj := i + 1
		if over {
			obj = i + 3
		}
		for obj < len(toks) && honorific[index.Fold(toks[obj].Term)] {
			obj++
		}
		if obj >= len(toks) {
			continue
		}
		// The subject: the person named last before the verb.
		subj := a.lastPersonBefore(text, toks, i)
		if subj < 0 || isXID(subj) {
			continue
		}
		switch o := index.Fold(toks[obj].Term); {
		case o == "him" || o == "her":
			// "Ann Lund has replaced her": whom the pronoun stands for is
			// named before the subject.
			from := slices.IndexFunc(toks[:i], func(t index.Token) bool {
				p, ok := a.lookupRun(t.Term)
				return ok && p.ID == subj
			})
			if from <= 0 || !isXID(a.lastPersonBefore(text, toks, from)) {
				continue
			}
		case isUpperWord(toks[obj].Term):
			p, ok := a.lookupRun(nameAt(text, toks, obj))
			if !ok || !isX(p) {
				continue
			}
		default:
			continue
		}
		return a.c.Person(subj)
	}
	return nil
}

// firstPersonAfter is the first known person named from token i on,
// past a role in lower case ("her deputy Ann Lund"), within eight
// words; nil when none.
func (a *Answerer) firstPersonAfter(text string, toks []index.Token, i int) *corpus.Person {
	for k := i; k < len(toks) && k < i+8; k++ {
		if !isUpperWord(toks[k].Term) {
			continue
		}
		run := properRun(text, toks, k, 1)
		for _, cand := range []string{run, nameAt(text, toks, k)} {
			fs := strings.Fields(index.Fold(cand))
			if len(fs) == 1 && lex.Known(fs[0], lex.Adj) {
				continue // "Democratic", though a person is so named
			}
			if p, ok := a.lookupRun(cand); ok && p.Kind == corpus.KindPerson && len(fs) > 0 && personWords(p)[fs[len(fs)-1]] {
				return p // a word of their name: "Democratic" is near no one
			}
		}
		k += max(0, len(strings.Fields(run))-1)
	}
	return nil
}

// hopes name a replacement only hoped for or expected before "to": "the
// favourite to succeed Berg", "on course to replace her".
var hopes = map[string]bool{"favourite": true, "favorite": true, "candidate": true, "frontrunner": true, "race": true,
	"bid": true, "vying": true, "hoping": true, "hopes": true, "wants": true, "want": true, "seeking": true, "seeks": true,
	"course": true, "tipped": true, "expected": true, "likely": true, "poised": true}

// hoped reports whether the verb at toks[i] follows "to" after a word of
// hopes.
func hoped(toks []index.Token, i int) bool {
	return i >= 2 && index.Fold(toks[i-1].Term) == "to" && hopes[index.Fold(toks[i-2].Term)]
}

// successorNouns name the one who comes in for someone.
var successorNouns = map[string]bool{"replacement": true, "replacements": true, "successor": true, "successors": true}

// unsure before a successor's noun say that none is named yet: "a
// potential replacement", "the search for a replacement".
var unsure = map[string]bool{"potential": true, "possible": true, "likely": true, "permanent": true, "full-time": true,
	"search": true, "find": true}

// successorIn reads "X's replacement will be Y", "his successor, Y,",
// "Y was named as X's replacement" around the noun at toks[i]: the
// noun must be x's, by a possessive of their name, "his" or "her"
// standing for them (before gives the person named last before the
// sentence), or "for X"; nil otherwise.
func (a *Answerer) successorIn(text string, toks []index.Token, i int, isX func(*corpus.Person) bool, isXID func(int) bool, before func() int) *corpus.Person {
	owner, k := false, i-1
	for k >= 0 && i-k <= 3 && !possessive(toks[k].Term) && !pronounOwner[index.Fold(toks[k].Term)] {
		if unsure[index.Fold(toks[k].Term)] || strings.TrimSpace(text[toks[k].End:toks[k+1].Start]) != "" {
			return nil
		}
		k--
	}
	switch {
	case k >= 0 && i-k <= 3 && possessive(toks[k].Term):
		p, ok := a.lookupRun(dropPossessive(properRun(text, toks, k, -1)))
		owner = ok && isX(p)
	case k >= 0 && i-k <= 3:
		// "his replacement": the person named last before it, in the
		// article before the sentence when it opens with "his".
		id := a.lastPersonBefore(text, toks, k)
		if id < 0 {
			id = before()
		}
		owner = isXID(id)
	}
	if !owner && i+2 < len(toks) && index.Fold(toks[i+1].Term) == "for" {
		p, ok := a.lookupRun(nameAt(text, toks, i+2))
		owner = ok && isX(p)
	}
	if !owner {
		return nil
	}
	// "… replacement will be Y", "… successor is Y", "… successor, Y,".
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		f := index.Fold(toks[j].Term)
		if f == "will" || f == "would" {
			continue
		}
		if replacedAux[f] || strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) == "," {
			if p := a.firstPersonAfter(text, toks, j); p != nil && !isX(p) {
				return p
			}
		}
		break
	}
	// "Y was named as X's replacement".
	if k > 0 && index.Fold(toks[k-1].Term) == "as" {
		if id := a.lastPersonBefore(text, toks, k-1); id >= 0 && !isXID(id) {
			return a.c.Person(id)
		}
	}
	return nil
}

// pronounOwner stand for whose a successor is.
var pronounOwner = map[string]bool{"his": true, "her": true}

// inRoleAsked are the facts that report the same change in other words
// ("naming Holm as harbour master" beside "Holm has replaced Lund"): a sentence naming y with a word of the role the question gives
// after "as", in an article that names x, beside the facts of have.
func (a *Answerer) inRoleAsked(ctx context.Context, qu Question, from int, x, y *corpus.Person, have []index.Doc) []index.Doc {
	var role []index.Group
	for i := from; i+1 < len(qu.Words); i++ {
		if qu.Words[i].Fold != "as" {
			continue
		}
		for _, w := range qu.Words[i+1:] {
			if !index.IsStop(w.Fold) {
				role = append(role, a.expand(w.Fold))
			}
		}
		break
	}
	if len(role) == 0 {
		return nil
	}
	ys := personWords(y)
	groups := slices.Clone(role)
	for w := range ys {
		groups = append(groups, a.expand(w))
	}
	terms := exactTerms(role)
	seen := map[int32]bool{}
	for _, d := range have {
		seen[d.Article] = true
	}
	xm := []mention{{Person: x}}
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: groups, Kinds: index.KindFact, Limit: replacedLimit, Mode: a.mode(ctx)}) {
		d := a.idx.Doc(h.Doc)
		if seen[d.Article] || !a.inArticle(d, xm) {
			continue
		}
		toks := index.Words.Tokenize(a.idx.Text(h.Doc))
		names, says := false, false
		for _, t := range toks {
			f := index.Fold(t.Term)
			names = names || ys[f] && isUpperWord(t.Term)
			says = says || terms[a.stemOf(t.Term)]
		}
		if names && says {
			seen[d.Article] = true
			out = append(out, d)
		}
	}
	return out
}
