package answer

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// Two features that tell a loose answer to a question the corpus answers
// from a loose answer to one it does not (calibrate.go: FNovel, FEcho).
// The rules propose from the words a question shares with a sentence; what
// they cannot see is what the question asks that no sentence holds.

// novelNouns is the share of the nouns of question qu that can name a
// thing (informs.go) which the corpus never writes, in no form and as no
// WordNet synonym, though WordNet knows them as nouns: "how much
// severance did Lund get" asks of a thing no article names, whatever the
// sentence about Lund's pay shares with it. absentFrom leaves out words
// the corpus does not know, since slang and a word said otherwise say
// nothing; a noun of the dictionary is neither, and a thing named nowhere
// is not answered anywhere. Names are checked by the rules that proposed
// the answer; a name typed in lower case is no noun of WordNet's.
func (a *Answerer) novelNouns(qu Question) float64 {
	if qu.Kind == KindWhoSaid {
		return 0 // a fragment's words are the speaker's, not the asker's
	}
	tags := questionTags(qu)
	n, novel := 0, 0
	for i := qu.Body; i < len(qu.Words); i++ {
		w := qu.Words[i]
		f := strings.TrimSuffix(w.Fold, "'s")
		if w.Upper && i > 0 || index.IsStop(f) || pronounVerb(f) || qu.Kind == KindHowMany && f == "many" || qu.Light(i) || planned(qu, i) {
			continue
		}
		if informs(qu, tags, i) < 1 {
			continue
		}
		n++
		tag := tags[w.Start]
		if isNumber(f) || !strings.HasPrefix(tag, "NN") || tag == "NNP" || tag == "NNPS" {
			continue
		}
		lemma := lex.Lemma(f, lex.Noun)
		if lemma == "" || !lex.Known(lemma, lex.Noun) {
			continue
		}
		if a.writesNoun(f, lemma) {
			continue
		}
		novel++
	}
	if n == 0 {
		return 0
	}
	return float64(novel) / float64(n)
}

// writesNoun reports whether the corpus writes noun f (of lemma
// lemma) as written, in its other number, or one of its WordNet synonyms
// or derivations ("attend" for "attendance"). The word itself is looked
// up as the corpus writes it, not by its stem: the stemmer makes one term
// of "severance" and "sever", which name different things.
func (a *Answerer) writesNoun(f, lemma string) bool {
	v := a.idx.Vocab()
	if v == nil {
		return true
	}
	has := func(w string) bool {
		_, ok := v.StemOf(w)
		return ok
	}
	if has(f) || has(lemma) || has(lemma+"s") || has(lemma+"es") {
		return true
	}
	for _, w := range append(lex.Synonyms(lemma, lex.Noun), lex.Related(lemma)...) {
		if w == lemma || strings.Contains(w, " ") {
			continue
		}
		if a.idx.DF(index.Stem(w)) > 0 {
			return true
		}
	}
	return false
}

// echoes is 1 when the answer line of ans says nothing the question did
// not: each of its words (numbers included, small words aside) is in the
// question, in some form. "How large is the 12-point plan" answered "12
// points", or "what did Lund post" answered "Lund posted", restate the
// question; an answer gives something new. A line of no words (a quoted
// sentence given as the answer) is no echo.
func (a *Answerer) echoes(qu Question, ans corpus.Answer) float64 {
	if ans.Speaker != "" || ans.QuoteN >= 0 || qu.Kind == KindSaid || qu.Kind == KindWhoSaid || a.outletAnswer(qu, ans) {
		return 0 // "what did Lund say" is answered by Lund's words, under Lund's name
	}
	asked := map[string]bool{}
	for _, w := range qu.Words {
		f := strings.TrimSuffix(w.Fold, "'s")
		asked[f] = true
		asked[index.Stem(f)] = true
		asked[index.Number(f)] = true
	}
	n := 0
	for _, t := range index.Words.Tokenize(ans.Answer) {
		f := strings.TrimSuffix(t.Term, "'s")
		if index.IsStop(f) {
			continue
		}
		n++
		if !asked[f] && !asked[index.Stem(f)] && !asked[index.Number(f)] {
			return 0
		}
	}
	if n == 0 {
		return 0
	}
	return 1
}

