package answer

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// sources lists every article that reports document d: for a quotation or
// a fact, its whole cluster, each article once with its own wording; d's
// own article comes first. extra adds documents that give the same answer
// in other words (the same date written differently by another outlet).
func (a *Answerer) sources(d index.Doc, extra ...index.Doc) []corpus.Source {
	return a.sourcesFor(d, nil, extra...)
}

// sourcesFor is sources for an answer that rests on value v (nil when it
// does not): a cluster member that states a different value of the same
// kind reports something else, and is left out.
func (a *Answerer) sourcesFor(d index.Doc, v *corpus.Value, extra ...index.Doc) []corpus.Source {
	seen := map[int]bool{}
	var out []corpus.Source
	add := func(art int, wording string, span corpus.Span) {
		if art < 0 || art >= len(a.c.Articles) || seen[art] {
			return
		}
		seen[art] = true
		s := a.c.Articles[art].Source()
		s.Wording, s.Span = wording, span
		out = append(out, s)
	}
	if d.Kind == index.KindQuote && d.Ref >= 0 && int(d.Ref) < len(a.c.Quotes) {
		// A quotation is reported by every article that prints its
		// words, however the extraction there attributed them.
		extra = append(extra, a.reprints(a.c.Quotes[d.Ref])...)
	}
	for _, doc := range append([]index.Doc{d}, extra...) {
		add(int(doc.Article), doc.Span.Of(a.c.Articles[doc.Article].Text), doc.Span)
		for _, m := range a.members(doc) {
			if v != nil && m.fact >= 0 && contradicts(a.c.Facts[m.fact].Values(), v) {
				continue
			}
			add(m.art, m.text, m.span)
		}
	}
	// The best source leads; the others follow by date, then file.
	if len(out) > 1 {
		rest := out[1:]
		sort.SliceStable(rest, func(i, j int) bool {
			if pi, pj := rest[i].Published, rest[j].Published; pi != pj {
				return before(pi, pj)
			}
			return rest[i].File < rest[j].File
		})
	}
	return out
}

type member struct {
	art  int
	text string
	span corpus.Span
	fact int // Corpus.Facts id, -1 for a quotation
}

// contradicts reports whether values hold v's kind but never v's value.
func contradicts(values []corpus.Value, v *corpus.Value) bool {
	kind := false
	for _, x := range values {
		if x.Kind == v.Kind {
			if x.Norm == v.Norm {
				return false
			}
			kind = true
		}
	}
	return kind
}

// members are the items of d's cluster.
func (a *Answerer) members(d index.Doc) []member {
	switch d.Kind {
	case index.KindQuote:
		return clusterMembers(a.c.QuoteClusters, int(a.c.Quotes[d.Ref].Cluster), len(a.c.Quotes), func(id int) member {
			m := a.c.Quotes[id]
			return member{art: int(m.Article), text: m.Text, span: m.Span(), fact: -1}
		})
	case index.KindFact:
		return clusterMembers(a.c.FactClusters, int(a.c.Facts[d.Ref].Cluster), len(a.c.Facts), func(id int) member {
			m := a.c.Facts[id]
			return member{art: int(m.Article), text: m.Text(a.c), span: m.Span(), fact: id}
		})
	}
	return nil
}

// clusterMembers are the members of clusters[cl], ids below n, as of
// returns them; none when cl is out of range.
func clusterMembers(clusters []corpus.Cluster, cl, n int, of func(int) member) []member {
	if cl < 0 || cl >= len(clusters) {
		return nil
	}
	var out []member
	for _, id := range clusters[cl].Members() {
		if id >= 0 && int(id) < n {
			out = append(out, of(int(id)))
		}
	}
	return out
}

