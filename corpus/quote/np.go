package quote

import (
	"strings"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// mention is a speaker as a cue names it.
type mention struct {
	kind int // mName, mPronoun, mDesc
	span corpus.Span
	from int // first token index
	to   int // one past the last token
}

const (
	mNone = iota
	mName
	mPronoun
	mDesc
)

var pronouns = map[string]bool{"he": true, "she": true, "they": true}

// pronounOf returns the pronoun in a word, contractions included ("He’s").
func pronounOf(w string) string {
	lw := strings.ToLower(strings.ReplaceAll(w, "\u2019", "'"))
	if i := strings.IndexByte(lw, '\''); i > 0 {
		lw = lw[:i]
	}
	if pronouns[lw] {
		return lw
	}
	return ""
}

// possessivePronouns open a description, never a name: "His office said"
// is nobody called His.
var possessivePronouns = segment.WordSet(`his her its their`)

// determiners open a description of a speaker.
var determiners = segment.WordSet(`the a an his her their its one another some several two three`)

// surnameWord reports whether toks[k] is a function word written as a
// surname ("From said", "Will wrote"): capitalised, and a verb in the past
// or present tense right after it (a modal opening a question has its
// subject after it). resolve takes such a word only for someone the
// article named so ("Al From", "George Will"), so "That said, …" names
// nobody.
func surnameWord(toks []tok, k int) bool {
	lw := strings.ToLower(toks[k].text)
	if !function[lw] || determiners[lw] || pronouns[lw] || conjunctions[lw] || clauseWords[lw] || k+1 >= len(toks) || hasPunct(toks[k+1].gap) {
		return false
	}
	next := toks[k+1].text
	return !isCap(next) && verbOf(next) != "" && (strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "s") || next == "said" || next == "wrote" || next == "told")
}

// clauseWords open a clause or point back; written before a verb they are
// its subject or its adverb, never a surname ("When asked", "It says").
var clauseWords = segment.WordSet(`when where why how what who which whom whose it this that these those there here then so also thus`)

// nameAt reads a capitalised name starting at toks[k]: "Rep. Don Bacon",
// "Caddell", "The White House".
func nameAt(toks []tok, k int) (mention, bool) {
	if k >= len(toks) || !isCap(toks[k].text) {
		return mention{}, false
	}
	j := k
	lw := strings.ToLower(toks[k].text)
	if lw == "the" {
		j++
		if j >= len(toks) || !isCap(toks[j].text) || hasPunct(toks[j].gap) {
			return mention{}, false
		}
	} else if surnameWord(toks, k) {
		return mention{kind: mName, from: k, to: k + 1, span: toks[k].span}, true // "…," From said: Al From, named before
	} else if function[lw] || pronounOf(lw) != "" || possessivePronouns[lw] || verbOf(lw) != "" || lw == "i" || strings.HasPrefix(lw, "i'") || strings.HasPrefix(lw, "i\u2019") || lw == "we" || lw == "you" || calendar[lw] || months[lw] {
		return mention{}, false
	}
	if j == k && opensClause(toks, k) && notNameStart(lw) {
		// "Later, …", "Ever the optimist, …": an adverb opening a
		// clause names nobody.
		return mention{}, false
	}
	end := j + 1
	for end < len(toks) && isCap(toks[end].text) && (verbOf(toks[end].text) == "" || nounInName(toks, end)) {
		if _, poss := possessive(toks[end-1].text); poss {
			break
		}
		if nick(toks, end) && end+1 < len(toks) {
			end += 2 // Maria "Mia" Lang: resolve strips the nickname
			continue
		}
		if !joinGap(toks[end-1], toks[end].gap) {
			break
		}
		end++
	}
	caps := 0
	for _, t := range toks[j:end] {
		if len(t.text) > 1 && strings.ToUpper(t.text) == t.text {
			caps++
		}
	}
	if caps >= 2 {
		return mention{}, false // "CONGRESS HAS INVESTIGATED HIM": a shouted headline
	}
	m := mention{kind: mName, from: k, to: end, span: corpus.Span{Start: toks[k].span.Start, End: toks[end-1].span.End}}
	return m, true
}

