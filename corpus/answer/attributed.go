package answer

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// A figure a reporter uses needs its source. An answer drawn from a
// sentence of reported speech ("About 40 boats were lost, the harbour
// master said"; "Berg said the crews had found 14 boats"; "… according
// to Ann Berg of the coastguard") is that person's telling, quoted or
// not: the reply names them as its speaker, as it does for a quotation.
// The answer's words must stand in what was said: after a verb of
// saying whose subject is the person, or before a closing clause that
// names them (", Berg said", ", said Berg", "according to Berg"). A
// sentence that only goes on from the one answering ("It last read 9
// feet, according to Berg", after "A gauge showed a rise of 22 feet")
// lends it its source.

// attributedTo is the person fact document d's sentence reports as
// telling the answer c (its value, or else its line), or nil.
func (a *Answerer) attributedTo(d index.Doc, c candidate) *corpus.Person {
	if d.Kind != index.KindFact || int(d.Ref) >= len(a.c.Facts) || int(d.Article) >= len(a.c.Articles) {
		return nil
	}
	f := &a.c.Facts[d.Ref]
	text := f.Text(a.c)
	from, to := -1, -1
	switch {
	case c.value != nil && c.value.Span().End > c.value.Span().Start:
		from, to = c.value.Span().Start-f.Span().Start, c.value.Span().End-f.Span().Start
	case strings.TrimSpace(c.line) != "":
		if k := strings.Index(text, c.line); k >= 0 {
			from, to = k, k+len(c.line)
		}
	}
	if from < 0 || to > len(text) {
		return nil
	}
	verbs := newSayingVerbs(text) // read by both, tagged once
	if p := a.tellerOf(d, verbs, from, to); p != nil {
		return p
	}
	art := a.c.Articles[d.Article]
	if p := a.accountGoesOn(d, f.Span().Start, verbs); p != nil {
		return p
	}
	// The sentence after, when it goes on about the same thing, may
	// close with the source of both.
	end := f.Span().End
	if end >= len(art.Text) {
		return nil
	}
	next := segment.Sentences(art.Text, corpus.Span{Start: end, End: min(len(art.Text), end+lookBack)})
	if len(next) == 0 || strings.Contains(art.Text[end:next[0].Start], "\n") {
		return nil // another paragraph
	}
	nt := art.Text[next[0].Start:next[0].End]
	toks := index.Words.Tokenize(nt)
	if len(toks) < 3 || !thingOpeners[index.Fold(toks[0].Term)] {
		return nil
	}
	nd := d
	nd.Span = next[0]
	// What the sentence goes on to say stands before its closing
	// clause: its whole text, as the answer's place.
	return a.teller(nd, nt, 0, 0)
}

// thingOpeners open a sentence that goes on about a thing named before
// it ("It last read 9 feet").
var thingOpeners = map[string]bool{"it": true, "they": true, "its": true, "their": true}

// teller is the person text (the sentence of document d) reports saying
// what stands at bytes from..to of it, or nil.
func (a *Answerer) teller(d index.Doc, text string, from, to int) *corpus.Person {
	return a.tellerOf(d, newSayingVerbs(text), from, to)
}

// tellerOf is teller over a sentence whose verbs of saying are read once
// (see sayingVerbs).
func (a *Answerer) tellerOf(d index.Doc, verbs *sayingVerbs, from, to int) *corpus.Person {
	text, toks := verbs.text, verbs.toks
	if len(toks) < 3 || !anySayingWord(toks) {
		return nil
	}
	// A closing clause: the source right after a comma that follows
	// the answer (", Berg said.", ", said the harbour master"), not a
	// clause of its own ("…, the day after Berg spoke in Halden").
	closing := func(start int) bool {
		return to <= start && strings.HasSuffix(strings.TrimRight(text[:start], " \u00a0\"'”’"), ",")
	}
	for k, t := range toks {
		if index.FoldIs(t.Term, "according") && k+2 < len(toks) && index.FoldIs(toks[k+1].Term, "to") {
			// "… according to Ann Berg": the answer is not the source's
			// own name.
			if p := a.sourceAfter(d, text, toks, k+2); p != nil && (to <= t.Start || from >= toks[k+2].End) {
				return p
			}
			continue
		}
		// Whether the word is a verb of saying there (the tagger's
		// reading, the cost of this) is asked only once a person stands
		// where its source would: the answer is the same.
		if !sayingWord(t) {
			continue
		}
		// "said Berg", closing the sentence after a comma.
		if k > 0 && strings.Contains(text[toks[k-1].End:t.Start], ",") && k+1 < len(toks) {
			if p := a.sourceAfter(d, text, toks, k+1); p != nil && closing(t.Start) {
				if !verbs.at(k) {
					continue
				}
				return p
			}
		}
		// "Berg said …", "…, the harbour master said", "Berg, a pilot
		// in Halden, told …"; a closing clause that names someone else
		// after its verb tells of them, not of the figure.
		p, start := a.subjectBefore(d, text, toks, k)
		if p == nil {
			continue
		}
		if (from >= t.End || closing(start) && !a.namesOther(text, toks, k+1, p)) && verbs.at(k) {
			return p
		}
	}
	return nil
}