// clusterOf identifies d's cluster for "is this the same answer" checks.
func (a *Answerer) clusterOf(d index.Doc) int64 {
	switch d.Kind {
	case index.KindQuote:
		return int64(a.c.Quotes[d.Ref].Cluster)
	case index.KindFact:
		return 1<<32 + int64(a.c.Facts[d.Ref].Cluster)
	}
	return 2<<32 + int64(d.Span.Start)<<8 + int64(d.Article)
}

// before orders dates, unknown ones first.
func before(a, b corpus.Date) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// Reprints of a quotation: how many words in a row another article must
// print, and how many of them must not be small words.
const (
	reprintRun     = 8 // or the whole quotation, when shorter
	reprintMinRun  = 5
	reprintContent = 3
	// reprintLimit bounds the documents searched for reprints.
	reprintLimit = 20
	// reprintGroups bounds the words searched for them.
	reprintGroups = 4
	// reprintWords bounds the quotation's words compared: a long
	// statement is recognised by its first sentences.
	reprintWords = 60
)

// reprints are the documents of other articles that print quotation q's
// words: reprintRun words of it in a row (all of it when shorter, at
// least reprintMinRun), reprintContent of them not small words. Another
// outlet's sentence that quotes a ministry's finding without saying who
// found it, or a quotation the extraction gave to someone else, still
// reports the same words. A quotation given to another known speaker
// must share a full run, not a short quotation's few words.
func (a *Answerer) reprints(q corpus.Quote) []index.Doc {
	mine := foldedWords(q.Text)
	if len(mine) > reprintWords {
		mine = mine[:reprintWords]
	}
	need := min(reprintRun, len(mine))
	if need < reprintMinRun {
		return nil
	}
	groups := a.idx.Analyze(strings.Join(mine, " "))
	if len(groups) < reprintContent {
		return nil
	}
	// The rarest words find the reprints; common ones only cost.
	slices.SortStableFunc(groups, func(x, y index.Group) int { return cmp.Compare(y.Weight, x.Weight) })
	groups = groups[:min(len(groups), reprintGroups)]
	query := index.Query{Groups: groups, Limit: reprintLimit}
	if a.idx.Broad(groups) {
		// Common words alone: a ranked search would score every document
		// of the rarest, a cost that grows with the corpus. A reprint
		// shares a run of the words, so the opening and closing runs,
		// found as phrases through the positions, give the candidates.
		if query.Only = a.reprintRuns(mine, need); len(query.Only) == 0 {
			return nil
		}
	}
	var out []index.Doc
	for _, h := range a.idx.Search(query) {
		doc := a.idx.Doc(h.Doc)
		if int(doc.Article) == int(q.Article) {
			continue
		}
		run := longestRun(mine, foldedWords(a.idx.Text(h.Doc)))
		if len(run) < need || content(run) < reprintContent {
			continue
		}
		if doc.Kind == index.KindQuote {
			o := a.c.Quotes[doc.Ref]
			if o.SpeakerID >= 0 && q.SpeakerID >= 0 && !a.sameSpeaker(int(o.SpeakerID), int(q.SpeakerID)) && len(run) < reprintRun {
				continue
			}
		}
		out = append(out, doc)
	}
	return out
}

// reprintRuns are the documents, sorted, that hold words' first or last
// need words as a phrase.
func (a *Answerer) reprintRuns(words []string, need int) []int32 {
	var docs []int32
	for _, run := range [][]string{words[:need], words[len(words)-need:]} {
		text := strings.Join(run, " ")
		docs = append(docs, a.idx.Phrase(text, a.idx.Analyze(text), 0, reprintLimit)...)
		if len(words) == need {
			break
		}
	}
	slices.Sort(docs)
	return slices.Compact(docs)
}