// nearValue is the number of words on each side of a value that are its
// surroundings (farFromValue).
const nearValue = 8

// farFromValue is, for a value proposed to a question that asks one,
// the share of the question's topic weight (topic) that the answer's
// sentence holds only away from the value: more than nearValue words from
// it. "How many lorries did the depot lose" is answered by "the depot lost
// 14 lorries", its words around the number; a sentence that names the
// depot in one clause and gives 14 of something else in another shares as
// many words with the question, but not around the value. 0 when the
// question asks for no value or the value is not found in the sentence.
func (a *Answerer) farFromValue(qu Question, ans corpus.Answer, topic []index.Group, inText float64) float64 {
	if valueKinds(qu) == nil || len(topic) == 0 || ans.Quote == "" || ans.Answer == ans.Quote {
		return 0
	}
	toks := index.Words.Tokenize(ans.Quote)
	at := -1
	for _, t := range index.Words.Tokenize(ans.Answer) {
		if !isNumber(t.Term) && !isNumber(index.Number(t.Term)) {
			continue
		}
		for k, u := range toks {
			if u.Term == t.Term {
				at = k
				break
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return 0
	}
	lo, hi := max(0, at-nearValue), min(len(toks)-1, at+nearValue)
	near := a.stemSet(ans.Quote[toks[lo].Start:toks[hi].End])
	return max(0, inText-covered(topic, near))
}

// rarest is the question's topic group of the highest weight (the rarest
// word the corpus knows), and false when none is known.
func rarest(topic []index.Group) (index.Group, bool) {
	best, ok := index.Group{}, false
	for _, g := range topic {
		if g.Known() && (!ok || g.Weight > best.Weight) {
			best, ok = g, true
		}
	}
	return best, ok
}

// rivalElsewhere is how far the answer's score stands above the best
// alternative from another article (1 when there is none): an answer whose
// nearest rival is in another article's account is a guess between
// accounts, one whose rivals are in its own article the best of one.
func rivalElsewhere(ans corpus.Answer) float64 {
	if ans.Score <= 0 {
		return 1
	}
	for _, alt := range ans.Alternatives {
		if alt.File != "" && alt.File != ans.File {
			return max(0, 1-alt.Score/ans.Score)
		}
	}
	return 1
}

// compoundsHeld is the share of the question's compounds (a noun, or an
// adjective, before a noun: "severance pay", "river gauge") whose two
// words the answer's text holds together, the second at most two words
// after the first, in some form; 1 when the question has none. A
// compound names one thing: a sentence that holds "pay" in one clause
// and "severance" in another, or neither, speaks of something else.
func (a *Answerer) compoundsHeld(qu Question, text string) float64 {
	tags := questionTags(qu)
	var stems []string
	for _, t := range index.Words.Tokenize(text) {
		stems = append(stems, a.stemOf(t.Term))
	}
	n, held := 0, 0
	for i := max(qu.Body, 1); i+1 < len(qu.Words); i++ {
		w, v := qu.Words[i], qu.Words[i+1]
		tw, tv := tags[w.Start], tags[v.Start]
		if index.IsStop(w.Fold) || index.IsStop(v.Fold) || !strings.HasPrefix(tv, "NN") || !(strings.HasPrefix(tw, "NN") || strings.HasPrefix(tw, "JJ")) {
			continue
		}
		if isNumber(w.Fold) || isNumber(v.Fold) || w.Upper && v.Upper {
			continue // a name is checked by the rules
		}
		n++
		g1, g2 := a.expand(strings.TrimSuffix(w.Fold, "'s")), a.expand(v.Fold)
		if together(stems, g1, g2) {
			held++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(held) / float64(n)
}

// together reports whether stems hold a term of g1 followed, at most two
// words later, by a term of g2.
func together(stems []string, g1, g2 index.Group) bool {
	in := func(g index.Group, st string) bool {
		for _, alt := range g.Alts {
			if alt.Term == st {
				return true
			}
		}
		return false
	}
	for k, st := range stems {
		if !in(g1, st) {
			continue
		}
		for j := k + 1; j < len(stems) && j <= k+3; j++ {
			if in(g2, stems[j]) {
				return true
			}
		}
	}
	return false
}
