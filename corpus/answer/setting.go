package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// Where someone was when speaking, where words were said: the place asked is
// the setting of the speaking, which an article writes in the clause of
// its attribution, outside the quoted words: "spoke to the crew aboard
// the ferry", "at a rally in Halden", "in an interview with Nordic
// radio", "on Harbour FM". A place inside the quotation is what the words
// are about, not where they were said.

// asksSetting reports whether a "where" question asks where something
// was said: the action its frame reads is one WordNet counts as speaking
// (where Berg stood as she spoke, where she named the levy a tax); where
// the port's board met asks for a place, which an article writes beside
// the event.
func asksSetting(qu Question) bool {
	if qu.Kind != KindWhere {
		return false
	}
	p := qu.Frame().Predicate
	if p == "" || !lex.Known(p, lex.Verb) || !lex.IsCommunication(p) {
		return false
	}
	// X being told something, a passive: X heard it, and where is the
	// telling's event, not words X said. Where X was as she spoke: the speaking
	// is in a clause of its own, active.
	be := false
	for i := 0; i < len(qu.Words); i++ {
		f := qu.Words[i].Fold
		switch {
		case clauseOpeners[f] && i >= qu.Body:
			return true
		case beforeParticiple[f]:
			be = true
		case i >= qu.Body && lex.Lemma(f, lex.Verb) == p:
			return (!be || f == p || strings.HasSuffix(f, "ing")) && !movesAfter(qu, i+1)
		}
	}
	return true
}

// movesAfter reports whether a verb of motion follows word i (where Berg
// said the ferry would sail): the place asked is where one goes, which
// the words said name.
func movesAfter(qu Question, i int) bool {
	for ; i < len(qu.Words); i++ {
		f := qu.Words[i].Fold
		if lemma := lex.Lemma(f, lex.Verb); !qu.Words[i].Upper && lex.Known(lemma, lex.Verb) &&
			lex.FirstClass(lemma, lex.Verb).Has(lex.VerbMotion) {
			return true
		}
	}
	return false
}

// clauseOpeners open a clause of its own inside a question.
var clauseOpeners = map[string]bool{"when": true, "while": true, "after": true, "before": true, "as": true}

// beforeParticiple stand before a participle in the passive.
var beforeParticiple = map[string]bool{"was": true, "were": true, "been": true, "being": true, "got": true, "get": true, "is": true, "are": true}

// maxSettingRun bounds the words read after "on" or "interview with" for
// a medium's name ("Nordic state radio").
const maxSettingRun = 5

// settingLocatives are the words before a place something was said at.
var settingLocatives = map[string]bool{"in": true, "at": true, "aboard": true, "inside": true, "from": true}

// settingOf is where the words of document d were said or the event of
// it took place, read from its sentence in the article outside any
// quotation, or "". The one asked about (who, nil for anyone) must be
// the one speaking: the quotation's speaker, or the first person the
// sentence names ("Lund urged Berg on the deal in Halden" is no setting
// of Berg's words).
func (a *Answerer) settingOf(d index.Doc, who *corpus.Person) string {
	if d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return ""
	}
	art := a.c.Articles[d.Article].Text
	from, to := d.Span.Start, d.Span.End
	if from < 0 || to > len(art) || from >= to {
		return ""
	}
	if d.Kind != index.KindQuote {
		if s := a.settingIn(art[from:to], who); s != "" {
			return s // the sentence itself
		}
		// A headline's event is the one its lede tells, with the place
		// the headline has no room for.
		if t := a.c.Articles[d.Article].Title; t.End > t.Start && from <= t.Start && to >= t.End-1 {
			if s := a.settingIn(lede(art, t.End), who); s != "" {
				return s
			}
		}
		return a.occasionNear(d, who) // occasion.go
	}
	if who != nil && int(a.c.Quotes[d.Ref].SpeakerID) != who.ID {
		return ""
	}
	lo := max(0, from-maxSentenceBytes)
	if i := strings.LastIndexAny(art[lo:from], ".!?\n"); i >= 0 {
		lo += i + 1
	}
	hi := min(len(art), to+maxSentenceBytes)
	if i := strings.IndexAny(art[to:hi], ".!?\n"); i >= 0 {
		hi = to + i
	}
	// The quotation's own words are its content: the attribution after
	// it or before it says where they were said.
	if s := a.setting(art[to:hi]); s != "" {
		return s
	}
	if s := a.setting(art[lo:from]); s != "" {
		return s
	}
	return a.occasionNear(d, who) // occasion.go
}

