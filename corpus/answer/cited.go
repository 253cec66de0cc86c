package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// "Which wire service ran the mayor's remarks", "what paper
// reported it first": the answer is an outlet, and the outlet is rarely
// the subject of the sentence's verb. A sentence names its source as it
// pleases ("…, Reuters wrote", "according to the Herald", "told Sky
// News"); the outlets a corpus knows (the articles' publishers and the
// sources the load stage found them citing) are looked for in it, and when
// it names none, the article that reports it is its own source.

// outletKinds are the kinds of party that are publishers whatever word
// stands before them ("which paper").
var outletKinds = map[string]bool{"outlet": true, "newspaper": true, "paper": true, "publication": true,
	"broadcaster": true, "wire": true, "tabloid": true, "broadsheet": true, "channel": true}

// outletAfter are the kinds that are publishers after a word of news
// ("which news agency", "what TV station"): alone, "which agency" is as
// often a government's.
var outletAfter = map[string]bool{"agency": true, "network": true, "service": true, "site": true,
	"website": true, "station": true, "organisation": true, "organization": true, "outlet": true}

// newsWords make a kind of party a publisher.
var newsWords = map[string]bool{"news": true, "press": true, "wire": true, "tv": true, "television": true, "radio": true, "media": true}

// reportLemmas are what an outlet does with a story.
var reportLemmas = map[string]bool{"report": true, "carry": true, "publish": true, "run": true, "cover": true,
	"break": true, "print": true, "air": true, "broadcast": true, "write": true, "reveal": true, "release": true,
	"obtain": true, "cite": true, "quote": true, "post": true, "share": true}

// asksOutlet reports whether a who question asks for an outlet.
func (q Question) asksOutlet() bool {
	if q.Kind != KindWho || q.Type == "" {
		return false
	}
	if outletKinds[q.Type] {
		return true
	}
	if !outletAfter[q.Type] {
		return false
	}
	for i := q.Body; i+1 < len(q.Words) && i <= q.Body+maxKindWords; i++ {
		if q.Words[i+1].Fold == q.Type && newsWords[q.Words[i].Fold] {
			return true
		}
	}
	return false
}

// reportAsked reports whether the question's action is one an outlet
// does with a story ("carried", "ran", "broke").
func (q Question) reportAsked() bool {
	for _, w := range q.Words[min(q.Body, len(q.Words)):] {
		if reportLemmas[lex.Lemma(w.Fold, lex.Verb)] {
			return true
		}
	}
	return false
}

// knownOutlets are the names of the corpus's publishers and of the
// sources its articles cite, as written, longest first (so "Sky News"
// is found before "Sky").
func knownOutlets(outlets, cites [][]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, list := range append(outlets, cites...) {
		for _, n := range list {
			n = strings.TrimSpace(n)
			if n == "" || seen[strings.ToLower(n)] {
				continue
			}
			seen[strings.ToLower(n)] = true
			out = append(out, n)
		}
	}
	slices.SortStableFunc(out, func(x, y string) int { return len(y) - len(x) })
	return out
}

// namedOutlet is the first known outlet that text names as a whole word
// (its first letter a capital, as a name is written), other than those
// skip rejects; "" when none.
func namedOutlet(text string, outlets []string, skip func(string) bool) string {
	best, at := "", len(text)+1
	for _, n := range outlets {
		if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) || skip(n) {
			continue
		}
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			i += from
			end := i + len(n)
			if wordEdge(text, i, true) && wordEdge(text, end, false) {
				if i < at {
					best, at = n, i
				}
				break
			}
			from = end
		}
	}
	return best
}