// longestRun is the longest run of words that x and y both hold in a
// row (x is bounded by the caller, y by maxRunWords). Each word of y is
// looked up where x has it, and a run is followed only from its start,
// so the cost is about the words' length, not their product.
func longestRun(x, y []string) []string {
	if len(y) > maxRunWords {
		y = y[:maxRunWords]
	}
	at := make(map[string][]int, len(x))
	for j, w := range x {
		at[w] = append(at[w], j)
	}
	best, end := 0, 0
	for i, w := range y {
		for _, j := range at[w] {
			if i > 0 && j > 0 && x[j-1] == y[i-1] {
				continue // inside a run already followed
			}
			k := 0
			for i+k < len(y) && j+k < len(x) && x[j+k] == y[i+k] {
				k++
			}
			if k > best {
				best, end = k, j+k
			}
		}
	}
	return x[end-best : end]
}

// maxRunWords bounds the words of a document longestRun compares.
const maxRunWords = 400

// content counts the words that are not small words.
func content(words []string) int {
	return len(slices.DeleteFunc(slices.Clone(words), index.IsStop))
}

// sameStatementLimit bounds the documents searched for other statements
// of an answer.
const sameStatementLimit = 100

// sameStatement finds, for an answer written in the text as words of its
// own (the place of a where question), the documents that state the same
// answer about the same thing in other words: they hold the answer's
// words in a row, every person the question names (in the text or its
// paragraph), and in the text itself at least one of the question's
// other words ("Lund's warehouse in Halden" for "where is the warehouse
// Lund leased", answered from "the warehouse he leased in Halden"). An answer line longer than
// a name is a sentence, not a value, and finds none.
func (a *Answerer) sameStatement(ctx context.Context, line string, groups []index.Group, isName []bool) []index.Doc {
	want := foldedWords(line)
	if len(want) == 0 || len(want) > 4 {
		return nil
	}
	answer := map[string]bool{}
	for _, w := range want {
		answer[w] = true
	}
	q := slices.Clone(groups)
	other := 0
	for i, g := range groups {
		if !(i < len(isName) && isName[i]) && !answer[g.Word] {
			other++
		}
	}
	if other == 0 {
		return nil
	}
	q = append(q, a.idx.Analyze(line)...)
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: q, ParaWeight: paraWeight, Limit: sameStatementLimit, Mode: a.mode(ctx)}) {
		if names, words := namesAndWords(h.Matched, groups, isName, answer); !names || words == 0 {
			continue
		}
		if longest := longestRun(want, foldedWords(a.idx.Text(h.Doc))); len(longest) == len(want) {
			out = append(out, a.idx.Doc(h.Doc))
		}
	}
	return out
}

// Other wordings of a value: how many documents are searched, and how
// many WordNet synonyms and derivations each question word brings.
const (
	valueSourceLimit = 100
	maxWordForms     = 12
)

// namesAndWords reports whether a hit holds every name of the question
// (isName) and how many of its other words it holds as written, not
// counting those of skip (the answer's own words).
func namesAndWords(matched []uint8, groups []index.Group, isName []bool, skip map[string]bool) (bool, int) {
	names, words := true, 0
	for i := range groups {
		name := i < len(isName) && isName[i]
		switch {
		case name && matched[i] == 0:
			names = false
		case !name && !skip[groups[i].Word] && matched[i] == 2:
			words++
		}
	}
	return names, words
}

// factsWith is a search filter that keeps the facts giving value v.
func (a *Answerer) factsWith(v corpus.Value) func(int) bool {
	return func(d int) bool {
		doc := a.idx.Doc(d)
		if doc.Kind != index.KindFact {
			return false
		}
		return slices.ContainsFunc(a.c.Facts[doc.Ref].Values(), func(x corpus.Value) bool { return sameValue(x, v) })
	}
}

