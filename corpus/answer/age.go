package answer

import (
	"context"
	"fmt"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// ageLimit bounds the facts read for a person's age.
const ageLimit = 100

// howOld answers "how old is X": the age news gives beside a name
// ("Berg, 52, said"), before it ("the 52-year-old Ann Berg"), or for
// someone named earlier in the article ("The 52-year-old gave an
// interview" after a paragraph about her). The age the most articles give
// answers, the first found among equals; every article that gives it is
// a source. It reports false when the question names nobody or no age of
// them is written.
func (a *Answerer) howOld(ctx context.Context, qu Question) (corpus.Answer, bool) {
	ans := blank(qu.Text, qu.Kind)
	people, unknown := a.findPeople(qu, qu.Body)
	if len(people) != 1 || len(unknown) > 0 {
		return ans, false
	}
	p := people[0].Person
	groups := []index.Group{a.expand("year"), a.expand("old")}
	for _, w := range strings.Fields(index.Fold(p.Name)) {
		groups = append(groups, a.expand(w))
	}
	filter := func(d int) bool {
		doc := a.idx.Doc(d)
		return doc.Kind == index.KindFact && a.ageIn(doc) != nil
	}
	type found struct {
		v    *corpus.Value
		docs []index.Doc
	}
	var ages []*found
	byNorm := map[string]*found{}
	for _, h := range a.idx.Search(index.Query{Groups: groups, Kinds: index.KindFact, Filter: filter, ParaWeight: paraWeight, Limit: ageLimit, Mode: a.mode(ctx)}) {
		d := a.idx.Doc(h.Doc)
		v := a.ageIn(d)
		if v == nil || a.ageOf(d, v) != p.ID {
			continue
		}
		f := byNorm[v.Norm]
		if f == nil {
			f = &found{v: v}
			byNorm[v.Norm] = f
			ages = append(ages, f)
		}
		f.docs = append(f.docs, d)
	}
	if len(ages) == 0 {
		return ans, false
	}
	best := ages[0]
	for _, f := range ages[1:] {
		if len(f.docs) > len(best.docs) {
			best = f
		}
	}
	d := best.docs[0]
	ans.Found = true
	ans.Answer = fmt.Sprintf("%s, %s", p.Name, best.v.Norm)
	ans.Quote = a.c.Facts[d.Ref].Text(a.c)
	ans.File = a.c.Articles[d.Article].File
	ans.FactN = int(d.Ref)
	ans.Sources = a.sources(d, best.docs[1:]...)
	return ans, true
}

// ageIn is fact d's value that gives someone's age: "45-year-old", or a
// number set off by commas after a name ("Berg, 52,"); nil when none.
func (a *Answerer) ageIn(d index.Doc) *corpus.Value {
	f := &a.c.Facts[d.Ref]
	for i := range f.Values() {
		v := &f.Values()[i]
		if v.Kind == corpus.ValueNumber && (v.Unit.String() == "year old" || age(a.c, f, v)) {
			return v
		}
	}
	return nil
}

// ageOf is the person whose age v gives in fact d: the name right before
// it ("Berg, 52,") or right after it ("52-year-old Ann Berg"), or,
// when the sentence opens with "the 52-year-old", the last person named
// before it in the article; -1 when none is known.
func (a *Answerer) ageOf(d index.Doc, v *corpus.Value) int {
	art := a.c.Articles[d.Article]
	f := &a.c.Facts[d.Ref]
	text := f.Text(a.c)
	toks := index.Words.Tokenize(text)
	at := -1
	for i, t := range toks {
		if f.Span().Start+t.Start >= v.Span().Start {
			at = i
			break
		}
	}
	if at < 0 {
		return -1
	}
	// The name before: "Berg, 52,".
	if v.Unit.String() != "year old" && at > 0 {
		if p, ok := a.lookupRun(properRun(text, toks, at-1, -1)); ok && p.Kind == corpus.KindPerson {
			return p.ID
		}
	}
	// The name after: "the 52-year-old Ann Berg".
	after := at
	for after < len(toks) && f.Span().Start+toks[after].Start < v.Span().End+len("-year-old") {
		after++
	}
	if after < len(toks) && isUpperWord(toks[after].Term) {
		if p, ok := a.lookupRun(properRun(text, toks, after, 1)); ok && p.Kind == corpus.KindPerson {
			return p.ID
		}
	}
	// "The 45-year-old …" opening the sentence: who was named before.
	if at <= 1 {
		return a.lastNamed(art, f.Span().Start)
	}
	return -1
}

// lastNamed is the last known person named in art before byte end,
// within lookBack bytes; -1 when none.
func (a *Answerer) lastNamed(art *corpus.Article, end int) int {
	text := art.Text[max(0, end-lookBack):end]
	toks := index.Words.Tokenize(text)
	return a.lastPersonBefore(text, toks, len(toks))
}
