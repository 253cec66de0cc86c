package answer

import (
	"strings"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A number can be part of a name: "the Osprey-4 crew", "Voyage 12", "flight
// 208". It tells which thing, as a name does, and counts nothing; a sentence
// that goes on about the thing ("the crew landed on Sunday") need not
// repeat it.

// NameNumber reports whether question word i is a number that is part of a
// name: glued by a hyphen to the word before it ("osprey-4"), or written
// right after a capitalised word ("Voyage 12"), or after a noun when no
// noun follows it ("flight 208"), that is no day, month, magnitude or small
// word. A number before its noun ("4 ships", "score 2 goals"), a date
// ("May 4"), a score ("3-1") and a year are not.
func (q Question) NameNumber(i int) bool {
	if i <= 0 || i >= len(q.Words) || !allDigits(q.Words[i].Fold) || year(q.Words[i].Fold) {
		return false
	}
	prev := q.Words[i-1]
	if prev.Start+len(prev.Text) > q.Words[i].Start {
		return false
	}
	between := q.Text[prev.Start+len(prev.Text) : q.Words[i].Start]
	if between == "-" && !allDigits(prev.Fold) {
		return true // "osprey-4", however it is typed
	}
	if between != " " || index.IsStop(prev.Fold) || allDigits(prev.Fold) || calendar[prev.Fold] || magnitudes[prev.Fold] {
		return false
	}
	if i+1 < len(q.Words) && q.Words[i].Start+len(q.Words[i].Text) < len(q.Text) &&
		strings.HasPrefix(q.Text[q.Words[i].Start+len(q.Words[i].Text):], "-") {
		return false // "won 3-1": a score
	}
	if prev.Upper {
		return true // "Voyage 12"
	}
	// "flight 208", and not "score 2 goals": a number before a noun
	// counts it.
	next := i+1 < len(q.Words) && !index.IsStop(q.Words[i+1].Fold) && lex.Known(lex.Lemma(q.Words[i+1].Fold, lex.Noun), lex.Noun)
	return !next && lex.Known(lex.Lemma(prev.Fold, lex.Noun), lex.Noun)
}

// allDigits reports whether s is a whole number written in digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// nameNumber splits a group word that propose made of a name and its
// number ("osprey-4") into the two.
func nameNumber(w string) (name, num string, ok bool) {
	name, num, ok = strings.Cut(w, "-")
	if !ok || name == "" || !allDigits(num) {
		return "", "", false
	}
	return name, num, true
}

// otherNumbered reports whether the text of document doc writes the name
// of a numbered name the question asks about with another number: "the
// Osprey-3 crew" is not asked about in "when did the osprey-4 crew land".
func (a *Answerer) otherNumbered(groups []index.Group, doc int) bool {
	var asked map[string]string
	for _, g := range groups {
		if name, num, ok := nameNumber(g.Word); ok {
			if asked == nil {
				asked = map[string]string{}
			}
			asked[name] = num
		}
	}
	if asked == nil {
		return false
	}
	text := a.idx.Text(doc)
	toks := index.Words.Tokenize(text)
	for i := 0; i+1 < len(toks); i++ {
		num, ok := asked[index.Fold(toks[i].Term)]
		if !ok || !allDigits(toks[i+1].Term) {
			continue
		}
		if sep := text[toks[i].End:toks[i+1].Start]; (sep == "-" || sep == " ") && toks[i+1].Term != num {
			return true
		}
	}
	return false
}
