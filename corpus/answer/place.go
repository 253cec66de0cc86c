package answer

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A where question asks for the place of the event its words name: the
// object of "in", "at", "to" or "from" in the clause that states the
// event, a name ("at the Halden Harbour Office in Tromso") or, when
// the clause names none, a noun WordNet classes as a place or a thing one
// can be in ("died in an ambulance", "landing in the tundra"). A place in
// another clause ("… noting that the inspectors, who trained in Oslo in
// May") is where something else happened.

// clauseBreaks open another clause, whose places are another event's.
var clauseBreaks = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "while": true,
	"whereas": true, "although": true, "though": true, "because": true, "after": true, "before": true,
	"until": true, "noting": true, "adding": true, "saying": true}

// venueDeterminers may stand between a locative and the place.
var venueDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "this": true}

// maxPlaceBefore bounds how far before the event's word its place may
// stand: "In Tromso on Monday, Berg met …"; a place further before it is
// another event's ("… at Nordhavn last season, in remarks he said …").
const maxPlaceBefore = 4

// commonPenalty ranks a place named by a common noun after every name.
const commonPenalty = 1000

// venue is where the event asked about (its words in groups) took place,
// as text says it; "" when no place stands in the clause of its words.
// The people asked about and anyone else the corpus knows as a person are
// no place. A headline capitalises every word, so that no run of it
// tells a place from any other words ("Rain Buried Ola Even Deeper"):
// it names none.
func (a *Answerer) venue(text string, groups []index.Group, people []mention) string {
	toks := index.Words.Tokenize(text)
	if titleCase(toks) {
		return ""
	}
	terms := groupTerms(groups) // "go" finds "visit Moscow"
	var at []int                // the question's words in the text
	for i, t := range toks {
		if terms[a.stemOf(t.Term)] {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return ""
	}
	asked := map[int]bool{}
	for _, m := range people {
		asked[m.Person.ID] = true
	}
	// near is how far place token i is from the nearest question word in
	// its clause; -1 when a clause break or a sentence's end lies between
	// it and every one.
	near := func(i int) int {
		best := -1
		for _, k := range at {
			lo, hi := min(i, k), max(i, k)
			if a.broken(text, toks, lo, hi) || i < k && k-i > maxPlaceBefore {
				continue
			}
			if d := hi - lo; best < 0 || d < best {
				best = d
			}
		}
		return best
	}
	best, bestDist := "", 0
	offer := func(name string, i, penalty int) {
		if name == "" {
			return
		}
		d := near(i)
		if d < 0 {
			return
		}
		d += penalty
		if best == "" || d < bestDist {
			best, bestDist = name, d
		}
	}
	proper := func(i int, det string) string {
		name := properRun(text, toks, i, 1)
		words := len(strings.Fields(name))
		if n := initialism(text, toks, i); n > 0 {
			// "the U.K. hills": letters and full stops, one name.
			words, name = n, strings.TrimSpace(text[toks[i].Start:toks[i+n-1].End+1])
		} else if utf8.RuneCountInString(name) < 3 || calendar[index.Fold(name)] {
			return "" // "to U.S. commitments" is no place called U
		}
		// An article spells its names as they are: a place one slip
		// from someone's name ("Lund" one slip from a Mr Lunde) is still the place.
		if p, ok := a.lookupSpelt(name, false); ok && (p.Kind == corpus.KindPerson || asked[p.ID]) {
			return ""
		}
		if terms[a.stemOf(toks[i].Term)] {
			return "" // the question's own word ("visit Moscow" asked)
		}
		// "the U.K. hills", "a Tromso hospital": the name's place noun.
		// "the Nordic League standings" is no place: the name describes
		// a noun after it that is none.
		end := i + words
		gap := ""
		if end < len(toks) {
			gap = text[toks[end-1].End:toks[end].Start]
			if words > 1 && initialism(text, toks, i) == words {
				gap = strings.TrimPrefix(gap, ".") // "U.K." ends on its full stop
			}
		}
		if end < len(toks) && strings.TrimSpace(gap) == "" && !isUpperWord(toks[end].Term) &&
			describes(toks[end].Term) && (!lex.Known(strings.ToLower(toks[end].Term), lex.Adj) || headAt(text, toks, end)) {
			if !placeNoun(toks[end].Term) {
				return ""
			}
			name += " " + toks[end].Term
			if det != "" {
				return det + " " + name
			}
		}
		if det == "the" {
			name = "the " + name
		}
		return name
	}
	for i := 0; i+1 < len(toks); i++ {
		f := index.Fold(toks[i].Term)
		switch {
		case locatives[f] && f == "to" && i > 0 && index.Fold(toks[i-1].Term) == "according":
			// "according to NABU" names a source, not a place.
		case f == "in" && i > 0 && ordinalWord(toks[i-1].Term) && rankAsked(text, toks, i+1, terms, a.stemOf):
			// "ninth in the league table": where a side stands in a
			// ranking the question names is its place in it, unless the
			// sentence puts it in a past period the question does not
			// ask about ("… ninth in the league last season").
			if line := rankLine(text, toks, i-1); !a.pastPeriod(text, toks, i+1, terms) {
				offer(line, i-1, -1)
			}
		case locatives[f]:
			j, det := i+1, ""
			if venueDeterminers[index.Fold(toks[j].Term)] && j+1 < len(toks) {
				det, j = index.Fold(toks[j].Term), j+1
			}
			if isUpperWord(toks[j].Term) {
				offer(proper(j, det), j, 0)
			} else if det != "" {
				offer(commonPlace(text, toks, j, det), j, commonPenalty)
			}
		case index.Fold(toks[i+1].Term) == "based" && text[toks[i].End:toks[i+1].Start] == "-" && isUpperWord(toks[i].Term):
			offer(proper(i, ""), i, 0) // "a Kyiv-based office"
		case f == "of" && i > 0 && placeNouns[index.Fold(toks[i-1].Term)]:
			offer(proper(i+1, ""), i+1, 0) // "the port of Halden"
		case visitVerb(toks[i].Term) && isUpperWord(toks[i+1].Term):
			// "an engineer visiting Tromso on holiday": the place
			// visited, not the home town the sentence also gives.
			offer(proper(i+1, ""), i+1, 0)
		case terms[a.stemOf(toks[i].Term)] && !terms[a.stemOf(toks[i+1].Term)] && !lex.IsCommunication(toks[i].Term):
			// "visit Moscow"; "told Reuters" names whom it was told.
			if isUpperWord(toks[i+1].Term) {
				offer(proper(i+1, ""), i+1, 0)
			}
		}
	}
	return best
}

// broken reports whether a clause break stands between tokens lo and hi
// of text: a word that opens another clause, a semicolon or colon, or the
// end of a sentence.
func (a *Answerer) broken(text string, toks []index.Token, lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		if clauseBreaks[index.Fold(toks[j].Term)] {
			return true
		}
	}
	if hi > lo {
		gap := text[toks[lo].End:toks[hi].Start]
		if strings.ContainsAny(gap, ";:") {
			return true // "… thus far: Lund has taken to Instagram"
		}
		// A full stop ends a sentence unless it ends a short
		// abbreviation ("Aug. 24", "Mr. Lund").
		for k := lo; k < hi; k++ {
			if text[toks[k].End:toks[k+1].Start] != ". " || utf8.RuneCountInString(toks[k].Term) <= 4 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(toks[k+1].Term); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// placeNoun reports whether a lower-case word is a noun whose most
// frequent sense is a place or a thing one can be in (WordNet's
// noun.location, noun.artifact, noun.object: tundra, hospital,
// ambulance, river), and never a time ("the end", "the morning") nor
// a writing ("a post", "a paper"), which say where something was said.
func placeNoun(w string) bool {
	if w == "" || isUpperWord(w) || index.IsStop(index.Fold(w)) {
		return false
	}
	lemma := lex.Lemma(strings.ToLower(w), lex.Noun)
	if !lex.Known(lemma, lex.Noun) || lex.Classes(lemma, lex.Noun).Has(lex.NounTime|lex.NounCommunication) {
		return false // "in the morning"; "in a post", "in a letter" say where it was written
	}
	return lex.FirstClass(lemma, lex.Noun).Has(lex.NounLocation | lex.NounArtifact | lex.NounObject)
}

// commonPlace is the place a locative names by a common noun at toks[j],
// after its determiner det: "an ambulance", "the tundra", reading past up
// to two describing words ("a small rural hospital"); "" when the noun
// phrase's head is no place.
func commonPlace(text string, toks []index.Token, j int, det string) string {
	if k := phraseHead(text, toks, j); k >= 0 && placeNoun(toks[k].Term) {
		return det + " " + text[toks[j].Start:toks[k].End]
	}
	return ""
}

// initialism is the number of tokens from toks[i] in a run of capital
// letters each followed by a full stop ("U.S.", "U.K."), at least two;
// 0 otherwise.
func initialism(text string, toks []index.Token, i int) int {
	n := 0
	for k := i; k < len(toks); k++ {
		t := toks[k]
		if utf8.RuneCountInString(t.Term) != 1 || !isUpperWord(t.Term) || t.End >= len(text) || text[t.End] != '.' {
			break
		}
		if k > i && toks[k-1].End+1 != t.Start {
			break
		}
		n++
	}
	if n < 2 {
		return 0
	}
	return n
}

// headAt reports whether toks[k] ends its noun phrase: what follows is
// punctuation, a small word or nothing. An adjective that does not
// ("Nordhavn last season") describes what follows it, not the name.
func headAt(text string, toks []index.Token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	return strings.TrimSpace(text[toks[k].End:toks[k+1].Start]) != "" || index.IsStop(index.Fold(toks[k+1].Term))
}

// describes reports whether w, after a name, can be a noun the name
// describes ("the Nordic League standings"): a noun that is no small
// word and no inflected verb ("the Storting following the vote", "the
// Kremlin said").
func describes(w string) bool {
	l := strings.ToLower(w)
	if index.IsStop(l) || !lex.Known(lex.Lemma(l, lex.Noun), lex.Noun) {
		return false
	}
	// "following", "said" are a verb's forms; "hills", "talks" are
	// plurals, nouns whatever verb they also spell.
	verbForm := lex.Known(l, lex.Verb) && lex.Lemma(l, lex.Verb) != l && lex.Lemma(l, lex.Noun) == l
	return !verbForm
}

// ledeNamesRest reports whether the people asked about whom hit h of doc
// d does not involve are all named in its article's first paragraph,
// whom the article is about: "Where did Halden beat Tromso in the cup
// final?" is answered by "… beating Tromso in the final at Nordhavn" in
// a report on Halden whose lede names the club.
func (a *Answerer) ledeNamesRest(d index.Doc, h index.Hit, people []mention) bool {
	if d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return false
	}
	art := a.c.Articles[d.Article]
	if len(art.Paragraphs) == 0 {
		return false
	}
	lede := art.Paragraphs[0].Span()
	if lede.Start < 0 || lede.End > len(art.Text) || lede.Start >= lede.End {
		return false
	}
	var rest []mention
	for _, m := range people {
		if !a.involves(d, h, m) {
			rest = append(rest, m)
		}
	}
	return len(rest) < len(people) && a.namesAll(art.Text[lede.Start:lede.End], rest)
}

// maxRankWords bounds the words read after "in" for the ranking a
// position is in ("the Nordic League table").
const maxRankWords = 5

// ordinalWords are the positions written out.
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true,
	"twelfth": true, "thirteenth": true, "fourteenth": true, "fifteenth": true, "sixteenth": true,
	"seventeenth": true, "eighteenth": true, "nineteenth": true, "twentieth": true, "last": true}

// ordinalWord reports whether w is a position: "14th", "2nd", "eighth".
func ordinalWord(w string) bool {
	f := strings.ToLower(w)
	if ordinalWords[f] {
		return true
	}
	digits := len(f) - len(strings.TrimLeft(f, "0123456789"))
	if digits == 0 || digits > 3 {
		return false
	}
	switch f[digits:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// rankAsked reports whether the words from token j on, up to the
// noun phrase's end, name a contest or a ranking: a name ("sixth in
// Halden", "second in the Tromso primary") or one of the
// question's words ("in the league" asked, "in the Nordic League
// table" written).
func rankAsked(text string, toks []index.Token, j int, terms map[string]bool, stem func(string) string) bool {
	k := j
	if k < len(toks) && venueDeterminers[index.Fold(toks[k].Term)] {
		k++
	}
	if k < len(toks) && isUpperWord(toks[k].Term) && !calendar[index.Fold(toks[k].Term)] {
		return true
	}
	for k := j; k < len(toks) && k < j+maxRankWords; k++ {
		if k > j && strings.TrimSpace(text[toks[k-1].End:toks[k].Start]) != "" {
			return false
		}
		if !index.IsStop(index.Fold(toks[k].Term)) && terms[stem(toks[k].Term)] {
			return true
		}
	}
	return false
}

// sameRank reports whether place lines a and b are one position in one
// ranking, however each outlet names the ranking: the same ordinal
// before "in" ("14th", "fourteenth" is another spelling and is not
// read), and a word of the ranking in both ("14th in the Nordic League
// table", "14th in the league standings").
func sameRank(a, b string) bool {
	ta, tb := index.Words.Tokenize(a), index.Words.Tokenize(b)
	if len(ta) < 3 || len(tb) < 3 || !ordinalWord(ta[0].Term) || !strings.EqualFold(ta[0].Term, tb[0].Term) ||
		index.Fold(ta[1].Term) != "in" || index.Fold(tb[1].Term) != "in" {
		return false
	}
	words := map[string]bool{}
	for _, t := range ta[2:] {
		if f := index.Fold(t.Term); !index.IsStop(f) {
			words[f] = true
		}
	}
	for _, t := range tb[2:] {
		if words[index.Fold(t.Term)] {
			return true
		}
	}
	return false
}

// rankIn is the position that line gives in a ranking the question
// names (terms, by stem): all of line when it is one ("9th in the
// Nordic League table"), else the first one a sentence states ("the
// Gulls, stuck at 9th in the cup standings, have …"), read as
// rankLine reads it; "" when it states none.
func (a *Answerer) rankIn(line string, terms map[string]bool) string {
	toks := index.Words.Tokenize(line)
	for i := 0; i+2 < len(toks); i++ {
		if !ordinalWord(toks[i].Term) || index.Fold(toks[i+1].Term) != "in" {
			continue
		}
		if rl := rankLine(line, toks, i); i == 0 || rankNamed(rl, terms, a.stemOf) {
			return rl
		}
	}
	return ""
}

// rankNamed reports whether the ranking of position line ("9th in the
// cup standings") holds one of the question's words (terms, by stem):
// in a sentence that answers something else as well, a position in a
// ranking the question does not name ("third in Halden" beside the town
// asked) is not the one asked.
func rankNamed(line string, terms map[string]bool, stem func(string) string) bool {
	toks := index.Words.Tokenize(line)
	for k := 2; k < len(toks); k++ {
		if f := index.Fold(toks[k].Term); !index.IsStop(f) && terms[stem(toks[k].Term)] {
			return true
		}
	}
	return false
}

// rankSourceLimit bounds the documents searched for other outlets'
// statements of a position.
const rankSourceLimit = 100

// rankSources lists, for an answer that is a position in a ranking
// ("9th in the Nordic League table"), the documents that state the same
// position in the same ranking however they name it ("… sit 9th in the
// league standings": sameRank), in an article that names every person
// the question names (people). The sentence need not repeat the
// occasion asked about ("when the coach was dismissed"): the position is the
// side's at the time the article reports. A position the sentence puts
// in a past period ("… ninth in the league last season") is another
// period's and is left out.
func (a *Answerer) rankSources(ctx context.Context, line string, groups []index.Group, people []mention) []index.Doc {
	terms := groupTerms(groups)
	if line = a.rankIn(line, terms); line == "" {
		return nil
	}
	toks := index.Words.Tokenize(line)
	q := a.idx.Analyze(line)
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: q, ParaWeight: paraWeight, Limit: rankSourceLimit, Mode: a.mode(ctx)}) {
		if !a.inArticle(a.idx.Doc(h.Doc), people) {
			continue
		}
		text := a.idx.Text(h.Doc)
		ts := index.Words.Tokenize(text)
		for i := 0; i+2 < len(ts); i++ {
			if !strings.EqualFold(ts[i].Term, toks[0].Term) || index.Fold(ts[i+1].Term) != "in" {
				continue
			}
			if sameRank(line, rankLine(text, ts, i)) && !a.pastPeriod(text, ts, i+2, terms) {
				out = append(out, a.idx.Doc(h.Doc))
				break
			}
		}
	}
	return out
}

// rankLine is the position at token i with the ranking after "in": its
// determiner, its name and a noun the name describes ("14th in the
// Nordic League table"), not a time after it ("… last term").
func rankLine(text string, toks []index.Token, i int) string {
	end := toks[i+1].End // "in"
	k := i + 2
	if k < len(toks) && venueDeterminers[index.Fold(toks[k].Term)] {
		end, k = toks[k].End, k+1
	}
	for ; k < len(toks) && k < i+2+maxRankWords; k++ {
		w := toks[k].Term
		if strings.TrimSpace(text[toks[k-1].End:toks[k].Start]) != "" || index.IsStop(index.Fold(w)) {
			break
		}
		if !isUpperWord(w) {
			l := lex.Lemma(strings.ToLower(w), lex.Noun)
			if !describes(w) || lex.Classes(l, lex.Noun).Has(lex.NounTime) {
				break // "… last term"
			}
		}
		end = toks[k].End // "table", "delegate count"
		if t := dropPossessive(w); t != w {
			end -= len(w) - len(t) // "sixth in Halden’s caucuses": Halden
			break
		}
	}
	return text[toks[i].Start:end]
}

// visitVerb reports whether w is a form of a verb whose object is the
// place one goes to or stays in: visit, tour, holiday, vacation.
func visitVerb(w string) bool {
	if isUpperWord(w) {
		return false
	}
	switch lex.Lemma(strings.ToLower(w), lex.Verb) {
	case "visit", "tour", "holiday", "vacation":
		return true
	}
	return false
}

// maxPeriodGap bounds the words between a ranking and the period after
// it: "ninth in the Nordic League last season".
const maxPeriodGap = 6

// pastPeriod reports whether the ranking from token j on is followed,
// before the clause ends, by "last" or "previous" and a noun of time
// ("last term", "the previous season") that is none of the question's
// words (terms, by stem): the place of another period.
func (a *Answerer) pastPeriod(text string, toks []index.Token, j int, terms map[string]bool) bool {
	for k := j; k+1 < len(toks) && k < j+maxPeriodGap; k++ {
		if strings.ContainsAny(text[toks[k].End:toks[k+1].Start], ",;:.") {
			return false
		}
		f := index.Fold(toks[k].Term)
		if f != "last" && f != "previous" {
			continue
		}
		n := strings.ToLower(toks[k+1].Term)
		if !lex.Classes(lex.Lemma(n, lex.Noun), lex.Noun).Has(lex.NounTime) {
			continue
		}
		// A question that names a period ("last season") asks about
		// one, however the article calls it ("last term").
		for t := range terms {
			if timeNoun(t) {
				return false
			}
		}
		return true
	}
	return false
}

// timeNoun reports whether stem t is that of a noun whose first sense is
// a period of time: season, term, year.
func timeNoun(t string) bool {
	return lex.Known(t, lex.Noun) && lex.FirstClass(t, lex.Noun).Has(lex.NounTime)
}
