package fact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/internal/pack"
	"factdesk/corpus/internal/par"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// Extract returns the facts of every article, with IDs in order and Cluster
// unset. A fact is a sentence of the article's own text (title and body,
// not boilerplate) that has a finite verb and either names an actor or
// states a value. r may be nil, and may know nobody: capitalised names
// then stand in for the people it would find.
func Extract(arts []*corpus.Article, r *person.Resolver) []corpus.Fact {
	// The articles are read on every core, in contiguous runs whose facts
	// are joined in order: each sentence's fact depends on its article
	// and the people alone.
	rs := par.Runs(len(arts), func(i int) int {
		if arts[i] == nil {
			return 0
		}
		return len(arts[i].Text)
	})
	parts := make([]factRun, len(rs))
	par.Do(rs, func(i int, run par.Run) { parts[i].extract(arts[run.Lo:run.Hi], r) })
	n := 0
	for _, p := range parts {
		n += p.n
	}
	if n == 0 {
		return nil
	}
	out := make([]corpus.Fact, 0, n)
	vals := make([][]corpus.Value, 0, n)
	people := make([][]int, 0, n)
	for _, p := range parts {
		for _, b := range p.blocks {
			out = append(out, b...)
		}
		vals, people = append(vals, p.vals...), append(people, p.people...)
	}
	internValues(vals)
	packLists(out, vals, people)
	return out
}

// factRun is the facts of a run of articles.
type factRun struct {
	// Facts are large structs: they are gathered in fixed blocks and
	// copied once into a slice of the exact length, rather than doubled
	// and copied over and over.
	blocks [][]corpus.Fact
	// Each fact's values and people, until packLists gives them one
	// array each.
	vals   [][]corpus.Value
	people [][]int
	n      int
}

func (fr *factRun) extract(arts []*corpus.Article, r *person.Resolver) {
	var cur []corpus.Fact
	var buf []tok
	lower := map[string]string{} // words written with capitals, lower-cased
	for _, a := range arts {
		if a == nil {
			continue
		}
		for pi, para := range a.Paragraphs {
			if para.Kind == corpus.ParaBoilerplate {
				continue
			}
			if para.Span().Start < 0 || para.Span().End > len(a.Text) || para.Span().Start >= para.Span().End {
				continue
			}
			for _, s := range segment.SentencesOf(a.Text, a.Sentences, para) {
				var f corpus.Fact
				var vs []corpus.Value
				var ps []int
				var ok bool
				f, vs, ps, buf, ok = sentenceFact(a, s, r, buf[:0], lower)
				if !ok {
					continue
				}
				fr.vals, fr.people = append(fr.vals, vs), append(fr.people, ps)
				f.Paragraph = int32(pi)
				if len(cur) == cap(cur) {
					cur = make([]corpus.Fact, 0, 1024)
					fr.blocks = append(fr.blocks, cur)
				}
				cur = append(cur, f)
				fr.blocks[len(fr.blocks)-1] = cur
				fr.n++
			}
		}
	}
}

// packLists moves every fact's values and people into one array each, at
// their exact length: a few small slices per fact, grown by append among
// the parser's garbage, left the heap's pages part full.
func packLists(fs []corpus.Fact, vals [][]corpus.Value, people [][]int) {
	nv, np := 0, 0
	for i := range fs {
		nv += len(vals[i])
		np += len(people[i])
	}
	allV, allP := make([]corpus.Value, 0, nv), make([]int32, 0, np)
	for i := range fs {
		at := len(allV)
		allV = append(allV, vals[i]...)
		fs[i].SetValues(allV[at:len(allV):len(allV)])
		at = len(allP)
		for _, id := range people[i] {
			allP = append(allP, int32(id))
		}
		fs[i].SetPeople(allP[at:len(allP):len(allP)])
	}
}

// internValues makes equal normal forms and units share one string: a
// corpus repeats the same days and units thousands of times, each built
// anew (by fmt or lower-casing) when read.
func internValues(vals [][]corpus.Value) {
	// Each kept once, copied together: the first of each, made among the
	// extraction's garbage, held a page of it.
	seen := map[string]string{}
	n := 0
	for _, vs := range vals {
		for _, v := range vs {
			if _, ok := seen[v.Norm]; !ok {
				seen[v.Norm] = ""
				n += len(v.Norm)
			}
		}
	}
	var ar pack.Strings
	ar.Reserve(n)
	for s := range seen {
		seen[s] = ar.Copy(s)
	}
	for _, vs := range vals {
		for j := range vs {
			vs[j].Norm = seen[vs[j].Norm]
		}
	}
}

