package answer

import (
	"context"
	"slices"
	"strings"

	"factdesk/corpus/index"
)

// A question typed as a statement may put "what" where the answer goes,
// after a preposition: "the board should thank Berg for what exactly".
// The answer is what a sentence writes after the same word and the same
// preposition ("thank Berg for the new quay, and …": "the new quay"),
// not the sentence that holds the question's words elsewhere ("should
// thank Berg and praise her"), which says nothing of it.

// slotAt reports the slot (Question.Slot) of "what" at question word i:
// a preposition before it, and a word before that which is no small
// word, each set off by a space alone.
func slotAt(qu Question, i int) ([2]string, bool) {
	if i < 2 || qu.Words[i].Fold != "what" {
		return [2]string{}, false
	}
	prep, head := qu.Words[i-1], qu.Words[i-2]
	if !prepositions[prep.Fold] || prep.Fold == "of" || index.IsStop(head.Fold) {
		return [2]string{}, false
	}
	for _, gap := range []string{qu.Text[head.Start+len(head.Text) : prep.Start], qu.Text[prep.Start+len(prep.Text) : qu.Words[i].Start]} {
		if strings.TrimSpace(gap) != "" {
			return [2]string{}, false
		}
	}
	return [2]string{head.Fold, prep.Fold}, true
}

// maxSlotGap bounds the words between the slot's word and its
// preposition in a sentence ("congratulate Berg warmly on").
const maxSlotGap = 2

// maxSlotWords bounds the words of a slot's answer.
const maxSlotWords = 12

// slotFill is what text writes after the slot's word (in any form the
// question's groups match) and its preposition, up to the end of the
// phrase: a comma, a colon or semicolon, or the sentence's end; "" when
// text has no such place.
func (a *Answerer) slotFill(text string, slot [2]string, groups []index.Group) string {
	head := a.stemOf(slot[0])
	var alts []string
	for _, g := range groups {
		if a.stemOf(g.Word) == head || g.Word == slot[0] {
			for _, alt := range g.Alts {
				alts = append(alts, alt.Term)
			}
		}
	}
	if len(alts) == 0 {
		alts = []string{head}
	}
	toks := index.Words.Tokenize(text)
	for i, t := range toks {
		if !slices.Contains(alts, a.stemOf(t.Term)) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+1+maxSlotGap; j++ {
			if strings.ContainsAny(text[toks[j-1].End:toks[j].Start], ",.;:") {
				break
			}
			if index.Fold(toks[j].Term) != slot[1] {
				continue
			}
			if j+1 >= len(toks) || strings.ContainsAny(text[toks[j].End:toks[j+1].Start], ",.;:") {
				break
			}
			end := j + 1
			for end+1 < len(toks) && end-j < maxSlotWords && !strings.ContainsAny(text[toks[end].End:toks[end+1].Start], ",;:\"“”()") {
				end++
			}
			return strings.TrimRight(text[toks[j+1].Start:toks[end].End], ".")
		}
	}
	return ""
}

// preferSlotted moves ahead the first candidate whose line fills the
// slot asked (slotFill) when the first does not and it matched the
// question at least half as well: the sentence with the most of the
// question's words often says them in another order.
func preferSlotted(cands []candidate) {
	preferWhen(cands, func(c candidate) bool { return c.slotted }, slotShare)
}

// slotShare is the least share of the best candidate's score a slotted
// one needs to go first.
const slotShare = 0.5

// slotSources lists the documents that give fill, the answer read from
// the slot asked, in other words: a sentence that names the question's
// people, holds another of its words as written, and writes at least
// half of the fill's own words, those the question does not give ("to
// congratulate him for the harbour deal" for "the new harbour deal").
func (a *Answerer) slotSources(ctx context.Context, fill string, groups []index.Group, isName []bool) []index.Doc {
	terms := groupTerms(groups)
	var own []string
	seen := map[string]bool{}
	for _, t := range index.Words.Tokenize(fill) {
		st := a.stemOf(t.Term)
		if index.IsStop(index.Fold(t.Term)) || terms[st] || seen[st] {
			continue
		}
		seen[st] = true
		own = append(own, st)
	}
	if len(own) == 0 {
		return nil
	}
	q := append(slices.Clone(groups), a.idx.Analyze(fill)...)
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: q, ParaWeight: paraWeight, Limit: sameStatementLimit, Mode: a.mode(ctx)}) {
		if names, words := namesAndWords(h.Matched, groups, isName, nil); !names || words == 0 {
			continue
		}
		has := 0
		stems := a.stemSet(a.idx.Text(h.Doc))
		for _, st := range own {
			if stems[st] {
				has++
			}
		}
		if 2*has >= len(own) {
			out = append(out, a.idx.Doc(h.Doc))
		}
	}
	return out
}