// nounInName reports whether the capitalised reporting verb toks[k] is a
// noun that ends a name ("The Harbour Post", "Morning Report") rather than
// a headline's verb ("Lee Says …"): its bare form, with a lower-case word
// or nothing after it.
func nounInName(toks []tok, k int) bool {
	lw := strings.ToLower(toks[k].text)
	return verbOf(lw) == lw && (k+1 == len(toks) || !isCap(toks[k+1].text))
}

// joinGap: two capitalised words are one name when only spaces (or the
// period of "Rep." or an initial) stand between them.
func joinGap(prev tok, gap string) bool {
	g := strings.TrimLeft(gap, ".")
	if gap == "." {
		return utf8.RuneCountInString(prev.text) == 1 // "G.K. Butterfield"
	}
	if strings.TrimSpace(strings.ReplaceAll(g, "\u00a0", " ")) != "" || g == "" {
		return false
	}
	if strings.HasPrefix(gap, ".") {
		return utf8.RuneCountInString(prev.text) == 1 || person.IsTitle(prev.text)
	}
	return true
}

func possessive(w string) (string, bool) {
	for _, s := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(w, s) {
			return strings.TrimSuffix(w, s), true
		}
	}
	return w, false
}

// npAt reads the speaker phrase starting at toks[k]: a pronoun, a name or a
// description ("the Russian diplomat", "a White House spokesman").
func npAt(toks []tok, k int) (mention, bool) {
	m, ok := npAtRaw(toks, k)
	if !ok {
		// "panel Chairman Rep. Jason Chaffetz": a role in lower case first.
		j := k
		for j < len(toks) && j-k < 2 && roleWord(toks, j) {
			j++
		}
		if j == k || j >= len(toks) || hasPunct(toks[j].gap) {
			return mention{}, false
		}
		if n, ok := nameAt(toks, j); ok {
			// "former Harbour governor Ann Vell": a place names the
			// office, the name after the role is the person.
			return nameAfterRole(toks, n), true
		}
		return mention{}, false
	}
	if m.kind == mPronoun {
		return m, true
	}
	// "White House press secretary Josh Earnest", "Trump lawyer Marc
	// Kasowitz", "the Latvian journalist Dainis Ivans": the person is the
	// name after the role.
	last := -1
	for j := m.from; j < m.to; j++ {
		if !isCap(toks[j].text) {
			last = j
		}
	}
	if last > m.from && last+1 < m.to {
		if n, ok := nameAt(toks, last+1); ok && n.to == m.to {
			return n, true
		}
	}
	if n := nameAfterRole(toks, m); n != m {
		return n, true
	}
	return theModifier(toks, m), true
}

// theModifier reads "The Harbour senator" as a description, not the name
// "The Harbour": a capitalised word after "the" followed by a person noun
// in lower case modifies it (a place, a party, a firm), and the noun is
// the head. Other names after "the" ("the White House") stay names.
func theModifier(toks []tok, m mention) mention {
	if m.kind != mName || !strings.EqualFold(toks[m.from].text, "the") {
		return m
	}
	// The head is the last person noun of the words in lower case: the
	// walk may run on into the verb ("The Harbour senator sought").
	end := m.to
	for j := m.to; j < len(toks) && j-m.to < 3 && roleWord(toks, j); j++ {
		if personNoun(toks[j].text) {
			end = j + 1
		}
	}
	if end == m.to {
		return m
	}
	return mention{kind: mDesc, from: m.from, to: end, span: corpus.Span{Start: m.span.Start, End: toks[end-1].span.End}}
}

// nameAfterRole is the name that follows mention m across a role in lower
// case ("Harbour Port boss Erik Lund", "White House press secretary Ann
// Vell"), or m itself when no name follows.
func nameAfterRole(toks []tok, m mention) mention {
	j := m.to
	for j < len(toks) && j-m.to < 3 && roleWord(toks, j) {
		j++
	}
	if j > m.to && j < len(toks) && !hasPunct(toks[j].gap) {
		if n, ok := nameAt(toks, j); ok {
			return n
		}
	}
	return m
}

