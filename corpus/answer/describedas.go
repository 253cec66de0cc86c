package answer

import (
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// "How did X describe Y", "what did X call Y" ask for the words X gave Y,
// and articles often quote only those words inside their own sentence:
// "X described the plan as “standard”", "the scandal is “deeply
// regrettable,” X said". Such a quotation of a word or two says less of
// what someone said than a sentence does, unless the question asks what
// they called the thing: then its sentence, which names the thing, makes
// it the answer.

// asksDescription reports whether said-question qu's verb gives something
// a name or a description ("describe", "call", "label").
func asksDescription(qu Question) bool {
	i := qu.Subject[1]
	return qu.Kind == KindSaid && i > 0 && i < len(qu.Words) && namingWord(qu.Words[i].Fold)
}

// givenWords reports whether quotation document d, of at most n words,
// is the description asked by a naming question: short enough to be one
// (maxNamingWords) and set in a sentence that holds as much of the topic
// as a quotation must (MinTopicCoverage): the quotation's own words, a
// word or two, hold none of it.
func (a *Answerer) givenWords(qu Question, d index.Doc, n int, groups []index.Group) bool {
	return n <= maxNamingWords && asksDescription(qu) && a.sentenceShare(d, groups) >= MinTopicCoverage
}

// sentenceShare is the share of the groups' weight that the sentence
// around quotation document d holds, each group by the best of its words
// the sentence writes, at its quality, as the index reads a synonym.
func (a *Answerer) sentenceShare(d index.Doc, groups []index.Group) float64 {
	have, ok := a.sentenceTerms(d)
	if !ok {
		return 0
	}
	var held, all float64
	for _, g := range groups {
		all += g.Weight
		best := 0.0
		for _, alt := range g.Alts {
			if have[alt.Term] {
				best = max(best, min(1, alt.Cover))
			}
		}
		held += best * g.Weight
	}
	if all == 0 {
		return 0
	}
	return held / all
}

// namesSum reports whether money value v of fact f is written before a
// noun that is itself a sum the question names ("a $5 million kickback",
// "a £400 fine" for "how much cash went in kickbacks"): the amount is
// that sum, not the price of another thing (pricesOther).
func (a *Answerer) namesSum(f *corpus.Fact, v *corpus.Value, groups []index.Group) bool {
	if v.Kind != corpus.ValueMoney {
		return false
	}
	rel := v.Span().End - f.Span().Start
	if rel < 0 || rel > len(f.Text(a.c)) {
		return false
	}
	rest := f.Text(a.c)[rel:]
	terms := groupTerms(groups)
	for k, t := range index.Words.Tokenize(rest) {
		w := strings.ToLower(t.Term)
		if k == 3 || index.IsStop(w) {
			return false
		}
		if magnitudes[w] {
			continue
		}
		n := lex.Lemma(w, lex.Noun)
		return terms[a.stemOf(t.Term)] && lex.FirstClass(n, lex.Noun) == lex.NounPossession
	}
	return false
}

// describedAlso is, for quotation document d of a description a naming
// question asks, the other quotations of its speaker (ids) that hold its
// words in a row: "a “standard” procedure" in one article is the same
// description as "this is a standard form of negotiation" in another,
// whose outlet reported it too. A description of one or two words is too
// short for sameQuote's order test.
func (a *Answerer) describedAlso(d index.Doc, ids []int) []index.Doc {
	q := a.c.Quotes[d.Ref]
	mine := foldedWords(q.Text)
	if len(mine) == 0 || len(mine) > maxNamingWords {
		return nil
	}
	var out []index.Doc
	for _, id := range ids {
		o := a.c.Quotes[id]
		if o.Cluster == q.Cluster || o.Article == q.Article {
			continue
		}
		if od := a.idx.QuoteDoc(id); od >= 0 && hasRun(foldedWords(o.Text), mine) {
			out = append(out, a.idx.Doc(od))
		}
	}
	return out
}

// hasRun reports whether run stands in ws, its words in a row.
func hasRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return true
		}
	}
	return false
}
