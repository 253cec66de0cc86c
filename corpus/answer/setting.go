package answer

import (
	"strings"

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
			return a.settingIn(lede(art, t.End), who)
		}
		return ""
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
	return a.setting(art[lo:from])
}

// maxSubjectWords bounds the words read for a sentence's first person.
const maxSubjectWords = 12

// settingIn is the setting of sentence text when who (nil: anyone) is the
// first person it names.
func (a *Answerer) settingIn(text string, who *corpus.Person) string {
	if who != nil {
		toks := index.Words.Tokenize(text)
		var first *corpus.Person
		for i := 0; i < len(toks) && i < maxSubjectWords && first == nil; i++ {
			if !isUpperWord(toks[i].Term) || index.IsStop(index.Fold(toks[i].Term)) {
				continue
			}
			run := properRun(text, toks, i, 1)
			for w := strings.Fields(run); len(w) > 0 && first == nil; w = w[1:] {
				// "Billionaire Donald Trump": a title may lead the name.
				if p, ok := a.lookupRun(strings.Join(w, " ")); ok && p.Kind == corpus.KindPerson {
					first = p
				}
			}
			i += max(0, len(strings.Fields(run))-1)
		}
		if first == nil || first.ID != who.ID {
			return ""
		}
	}
	return a.setting(text)
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
	for i := 0; i+1 < len(toks); i++ {
		f := index.Fold(toks[i].Term)
		switch {
		case settingLocatives[f]:
			if i > 0 && f == "from" {
				continue // "from X" is whence, said of a move
			}
			j := i + 1
			if determiners[index.Fold(toks[j].Term)] && j+1 < len(toks) {
				j++
			}
			if isUpperWord(toks[j].Term) {
				if p := a.settingPlace(text, toks, j); p != "" {
					return p
				}
			}
		case f == "on" || f == "with" && i > 0 && strings.HasPrefix(index.Fold(toks[i-1].Term), "interview"):
			if m := mediumRun(text, toks, i+1); m != "" {
				return m
			}
		}
	}
	return ""
}

// settingPlace is the capitalised name at token j when it names a place,
// not a person, a day or a month.
func (a *Answerer) settingPlace(text string, toks []index.Token, j int) string {
	name := properRun(text, toks, j, 1)
	if name == "" || calendar[index.Fold(strings.Fields(name)[0])] {
		return ""
	}
	if p, ok := a.lookupRun(name); ok && p.Kind == corpus.KindPerson {
		return ""
	}
	return name
}

// mediumRun is the medium named from token i on: past a determiner or a
// day, words of which one is capitalised, up to a word of media
// ("WEEI radio", "Nordic state television", "Harbour News"), or "".
func mediumRun(text string, toks []index.Token, i int) string {
	for i < len(toks) {
		w := strings.TrimSuffix(strings.TrimSuffix(index.Fold(toks[i].Term), "'s"), "’s")
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
func unquoted(text string) string {
	b := []byte(text)
	open := -1
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '"' || strings.HasPrefix(text[i:], "''"):
			if b[i] == '\'' {
				i++ // two apostrophes stand for a quotation mark
			}
			if open < 0 {
				open = i
			} else {
				blankRange(b, open, i+1)
				open = -1
			}
		case strings.HasPrefix(text[i:], "“"):
			open = i
		case strings.HasPrefix(text[i:], "”") && open >= 0:
			blankRange(b, open, i+len("”"))
			open = -1
		}
	}
	return string(b)
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