// roleWord reports whether toks[j] is a lower-case word that can be part of
// a role before a name ("press secretary", "lawyer"), joined to what
// precedes it.
func roleWord(toks []tok, j int) bool {
	w := toks[j].text
	lw := strings.ToLower(w)
	return !isCap(w) && !hasPunct(toks[j].gap) && !function[lw] && !isAdverb(lw) && verbOf(lw) == "" && !pronouns[lw] && !determiners[lw]
}

func npAtRaw(toks []tok, k int) (mention, bool) {
	if k >= len(toks) {
		return mention{}, false
	}
	lw := strings.ToLower(toks[k].text)
	if pronounOf(lw) != "" {
		return mention{kind: mPronoun, from: k, to: k + 1, span: toks[k].span}, true
	}
	if m, ok := nameAt(toks, k); ok {
		if _, poss := possessive(toks[m.to-1].text); !poss {
			return m, true
		}
		// "Harbour Forum's Ines Moll said": the person of the
		// organisation speaks.
		if m.to < len(toks) && !hasPunct(toks[m.to].gap) {
			if n, ok := nameAt(toks, m.to); ok && n.to-n.from >= 2 && !person.IsOrg(spanText(toks, n.from, n.to)) {
				if _, poss := possessive(toks[n.to-1].text); !poss {
					return n, true
				}
			}
		}
	}
	if !determiners[lw] && !isPossessiveName(toks, k) {
		return mention{}, false
	}
	if m, ok := unnamedOne(toks, k); ok {
		return m, true
	}
	end := k + 1
	for end < len(toks) && end-k <= 6 && !hasPunct(toks[end].gap) {
		w := strings.ToLower(toks[end].text)
		if function[w] || verbOf(w) != "" || isAdverb(w) {
			break
		}
		if end == k+1 && possessivePronouns[lw] && orgHeadEnds(toks, end) {
			end++
			break // "his office put out a statement": the office is the subject
		}
		end++
	}
	if end == k+1 {
		return mention{}, false
	}
	return mention{kind: mDesc, from: k, to: end, span: corpus.Span{Start: toks[k].span.Start, End: toks[end-1].span.End}}, true
}

// orgHeadEnds reports whether toks[j], an organisation's word in lower
// case ("office", "campaign"), ends a description because a verb follows
// it: "his office put out", not "his office manager said".
func orgHeadEnds(toks []tok, j int) bool {
	if j+1 >= len(toks) || isCap(toks[j].text) || !person.IsOrg(toks[j].text) || hasPunct(toks[j+1].gap) {
		return false
	}
	next := strings.ToLower(toks[j+1].text)
	return !isCap(toks[j+1].text) && !person.IsOrg(next) && !personNoun(next) && lex.Known(lex.Lemma(next, lex.Verb), lex.Verb)
}

func isPossessiveName(toks []tok, k int) bool {
	_, poss := possessive(toks[k].text)
	return poss && isCap(toks[k].text)
}

// opensClause reports whether toks[k] starts a clause: the first word, after
// punctuation, or after a conjunction.
func opensClause(toks []tok, k int) bool {
	if k == 0 || hasPunct(toks[k].gap) {
		return true
	}
	switch strings.ToLower(toks[k-1].text) {
	case "and", "but", "that", "while", "when", "as", "because", "then", "so", "meanwhile", "also", "later", "even":
		return true
	}
	return false
}

// maxPremodifier bounds the words that describe a name before it.
const maxPremodifier = 4

// premodified reports whether the name at toks[k] opens its clause after
// a few words that describe it ("81-year-old Ole Brandt",
// "retired pilot Ole Brandt"): no function word, pronoun, verb of speech
// or other name stands between the clause's opening and the name, so the
// words are the name's, not a clause whose object it is.
func premodified(toks []tok, k int) bool {
	if k == 0 || k >= len(toks) || hasPunct(toks[k].gap) {
		return false
	}
	for i := k - 1; i >= 0 && k-i <= maxPremodifier; i-- {
		w := strings.ToLower(toks[i].text)
		opening := i == 0 || hasPunct(toks[i].gap)
		// A capital is a name's, unless it opens the clause and is a
		// word ("Retired pilot Ole Brandt").
		if isCap(toks[i].text) && !(opening && lex.Known(w, 0)) || function[w] || pronouns[w] || pronounOf(w) != "" || verbOf(w) != "" || isAdverb(w) {
			return false
		}
		if opening {
			return true
		}
	}
	return false
}