// cueSetting is where the words of sentence text (its quoted words
// blanked) were said, read in the clause of its first speaking verb,
// from the verb on ("Lund told reporters aboard the ferry as it sailed
// to Halden": the ferry, not Halden, where it sailed), when who (nil:
// anyone) is the first person the sentence names; "" when that clause
// names no setting. cue is where the verb stands, -1 when the sentence
// has none of the speaker asked: words after it are what was said.
func (a *Answerer) cueSetting(text string, who *corpus.Person) (setting string, cue int) {
	toks := index.Words.Tokenize(text)
	for i, t := range toks {
		f := index.Fold(t.Term)
		if isUpperWord(t.Term) {
			continue
		}
		lemma := lex.Lemma(f, lex.Verb)
		if lemma == f && !strings.HasSuffix(f, "s") || !lex.Known(lemma, lex.Verb) || !lex.IsCommunication(lemma) {
			continue // "said", "told", "says": an inflected verb of speaking
		}
		// The setting follows the verb, past whom it was told to and
		// from one locative to the next ("said in an interview aboard
		// the ferry"); a longer run of other words is what was said
		// ("said a plan to end the war in Halden had been agreed").
		end, gap := len(text), 0
		for k := i + 1; k < len(toks); k++ {
			g := index.Fold(toks[k].Term)
			if cueClauseEnds[g] || strings.ContainsAny(text[toks[k-1].End:toks[k].Start], ";:") || gap > maxCueGap {
				end = toks[k].Start
				break
			}
			if settingLocatives[g] || g == "on" || g == "with" || g == "during" {
				gap = 0
			} else {
				gap++
			}
		}
		if who != nil {
			// The speaker stands before the verb, by name or, named in
			// the sentence before, by a pronoun; another's speaking
			// may follow.
			from := 0
			if i > maxSubjectWords {
				from = toks[i-maxSubjectWords].Start
			}
			last := a.lastPerson(text[from:t.Start])
			if last == nil && (i == 0 || !subjectPronouns[index.Fold(toks[i-1].Term)]) || last != nil && last.ID != who.ID {
				continue
			}
		}
		return a.setting(text[t.Start:end]), t.Start
	}
	return "", -1
}

// maxCueGap bounds the words between a speaking verb, or a locative
// after it, and the next locative: whom it was told to ("told a crowd of
// supporters at"), a day, or a place's noun phrase.
const maxCueGap = 4

// cueClauseEnds open a clause after a speaking verb whose places are
// another event's: "as he flew home to Halden".
var cueClauseEnds = map[string]bool{"as": true, "when": true, "while": true, "after": true, "before": true,
	"where": true, "who": true, "which": true, "because": true}

// subjectPronouns speak for someone named before.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true}

// maxSubjectWords bounds the words read for a sentence's first person.
const maxSubjectWords = 12

// settingIn is the setting of sentence text when who (nil: anyone) is the
// first person it names.
func (a *Answerer) settingIn(text string, who *corpus.Person) string {
	if who != nil {
		if first := a.leadPerson(text); first == nil || first.ID != who.ID {
			return ""
		}
	}
	return a.setting(text)
}

// lastPerson is the last person text names, or nil.
func (a *Answerer) lastPerson(text string) *corpus.Person {
	toks := index.Words.Tokenize(text)
	var last *corpus.Person
	for i := 0; i < len(toks); i++ {
		if !isUpperWord(toks[i].Term) || index.IsStop(index.Fold(toks[i].Term)) {
			continue
		}
		run := properRun(text, toks, i, 1)
		for w := strings.Fields(run); len(w) > 0; w = w[1:] {
			if p, ok := a.lookupRun(strings.Join(w, " ")); ok && p.Kind == corpus.KindPerson {
				last = p
				break
			}
		}
		i += max(0, len(strings.Fields(run))-1)
	}
	return last
}

// leadPerson is the first person text names within its first
// maxSubjectWords words, or nil.
func (a *Answerer) leadPerson(text string) *corpus.Person {
	toks := index.Words.Tokenize(text)
	for i := 0; i < len(toks) && i < maxSubjectWords; i++ {
		if !isUpperWord(toks[i].Term) || index.IsStop(index.Fold(toks[i].Term)) {
			continue
		}
		run := properRun(text, toks, i, 1)
		for w := strings.Fields(run); len(w) > 0; w = w[1:] {
			// "Billionaire Donald Trump": a title may lead the name.
			if p, ok := a.lookupRun(strings.Join(w, " ")); ok && p.Kind == corpus.KindPerson {
				return p
			}
		}
		i += max(0, len(strings.Fields(run))-1)
	}
	return nil
}