// sentenceFact decides whether sentence s of a is a fact, and builds it.
// buf is scratch space for the tokens, returned for the next sentence.
func sentenceFact(a *corpus.Article, s corpus.Span, r *person.Resolver, buf []tok, lower map[string]string) (corpus.Fact, []corpus.Value, []int, []tok, bool) {
	text := a.Text[s.Start:s.End]
	// Datelines and menus ("Desk | Moscow | Updated: 26-11-2025 11:56
	// IST") are rows of fields, not sentences.
	if strings.Count(text, "|") >= 2 {
		return corpus.Fact{}, nil, nil, buf, false
	}
	toks := appendTokens(buf, a.Text, s.Start, s.End, lower)
	buf = toks
	if countWords(toks) < 2 || !hasFiniteVerb(a.Text, toks) {
		return corpus.Fact{}, nil, nil, buf, false
	}
	vals := values(a.Text, toks, a.Published)
	// A numeric date equal to the publication date is a dateline ("date
	// 2025-11-26 The Kremlin…", "Updated: 26-11-2025"), not a statement.
	kept := vals[:0]
	for _, v := range vals {
		if v.Kind == corpus.ValueDate && v.Norm == a.Published.String() && v.Text != "" && v.Text[0] >= '0' && v.Text[0] <= '9' {
			continue
		}
		kept = append(kept, v)
	}
	vals = outsideNames(a, s, r, kept)
	if len(vals) == 0 {
		vals = nil
	}
	var people []int
	if r != nil {
		people = r.PeopleIn(a, s)
	}
	if len(vals) == 0 && len(people) == 0 && !namesActor(a.Text, toks) {
		return corpus.Fact{}, nil, nil, buf, false
	}
	f := corpus.Fact{Article: int32(a.ID), Cluster: -1}
	f.SetSpan(s)
	return f, vals, people, buf, true
}

// outsideNames drops the numbers written in words that begin a name the
// resolver knows: "Ten Brink's final game" counts no ten. The person
// stage may have taken the name from "Brink" on, the capital of "Ten"
// being the sentence's; the full name ("Ivo ten Brink") says it is theirs.
func outsideNames(a *corpus.Article, s corpus.Span, r *person.Resolver, vals []corpus.Value) []corpus.Value {
	if r == nil || !slices.ContainsFunc(vals, worded) {
		return vals
	}
	names := r.NamesIn(a, s)
	kept := vals[:0]
	for _, v := range vals {
		if !inName(a.Text, v, names, r) {
			kept = append(kept, v)
		}
	}
	return kept
}

// worded reports whether v is a number written in words ("Ten").
func worded(v corpus.Value) bool {
	return v.Kind == corpus.ValueNumber && !strings.ContainsAny(v.Text, "0123456789")
}

// inName reports whether worded number v lies in one of names, or just
// before one whose person's full name holds both: "Ten" before "Brink"
// of Ivo ten Brink.
func inName(text string, v corpus.Value, names []person.Named, r *person.Resolver) bool {
	if !worded(v) {
		return false
	}
	vs := v.Span()
	for _, n := range names {
		if n.Span.Start <= vs.Start && vs.End <= n.Span.End {
			return true
		}
		if n.Span.Start < vs.End || n.Span.Start > vs.End+1 || strings.TrimSpace(text[vs.End:n.Span.Start]) != "" {
			continue
		}
		if p := r.Person(n.ID); p != nil {
			whole := strings.ToLower(text[vs.Start:n.Span.End])
			if strings.Contains(strings.ToLower(p.Name), whole) {
				return true
			}
		}
	}
	return false
}

func countWords(toks []tok) int {
	n := 0
	for _, t := range toks {
		if t.kind == tWord {
			n++
		}
	}
	return n
}

// finiteVerbs are auxiliaries, copulas and common irregular past forms:
// with the regular "-ed" past they find the verb of a news sentence
// without a tagger.
var finiteVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "am": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "shall": true, "should": true,
	"may": true, "might": true, "must": true, "won't": true, "didn't": true, "doesn't": true,
	"don't": true, "isn't": true, "aren't": true, "wasn't": true, "weren't": true,
	"hasn't": true, "haven't": true, "hadn't": true, "can't": true, "couldn't": true,
	"wouldn't": true, "shouldn't": true, "it's": true, "he's": true, "she's": true,
	"that's": true, "there's": true, "we're": true, "they're": true, "i'm": true,
	"said": true, "says": true, "told": true, "tells": true, "took": true, "met": true,
	"spoke": true, "made": true, "gave": true, "went": true, "came": true, "began": true,
	"held": true, "saw": true, "wrote": true, "got": true, "found": true, "knew": true,
	"thought": true, "felt": true, "left": true, "brought": true, "sent": true, "paid": true,
	"won": true, "lost": true, "ran": true, "led": true, "kept": true, "became": true,
	"sold": true, "bought": true, "heard": true, "meant": true, "stood": true, "chose": true,
	"fell": true, "rose": true, "grew": true, "drew": true, "threw": true, "flew": true,
	"broke": true, "struck": true, "caught": true, "taught": true, "fought": true,
	"sought": true, "dealt": true, "built": true, "spent": true,
	"needs": true, "wants": true, "seems": true, "comes": true, "goes": true, "makes": true,
	"gives": true, "takes": true, "shows": true, "adds": true, "notes": true, "claims": true,
	"reports": true, "believes": true, "knows": true, "thinks": true, "works": true,
	"plans": true, "remains": true, "appears": true, "suggests": true, "denies": true,
	"calls": true, "reveals": true, "faces": true, "warns": true, "urges": true,
}