// sayingVerbs reads which words of one sentence are verbs of saying
// (sayingVerb), each once and only when asked: attributedTo asks teller
// and then accountGoesOn about the same sentence, and tagging is most of
// what either costs.
type sayingVerbs struct {
	text string
	toks []index.Token
	read []int8 // per token: 0 not read yet, 1 a verb of saying, -1 not
}

func newSayingVerbs(text string) *sayingVerbs {
	toks := index.Words.Tokenize(text)
	return &sayingVerbs{text: text, toks: toks, read: make([]int8, len(toks))}
}

// at reports whether token k is a verb of saying.
func (v *sayingVerbs) at(k int) bool {
	if v.read[k] == 0 {
		v.read[k] = -1
		if sayingVerb(v.text, v.toks, k) {
			v.read[k] = 1
		}
	}
	return v.read[k] > 0
}

// sayingAux are the words that may stand between a speaker and their
// verb of saying ("Berg has said", "Berg also told").
var sayingAux = map[string]bool{"has": true, "had": true, "have": true, "also": true, "later": true, "then": true}

// maxApposWords bounds a phrase between commas read as the speaker's
// description ("Berg, a pilot in Halden, said").
const maxApposWords = 10

// maxRelativeWords bounds a relative clause between commas passed over
// on the way back to the speaker ("Berg, who has run the port since
// 2019 and the ferry office since May, said").
const maxRelativeWords = 30

// relativeOpeners open a clause that describes the noun before it.
var relativeOpeners = map[string]bool{"who": true, "whose": true, "whom": true, "which": true}

// subjectBefore is the person who does the verb of saying at token k,
// named right before it, and the byte where their words start; nil when
// the subject names no one the corpus knows as a person.
func (a *Answerer) subjectBefore(d index.Doc, text string, toks []index.Token, k int) (*corpus.Person, int) {
	j := k - 1
	for j >= 0 && sayingAux[index.Fold(toks[j].Term)] && !strings.Contains(text[toks[j].End:toks[j+1].Start], ",") {
		j--
	}
	if j < 0 {
		return nil, 0
	}
	if strings.Contains(text[toks[j].End:toks[j+1].Start], ",") {
		// "Berg, a pilot in Halden, said" and "Darran Berg of the
		// Halden Pilots, said": the person first named in the phrases
		// between commas before the verb, nearest first.
		// A relative clause ("Berg, who met Lund at dawn, said") only
		// describes the one named before it: it is passed over, up to
		// maxRelativeWords, and whoever it names is not the speaker.
		end := j + 1 // the phrase's tokens are [start, end)
		for seg := 0; seg < 3; seg++ {
			start := end - 1
			for start > 0 && end-start < maxRelativeWords && !strings.ContainsAny(text[toks[start-1].End:toks[start].Start], ",;:—–(") {
				start--
			}
			relative := relativeOpeners[index.Fold(toks[start].Term)]
			if end-start >= maxApposWords && !relative || end-start >= maxRelativeWords {
				return nil, 0
			}
			if !relative {
				if p := a.firstNamed(text, toks, start, end); p != nil {
					return p, toks[start].Start
				}
			}
			if start == 0 || !strings.Contains(text[toks[start-1].End:toks[start].Start], ",") {
				return nil, 0
			}
			end = start
		}
		return nil, 0
	}
	w := index.Fold(toks[j].Term)
	switch {
	case isUpperWord(toks[j].Term) && !(j == 0 && (w == "he" || w == "she")):
		run := properRun(text, toks, j, -1)
		if p := a.personRun(run); p != nil {
			return p, toks[max(0, j-len(strings.Fields(run))+1)].Start
		}
		return nil, 0
	case w == "he" || w == "she":
		// "He also said …" opening the sentence: its capital is the
		// sentence's, the one meant is named before.
		before := text[:toks[j].Start]
		if p := a.namedLast(before, index.Words.Tokenize(before)); p != nil {
			return p, toks[j].Start
		}
		if id := a.namedBefore(d, text); id >= 0 {
			return a.c.Person(id), toks[j].Start
		}
		return nil, 0
	}
	// "the harbour master said": a role the article gives one person.
	i := j
	for i > 0 && j-i < 4 && !isUpperWord(toks[i-1].Term) && !determiners[index.Fold(toks[i-1].Term)] &&
		!possessives[index.Fold(toks[i-1].Term)] && !index.IsStop(index.Fold(toks[i-1].Term)) &&
		strings.TrimSpace(text[toks[i-1].End:toks[i].Start]) == "" {
		i--
	}
	if i == 0 || !determiners[index.Fold(toks[i-1].Term)] && !possessives[index.Fold(toks[i-1].Term)] {
		return nil, 0
	}
	if p := a.roleInArticle(int(d.Article), text[toks[i].Start:toks[j].End]); p != nil {
		return p, toks[i-1].Start
	}
	return nil, 0
}