// npBefore reads the speaker phrase that ends right before toks[k],
// skipping adverbs and an apposition ("Flynn, a top Trump surrogate, said").
func npBefore(toks []tok, k int) (mention, bool) {
	m, ok := npBeforeX(toks, k, true)
	if ok && nounHead(toks, m, k) {
		return mention{}, false
	}
	return m, ok
}

// nounHead reports whether the cue word toks[k] right after a description
// is that description's head noun, not its verb: "a fundraising call",
// "his home state" (a singular subject takes "calls", "states"), "his
// recent remarks" (an adjective modifies a noun, it is no subject). A
// word that is no verb ("reporter") is left to the cue's own reading.
func nounHead(toks []tok, m mention, k int) bool {
	if k >= len(toks) || m.to != k || hasPunct(toks[k].gap) {
		return false
	}
	w := strings.ToLower(toks[k].text)
	if strings.HasSuffix(w, "ed") || irregularPast[w] || !lex.Known(lex.Lemma(w, lex.Noun), lex.Noun) || !lex.Known(lex.Lemma(w, lex.Verb), lex.Verb) {
		return false
	}
	if m.kind == mName && m.from > 0 && !hasPunct(toks[m.from].gap) && segment.LowerIn(determiners, toks[m.from-1].text) {
		return modifierName(toks, m, w) // "a Twitter post"
	}
	if m.to-m.from < 2 || !segment.LowerIn(determiners, toks[m.from].text) {
		return false
	}
	if isCap(toks[m.to-1].text) {
		return modifierName(toks, m, w) // "the Dunmore attacks"
	}
	last := strings.ToLower(toks[m.to-1].text)
	if !strings.HasSuffix(w, "s") {
		return !strings.HasSuffix(last, "s") && !isCap(toks[m.to-1].text)
	}
	return !isCap(toks[m.to-1].text) && senseCount(last, lex.Adj) > senseCount(last, lex.Noun)
}

// adjunctStart is the index of the first word of a phrase set off by
// commas that ends at toks[j-1] and opens with a preposition (", in an
// attempt to …,"), or -1.
func adjunctStart(toks []tok, j int) int {
	for a := j - 1; a > 0 && j-a <= 12; a-- {
		g := toks[a].gap
		if strings.ContainsAny(g, ".;:!?()\"\u201c\u201d") {
			return -1
		}
		if strings.Contains(g, ",") {
			if w := toks[a].text; !isCap(w) && prepositions[w] {
				return a
			}
			return -1
		}
	}
	return -1
}

// participleClause reports whether the clause that toks[k] stands in,
// after the last comma a few words before it, opens with a word in -ing.
func participleClause(toks []tok, k int) bool {
	for a := k - 1; a >= 0 && k-a <= 12; a-- {
		if hasPunct(toks[a].gap) {
			return strings.HasSuffix(strings.ToLower(toks[a].text), "ing")
		}
	}
	return false
}

// modifierName reports whether a name after a determiner modifies the
// cue word w as a noun: a singular word ("the Harbour attack", "a
// Twitter post") needs a verb in -s after a singular subject; before a
// plural one ("the Dunmore attacks") the name must be one that cannot
// speak or an outlet (a place, an event: person.TypeOf, or a place by
// WordNet's commonest sense).
func modifierName(toks []tok, m mention, w string) bool {
	if !strings.HasSuffix(w, "s") {
		return true
	}
	name := spanText(toks, m.from, m.to)
	if t := person.TypeOf(name); !t.Speaks() || t == person.TypeOutlet {
		return true
	}
	last := strings.ToLower(toks[m.to-1].text)
	return lex.FirstClass(last, lex.Noun).Has(lex.NounLocation)
}

// senseCount is how often WordNet's tagged texts use w in the part of
// speech: "recent" is an adjective far more than a noun.
func senseCount(w string, pos lex.POS) int {
	n := 0
	for _, s := range lex.Senses(w, pos) {
		n += s.Count
	}
	return n
}