// wordEdge reports whether byte offset i of text starts (or, with
// start false, ends) a word.
func wordEdge(text string, i int, start bool) bool {
	var r rune
	if start {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(text[:i])
	} else {
		if i >= len(text) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// citedOutlet answers "which outlet …" from the sentence of doc id in
// article art: the outlet it names as its source, not one the question
// names (fromQuestion); else, when the question asks who reported it
// (report), the article's own outlet.
func (a *Answerer) citedOutlet(id, art int, report bool, fromQuestion func(string) bool) (string, bool) {
	text := a.idx.Text(id)
	if n := namedOutlet(text, a.outletList, fromQuestion); n != "" {
		return n, true
	}
	if report && art >= 0 && art < len(a.c.Articles) && a.c.Articles[art].Outlet != "" {
		return a.c.Articles[art].Outlet, true
	}
	return "", false
}

// askedWords is whether every word of name is one of the question's.
func askedWords(qu Question) func(string) bool {
	asked := map[string]bool{}
	for _, w := range qu.Words {
		asked[w.Fold] = true
	}
	return func(name string) bool {
		for _, w := range strings.Fields(name) {
			if !asked[index.Fold(w)] {
				return false
			}
		}
		return true
	}
}

// preferCited moves ahead of a first candidate answered by its article's
// own outlet the first of the same article whose sentence names its
// source: the article says there where its report comes from.
func preferCited(cands []candidate) {
	if len(cands) < 2 || !cands[0].own {
		return
	}
	k := slices.IndexFunc(cands, func(c candidate) bool {
		return !c.own && !c.weak && c.line != "" && c.doc.Article == cands[0].doc.Article
	})
	if k > 0 {
		promote(cands, k)
	}
}

// topicPronouns stand, in a question typed after its topic, for the
// topic ("the mayor's remarks - which paper ran them").
var topicPronouns = map[string]bool{"it": true, "them": true, "they": true, "this": true, "that": true, "these": true, "those": true}

// maxTopicWords bounds the topic typed before a question.
const maxTopicWords = 12

// topicFirst reads a question typed after its topic and a dash or a
// colon ("the mayor's remarks - which paper ran them first") as the
// question asked of the topic: its first pronoun is the topic ("which
// paper ran the mayor's remarks first"), or, with none, the topic ends
// it. q itself when it opens with a question word or has no such topic.
func topicFirst(q string) string {
	read, _ := topicContext(q)
	return read
}

// topicContext is topicFirst, and the topic when it ends the reading
// ("" when it stands for a pronoun or a possessive's owner, or q has no
// topic typed first): what the articles are about, which the answering
// sentence may leave to its article (topicheld.go).
func topicContext(q string) (string, string) {
	topic, rest, at := splitTopic(q)
	if at < 0 {
		return q, ""
	}
	toks := index.Words.Tokenize(rest)
	for k := 2; k < len(toks); k++ { // the question word may end q
		t := toks[k]
		if topicPronouns[index.Fold(t.Term)] {
			return rest[:t.Start] + topic + rest[t.End:], ""
		}
		if possessives[index.Fold(t.Term)] && k+1 < len(toks) && !index.IsStop(index.Fold(toks[k+1].Term)) {
			// "the port strike - who was their spokesman": the
			// spokesman of the topic. The noun phrase runs to a
			// preposition, an auxiliary, a verb of saying or the
			// question's end.
			j := k + 1
			for j+1 < len(toks) {
				f := index.Fold(toks[j+1].Term)
				if prepositions[f] || auxiliaries[f] || reportVerbs[f] || reportVerbs[lex.Lemma(f, lex.Verb)] {
					break
				}
				j++
			}
			return rest[:t.Start] + "the " + rest[toks[k+1].Start:toks[j].End] + " of " + topic + rest[toks[j].End:], ""
		}
	}
	end := strings.TrimRight(rest, "?!. ")
	return end + " " + topic + rest[len(end):], topic
}

// splitTopic splits a question typed after its topic and a dash, a colon
// or a comma before a question's form into the topic and the question,
// and gives the byte offset of the question in q; -1 when q has no such
// topic (topicFirst).
func splitTopic(q string) (topic, rest string, at int) {
	toks := index.Words.Tokenize(q)
	if len(toks) < 4 || questionWords[index.Fold(toks[0].Term)] || auxiliaries[index.Fold(toks[0].Term)] {
		return "", "", -1
	}
	for i := 2; i < len(toks) && i <= maxTopicWords; i++ {
		gap := q[toks[i-1].End:toks[i].Start]
		if strings.TrimSpace(gap) == "," && i+1 < len(toks) && questionForm(toks[i].Term, toks[i+1].Term) {
			gap = " - " // "the harbour fee, how much was it": a comma before a question's form
		}
		if !strings.ContainsAny(gap, "-–—:") || !strings.ContainsAny(gap, " :") {
			if f := index.Fold(toks[i].Term); questionWords[f] && !relativeWords[f] {
				return "", "", -1
			}
			// "the skipper who sold the boat - what outlet got her story":
			// a clause of the topic; the question comes after the dash.
			continue
		}
		f := index.Fold(toks[i].Term)
		if i+1 < len(toks) && !questionWords[f] && hedge(f) {
			// "the audit - about how many …": a hedge before the
			// question word, which Parse skips.
			f = index.Fold(toks[i+1].Term)
		}
		if !questionWords[f] || f == "ask" || f == "whosaid" {
			return "", "", -1
		}
		return strings.TrimSpace(q[:toks[i-1].End]), strings.TrimSpace(q[toks[i].Start:]), toks[i].Start
	}
	return "", "", -1
}

// questionForm reports whether words w, next open a question's form ("how
// much", "what did", "when was"), not a relative clause ("who resigned",
// "which ran"), so that a comma before them ends a topic typed first.
func questionForm(w, next string) bool {
	w, next = index.Fold(w), index.Fold(next)
	if !questionWords[w] {
		return false
	}
	return auxiliaries[next] || w == "how" && (next == "many" || next == "much" || next == "long" || next == "old")
}

// creditOpenersLoose open, before an outlet the corpus knows, the words
// that name where a figure was read, with no comma before them ("the
// death toll reported by Fjord Courier", "the count according to
// Nordwire").
var creditOpenersLoose = [][]string{{"reported", "by"}, {"according", "to"}, {"per"}, {"from"}, {"in"}, {"by"}}

// knownCredit finds, in a question creditClause left whole, an outlet
// the corpus knows named as where the thing was read: after "reported
// by", "according to", "per", "from", "in" or "by" at the question's end,
// or in a possessive that opens it ("Nordwire's figure for the cost").
// It returns the question without those words and the outlet; q and ""
// when there is none.
func (a *Answerer) knownCredit(q string) (string, string) {
	toks := index.Words.Tokenize(q)
	if len(toks) < 3 {
		return q, ""
	}
	known := func(s string) string {
		for _, n := range a.outletList {
			if outletKey(n) == outletKey(s) || sameOutlet(s, n) && len(outletKey(s)) >= 2 {
				return n
			}
		}
		return ""
	}
	// At the end: the longest run of words after an opener that names one.
	for i := 1; i < len(toks)-1; i++ {
		for _, op := range creditOpenersLoose {
			if i+len(op) >= len(toks) || len(toks)-i-len(op) > maxCreditWords {
				continue
			}
			match := true
			for k, w := range op {
				match = match && index.Fold(toks[i+k].Term) == w
			}
			if !match {
				continue
			}
			name := strings.TrimRight(strings.TrimSpace(q[toks[i+len(op)].Start:]), "?!. ")
			if n := known(name); n != "" {
				return strings.TrimSpace(q[:toks[i].Start]) + trailingMark(q), n
			}
		}
	}
	// At the start: "Nordwire's figure for the cost".
	for k := 0; k < len(toks)-1 && k < maxCreditWords; k++ {
		t := toks[k].Term
		base, ok := strings.CutSuffix(strings.ReplaceAll(t, "’", "'"), "'s")
		if !ok {
			continue
		}
		name := strings.TrimSpace(q[toks[0].Start:toks[k].Start] + base)
		if n := known(name); n != "" {
			return strings.TrimSpace(q[toks[k+1].Start:]), n
		}
		break
	}
	return q, ""
}

// outletAnaphors are the nouns by which, after "the", a sentence speaks
// again of an outlet named before it ("According to the Herald, the
// ferry sank. A deckhand told the paper …").
var outletAnaphors = map[string]bool{"publication": true, "paper": true, "newspaper": true, "outlet": true,
	"broadcaster": true, "network": true, "magazine": true, "station": true, "website": true, "site": true,
	"agency": true, "tabloid": true, "channel": true, "daily": true}

// outletBefore is the outlet "the paper" in text (the sentence of doc d)
// stands for: the one the sentence before it (on its line or the line
// before) names, other than those the question names (fromQuestion); "" when
// text speaks of no outlet so, or the sentence before names none.
func (a *Answerer) outletBefore(d index.Doc, text string, fromQuestion func(string) bool) string {
	if !outletAnaphor(text) || d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return ""
	}
	art := a.c.Articles[d.Article]
	prev, ok := sentenceBefore(art, d.Span, true) // previous.go
	if !ok {
		return ""
	}
	text = art.Text[prev.Start:prev.End]
	if i := strings.LastIndex(text, "\n"); i >= 0 {
		text = text[i+1:]
	}
	return namedOutlet(text, a.outletList, fromQuestion)
}

// narration reports whether text tells something in its outlet's own
// voice: it quotes nobody and no verb of speaking reports someone's
// words ("The ruling is the port board's sharpest turn in a decade"). "Which
// outlet said …" is then answered by the outlet whose article it is.
func (a *Answerer) narration(text string) bool {
	if strings.ContainsAny(text, "\"“”") {
		return false
	}
	for _, t := range index.Words.Tokenize(text) {
		f := index.Fold(t.Term)
		if f == "according" || speechActs[a.stemOf(f)] {
			return false
		}
		if base := irregularVerb(f); base != "" && speechActs[index.Stem(base)] {
			return false
		}
	}
	return true
}

// outletAnaphor reports whether text speaks of an outlet by "the" and a
// word for one ("told the paper"), not by its name.
//
// Its words are walked three at a time (index.WordAt), not tokenized:
// subjectCarried asks it of nearly every hit, most of which no later
// reader tokenizes.
func outletAnaphor(text string) bool {
	ps, pe := index.WordAt(text, 0)
	s, e := index.WordAt(text, pe)
	for s < len(text) {
		ns, ne := index.WordAt(text, e)
		if index.FoldIs(text[ps:pe], "the") && index.FoldIn(outletAnaphors, text[s:e]) &&
			(ns == len(text) || !isUpperWord(text[ns:ne]) || strings.TrimSpace(text[e:ns]) != "") { // not "the Paper Mill Theatre"
			return true
		}
		ps, pe, s, e = s, e, ns, ne
	}
	return false
}
