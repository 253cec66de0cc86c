package answer

import (
	"strings"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// actionAsked is, for a who-question, the lemma of the action its frame
// reads (the tagger's first verb after the question form: "table" in
// "who actually drafted the levy", "set" in "who at Site set up the
// account"), or "" when that verb stands in a clause that only places
// the event ("who is the new chair after Lund quit"): the action of the
// occasion is not the one asked, nor when the kind asked stands before an
// auxiliary and the verb's subject ("which court did Lund plead in"). A frame that finds no verb reads the
// first content word; a noun ("who's the new harbour chief") is no action.
func actionAsked(qu Question) string {
	pred := qu.Frame().Predicate
	if pred == "" || !lex.Known(pred, lex.Verb) {
		return "" // "who's the new harbour chief": no verb, and the frame's is a noun
	}
	if k := qu.kindEnd(); qu.Type != "" && k < len(qu.Words) && auxiliaries[qu.Words[k].Fold] {
		// "which court did the clerk plead guilty in": the kind is not
		// who does the verb; its subject follows the auxiliary.
		return ""
	}
	for i := qu.Body; i < len(qu.Words); i++ {
		w := qu.Words[i].Fold
		if occasionWords[w] || qu.Since > 0 && i >= qu.Since {
			return ""
		}
		if w == pred || lex.Lemma(w, lex.Verb) == pred {
			return pred
		}
	}
	return ""
}

// predicateGroup is the index of the group of groups whose word is the
// action pred (actionAsked, or the frame's predicate), or -1. The kind
// asked and the words before it ("which harbour board") are not the
// action, whatever the tagger reads.
func predicateGroup(groups []index.Group, pred, typ string) int {
	if pred == "" {
		return -1
	}
	kind := index.Fold(typ)
	from := 0
	for k := 0; k < min(len(groups), maxKindWords); k++ {
		if kindWord(kind, groups[k].Word) {
			from = k + 1
		}
	}
	for k := from; k < len(groups); k++ {
		g := groups[k]
		if kindWord(kind, g.Word) {
			continue
		}
		if g.Word == pred || lex.Lemma(g.Word, lex.Verb) == pred {
			return k
		}
	}
	return -1
}

// kindTitle reports whether toks[i], the noun of the kind a "which KIND"
// question asks for, is written in lower case right before a
// capitalised name, as a title ("envoy Ann Berg", "the law firm Berg &
// Lund"): the sentence itself says the one named is of that kind, even
// when it tells what they did in other words than the question's ("called
// the report a fake" for "trashed"), which the fitted score weighs
// (FPredicate). An apposition ("the minister's aide, Ann Berg") is not a
// title: it may name the thing the action was about, not its doer.
func kindTitle(text string, toks []index.Token, i int) bool {
	if i+1 >= len(toks) || isUpperWord(toks[i].Term) || !isUpperWord(toks[i+1].Term) {
		return false
	}
	return strings.TrimSpace(text[toks[i].End:toks[i+1].Start]) == ""
}

// kindNamed is the name toks[i], the noun of the kind asked, closes:
// the noun written in lower case right after a capitalised name, a
// number joined to it by a hyphen ("Orion-4"), with a determiner or a
// preposition before the name ("on the Orion-4 capsule", "the Trask
// campaign"): the sentence calls the thing named a thing of that kind.
// "" when there is none; a name at the sentence's start is not told from
// its first word, and is left to the rules of the action.
func kindNamed(text string, toks []index.Token, i int) string {
	if i < 2 || isUpperWord(toks[i].Term) || strings.TrimSpace(text[toks[i-1].End:toks[i].Start]) != "" {
		return ""
	}
	k := i - 1
	if isNumber(toks[k].Term) && k > 0 && text[toks[k-1].End:toks[k].Start] == "-" {
		k-- // "Orion-4"
	}
	if !isUpperWord(toks[k].Term) {
		return ""
	}
	for k > 0 && isUpperWord(toks[k-1].Term) && strings.TrimSpace(text[toks[k-1].End:toks[k].Start]) == "" {
		k--
	}
	if k == 0 {
		return ""
	}
	if f := index.Fold(toks[k-1].Term); !determiners[f] && !prepositions[f] {
		return ""
	}
	return text[toks[k].Start:toks[i-1].End]
}

// otherForm reports whether word, whose stem is that of the action pred,
// is a noun and not a form of the verb ("replacements" for "replace"): a
// noun of the action says nothing of who did it ("has been critical", an
// adjective, still tells who criticised).
func otherForm(word, pred string) bool {
	if pred == "" {
		return false
	}
	f := index.Fold(word)
	return index.Stem(f) == index.Stem(pred) && lex.Lemma(f, lex.Verb) != pred && lex.Known(lex.Lemma(f, lex.Noun), lex.Noun)
}

// askedPassive reports whether question qu asks in the passive ("who was
// accused", "who got escorted out"): the one before a passive verb in a
// sentence is then the one asked.
func askedPassive(qu Question) bool {
	if qu.Passive {
		return true
	}
	for i := max(qu.Body, 1); i < len(qu.Words); i++ {
		if p := qu.Words[i-1].Fold; (getPassive[p] || beForms[p]) && participle(qu.Words[i].Fold) {
			return true
		}
	}
	return false
}