func gapAt(toks []tok, j int) string {
	if j < len(toks) {
		return toks[j].gap
	}
	return ""
}

func npBeforeX(toks []tok, k int, appos bool) (mention, bool) {
	j := k
	for j > 0 && k-j < 4 && !hasPunct(gapAt(toks, j)) {
		w := strings.ToLower(toks[j-1].text)
		switch {
		case isAdverb(w):
			j--
			continue
		case calendar[w] && j > 1 && segment.LowerIn(timePrep, toks[j-2].text):
			j -= 2 // "Trump on Tuesday said"
			continue
		case calendar[w] && j > 1 && isAdverb(strings.ToLower(toks[j-2].text)) && !hasPunct(toks[j-1].gap):
			j-- // "Vell later Thursday told": a day is nobody
			continue
		}
		break
	}
	// "Cami Wright, 57, told": an age after the name is no apposition.
	age := j > 1 && isAge(toks[j-1].text) && strings.Contains(gapAt(toks, j), ",") &&
		strings.Contains(toks[j-1].gap, ",") && isCap(toks[j-2].text)
	if age {
		j--
	}
	paren := false
	if j > 0 && !age && strings.Contains(gapAt(toks, j), ")") {
		// "Rep. Jason Chaffetz (R-Utah) said"
		for a := j - 1; a > 0 && j-a <= 8; a-- {
			if strings.Contains(toks[a].gap, "(") {
				j, paren = a, true
				break
			}
		}
	}
	// An adjunct set off by commas that opens with a preposition ("Ann
	// Lee, in a letter to the board, wrote") stands between the subject
	// and its verb: the subject is before it.
	if j > 0 && appos && !paren && !age && strings.Contains(gapAt(toks, j), ",") {
		if a := adjunctStart(toks, j); a > 0 {
			return npBeforeX(toks[:a], a, appos)
		}
	}
	// An apposition ("Michael Mulgrew, president of the United
	// Federation of Teachers, said"), maybe ending in a parenthesis
	// ("Jeff Lund, chairman of Harbour Rising (a boat club), wrote").
	if j > 0 && appos && !paren && !age && strings.Contains(gapAt(toks, j), ",") {
		if m, ok := apposHead(toks, j); ok {
			return m, true
		}
	} else if j > 0 && appos && paren && strings.Contains(gapAt(toks, k), ",") && !isCap(toks[j].text) {
		// A parenthesis that describes ("(a boat club)"), not a
		// party and state ("Gov. Ann Lord (R-OH), said").
		if m, ok := apposHead(toks, j); ok {
			return m, true
		}
	}
	if j == 0 || hasPunct(gapAt(toks, j)) && !strings.Contains(gapAt(toks, j), ",") && !paren {
		return mention{}, false
	}
	last := j - 1
	lw := strings.ToLower(toks[last].text)
	if lw == "another" && (last == 0 || hasPunct(toks[last].gap)) {
		// "Another tweeted, "…"": one more of those just quoted,
		// whom the writer leaves unnamed.
		return mention{kind: mDesc, from: last, to: j, span: toks[last].span}, true
	}
	if determiners[lw] || function[lw] {
		return mention{}, false
	}
	if pronounOf(lw) != "" {
		return mention{kind: mPronoun, from: last, to: j, span: toks[last].span}, true
	}
	// Walk back over a name or a description.
	start := last
	for start > 0 && j-start < 7 && !hasPunct(toks[start].gap) {
		w := strings.ToLower(toks[start-1].text)
		if determiners[w] {
			start--
			break
		}
		if function[w] || verbOf(w) != "" || pronouns[w] {
			break
		}
		start--
	}
	// A run of capitals is a name; drop lower-case words before it.
	if isCap(toks[last].text) {
		s := last
		for s > start && isCap(toks[s-1].text) && joinGap(toks[s-1], toks[s].gap) {
			if _, poss := possessive(toks[s-1].text); poss && last-s >= 1 && !person.IsOrg(spanText(toks, s, last+1)) {
				break // "Harbour Forum's Ines Moll said", not "the Prosecutor's Office said"
			}
			s--
		}
		if _, poss := possessive(toks[last].text); poss {
			return mention{}, false
		}
		if segment.LowerIn(determiners, toks[start].text) && start == s-1 {
			s = start // "the White House"
		}
		if lw := strings.ToLower(toks[s].text); function[lw] && lw != "the" {
			s++
		}
		if s > last {
			return mention{}, false
		}
		// "The suit, which was filed in Chicago, alleged": a name after a
		// preposition, closing a clause set off by commas, is that
		// preposition's object, not the verb's subject. A clause that
		// opens with a participle ("Lee, speaking in Chicago, said") is
		// left to the reading of participles.
		if s > 0 && s == start && segment.LowerIn(prepositions, toks[s-1].text) && !hasPunct(toks[s].gap) && strings.Contains(gapAt(toks, j), ",") && !participleClause(toks, s) {
			return mention{}, false
		}
		// "Mr. Morgan of the Sierra Club said": the person before "of".
		o := s - 1
		if o > 0 && strings.EqualFold(toks[o].text, "the") {
			o--
		}
		if o > 0 && o < s && strings.EqualFold(toks[o].text, "of") && isCap(toks[o-1].text) && !hasPunct(toks[o].gap) {
			if m, ok := npBeforeX(toks[:o], o, false); ok && m.kind == mName {
				if m.to-m.from == 1 && person.IsTitle(toks[m.from].text) && appos {
					// "Ann Lund, president and CEO of Harbour Foods
					// said": an apposition whose closing comma is
					// missing.
					if h, ok := apposHead(toks, m.from); ok {
						return h, true
					}
				}
				return m, true
			}
		}
		// "The senator from Harbour said": a person noun before "from"
		// or "of" and a place is a description, the noun its head.
		if o := s - 1; o >= 2 && o < s && (strings.EqualFold(toks[o].text, "from") || strings.EqualFold(toks[o].text, "of")) &&
			!hasPunct(toks[o].gap) && !hasPunct(toks[o-1].gap) && !isCap(toks[o-1].text) && personNoun(toks[o-1].text) &&
			segment.LowerIn(determiners, toks[o-2].text) && !hasPunct(toks[s].gap) {
			return mention{kind: mDesc, from: o - 2, to: j, span: corpus.Span{Start: toks[o-2].span.Start, End: toks[last].span.End}}, true
		}
		// "the Harbour Board (HB) and the Port Police (PP) said": a
		// joint subject is credited to its first name, as its lead.
		o = s - 1
		if o > 0 && strings.EqualFold(toks[o].text, "the") && !hasPunct(toks[o].gap) {
			o--
		}
		if o > 0 && toks[o].text == "and" && !strings.Contains(toks[o].gap, ",") {
			// One word is a first name ("Ada and Tom Lund") or part
			// of a name ("Science and Technology Directorate").
			if m, ok := npBeforeX(toks[:o+1], o, false); ok && m.kind == mName {
				n := m.to - m.from
				if strings.EqualFold(toks[m.from].text, "the") {
					n--
				}
				if n >= 2 {
					return m, true
				}
			}
		}
		return mention{kind: mName, from: s, to: j, span: corpus.Span{Start: toks[s].span.Start, End: toks[last].span.End}}, true
	}
	if !segment.LowerIn(determiners, toks[start].text) && !isPossessiveName(toks, start) {
		if strings.HasSuffix(lw, "s") && start == last {
			// "officials said": a speaker nobody named.
			return mention{kind: mDesc, from: last, to: j, span: toks[last].span}, true
		}
		return mention{}, false
	}
	return mention{kind: mDesc, from: start, to: j, span: corpus.Span{Start: toks[start].span.Start, End: toks[last].span.End}}, true
}