// shortPast reports whether a four-letter word in "-ed" is a verb's past
// ("died", "axed", "sued", "fled"), which the length rule of the regular
// past leaves out with "need" and "feed": WordNet reads it as a form of
// another verb, while "need", "seed" and "shed" are their own lemmas.
func shortPast(w string) bool {
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	l := lex.Lemma(w, lex.Verb)
	return l != "" && l != w
}

// notVerbsEd end in "-ed" without being a past tense.
var notVerbsEd = map[string]bool{
	"need": true, "speed": true, "seed": true, "feed": true, "bed": true, "red": true,
	"hundred": true, "indeed": true, "breed": true, "shed": true, "creed": true, "greed": true,
	"bred": true, "wed": true, "embed": true, "ted": true, "fred": true, "med": true,
}

// hasFiniteVerb reports whether the sentence has a verb that makes it a
// statement: an auxiliary or copula, a common past form, a regular "-ed"
// past, or a third-person "-s" right after a subject ("Trump says").
func hasFiniteVerb(text string, toks []tok) bool {
	// In a title-case headline ("Council Approves Budget") capitals say
	// nothing about names: read every word after the first as lower-case.
	words, caps := 0, 0
	for _, t := range toks {
		if t.kind == tWord {
			words++
			if startsUpper(text[t.s:t.e]) {
				caps++
			}
		}
	}
	titleCase := words >= 3 && caps*10 >= words*7
	prevSubject := false
	for i, t := range toks {
		if t.kind != tWord {
			prevSubject = false
			continue
		}
		w := t.lower
		if finiteVerbs[w] {
			return true
		}
		upper := startsUpper(text[t.s:t.e])
		if titleCase && i > 0 {
			prevSubject = true // every headline word may be the subject
			upper = false
		}
		if !upper && i > 0 && len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbsEd[w] {
			return true
		}
		if !upper && i > 0 && len(w) == 4 && shortPast(w) {
			return true
		}
		if prevSubject && !upper && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return true
		}
		prevSubject = upper || w == "he" || w == "she" || w == "it" || w == "who" || w == "which" || w == "that"
	}
	return false
}

// sentenceOpeners are capitalised only because they open a sentence.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "their": true, "our": true, "my": true, "its": true, "your": true,
	"there": true, "here": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "to": true, "of": true, "and": true, "but": true, "or": true,
	"so": true, "thus": true, "then": true, "later": true, "earlier": true, "meanwhile": true,
	"however": true, "also": true, "if": true, "when": true, "while": true, "after": true,
	"before": true, "as": true, "because": true, "since": true, "during": true, "according": true,
	"what": true, "who": true, "why": true, "how": true, "where": true, "which": true,
	"some": true, "many": true, "most": true, "all": true, "no": true, "not": true,
	"yes": true, "well": true, "now": true, "maybe": true, "perhaps": true, "still": true,
	"details": true, "context": true, "read": true, "more": true, "yeah": true, "good": true,
	"let's": true, "that's": true, "it's": true, "i'm": true, "we're": true, "he's": true,
}

// namesActor reports whether the sentence names someone or something: a
// capitalised word that is not there only because it opens the sentence,
// nor a month, a weekday or "I". It stands in for the resolver, which
// knows only people.
func namesActor(text string, toks []tok) bool {
	first := true
	for _, t := range toks {
		if t.kind != tWord {
			continue
		}
		isFirst := first
		first = false
		if !startsUpper(text[t.s:t.e]) || t.lower == "i" {
			continue
		}
		if _, ok := months[t.lower]; ok {
			continue
		}
		if _, ok := weekdays[t.lower]; ok {
			continue
		}
		if isFirst && sentenceOpeners[t.lower] {
			continue
		}
		return true
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
