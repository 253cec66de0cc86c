package answer

import (
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// kindAsked is the noun naming the kind of thing question qu asks for,
// as the "thing asked" feature reads it (holdsThing): thingOf's, or else
// the kind asked after a topic typed first ("harbour fire - which boat
// burned", "the gala, what wine did they pour"), read from the question
// the words after "which" or "what" make on their own. thingOf alone
// reads none there, since the question word is not the first: the
// words before it are the question's body.
func kindAsked(qu Question) string {
	if t := thingOf(qu); t != "" {
		return t
	}
	if qu.Kind == KindWho || qu.Kind == KindWhere {
		// "which hospital does the charity fund", "which lodge did they
		// stay at": the kind after "which", when it is a thing.
		return typedKind(qu)
	}
	if qu.Kind != KindWhat || qu.Body > 0 && !qu.Bare {
		return ""
	}
	for i := 1; i+1 < len(qu.Words); i++ {
		if f := qu.Words[i].Fold; f != "which" && f != "what" {
			continue
		}
		return typedKind(Parse(qu.Text[qu.Words[i].Start:]))
	}
	return ""
}

// typedKind is the thing asked by tail, a question that opens with
// "which" or "what": thingOf's for a "what" question, or the kind of a
// "which" question, when it is a thing: not a party (an outlet, an
// official), nor a person or a body, nor a place ("which town" is answered
// by "in Hove"), nor a small word ("what it takes", "which one"): the
// answer to those names one, and seldom says its kind.
func typedKind(tail Question) string {
	k := thingOf(tail)
	if k == "" && tail.Kind == KindWho {
		k = tail.Type
	}
	if k == "" && tail.Kind == KindWhere {
		k = placeAsked(tail)
	}
	if k == "" || k == "one" || parties[k] || index.IsStop(k) || shortPersonNoun(k) {
		return ""
	}
	switch lex.FirstClass(lex.Lemma(k, lex.Noun), lex.Noun) {
	case 0, lex.NounPerson, lex.NounGroup, lex.NounLocation:
		return ""
	}
	return k
}

// placeAsked is the noun after "which" or "what" in a where question read
// from one ("which lodge were they sheltering at"): the kind of place
// asked, which a place name answers without it when it is a location
// ("which town": typedKind leaves those), not when it is a building.
func placeAsked(qu Question) string {
	for i := 0; i+1 < len(qu.Words) && i < 3; i++ {
		if f := qu.Words[i].Fold; f == "which" || f == "what" {
			if n := qu.Words[i+1].Fold; lex.Known(lex.Lemma(n, lex.Noun), lex.Noun) {
				return n
			}
			return ""
		}
	}
	return ""
}