// apposBound is how many words back an apposition's head is looked for.
const apposBound = 40

// apposHead finds the name that opens an apposition ending before
// toks[j]: a name that opens its clause before one of the commas. A
// name nested in the apposition is not its head ("Lena Holt, whose
// firm, Brightwater, sells boats, said" is Holt's): the name that opens
// the clause is, else the nearest.
func apposHead(toks []tok, j int) (mention, bool) {
	var first mention
	opening := -1 // the first word of a quoted title passed over
	for a := j - 1; a > 0 && j-a <= apposBound; a-- {
		g := abbrevGap(outsideQuotes(toks[a].gap))
		if a == opening {
			g = strings.NewReplacer("\"", "", "\u201c", "").Replace(g)
		} else if p, ok := quotedTitle(toks, a); ok {
			opening, a = p, p+1 // "a contestant on the show "Harbour Life," who …"
			continue
		}
		if strings.ContainsAny(g, ".;!?:\"\u201c\u201d") && !joinGap(toks[a-1], toks[a].gap) && !inWordPeriod(toks[a-1], g) {
			break // a sentence's end, not the period of "Mrs." or "D.C."
		}
		if !strings.Contains(g, ",") || !isCap(toks[a-1].text) {
			continue
		}
		b := a
		if strings.Contains(g, ")") {
			// "Rep. Ann Lord (D-Ore.), who …, said": the name
			// before the parenthesis.
			for p := a - 1; p > 0 && a-p <= 8; p-- {
				if strings.Contains(toks[p].gap, "(") {
					b = p
					break
				}
			}
		}
		if m, ok := npBeforeX(toks[:b], b, false); ok && m.kind == mName && (opensClause(toks, m.from) || premodified(toks, m.from)) && !strings.Contains(toks[m.from].gap, "(") {
			if m.from == 0 {
				return m, true
			}
			if first.kind == mNone {
				first = m
			}
		}
	}
	return first, first.kind != mNone
}

