package answer

import (
	"strings"

	"factdesk/corpus/lex"
)

// A question's action is the verb of its main clause. A verb of a clause
// that only describes one of its nouns is not it: "the report that came
// out", "the firm running the ferries", "the old mill fire people
// remember", "according to the paper". The frame (frame.go) passes over
// such a verb (subordinate) and takes the main clause's, or none when the
// main clause has only a form of "be" ("what year was the old mill fire
// people remember best" asks the year of the fire, not of a remembering).

// relativeWords open a clause that describes the noun before them.
var relativeWords = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true}

// nominative are the pronouns that only a clause's subject takes.
var nominative = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true}

// subordinate reports whether the verb at toks[k] belongs to a clause
// that describes a noun of the question, not to its main clause: a
// relative pronoun after a noun, or a conjunction before a subject's
// pronoun ("after she died"), after the question's form and before the
// verb, with no verb between; a participle ("-ing") right after a noun, an adverb or
// a comma, with no auxiliary before it ("who is leading", "did they begin
// evacuating") or set off by commas; or a present
// verb after a finite auxiliary with its own subject between, for a
// clause has one finite verb ("was the mill fire people remember":
// "remember" is the fire's). from is the byte offset where the question's body
// starts.
func subordinate(toks []lex.Token, k, from int) bool {
	t := toks[k]
	for j := k - 1; j >= 0 && toks[j].Start >= from; j-- {
		p := toks[j]
		if strings.HasPrefix(p.Tag, "VB") || p.Tag == "MD" {
			break
		}
		if j > 0 && relativeWords[strings.ToLower(p.Text)] && (p.Tag == "WDT" || p.Tag == "WP" || p.Tag == "IN") && nounTag(toks[j-1].Tag) {
			return true
		}
		if p.Tag == "IN" && j+1 < k && nominative[strings.ToLower(toks[j+1].Text)] {
			return true // "after she died": a preposition takes "her", a conjunction "she"
		}
	}
	if k == 0 {
		return false
	}
	if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" {
		// A contact clause: "the 40 boats the port counted", a noun
		// phrase set right after another with no relative pronoun, is
		// the first one's.
		d := k - 1
		for d > 0 && (nounTag(toks[d].Tag) || toks[d].Tag == "JJ" || toks[d].Tag == "NNP") {
			d--
		}
		if d > 0 && d < k-1 && toks[d].Tag == "DT" && toks[d].Start >= from && (nounTag(toks[d-1].Tag) || toks[d-1].Tag == "JJ" || toks[d-1].Tag == "CD") {
			return true
		}
	}
	prev := toks[k-1].Tag
	if t.Tag == "VBG" && (nounTag(prev) || strings.HasPrefix(prev, "RB") || prev == ",") && (!afterAuxiliary(toks, k) || setOff(toks, k)) {
		return true
	}
	if (t.Tag == "VBP" || t.Tag == "VBZ") && (nounTag(prev) || prev == "PRP") {
		for j := k - 2; j >= 0; j-- {
			if strings.HasPrefix(toks[j].Tag, "VB") && auxiliaryLemma[toks[j].Lemma] {
				return true
			}
			if strings.HasPrefix(toks[j].Tag, "VB") {
				break
			}
		}
	}
	return false
}

// nounTag reports whether a Penn tag is a noun's.
func nounTag(tag string) bool { return strings.HasPrefix(tag, "NN") }

// afterAuxiliary reports whether a form of "be", "do", "have" or a modal
// comes before toks[k]: "did the camp begin evacuating" asks of the
// evacuating, "the rate now according to" has no verb of its own.
func afterAuxiliary(toks []lex.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if toks[j].Tag == "MD" || strings.HasPrefix(toks[j].Tag, "VB") && auxiliaryLemma[toks[j].Lemma] {
			return true
		}
	}
	return false
}

// setOff reports whether toks[k] stands between commas, with no verb
// between the first comma and it: "does Norbank, the firm running the
// ferries, give": an apposition describes the noun before it.
func setOff(toks []lex.Token, k int) bool {
	open := false
	for j := k - 1; j >= 0; j-- {
		if toks[j].Tag == "," {
			open = true
			break
		}
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" {
			return false
		}
	}
	if !open {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Tag == "," {
			return true
		}
	}
	return false
}

// onlyVerb reports whether WordNet knows word only as a verb, in one of
// its forms: "speak", "resigned", not "pay" or "total".
func onlyVerb(word string) bool {
	if prefixedVerb(word) {
		return true // "underpay": a verb WordNet knows after a prefix
	}
	if !lex.Known(lex.Lemma(word, lex.Verb), lex.Verb) {
		return false
	}
	return !lex.Known(lex.Lemma(word, lex.Noun), lex.Noun) && !lex.Known(lex.Lemma(word, lex.Adj), lex.Adj)
}