// firstNamed is the first person the corpus knows named in tokens
// [from, to) of text, or nil.
func (a *Answerer) firstNamed(text string, toks []index.Token, from, to int) *corpus.Person {
	for i := from; i < to; i++ {
		if !isUpperWord(toks[i].Term) {
			continue
		}
		run := properRun(text, toks, i, 1)
		if p := a.personRun(run); p != nil {
			return p
		}
		i += max(0, len(strings.Fields(run))-1)
	}
	return nil
}

// personRun is the person a run of capitalised words names, in whole
// or in part, the longest part first ("Governor Ann Berg", "Ann Berg of
// Halden Pilots"), or nil.
func (a *Answerer) personRun(run string) *corpus.Person {
	ws := strings.Fields(run)
	for n := len(ws); n > 0; n-- {
		for i := 0; i+n <= len(ws); i++ {
			if ws[i] == "of" || ws[i+n-1] == "of" {
				continue
			}
			if p, ok := a.lookupSpelt(strings.Join(ws[i:i+n], " "), false); ok && p != nil && p.Kind == corpus.KindPerson {
				return p
			}
		}
	}
	return nil
}

// sourceAfter is the person named or described from token k on ("Ann
// Berg of the coastguard", "the harbour master"), or nil.
func (a *Answerer) sourceAfter(d index.Doc, text string, toks []index.Token, k int) *corpus.Person {
	if k >= len(toks) {
		return nil
	}
	if isUpperWord(toks[k].Term) {
		return a.personRun(properRun(text, toks, k, 1))
	}
	if !determiners[index.Fold(toks[k].Term)] && !possessives[index.Fold(toks[k].Term)] {
		return nil
	}
	j := k + 1
	for j < len(toks) && j-k <= 4 && !isUpperWord(toks[j].Term) && !index.IsStop(index.Fold(toks[j].Term)) &&
		strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) == "" {
		j++
	}
	if j == k+1 {
		return nil
	}
	return a.roleInArticle(int(d.Article), text[toks[k+1].Start:toks[j-1].End])
}

// roleInArticle is the one person of article art whom the articles
// describe by role ("lieutenant governor", "harbour master"), a noun of
// a person at its head; nil when no one, or more than one, is.
func (a *Answerer) roleInArticle(art int, role string) *corpus.Person {
	head := lastWord(role)
	if head == "" || genericPerson[head] || !personNoun(head) {
		return nil
	}
	var who *corpus.Person
	for _, m := range a.roles.find(roleTerms(role, a.idx.Vocab())) {
		if m.recall < MinRoleRecall {
			break
		}
		p := a.c.Person(m.id)
		if p == nil || p.Kind != corpus.KindPerson || p == who {
			continue
		}
		in := false
		for _, mm := range p.Mentions {
			if int(mm.Article) == art {
				in = true
				break
			}
		}
		if !in {
			continue
		}
		if who != nil {
			return nil // two of them: the role does not say which
		}
		who = p
	}
	return who
}

// namesOther reports whether the clause from token k to the next
// punctuation names a person other than p: "…, Berg talked with Lund"
// tells of a meeting, not of where the figure before it came from.
func (a *Answerer) namesOther(text string, toks []index.Token, k int, p *corpus.Person) bool {
	for i := k; i < len(toks); i++ {
		if i > k && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], ",;:—–(") {
			return false
		}
		if !isUpperWord(toks[i].Term) {
			continue
		}
		run := properRun(text, toks, i, 1)
		if o := a.personRun(run); o != nil && o != p {
			return true
		}
		i += max(0, len(strings.Fields(run))-1)
	}
	return false
}

