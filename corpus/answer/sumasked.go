package answer

import (
	"factdesk/corpus"
	"factdesk/corpus/fact"
	"factdesk/corpus/lex"
)

// sumAsked reports whether question qu asks for a sum of money: a "how
// much" whose verb moves money ("how much she earned") or that names a
// thing whose usual sense is a possession ("her salary", "the farm's
// price", "what the levy brings in"), or a "what" question whose
// thing asked is one ("what fee"). "How far the river rose" asks
// for none; who, where and when questions may name one and ask for
// something else.
func sumAsked(qu Question) bool {
	switch {
	case qu.Kind == KindWhat:
		return possession(thingOf(qu))
	case qu.Kind != KindHowMany || !qu.Much || qu.Share || qu.Age:
		return false
	case qu.moneyAsked():
		return true
	}
	for i, w := range qu.Words {
		if w.Upper && i > 0 {
			continue
		}
		if f := dropPossessive(w.Fold); len(f) > 2 && lex.Classes(lex.Lemma(f, lex.Noun), lex.Noun)&lex.NounPossession != 0 {
			// Any sense: "how much" has set the measure, and "price"
			// is first an attribute.
			return true
		}
	}
	return false
}

// possession reports whether noun w's most frequent sense is in
// WordNet's class of possessions, where sums of money are: salary, fee,
// tax.
func possession(w string) bool {
	return len(w) > 2 && lex.FirstClass(lex.Lemma(w, lex.Noun), lex.Noun) == lex.NounPossession
}

// sumMissing reports whether question qu asks for a sum of money
// (sumAsked) and the answer as given writes none, nor a share, nor a
// number that reads as a sum. "Nine games" for a manager's salary, an age
// for a sale price, a vote's tally for what a tax brings in: a value of
// another kind from a sentence that shares the question's other words,
// most often where the corpus never says the sum. A quotation's speaker
// is judged as one (typeAgrees).
func sumMissing(qu Question, ans corpus.Answer) bool {
	line := ans.Answer
	if line == "" || ans.QuoteN >= 0 || ans.Speaker != "" || !sumAsked(qu) {
		return false
	}
	for _, v := range fact.Values(line, corpus.Span{Start: 0, End: len(line)}, corpus.Date{}) {
		switch {
		case v.Kind == corpus.ValueMoney, v.Kind == corpus.ValuePercent:
			return false
		case v.Kind == corpus.ValueNumber && v.Unit.String() == "" && sumWords(v.Text):
			return false
		}
	}
	return true
}
