package answer

import (
	"context"
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/segment"
)

// counterpartLimit bounds the sentences read for "X's counterpart".
const counterpartLimit = 30

// counterpartWord reports whether the question asks for a counterpart
// ("who is X's counterpart", "who was the counterpart of X"): the index
// of the word, or -1.
func (q Question) counterpartWord() int {
	if q.Kind != KindWho {
		return -1
	}
	for i := q.Body; i < len(q.Words); i++ {
		if f := q.Words[i].Fold; f == "counterpart" || f == "counterparts" {
			return i
		}
	}
	return -1
}

// counterpart answers "who is X's counterpart": in a sentence that calls
// someone X's counterpart, the person it names right after the word
// ("his counterpart, Ola Nygaard"), before it ("Ola Nygaard, his Swedish
// counterpart"), or, when the counterpart goes unnamed there ("X told his
// counterpart that …"), the one X dealt with in the sentences before:
// named after "with" beside X, past a possessive ("with the minister's
// aide Ola Nygaard"), else the other person named with X. It reports
// false when no sentence calls anyone X's counterpart.
func (a *Answerer) counterpart(ctx context.Context, qu Question) (corpus.Answer, bool) {
	ans := blank(qu.Text, qu.Kind)
	// "Witkoff's counterpart": the name without its possessive.
	bare := Parse(strings.NewReplacer("'s ", " ", "’s ", " ").Replace(qu.Text))
	found, unknown := a.findPeople(bare, bare.Body)
	var people []mention // a nation's adjective ("Russian counterpart") names nobody
	k := bare.counterpartWord()
	for _, m := range found {
		if m.Person.Kind == corpus.KindPerson && !(m.From <= k && k < m.To) {
			people = append(people, m)
		}
	}
	if len(people) > 1 {
		// "Witkoff's Russian counterpart": "Russian counterpart" may be a
		// role the name tables know, the answer, not who is asked about.
		people = slices.DeleteFunc(people, func(m mention) bool { return m.To == k })
	}
	if len(people) != 1 || len(unknown) > 0 {
		return ans, false
	}
	x := people[0].Person
	groups := []index.Group{a.expand("counterpart")}
	for _, w := range strings.Fields(index.Fold(x.Name)) {
		groups = append(groups, a.expand(w))
	}
	for _, h := range a.idx.Search(index.Query{Groups: groups, Limit: counterpartLimit, Mode: a.mode(ctx)}) {
		d := a.idx.Doc(h.Doc)
		text := a.idx.Text(h.Doc)
		toks := index.Words.Tokenize(text)
		at := -1
		for i, t := range toks {
			if f := index.Fold(t.Term); f == "counterpart" || f == "counterparts" {
				at = i
				break
			}
		}
		if at < 0 || a.lastPersonBefore(text, toks, at) != x.ID {
			continue // someone else's counterpart
		}
		p := a.personAt(text, toks, at+1, 1, x.ID)
		if p == nil {
			p = a.personBefore(text, toks, at, x.ID)
		}
		art := a.c.Articles[d.Article]
		if p == nil {
			p = a.dealtWith(art, d.Span.Start, x.ID)
		}
		if p == nil {
			continue
		}
		a.foundIn(&ans, p.Name, text, h, d)
		return ans, true
	}
	return ans, false
}

// personAt is the known person other than not whose name runs from
// token i in direction dir, or nil.
func (a *Answerer) personAt(text string, toks []index.Token, i, dir int, not int) *corpus.Person {
	if i < 0 || i >= len(toks) || !isUpperWord(toks[i].Term) {
		return nil
	}
	if p, ok := a.lookupRun(properRun(text, toks, i, dir)); ok && p.Kind == corpus.KindPerson && p.ID != not {
		return p
	}
	return nil
}

// personBefore is the known person named before ", his … counterpart",
// or nil.
func (a *Answerer) personBefore(text string, toks []index.Token, at int, not int) *corpus.Person {
	for k := at - 1; k >= 0 && at-k <= 4; k-- {
		if strings.Contains(text[toks[k].End:toks[k+1].Start], ",") {
			return a.personAt(text, toks, k, -1, not)
		}
	}
	return nil
}

// dealtWith is the person x dealt with in the sentences of art before
// byte end: in the nearest sentence naming x and someone else, the first
// person named after "with", past possessives ("with the minister's aide
// Ola Nygaard"), else the first other person named; nil when none.
func (a *Answerer) dealtWith(art *corpus.Article, end, x int) *corpus.Person {
	from := max(0, end-lookBack)
	ss := segment.Sentences(art.Text, corpus.Span{Start: from, End: end})
	for k := len(ss) - 1; k >= 0; k-- {
		text := art.Text[ss[k].Start:ss[k].End]
		toks := index.Words.Tokenize(text)
		var others, after []*corpus.Person
		withAt, hasX := -1, false
		for i := 0; i < len(toks); i++ {
			if index.Fold(toks[i].Term) == "with" && withAt < 0 {
				withAt = i
			}
			if !isUpperWord(toks[i].Term) {
				continue
			}
			run := properRun(text, toks, i, 1)
			n := max(1, len(strings.Fields(run)))
			end := toks[min(len(toks)-1, i+n-1)].End
			possessive := strings.HasPrefix(text[end:], "'s") || strings.HasPrefix(text[end:], "’s")
			if p, ok := a.lookupRun(run); ok && p.Kind == corpus.KindPerson {
				switch {
				case p.ID == x:
					hasX = true
				case possessive:
				case withAt >= 0 && i > withAt:
					after = append(after, p)
				default:
					others = append(others, p)
				}
			}
			i += n - 1
		}
		if hasX && len(after) > 0 {
			return after[0]
		}
		if hasX && len(others) > 0 {
			return others[0]
		}
	}
	return nil
}

// lastPersonBefore is the known person named last before token at: whose
// counterpart "his counterpart" is; -1 when none.
func (a *Answerer) lastPersonBefore(text string, toks []index.Token, at int) int {
	for i := at - 1; i >= 0; i-- {
		if !isUpperWord(toks[i].Term) {
			continue
		}
		run := properRun(text, toks, i, -1)
		if p, ok := a.lookupRun(run); ok && p.Kind == corpus.KindPerson {
			return p.ID
		}
		i -= max(0, len(strings.Fields(run))-1)
	}
	return -1
}