// A news paragraph that opens with someone's account ("Berg said more
// than 400 people were searching.") often goes on with it unattributed
// ("Nine boats and two planes are helping."): the account is still
// hers. accountGoesOn is the person whose account the sentence before
// opens, in the same paragraph, when own (the answer's sentence, at
// byte start of the article) neither quotes nor speaks of its own.
func (a *Answerer) accountGoesOn(d index.Doc, start int, own *sayingVerbs) *corpus.Person {
	art := a.c.Articles[d.Article].Text
	if start <= 0 || start > len(art) || strings.ContainsAny(own.text, "\"“”") {
		return nil
	}
	p := a.accountBefore(d, start)
	if p == nil || !anySayingWord(own.toks) {
		return p
	}
	// Whether the sentence speaks of its own is read last, when the one
	// before opens an account: it takes the tagger.
	for k := range own.toks {
		if own.at(k) {
			return nil // a verb of saying of its own: teller reads it
		}
	}
	return p
}

// accountBefore is the person whose account the sentence before byte
// start of d's article opens, in the same paragraph (see accountGoesOn),
// or nil.
func (a *Answerer) accountBefore(d index.Doc, start int) *corpus.Person {
	art := a.c.Articles[d.Article].Text
	prev := segment.Sentences(art, corpus.Span{Start: max(0, start-lookBack), End: start})
	if len(prev) == 0 {
		return nil
	}
	ps := prev[len(prev)-1]
	if strings.Contains(art[ps.End:start], "\n") || strings.ContainsAny(art[ps.Start:ps.End], "\"“”") {
		return nil // another paragraph, or a quotation's own sentence
	}
	pt := art[ps.Start:ps.End]
	toks := index.Words.Tokenize(pt)
	if !anySayingWord(toks[:min(len(toks), maxOpeningWords+1)]) {
		return nil
	}
	// The account opens its sentence: a subject, then a verb of saying
	// within the first few words, then what was said.
	for k := 1; k < len(toks) && k <= maxOpeningWords; k++ {
		if k+3 >= len(toks) || !sayingVerb(pt, toks, k) {
			continue
		}
		pd := d
		pd.Span = ps
		p, from := a.subjectBefore(pd, pt, toks, k)
		if p == nil {
			return nil
		}
		// only a title may stand before the subject ("Governor Ann Berg")
		for _, t := range toks[:k] {
			if t.Start < from && !isUpperWord(t.Term) {
				return nil
			}
		}
		return p
	}
	return nil
}

// maxOpeningWords bounds the subject and verb that open an account
// ("Lieutenant Governor Dan Patrick has said").
const maxOpeningWords = 7

// sayingVerb reports whether token k of toks (cut from text) is a verb
// of saying in a finite form, by the tagger's reading of the words
// around it: "drones" and "reports" are nouns as often as verbs.
func sayingVerb(text string, toks []index.Token, k int) bool {
	if !sayingWord(toks[k]) {
		return false
	}
	if w := index.Fold(toks[k].Term); !lex.Known(lex.Lemma(w, lex.Noun), lex.Noun) && !lex.Known(w, lex.Adj) {
		return true // "said", "told": no other reading, no need to tag
	}
	switch tagAround(text, toks, k) {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// tagBefore and tagAfter bound the words tagged around one whose reading
// is asked: the tagger reads two words on either side and the two tags
// before, so a few more on each side read it as the whole sentence
// would, for a fraction of the cost (tagging was a tenth of an ask).
const tagBefore, tagAfter = 6, 3

// tagAround is the tagger's reading of token k of toks (cut from text).
func tagAround(text string, toks []index.Token, k int) string {
	from := toks[max(0, k-tagBefore)].Start
	to := toks[min(len(toks)-1, k+tagAfter)].End
	for tg := range lex.TagStatementSeq(text[from:to]) { // tagged up to token k
		if from+tg.Start == toks[k].Start {
			return tg.Tag
		}
	}
	return ""
}

// sayingWord reports whether t may be a verb of saying in a finite
// form, by its word alone: the cheap test before the tagger is run.
func sayingWord(t index.Token) bool {
	if isUpperWord(t.Term) {
		return false // before the fold: a capitalised word was a string made
	}
	w := index.Fold(t.Term)
	return lex.IsCommunication(w) && lex.Lemma(w, lex.Verb) != w
}

// anySayingWord reports whether any of toks may be a verb of saying,
// or "according": a sentence with none needs no tagging.
func anySayingWord(toks []index.Token) bool {
	for _, t := range toks {
		if sayingWord(t) || index.FoldIs(t.Term, "according") {
			return true
		}
	}
	return false
}