// valueSources lists, for an answer resting on value v, the facts that
// give the same value of the same thing in other words: the same value
// (a month one article dates without its year included), and in the
// sentence itself the question's predicate and at least half of its
// words, each as written, in another form, or as a WordNet synonym or
// derivation ("the purchase in June" for "buy"; "the cabin was painted
// in June" does not say it was bought then). When the question names
// people (isName, people), their article names them too, and the
// predicate beside the value says enough: "an underpayment of £40,000"
// in an article on the minister is her underpaying it, however the
// sentence calls her.
func (a *Answerer) valueSources(ctx context.Context, qu Question, v corpus.Value, groups []index.Group, isName []bool, people []mention) []index.Doc {
	pred := -1
	if p := qu.Frame().Predicate; p != "" {
		pred = slices.IndexFunc(groups, func(g index.Group) bool { return g.Word == p || lex.Lemma(g.Word, lex.Verb) == p })
	}
	if len(groups) == 0 || pred < 0 {
		return nil
	}
	wide := make([]index.Group, len(groups))
	for i, g := range groups {
		wide[i] = a.withForms(g)
	}
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: wide, Kinds: index.KindFact, Filter: a.factsWith(v), Limit: valueSourceLimit, Mode: a.mode(ctx)}) {
		n := 0
		for _, m := range h.Matched {
			if m == 2 {
				n++
			}
		}
		named := len(people) > 0 && slices.Contains(isName, true)
		if named && !a.inArticle(a.idx.Doc(h.Doc), people) {
			continue
		}
		half := 2*n >= len(groups)
		if named && h.Matched[pred] == 2 || half && (h.Matched[pred] == 2 || a.attributeOf(h, v, wide, pred)) {
			out = append(out, a.idx.Doc(h.Doc))
		}
	}
	return out
}

// attrGap bounds the words between a value and the noun it qualifies
// ("£450,000 harbour flat").
const attrGap = 3

// attributeOf reports whether, in fact hit h, a value like v stands
// before a noun of the question in the same phrase: "her £450,000
// harbour flat" gives what the flat cost though no verb says so. The
// question's predicate (group pred) is not that noun.
func (a *Answerer) attributeOf(h index.Hit, v corpus.Value, groups []index.Group, pred int) bool {
	f := &a.c.Facts[a.idx.Doc(h.Doc).Ref]
	for _, x := range f.Values() {
		if !sameValue(x, v) {
			continue
		}
		rest, toks, ok := after(a.c, f, &x) // measure.go
		if !ok {
			continue
		}
		for k, t := range toks {
			if k == attrGap || strings.ContainsAny(rest[:t.Start], ",.;:()\"“”") {
				break
			}
			st := index.Stem(index.Fold(t.Term))
			for i, g := range groups {
				if i != pred && h.Matched[i] == 2 && slices.ContainsFunc(g.Alts, func(alt index.Alt) bool { return alt.Term == st }) {
					return true
				}
			}
		}
	}
	return false
}

// withForms adds to group g the stems of its word's WordNet synonyms and
// derivations that the corpus holds, as synonyms: "purchase" for "buy".
func (a *Answerer) withForms(g index.Group) index.Group {
	forms := a.formStems(g.Word)
	g.Alts = slices.Clone(g.Alts)
	have := make(map[string]bool, len(g.Alts))
	for _, alt := range g.Alts {
		have[alt.Term] = true
	}
	added := 0
	for _, st := range forms {
		if added == maxWordForms {
			break
		}
		if have[st] {
			continue
		}
		have[st] = true
		added++
		g.Alts = append(g.Alts, index.Alt{Term: st, Factor: index.SynonymFactor, Cover: index.SynonymFactor, Why: "synonym"})
	}
	return g
}

// maxFormWords bounds how many words' forms an Answerer keeps: questions
// repeat their words, and the table must not grow with every new one.
const maxFormWords = 1 << 14

