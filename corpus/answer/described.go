package answer

import (
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// Who did something is often told by what they are, not by name: "the
// night watchman spotted the crane tilting", "harbour police detained two
// men". When no named party does the asked action, the subject of
// its verb answers if it is a noun phrase whose head WordNet files under
// people or groups of them (noun.person, noun.group); a thing ("the water
// rose") is nobody.

// describedLimit bounds the words of a described subject.
const describedLimit = 5

// auxBefore stand between a subject and its verb: "guards had stopped".
var auxBefore = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true,
	"also": true, "then": true, "later": true, "first": true, "quickly": true, "soon": true}

// subjectDeterminers open a described subject.
var subjectDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "some": true, "two": true, "three": true, "several": true}

// describedAgent is the described subject of the first verb of toks
// that does the action asked (acts, per token; see actor), as the
// sentence writes it ("the night watchman"), or "".
func (a *Answerer) describedAgent(text string, toks []index.Token, acts []bool, neg bool, named map[int]bool) string {
	for i, t := range toks {
		if i == 0 || !acts[i] || isUpperWord(t.Term) {
			continue
		}
		if negated(toks, i) != neg || modal(toks, i) {
			continue
		}
		k := i - 1
		for k >= 0 && auxBefore[index.Fold(toks[k].Term)] && strings.TrimSpace(text[toks[k].End:toks[k+1].Start]) == "" {
			k--
		}
		if k < 0 || beforeParticiple[index.Fold(toks[k].Term)] || strings.TrimSpace(text[toks[k].End:toks[k+1].Start]) != "" {
			continue
		}
		head := index.Fold(toks[k].Term)
		if isUpperWord(toks[k].Term) || index.IsStop(head) || !peopleNoun(head) {
			continue
		}
		from, proper := k, false
		for j := k - 1; j >= 0 && j > k-describedLimit; j-- {
			if strings.TrimSpace(text[toks[j].End:toks[j+1].Start]) != "" {
				break
			}
			f := index.Fold(toks[j].Term)
			if subjectDeterminers[f] {
				from = j
				break
			}
			if index.IsStop(f) || j == 0 && isUpperWord(toks[j].Term) && !proper && lex.Known(f, 0) {
				break // "Harbour guards": a capital that opens the sentence
			}
			proper = proper || isUpperWord(toks[j].Term)
			from = j
		}
		desc := text[toks[from].Start:toks[k].End]
		if proper {
			// "Halden harbour master": one person, whom another sentence may
			// name by the same role.
			if p, ok := a.byRole(desc); ok && p.Kind == corpus.KindPerson && !named[p.ID] {
				return p.Name
			}
		}
		return desc
	}
	return ""
}

// peopleNoun reports whether the noun is mostly a person or a group of
// people ("watchman", "guards", "police"): at least half its senses, by
// how often SemCor tagged them (by number when it tagged none). The first
// sense alone will not do: WordNet lists the people called Crane first.
func peopleNoun(w string) bool {
	var people, all int
	senses := lex.Senses(lex.Lemma(w, lex.Noun), lex.Noun)
	tagged := slices.ContainsFunc(senses, func(s lex.Sense) bool { return s.Count > 0 })
	for _, s := range senses {
		n := 1
		if tagged {
			n = s.Count
		}
		all += n
		if s.Class.Has(lex.NounPerson | lex.NounGroup) {
			people += n
		}
	}
	return all > 0 && 2*people >= all
}

// ownerBreaks end the clause a count belongs to, reading back from it.
var ownerBreaks = map[string]bool{"while": true, "whereas": true, "but": true, "and": true}

// countOfOther reports whether the count v of fact d is done by a known
// person other than the one the question makes its subject ("how many
// seats did Lund win"): the nearest person named before the count
// in its clause.
func (a *Answerer) countOfOther(d index.Doc, v *corpus.Value, qu Question, people []mention) bool {
	if d.Kind != index.KindFact || qu.Age {
		return false
	}
	subject := -1
	for _, m := range people {
		if m.From > qu.Body && auxiliaries[qu.Words[m.From-1].Fold] && m.Person.Kind == corpus.KindPerson {
			subject = m.Person.ID
			break
		}
	}
	if subject < 0 {
		return false
	}
	f := &a.c.Facts[d.Ref]
	text := f.Text(a.c)
	at := v.Span().Start - f.Span().Start
	if at <= 0 || at > len(text) {
		return false
	}
	toks := index.Words.Tokenize(text[:at])
	for j := len(toks) - 1; j >= 0; j-- {
		f := index.Fold(toks[j].Term)
		if j+1 < len(toks) && strings.ContainsAny(text[toks[j].End:toks[j+1].Start], ";:.") || ownerBreaks[f] || pronouns[f] {
			return false // "Lund's deputy … after she paid £40": she may be anyone
		}
		if !isUpperWord(toks[j].Term) || j == 0 && !strings.Contains(text[toks[j].End:at], " ") {
			continue
		}
		name := properRun(text, toks, j, -1)
		if name == "" {
			// "Lund's deputy": the owner does not do it.
			for j > 0 && isUpperWord(toks[j-1].Term) && strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) == "" {
				j--
			}
			continue
		}
		p, ok := a.lookupRun(name)
		if !ok || p.Kind != corpus.KindPerson {
			j -= len(strings.Fields(name)) - 1
			continue
		}
		return p.ID != subject
	}
	return false
}

// absentShare is the share of the weight of the nouns the question
// names (nouns marks the groups of words that can be nothing but a noun
// and name no one: "ferries", "halden") that no document of h's article
// holds in any form its search group allows, 0 when the article holds
// them all. An article that lacks a noun is often about something else;
// it may also say in its own words what the asker called so ("special
// forces" for "commandos"). A place is not said in other words: place
// reports that an absent noun is one (WordNet's noun.location first),
// and the article is then about another place.
func (a *Answerer) absentShare(groups []index.Group, nouns, opt []bool, h index.Hit, d index.Doc) (share float64, place bool) {
	var all, absent float64
	for i, g := range groups {
		if i >= len(nouns) || !nouns[i] || opt[i] {
			continue
		}
		all += g.Weight
		if i < len(h.Matched) && h.Matched[i] > 0 {
			continue
		}
		if !slices.ContainsFunc(g.Alts, func(alt index.Alt) bool { return a.idx.InArticle(alt.Term, int(d.Article)) }) {
			absent += g.Weight
			place = place || lex.FirstClass(lex.Lemma(g.Word, lex.Noun), lex.Noun) == lex.NounLocation
		}
	}
	if absent == 0 {
		return 0, false
	}
	return absent / all, place
}

// onlyNoun reports whether WordNet knows the folded word as a noun and
// never as a verb, an adjective or an adverb.
func onlyNoun(w string) bool {
	n := lex.Lemma(w, lex.Noun)
	return lex.Known(n, lex.Noun) && !lex.Known(lex.Lemma(w, lex.Verb), lex.Verb) && !lex.Known(w, lex.Adj) && !lex.Known(w, lex.Adv)
}