// outsideQuotes drops a quotation whose words were skipped from a gap
// (', "Harbour Life," '), keeping what lies before and after it.
func outsideQuotes(g string) string {
	const marks = "\"\u201c\u201d"
	i, j := strings.IndexAny(g, marks), strings.LastIndexAny(g, marks)
	if i < 0 || i == j {
		return g
	}
	_, n := utf8.DecodeRuneInString(g[j:])
	return g[:i] + g[j+n:]
}

// inWordPeriod reports whether a gap is the period of an initial inside
// a word, "D.C.-based", "U.S.-led": no space follows it, so it ends no
// sentence.
func inWordPeriod(prev tok, g string) bool {
	return strings.HasPrefix(g, ".") && utf8.RuneCountInString(prev.text) == 1 &&
		!strings.ContainsAny(g, " \u00a0\n;!?:\"\u201c\u201d")
}

// quotedTitle reports whether the gap before toks[a] closes a short
// quoted title ("the show "Harbour Life," who"): its words, at most
// eight, open with a capital. It returns the index of the title's first
// word.
func quotedTitle(toks []tok, a int) (int, bool) {
	g := toks[a].gap
	if !strings.ContainsAny(g, "\"\u201d") || strings.ContainsAny(g, ".;!?:") {
		return 0, false
	}
	for p := a - 1; p > 0 && a-p <= 8; p-- {
		if strings.ContainsAny(toks[p].gap, "\"\u201c\u201d") {
			if !strings.ContainsAny(toks[p].gap, "\"\u201c") || !isCap(toks[p].text) || strings.ContainsAny(toks[p].gap, ".;!?:") {
				return 0, false
			}
			return p, true
		}
		if hasPunct(toks[p].gap) {
			return 0, false
		}
	}
	return 0, false
}

// spanText joins the words toks[from:to] with spaces.
func spanText(toks []tok, from, to int) string {
	var b strings.Builder
	for j := from; j < to; j++ {
		if j > from {
			b.WriteByte(' ')
		}
		b.WriteString(toks[j].text)
	}
	return b.String()
}

// isAge reports whether w is a number of one to three digits, as an age.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// notNameStart reports whether a capitalised word opening a clause is an
// adverb and nothing else in WordNet ("ever", "sometimes"): such a word
// starts no name. A word that is also an adjective or a noun ("Early",
// "Long", "Only") may be a name, or a bare quotation's only cue, and
// participles are left alone: "Manning" and "Browning" read as verbs'
// -ing forms.
func notNameStart(lw string) bool {
	return lex.Known(lw, lex.Adv) && !lex.Known(lw, lex.Noun) && !lex.Known(lw, lex.Adj)
}

