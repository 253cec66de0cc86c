package answer

import (
	"context"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// A reporter asks a person's name in several ways besides "who is": the
// description typed first and the name asked after it ("harbour master
// at Tarvik - whats his name", "the ferry inspector sacked in May -
// name?"), or the name asked of the description ("name of the ferry
// inspector", "what's the lifeboat coxswain's name"). Each asks
// who the described person is, and "who is <description>" is how the
// answerer reads a person from what articles write beside the name
// (roles.go). Read as a what-question or as bare words, the same
// question is answered by any sentence that holds the description's
// words ("Comments on the harbour master's page …"), which names no one.

// nameAskWords are the words that may follow a description typed first
// and ask its name: "- name?", "- whats his name", "- her full name".
var nameAskWords = map[string]bool{"what": true, "whats": true, "is": true, "was": true, "s": true, "'s": true,
	"his": true, "her": true, "their": true, "the": true, "full": true, "name": true}

// personNameAsked is "who is <description>" when question q asks the name
// of a person it describes (see above), "" otherwise. The description's
// head noun (its last word before a relative word, a small word or a
// participle) must be a person's by WordNet's commonest sense: "the
// name of the operation" asks a thing's name (nameasked.go). The name
// may be asked after a dash, a colon or a comma ("the pilot who
// steered the ferry, name?"). deed reports whether the description
// holds a relative clause ("the pilot who steered the ferry", "the
// warden whose letter shut the quay"): its deed is words another reading
// may match as well, and that reading's person is kept (askPersonNamed).
func personNameAsked(q string) (who string, deed bool) {
	toks := index.Words.Tokenize(q)
	if len(toks) < 2 {
		return "", false
	}
	fold := func(i int) string { return index.Fold(toks[i].Term) }
	desc := ""
	// The name asked of the description: "name of the …", after a question
	// word and its copula or not.
	i := 0
	switch {
	case fold(0) == "whats" || fold(0) == "what's":
		i = 1
	case fold(0) == "what" && len(toks) > 2 && copulas[fold(1)]:
		i = 2
	}
	if i < len(toks) && fold(i) == "the" {
		i++
	}
	if i+2 < len(toks) && fold(i) == "name" && fold(i+1) == "of" {
		desc = q[toks[i+2].Start:]
	}
	// The description typed first, a dash, a colon or a comma, then only
	// the name asked. The first such mark that is followed by nothing
	// but the name asked ends the description.
	for k := 1; desc == "" && k < len(toks); k++ {
		gap := q[toks[k-1].End:toks[k].Start]
		if !strings.ContainsAny(gap, "-–—:,") {
			continue
		}
		rest, named := true, false
		for j := k; j < len(toks); j++ {
			f := fold(j)
			rest = rest && nameAskWords[f]
			named = named || f == "name"
		}
		if rest && named {
			desc = q[:toks[k-1].End]
		}
	}
	if desc == "" {
		desc = nameAskedLast(q, toks) // "harbour master name" (namelast.go)
	}
	byWho := false
	if desc == "" && bareDescription(q, toks) {
		// The description alone, typed as bare words ("harbour pilot
		// who steered the ferry"): the person it describes is asked.
		// "who" after the noun says it is a person, whatever the
		// noun's commonest sense ("chair", "boss").
		desc = q
		for _, t := range toks {
			byWho = byWho || index.Fold(t.Term) == "who"
		}
	}
	desc = strings.TrimSpace(strings.TrimRight(desc, "?!. "))
	if desc == "" || !byWho && !personHead(desc) {
		return "", false
	}
	for _, t := range index.Words.Tokenize(desc) {
		deed = deed || relativeWords[index.Fold(t.Term)]
	}
	if d := index.Words.Tokenize(desc); len(d) > 0 && determiners[index.Fold(d[0].Term)] {
		desc = strings.TrimSpace(desc[d[0].End:])
	}
	return "who is the " + desc, deed
}

// personHead reports whether the head of description desc, its last word
// before a relative word, a small word or a participle ("ferry inspector
// sacked in the spring": inspector), is a person by WordNet's commonest
// sense.
func personHead(desc string) bool {
	head := ""
	for k, t := range index.Words.Tokenize(desc) {
		f := index.Fold(t.Term)
		if k == 0 && determiners[f] {
			continue
		}
		if relativeWords[f] || describedBy[f] || index.IsStop(f) || head != "" && participle(f) {
			break
		}
		head = f
	}
	if head == "" {
		return false
	}
	return personNoun(head)
}

// namesPerson reports whether answer ans names a person the corpus
// knows: its line, before any " — " of roles, is one.
func (a *Answerer) namesPerson(ans corpus.Answer) bool {
	if !ans.Found {
		return false
	}
	line, _, _ := strings.Cut(ans.Answer, " — ")
	p, ok := a.lookupRun(line)
	return ok && p != nil && p.Kind == corpus.KindPerson
}

// askPersonNamed answers question q again as "who is <description>" when
// it asks a described person's name (personNameAsked), and keeps that
// answer when it names a person. ans, the answer read otherwise, stays
// when the other reading names no one. A description that holds a deed
// is asked so only when ans names no one, and its answer is kept only
// when a sentence of its article names the person with the deed's verb
// (didDeed): "who is" reads the role, which would name an aide who did
// nothing for "the aide who leaked the memo". A role alone ("the
// harbour sheriff on the night") is asked so even when ans names a
// person: bare words match a role's words in any sentence, whoever it
// names. The fitting command's record is of the answer given.
func (a *Answerer) askPersonNamed(ctx context.Context, q, outlet string, ans corpus.Answer) corpus.Answer {
	who, deed := personNameAsked(q)
	bare := who != "" && deed && bareDescription(q, index.Words.Tokenize(q))
	if who == "" || deed && !bare && a.namesPerson(ans) {
		return ans
	}
	rec, _ := ctx.Value(recordKey{}).(*Record)
	var kept Record
	if rec != nil {
		kept = *rec
	}
	alt := a.askParsed(ctx, who, outlet)
	if bare && a.namesPerson(ans) && !a.didDeed(alt, who) && !a.deedAgrees(ctx, alt, q, outlet) {
		// Typed bare, the words' own reading names the speaker of a
		// quotation that holds them: the role's holder replaces it
		// only when the deed is theirs.
		if rec != nil {
			*rec = kept
		}
		return ans
	}
	if !a.namesPerson(alt) || deed && !a.didDeed(alt, who) && !(bare && a.deedAgrees(ctx, alt, q, outlet)) {
		if rec != nil {
			*rec = kept
		}
		return ans
	}
	return alt
}

// deedAgrees reports whether the deed of bare description q ("warden who
// stood up to the council"), asked alone as "who stood up to the council",
// names the person of answer alt, read from the description's role: the
// role says which one, the deed's own reading that they did it, in words
// didDeed's one verb may miss.
func (a *Answerer) deedAgrees(ctx context.Context, alt corpus.Answer, q, outlet string) bool {
	toks := index.Words.Tokenize(q)
	for k, t := range toks {
		if describedBy[index.Fold(t.Term)] && relativeWords[index.Fold(t.Term)] && k+1 < len(toks) {
			deed := a.askParsed(ctx, "who "+q[toks[k+1].Start:], outlet)
			if !a.namesPerson(deed) {
				return false
			}
			mine, _, _ := strings.Cut(alt.Answer, " — ")
			theirs, _, _ := strings.Cut(deed.Answer, " — ")
			p, ok := a.lookupRun(mine)
			o, ok2 := a.lookupRun(theirs)
			return ok && ok2 && p == o
		}
	}
	return false
}

// didDeed reports whether a sentence of answer ans's article names its
// person (by the last word of the answer's name) and holds, as a verb,
// the verb of the deed that description who ("who is the aide who
// leaked the memo") gives after its relative word: "Cox, who runs the
// lobby, says …" for "the chief who said …". One article is tagged,
// once per question.
func (a *Answerer) didDeed(ans corpus.Answer, who string) bool {
	verb, rel := "", false
	for _, t := range lex.Tag(who) {
		f := index.Fold(t.Text)
		if rel && strings.HasPrefix(t.Tag, "VB") && !auxiliaries[f] {
			verb = lex.Lemma(strings.ToLower(t.Text), lex.Verb)
			break
		}
		rel = rel || relativeWords[f] && t.Start > 0
	}
	line, _, _ := strings.Cut(ans.Answer, " — ")
	name := strings.Fields(line)
	i, ok := a.articleOf.find(ans.File)
	if verb == "" || len(name) == 0 || !ok {
		return false
	}
	art := a.c.Articles[i]
	surname := name[len(name)-1]
	for _, p := range art.Paragraphs {
		for _, sp := range segment.SentencesOf(art.Text, art.Sentences, p) {
			text := art.Text[sp.Start:sp.End]
			if !strings.Contains(text, surname) {
				continue
			}
			for _, t := range lex.Tag(text) {
				if strings.HasPrefix(t.Tag, "VB") && lex.Lemma(strings.ToLower(t.Text), lex.Verb) == verb {
					return true
				}
			}
		}
	}
	return false
}

// describedBy are the words after a person's noun, typed bare, that
// describe which one is meant: a relative clause ("warden who stood up"),
// or the party the person stands behind ("patron behind the harbour banner").
var describedBy = map[string]bool{"who": true, "whose": true, "behind": true}

// bareDescription reports whether question q, tokens toks, is words typed
// without a question form whose first noun phrase is followed by a word
// of describedBy: a reporter asking who by what the person did. The head
// noun's kind is checked by personHead, as for the other forms.
func bareDescription(q string, toks []index.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		f := index.Fold(toks[k].Term)
		if describedBy[f] {
			return !index.IsStop(index.Fold(toks[k-1].Term)) && Parse(q).Bare
		}
		if index.IsStop(f) || relativeWords[f] {
			return false
		}
	}
	return false
}
