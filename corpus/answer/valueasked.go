package answer

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/fact"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A question typed as the noun of the value it asks and the thing it is
// of, with no question form ("jobless rate in the spring", "crowd size at
// the rally", "death toll from the storm"), is read as bare words: the
// sentence that holds most of them is given, and it need not write the
// value at all. When it writes none, Ask reads the question again as
// "what was the …", which asks the value the noun names, and keeps that
// answer when it writes one.

// valueAsked is q asked as "what was the …" when q is typed as a value's
// noun phrase (valueHead), and q itself otherwise; and the figure a word
// of the phrase names, which the answer must then write ("bail amount": a
// sum of money, not "five people").
func valueAsked(q string) (string, figure) {
	toks := index.Words.Tokenize(q)
	if len(toks) < 2 || strings.TrimSpace(q[:toks[0].Start]) != "" {
		return q, noFigure
	}
	ok, f := valueHead(q, toks)
	if !ok {
		return q, noFigure
	}
	if qu := Parse(q); qu.Kind != KindWhat || !qu.Bare {
		// read already as asking a value ("launch date of …": when,
		// "price of …": how much), whose answer is the value
		return q, noFigure
	}
	body := q[toks[0].Start:]
	if index.Fold(toks[0].Term) != "the" {
		body = "the " + body
	}
	return "what was " + body, f
}

// valueHead reports whether the words toks of q open with a noun phrase
// headed by a value noun (valueNoun): past a determiner, at most three
// words that qualify it, none a small word, and after it a preposition,
// or nothing (the noun ends the question). No question word may stand
// anywhere in q, nor a mark between the phrase's words (a topic typed
// first is topicFirst's).
func valueHead(q string, toks []index.Token) (bool, figure) {
	for _, t := range toks {
		if f := index.Fold(t.Term); questionWords[f] || contractions[f] != "" {
			return false, noFigure
		}
	}
	fig := noFigure
	i := 0
	if determiners[index.Fold(toks[0].Term)] {
		i++
	}
	for k := i; k < len(toks) && k <= i+3; k++ {
		w := index.Fold(toks[k].Term)
		if index.IsStop(w) || k > 0 && strings.TrimSpace(q[toks[k-1].End:toks[k].Start]) != "" {
			return false, noFigure
		}
		if fig == noFigure {
			fig = figureOf(w)
		}
		if !valueNoun(w) {
			continue
		}
		if k == len(toks)-1 || prepositions[index.Fold(toks[k+1].Term)] || tallyLinks[index.Fold(toks[k+1].Term)] {
			return true, fig
		}
	}
	return false, noFigure
}

// valueNoun reports whether folded word w names a value a sentence gives
// as a figure: a price or a tally of the parse's lists, or a noun whose
// most frequent sense WordNet files as a quantity, an amount owned or
// paid, an attribute measured, or a time ("toll", "revenue", "size",
// "rate").
func valueNoun(w string) bool {
	if figureOf(w) != noFigure {
		return true
	}
	n := lex.Lemma(w, lex.Noun)
	return lex.Known(n, lex.Noun) && lex.FirstClass(n, lex.Noun).Has(lex.NounQuantity|lex.NounPossession|lex.NounAttribute|lex.NounTime)
}

// writesValue reports whether answer line writes a figure, a date or a
// length.
func writesValue(line string) bool {
	for _, v := range fact.Values(line, corpus.Span{End: len(line)}, corpus.Date{}) {
		switch v.Kind {
		case corpus.ValueNumber, corpus.ValueMoney, corpus.ValuePercent, corpus.ValueDate, corpus.ValueDuration, corpus.ValueRelative:
			return true
		}
	}
	return false
}