// setting is the first place or medium text says something was said or
// done at, outside quoted words: a capitalised place after "in", "at" or
// "aboard" (past a noun phrase of the occasion: "at a news conference in
// Halden"), or a medium's name after "on" or "interview with" that ends
// in a word of media ("on Harbour FM radio", "with Nordic state
// television").
func (a *Answerer) setting(text string) string {
	text = unquoted(text)
	toks := index.Words.Tokenize(text)
	common, commonEnd := "", 0
	for i := 0; i+1 < len(toks); i++ {
		if common != "" && i > commonEnd+1 {
			return common
		}
		f := index.Fold(toks[i].Term)
		switch {
		case settingLocatives[f]:
			if i > 0 && f == "from" {
				continue // "from X" is whence, said of a move
			}
			j := i + 1
			det := index.Fold(toks[j].Term)
			if (determiners[det] || possessives[det]) && j+1 < len(toks) {
				j++
			} else {
				det = ""
			}
			if isUpperWord(toks[j].Term) {
				// The name after a venue's noun is the venue's town
				// ("a rally in Halden"), whoever else it is written as.
				if p := a.settingPlace(text, toks, j, common != "" && i == commonEnd); p != "" {
					return p
				}
			} else if det != "" && common == "" {
				// "aboard the harbour launch", "at a union congress":
				// a venue or vehicle named by a common noun, unless a
				// name follows it ("at a rally in Halden").
				if common = commonSetting(text, toks, j, det, f == "at"); common != "" {
					commonEnd = j + len(strings.Fields(common)) - 1
				}
			}
		case f == "during" && common == "" && determiners[index.Fold(toks[i+1].Term)] && i+2 < len(toks) && !isUpperWord(toks[i+2].Term):
			// "said during a news conference": the occasion.
			if common = commonSetting(text, toks, i+2, index.Fold(toks[i+1].Term), true); common != "" {
				commonEnd = i + 1 + len(strings.Fields(common))
			}
		case f == "on" || f == "with" && i > 0 && strings.HasPrefix(index.Fold(toks[i-1].Term), "interview"):
			if m := mediumRun(text, toks, i+1); m != "" {
				return m
			}
		}
	}
	return common
}

// maxSettingWords bounds the words of a venue's noun phrase after its
// determiner ("a union congress", "the harbour launch").
const maxSettingWords = 3

// commonSetting is the venue a locative names by a common noun at
// toks[j], after its determiner det: a place or a thing one can be in
// ("the harbour launch", "the ferry"), or, after "at", an occasion one
// attends ("a union congress", "a rally", "a news briefing"), never a
// time ("at the moment"); "" otherwise. A head noun followed by "of" is
// no venue ("in front of dockers", "at the end of her shift").
func commonSetting(text string, toks []index.Token, j int, det string, at bool) string {
	k := phraseHead(text, toks, j)
	if k < 0 || k+1 < len(toks) && index.Fold(toks[k+1].Term) == "of" {
		return ""
	}
	if w := toks[k].Term; placeNoun(w) || at && occasionNoun(w) {
		return det + " " + text[toks[j].Start:toks[k].End]
	}
	return ""
}

// phraseHead is the index of the head of the lower-case noun phrase that
// starts at toks[j] (the last word before punctuation, a capital or a
// small word), reading past up to two describing words; -1 when a capital
// or a small word comes first, or the phrase runs on past three words.
func phraseHead(text string, toks []index.Token, j int) int {
	for k := j; k < len(toks) && k < j+maxSettingWords; k++ {
		if k > j && strings.TrimSpace(text[toks[k-1].End:toks[k].Start]) != "" {
			return -1 // punctuation inside: no one noun phrase
		}
		w := toks[k].Term
		if isUpperWord(w) || index.IsStop(index.Fold(w)) {
			return -1
		}
		next := k + 1
		if next >= len(toks) || strings.TrimSpace(text[toks[k].End:toks[next].Start]) != "" ||
			isUpperWord(toks[next].Term) || index.IsStop(index.Fold(toks[next].Term)) {
			return k
		}
	}
	return -1
}