// formStems lists the stems of the word's WordNet synonyms and
// derivations that the corpus holds, without repeats, kept per Answerer:
// the lookups cost more than the search they widen, and the same words
// come back in question after question.
func (a *Answerer) formStems(word string) []string {
	if v, ok := a.forms.Load(word); ok {
		return v.([]string)
	}
	lemma := lex.Lemma(word, 0)
	var out []string
	seen := map[string]bool{}
	for _, f := range append(lex.Synonyms(lemma, 0), lex.Related(lemma)...) {
		if strings.ContainsAny(f, "_ -") {
			continue // "come_back": one word matches one word
		}
		st := index.Stem(f)
		if seen[st] || a.idx.DF(st) == 0 {
			continue
		}
		seen[st] = true
		out = append(out, st)
	}
	if a.formWords.Load() < maxFormWords && a.formWords.Add(1) <= maxFormWords {
		a.forms.Store(word, out)
	}
	return out
}

// Other outlets' sentences that give a sentence's answer: how far from
// the question's action the answering word may stand, in words, and how
// many documents are searched for them.
const (
	answerReach       = 3
	sameSentenceLimit = 100
)

// sameSentence finds, for an answer that is a sentence ("the capsule
// was dogged by valve faults and argon leaks" for "what was leaking"),
// the documents of other articles that say the same thing in their own
// sentence: they hold the question's action as the answer line writes it
// together with the word beside it that answers (a run such as "argon
// leaks", within answerReach words, crossing no punctuation, the
// question's own words not counting as the answer), and every person the
// question names, in the text or its paragraph. One search, bounded by
// sameSentenceLimit, finds them. A sentence that holds the action alone,
// or the answering word alone, may say something else, and is left out.
func (a *Answerer) sameSentence(ctx context.Context, qu Question, line string, groups []index.Group, isName []bool) []index.Doc {
	pred := qu.Frame().Predicate
	if pred == "" {
		return nil
	}
	toks := index.Words.Tokenize(line)
	if len(toks) <= 4 {
		return nil // a value, not a sentence: sameStatement's
	}
	asked := map[string]bool{}
	for _, g := range groups {
		for _, alt := range g.Alts {
			asked[alt.Term] = true
		}
	}
	stems := make([]string, len(toks))
	for i, t := range toks {
		stems[i] = index.Stem(index.Number(index.Fold(t.Term)))
	}
	predStem := index.Stem(pred)
	var runs [][]string
	var texts []string
	for i := range toks {
		if stems[i] != predStem {
			continue
		}
		for _, dir := range []int{-1, 1} {
			for j := i + dir; j >= 0 && j < len(toks) && abs(j-i) <= answerReach; j += dir {
				lo, hi := min(i, j), max(i, j)
				if strings.ContainsAny(line[toks[lo].End:toks[lo+1].Start], ",.;:()\"“”—") || strings.ContainsAny(line[toks[hi-1].End:toks[hi].Start], ",.;:()\"“”—") {
					break
				}
				f := index.Fold(toks[j].Term)
				if index.IsStop(f) {
					continue
				}
				if !asked[stems[j]] && !asked[a.stemOf(f)] {
					runs = append(runs, stems[lo:hi+1])
					texts = append(texts, line[toks[lo].Start:toks[hi].End])
				}
				break
			}
		}
	}
	if len(runs) == 0 {
		return nil
	}
	var q []index.Group
	var names []int
	for i, g := range groups {
		if i < len(isName) && isName[i] {
			names = append(names, len(q))
			q = append(q, g)
		}
	}
	for _, t := range texts {
		q = append(q, a.idx.Analyze(t)...)
	}
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: q, ParaWeight: paraWeight, Limit: sameSentenceLimit, Mode: a.mode(ctx)}) {
		if slices.ContainsFunc(names, func(i int) bool { return h.Matched[i] == 0 }) {
			continue
		}
		words := foldedWords(a.idx.Text(h.Doc))
		if len(words) > maxRunWords {
			words = words[:maxRunWords]
		}
		for i, w := range words {
			words[i] = index.Stem(w)
		}
		if slices.ContainsFunc(runs, func(r []string) bool { return len(longestRun(r, words)) == len(r) }) {
			out = append(out, a.idx.Doc(h.Doc))
		}
	}
	return out
}
