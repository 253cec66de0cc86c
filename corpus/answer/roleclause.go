package answer

import (
	"context"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// "Who is the press officer who wrote the memo", "whos the harbour
// master reading out the list": a role, and a clause that says
// what the one meant did. The role alone may fit several people about
// equally (every ministry has a press officer); the clause says
// which. roleClauseEnd ends the role where the tagger reads a verb after
// its noun, and byClause picks, among the people the role fits as well
// as the best, the one a sentence naming them says did what the clause
// says.

// roleClauseEnd is where the role written from question word from ends,
// at most at to: before a verb form the tagger reads after a noun of the
// role ("the sheriff giving the toll", "the aide fired last week"). A
// verb before any noun qualifies it ("the acting director", "the newly
// elected mayor"); a base form after a noun is more often a noun the
// tagger misread ("the head coach") and does not end it.
func roleClauseEnd(qu Question, from, to int) int {
	tags := questionTags(qu)
	noun := false
	for k := from; k < to && k < len(qu.Words); k++ {
		t := tags[qu.Words[k].Start]
		switch {
		case noun && (t == "VBG" || t == "VBN" || t == "VBD" || t == "VBZ"):
			return k
		case noun && qu.Words[k].Fold == "to" && k+1 < to && tags[qu.Words[k+1].Start] == "VB":
			// "the early favourite to succeed Berg": what the one
			// meant is expected to do, not part of the role.
			return k
		case strings.HasPrefix(t, "NN"):
			noun = true
		}
	}
	return to
}

// relativeAt reports whether question word k opens a clause about the
// one a role describes: a relative pronoun ("who ran the show") or a verb
// form the tagger reads ("giving the toll", which roleClauseEnd ended the
// role at). A time or a place after the role ("in the reshuffle") says
// when it was given, not which of its holders is meant.
func relativeAt(qu Question, k int) bool {
	if k <= 0 || k >= len(qu.Words) {
		return false
	}
	switch qu.Words[k].Fold {
	case "who", "that", "which", "whom":
		return true
	}
	t := questionTags(qu)[qu.Words[k].Start]
	return t == "VBG" || t == "VBN" || t == "VBD" || t == "VBZ"
}

// minClause is the share of a clause's weight a sentence naming one of
// the people a role fits must hold for the clause to choose them.
const minClause = 0.4

// tiedRole is the share of the best recall a role match must have to be
// among those the clause chooses from.
const tiedRole = 0.95

// byClause chooses, among the people ms fits as well as the best (at
// least MinRoleRecall), the one a sentence or quotation of theirs says
// did what question words from on say: the most of the clause's weight
// in a text that names them (their quotation, or a sentence the person
// stage finds them in), at least minClause of it, and more than any other
// of them. nil when the role fits one person only, the question has no
// clause, or the clause chooses none.
func (a *Answerer) byClause(ctx context.Context, qu Question, from int, ms []roleMatch) *corpus.Person {
	if from <= 0 || from >= len(qu.Words) || len(ms) < 2 || ms[0].recall < MinRoleRecall {
		return nil
	}
	var ties []mention
	for _, m := range ms {
		if m.recall < MinRoleRecall || m.recall < tiedRole*ms[0].recall {
			break
		}
		if p := a.c.Person(m.id); p != nil {
			ties = append(ties, mention{Person: p})
		}
	}
	if len(ties) < 2 {
		return nil
	}
	var groups []index.Group
	for _, w := range qu.Words[from:] {
		f := dropPossessive(w.Fold)
		if index.IsStop(f) || roleBreak[f] || pronounVerb(f) {
			continue
		}
		groups = append(groups, a.expand(f))
	}
	if len(groups) == 0 {
		return nil
	}
	of := func(d index.Doc) int {
		for k, m := range ties {
			if a.isParty(d, m) {
				return k
			}
		}
		return -1
	}
	hits := a.idx.Search(index.Query{Groups: groups, Kinds: index.AnyKind, ParaWeight: paraWeight, Limit: 50, Mode: a.mode(ctx),
		Filter: func(d int) bool { return of(a.idx.Doc(d)) >= 0 }})
	best := make([]float64, len(ties))
	for _, h := range hits {
		d := a.idx.Doc(h.Doc)
		for k, m := range ties {
			if a.isParty(d, m) {
				best[k] = max(best[k], coverageOf(groups, h, nil))
			}
		}
	}
	pick, twice := 0, false
	for k, b := range best[1:] {
		if b > best[pick] {
			pick, twice = k+1, false
		} else if b == best[pick] {
			twice = true // two of them did it, as far as the words go
		}
	}
	if twice || best[pick] < minClause {
		return nil
	}
	return ties[pick].Person
}