// occasionNoun reports whether a lower-case noun names an occasion
// people gather at, whose most frequent sense WordNet classes as a
// group, an event or an act (conference, rally, meeting, ceremony), or
// a telling to an audience (briefing), and none of whose senses is a
// time.
func occasionNoun(w string) bool {
	lemma := lex.Lemma(strings.ToLower(w), lex.Noun)
	if !lex.Known(lemma, lex.Noun) || lex.Classes(lemma, lex.Noun).Has(lex.NounTime) {
		return false
	}
	return lex.FirstClass(lemma, lex.Noun).Has(lex.NounGroup | lex.NounEvent | lex.NounAct | lex.NounCommunication)
}

// settingPlace is the capitalised name at token j when it names a place,
// not a person, a day or a month.
// A day after the name is no part of it ("in Halden Saturday").
// townOfVenue: the name follows a venue's noun, and is its town.
func (a *Answerer) settingPlace(text string, toks []index.Token, j int, townOfVenue bool) string {
	name := properRun(text, toks, j, 1)
	words := strings.Fields(name)
	for len(words) > 0 && calendar[index.Fold(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	name = strings.Join(words, " ")
	if p, ok := a.lookupSpelt(name, false); ok && p.Kind == corpus.KindPerson && !townOfVenue {
		return ""
	}
	return name
}

// mediumRun is the medium named from token i on: past a determiner or a
// day, words of which one is capitalised, up to a word of media
// ("WEEI radio", "Nordic state television", "Harbour News"), or "".
func mediumRun(text string, toks []index.Token, i int) string {
	for i < len(toks) {
		w := dropPossessive(index.Fold(toks[i].Term))
		if !determiners[w] && !possessives[w] && !calendar[w] {
			break
		}
		i++
	}
	upper := false
	for k := i; k < len(toks) && k < i+maxSettingRun; k++ {
		if k > i && strings.TrimSpace(text[toks[k-1].End:toks[k].Start]) != "" {
			return "" // punctuation ends the name
		}
		w := index.Fold(toks[k].Term)
		if index.IsStop(w) {
			return ""
		}
		upper = upper || isUpperWord(toks[k].Term)
		if mediumNouns[w] || mediaWords[w] {
			if !upper {
				return "" // "on a show": which one is not said here
			}
			return text[toks[i].Start:toks[k].End]
		}
	}
	return ""
}

// unquoted is text with every quoted stretch blanked (its bytes as
// spaces, so offsets hold): the words said are not where they were said.
//
// A sentence may open inside a quotation that began in the sentence
// before (a quotation of two sentences): when its first mark closes
// one ("… to Russia,\" Trump told reporters"), the words before it are
// quoted too.
func unquoted(text string) string {
	b := []byte(text)
	open := -1
	first := true
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '"' || strings.HasPrefix(text[i:], "''"):
			if b[i] == '\'' {
				i++ // two apostrophes stand for a quotation mark
			}
			if first && closesQuote(text, i) {
				blankRange(b, 0, i+1)
				first = false
				continue
			}
			first = false
			if open < 0 {
				open = i
			} else {
				blankRange(b, open, i+1)
				open = -1
			}
		case strings.HasPrefix(text[i:], "“"):
			open, first = i, false
		case strings.HasPrefix(text[i:], "”") && open >= 0:
			blankRange(b, open, i+len("”"))
			open = -1
		case strings.HasPrefix(text[i:], "”") && first:
			blankRange(b, 0, i+len("”"))
			first = false
		}
	}
	return string(b)
}

// closesQuote reports whether the straight quotation mark ending at
// byte i of text closes a quotation: it follows a word or punctuation
// and is followed by a space, punctuation or the end.
func closesQuote(text string, i int) bool {
	start := i
	if text[i] == '\'' {
		start = i - 1 // two apostrophes
	}
	if start == 0 || text[start-1] == ' ' || text[start-1] == '\n' {
		return false
	}
	if i+1 >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

func blankRange(b []byte, from, to int) {
	for k := from; k < to && k < len(b); k++ {
		b[k] = ' '
	}
}

// lede is the first sentence of art after offset at, the title's end.
func lede(art string, at int) string {
	at = min(max(at, 0), len(art))
	rest := strings.TrimLeft(art[at:], " \n.")
	end := min(len(rest), maxSentenceBytes)
	if i := strings.IndexAny(rest[:end], ".!?\n"); i >= 0 {
		end = i
	}
	return strings.ToValidUTF8(rest[:end], "")
}
