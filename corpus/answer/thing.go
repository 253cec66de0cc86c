package answer

import (
	"strings"
	"unicode"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// "Which spacecraft mission brings them back" asks for a thing by its
// kind, not a party: the answer is the name the sentence gives the thing,
// the capitalised or coded words before a noun ("the Vostra Kestrel-4
// mission", "Operation Lantern"), with a word the question does not give.
// A person's name, or the question's own names, are not that name.

// thingKind reports whether typ, the kind a "which" question asks for,
// is a thing: a noun WordNet knows with a sense that is an act, an
// event, a made thing or a text ("flight", "mission", "bill"), none that
// is a person, whose first sense is no place, and no kind of party.
func thingKind(typ string) bool {
	lemma := lex.Lemma(typ, lex.Noun)
	if typ == "" || parties[typ] || !lex.Known(lemma, lex.Noun) {
		return false
	}
	all, first := lex.Classes(lemma, lex.Noun), lex.FirstClass(lemma, lex.Noun)
	acts := lex.NounAct | lex.NounEvent | lex.NounCommunication | lex.NounProcess
	if first&lex.NounGroup != 0 {
		// "flight", "law" are groups first and acts or texts too;
		// "board", "team" are bodies of people.
		return all&acts != 0 && all&lex.NounPerson == 0
	}
	return all&(acts|lex.NounArtifact) != 0 && all&lex.NounPerson == 0 &&
		first&(lex.NounLocation|lex.NounTime|lex.NounQuantity) == 0
}

// namelike reports whether token t may be part of a thing's name: it
// opens with a capital, or mixes letters and digits ("Kestrel-4", "F-35").
func namelike(t string) bool {
	if isUpperWord(t) {
		return true
	}
	digit, letter := false, false
	for _, r := range t {
		digit = digit || unicode.IsDigit(r)
		letter = letter || unicode.IsLetter(r)
	}
	return digit && letter
}

// numbered reports whether a name ends in a word that holds a digit
// ("Vostra Kestrel-4"): a made thing's number, which no person's name
// carries, though the people tables may have taken the name for one.
func numbered(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && strings.IndexFunc(f[len(f)-1], unicode.IsDigit) >= 0
}

// namedThing is the name sentence text gives a thing of the kind asked:
// the first run of namelike words, not opening the sentence alone and
// not a person's name, that holds a word the question does not (asked)
// and holds a word the question names before the kind (which: "Vostra"
// of "which Vostra flight"), or stands before the kind itself ("the
// Artemis flight"). The noun after it is kept when it is not the kind:
// "Vostra Kestrel-4 mission" for a flight. The question's other words
// name other things: "which Vostra flight brings the Lynx crew home" is
// not answered by "the Orbis Lynx" that carried them up.
func (a *Answerer) namedThing(text, kind string, asked, which func(string) bool) (string, bool) {
	toks := index.Words.Tokenize(text)
	for j := 0; j < len(toks); j++ {
		if !namelike(toks[j].Term) {
			continue
		}
		i := j
		for i+1 < len(toks) {
			gap := text[toks[i].End:toks[i+1].Start]
			possessive := (gap == "'" || gap == "’") && toks[i+1].Term == "s"
			if gap != "-" && !possessive && (strings.TrimSpace(gap) != "" || !namelike(toks[i+1].Term)) {
				break
			}
			i++ // "Kestrel-4": the tokenizer splits at the hyphen
		}
		from, to := j, i
		j = i
		for from <= to && (index.IsStop(index.Fold(toks[from].Term)) || lex.Known(index.Fold(toks[from].Term), lex.Adj)) {
			from++ // a capital that opens a sentence: "Two NASA astronauts", "The"
		}
		if from > to || from == 0 && from == to {
			continue // a sentence's first word has its capital anyway
		}
		if calendar[index.Fold(toks[to].Term)] {
			continue
		}
		if p, ok := a.lookupRun(text[toks[from].Start:toks[to].End]); ok && p != nil && p.Kind == corpus.KindPerson && !numbered(p.Name) {
			continue // a person's name, not a thing's; "Vostra's Kestrel-4" may be
		}
		news, known := 0, false
		for k := from; k <= to; k++ {
			w := dropPossessive(index.Fold(toks[k].Term))
			if !asked(w) {
				news++
			} else if which(w) {
				known = true
			}
		}
		if news == 0 {
			continue
		}
		end := toks[to].End
		noun := to+1 < len(toks) && strings.TrimSpace(text[toks[to].End:toks[to+1].Start]) == "" &&
			!namelike(toks[to+1].Term) && lex.Known(lex.Lemma(index.Fold(toks[to+1].Term), lex.Noun), lex.Noun) &&
			!index.IsStop(index.Fold(toks[to+1].Term))
		kindAfter := noun && lex.Lemma(index.Fold(toks[to+1].Term), lex.Noun) == lex.Lemma(kind, lex.Noun)
		if !kindAfter && !known {
			continue // "NASA astronauts": a name, but of no thing asked
		}
		if noun && !kindAfter {
			end = toks[to+1].End // "Kestrel-4 mission" for a flight; "Orion-4" for a capsule
		}
		return text[toks[from].Start:end], true
	}
	return "", false
}

// kindModifiers tells the words question qu writes before the kind it
// asks for ("vostra" of "which vostra flight"): the words that say which
// thing of the kind. A question with none has its every word tell.
func kindModifiers(qu Question) func(string) bool {
	end := qu.kindEnd() - 1
	if end <= qu.Body {
		return askedWords(qu)
	}
	which := map[string]bool{}
	for _, w := range qu.Words[qu.Body:end] {
		which[w.Fold] = true
	}
	return func(name string) bool {
		for _, w := range strings.Fields(name) {
			if !which[index.Fold(w)] {
				return false
			}
		}
		return true
	}
}

// thingCore is the part of a thing's name (namedThing) another outlet
// writes too: without the noun after it and without the words that
// only say which of the kind the question asked ("Kestrel-4" of
// "Vostra's Kestrel-4 mission" for "which Vostra flight"), which
// outlets write in other ways ("Vostra's", "[Vostra's]", "Vostra").
func thingCore(name string, which func(string) bool) string {
	f := strings.Fields(name)
	if len(f) > 1 && !namelike(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	for len(f) > 1 && which(dropPossessive(index.Fold(f[0]))) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}