// personDesc reports whether description m is definite and its head
// names a person ("the head of state", "the chairman"), not a thing
// ("It's become such", "the campaign").
func personDesc(toks []tok, m mention) bool {
	if m.kind != mDesc || m.to-m.from < 2 || !strings.EqualFold(toks[m.from].text, "the") {
		return false
	}
	for j := m.from + 1; j < m.to; j++ {
		if strings.EqualFold(toks[j].text, "of") {
			return personNoun(toks[j-1].text) // "the head of state"
		}
	}
	return personNoun(toks[m.to-1].text)
}

// orgDesc reads a definite description whose head is an organisation's
// word ("the harbour master's office", "the ministry"), ending it there: the
// words after it that the reading of a description took along ("the
// harbour master's office sent a notice") are its verb's.
func orgDesc(toks []tok, m mention) (mention, bool) {
	if m.kind != mDesc || m.to-m.from < 2 || !strings.EqualFold(toks[m.from].text, "the") {
		return m, false
	}
	for j := m.from + 1; j < m.to && j-m.from <= 3; j++ {
		if person.IsOrg(toks[j].text) && !isCap(toks[j].text) {
			m.to, m.span.End = j+1, toks[j].span.End
			return m, true
		}
	}
	return m, false
}

// possessorBefore reads a reporting noun at toks[v] owned by a name:
// "Lund's claim that …", "Weber's recent assertion that …". The name
// ends in a possessive at most three words before the noun, and the
// words between are ones the tagger reads as modifiers (adjectives,
// adverbs, a participle, a singular noun: "Weber's clarion call"), with
// no punctuation anywhere between; tags are
// lex.Tag's tokens of the text from offset from. The noun itself must be
// tagged a noun: "Lund's aide said" has a verb, whose subject is the aide.
func possessorBefore(toks []tok, v int, tags []lex.Token, from int) (mention, bool) {
	if !strings.HasPrefix(tagAt(tags, toks[v].span.Start-from), "NN") {
		return mention{}, false
	}
	for k := v - 1; k >= 0 && v-k <= 4; k-- {
		if hasPunct(toks[k+1].gap) {
			return mention{}, false
		}
		if _, poss := possessive(toks[k].text); poss {
			if !isCap(toks[k].text) {
				return mention{}, false
			}
			s := k
			for s > 0 && isCap(toks[s-1].text) && joinGap(toks[s-1], toks[s].gap) {
				s--
			}
			for ; s <= k; s++ {
				if n, ok := nameAt(toks, s); ok && n.to == k+1 {
					return n, true
				}
			}
			return mention{}, false
		}
		switch t := tagAt(tags, toks[k].span.Start-from); {
		case strings.HasPrefix(t, "JJ"), strings.HasPrefix(t, "RB"), t == "VBG", t == "VBN", t == "NN":
		default:
			return mention{}, false
		}
	}
	return mention{}, false
}

// unnamedOne reads a speaker the writer leaves unnamed by picking one out
// of others: "another" standing alone ("tweeted another", "another
// wrote"), or "one of" and a group of people ("said one of two
// fishermen", "one of the jurors said"). The phrase ends at the group's
// noun, which must name people, so "one of the reasons" is no speaker.
func unnamedOne(toks []tok, k int) (mention, bool) {
	lw := strings.ToLower(toks[k].text)
	at := func(from, to int) mention {
		return mention{kind: mDesc, from: from, to: to, span: corpus.Span{Start: toks[from].span.Start, End: toks[to-1].span.End}}
	}
	if lw == "another" && (k+1 == len(toks) || hasPunct(toks[k+1].gap) || verbOf(toks[k+1].text) != "") {
		return at(k, k+1), true
	}
	if lw != "one" || k+2 >= len(toks) || !strings.EqualFold(toks[k+1].text, "of") || hasPunct(toks[k+1].gap) {
		return mention{}, false
	}
	for j := k + 2; j < len(toks) && j-k <= 6 && !hasPunct(toks[j].gap); j++ {
		w := toks[j].text
		if personNoun(w) && !isCap(w) {
			return at(k, j+1), true
		}
		if verbOf(w) != "" && !segment.LowerIn(determiners, w) {
			break
		}
	}
	return mention{}, false
}
