package answer

import (
	"slices"
	"strings"
	"unicode"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// Another occasion of the same kind: a question that names its occasion
// by a month, a weekday, a year, or an ordinal before an event noun ("the
// March call", "her second match"), by who held it ("the Fox poll"), or
// by the people in it, is often answered by a sentence about another
// call or match that shares every other word ("the January call lasted
// an hour"). FOtherOccasion is 1 when the sentence names another anchor
// of the same kind and not the question's, 0.5 when only its paragraph
// does, or when a person the question names is in neither and the
// sentence names someone else; the fitted score weighs it.

// anchorKind is a kind of a question's anchor.
type anchorKind uint8

const (
	anchorMonth anchorKind = iota
	anchorWeekday
	anchorYear
	anchorOrdinal // an ordinal before an event noun: its value is "ordinal noun"
	nAnchorKinds
)

var anchorMonths = map[string]string{
	"january": "1", "jan": "1", "february": "2", "feb": "2", "march": "3", "april": "4", "apr": "4",
	"may": "5", "june": "6", "jun": "6", "july": "7", "jul": "7", "august": "8", "aug": "8",
	"september": "9", "sep": "9", "sept": "9", "october": "10", "oct": "10", "november": "11", "nov": "11",
	"december": "12", "dec": "12",
}

var anchorWeekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

var anchorOrdinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "last": true, "final": true, "opening": true}

// anchorWords splits text into words as written, digits kept.
func anchorWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// anchors are the occasion anchors of words, by kind. A month that is
// also an English verb or a short form ("may", "march", "dec") counts
// beside a number ("May 4", "4 march") or capitalised inside the text.
func anchors(typed []string) [nAnchorKinds]map[string]bool {
	ws := make([]string, len(typed))
	for i, w := range typed {
		ws[i] = index.Fold(w)
	}
	var out [nAnchorKinds]map[string]bool
	add := func(k anchorKind, v string) {
		if out[k] == nil {
			out[k] = map[string]bool{}
		}
		out[k][v] = true
	}
	for i, w := range ws {
		nearNumber := (i > 0 && isDigits(ws[i-1])) || (i+1 < len(ws) && isDigits(ws[i+1])) || i > 0 && w != "may" && isUpperWord(typed[i])
		if m, ok := anchorMonths[w]; ok && (len(w) > 5 && w != "august" || w == "april" || w == "june" || w == "july" || nearNumber) {
			add(anchorMonth, m)
		}
		if anchorWeekdays[w] {
			add(anchorWeekday, w)
		}
		if len(w) == 4 && isDigits(w) && (w[:2] == "19" || w[:2] == "20") {
			add(anchorYear, w)
		}
		if w == "august" && !nearNumber && i > 0 && ws[i-1] == "in" {
			add(anchorMonth, "8")
		}
		if anchorOrdinals[w] && i+1 < len(ws) {
			if n := ws[i+1]; len(n) > 2 && !isDigits(n) && !index.IsStop(n) && lex.Known(lex.Lemma(n, lex.Noun), lex.Noun) {
				add(anchorOrdinal, w+" "+lex.Lemma(n, lex.Noun))
			}
		}
	}
	return out
}

// otherOccasion is 1 when answer ans's sentence names an anchor of a kind
// question qu names and none of the question's, 0.5 when its sentence
// names none of that kind and its paragraph names another, else 0.
func (a *Answerer) otherOccasion(qu Question, ans corpus.Answer) float64 {
	qws := make([]string, 0, len(qu.Words))
	typed := make([]string, 0, len(qu.Words))
	for _, w := range qu.Words {
		qws = append(qws, w.Fold)
		typed = append(typed, w.Text)
	}
	qa := anchors(typed)
	any := false
	for _, m := range qa {
		any = any || len(m) > 0
	}
	if ans.Quote == "" {
		return 0
	}
	if !any {
		return max(a.nameMissing(qu, ans), namedEventClash(qws, ans.Quote))
	}
	sa := anchors(anchorWords(ans.Quote))
	var pa *[nAnchorKinds]map[string]bool
	best := 0.0
	for k, want := range qa {
		if len(want) == 0 {
			continue
		}
		got := sa[k]
		if anchorKind(k) == anchorOrdinal {
			got = sameNoun(want, got)
		}
		if len(got) > 0 {
			if !meets(want, got) {
				return 1
			}
			continue
		}
		if pa == nil {
			p := a.paragraphAnchors(ans)
			pa = &p
		}
		got = pa[k]
		if anchorKind(k) == anchorOrdinal {
			got = sameNoun(want, got)
		}
		if len(got) > 0 && !meets(want, got) {
			best = 0.5
		}
	}
	return max(best, a.nameMissing(qu, ans), namedEventClash(qws, ans.Quote))
}

// nameMissing is 0.5 when a person the question names is mentioned
// neither in the answer's sentence nor in its paragraph, and the
// sentence names another person in their stead (not the one it
// answers with): the call, the meeting, the match of someone else.
func (a *Answerer) nameMissing(qu Question, ans corpus.Answer) float64 {
	found, _ := a.findPeople(qu, 0)
	var asked []*corpus.Person
	for _, m := range found {
		if m.Person != nil && m.Person.Kind == corpus.KindPerson {
			asked = append(asked, m.Person)
		}
	}
	art, ok := a.articleOf.find(ans.File)
	if len(asked) == 0 || !ok {
		return 0
	}
	text := a.c.Articles[art].Text
	at := strings.Index(text, ans.Quote)
	if at < 0 {
		return 0
	}
	para := corpus.Span{Start: at, End: at + len(ans.Quote)}
	for _, p := range a.c.Articles[art].Paragraphs {
		if s := p.Span(); s.Start <= at && at < s.End {
			para = s
		}
	}
	miss := false
	for _, p := range asked {
		in := false
		for _, m := range p.Mentions {
			if int(m.Article) == art && m.Span().Start >= para.Start && m.Span().Start < para.End {
				in = true
				break
			}
		}
		miss = miss || !in
	}
	if !miss {
		return 0
	}
	answered := index.Fold(ans.Answer)
	toks := index.Words.Tokenize(ans.Quote)
	for i := 1; i < len(toks); i++ {
		if !isUpperWord(toks[i].Term) {
			continue
		}
		run := properRun(ans.Quote, toks, i, 1)
		i += max(0, len(strings.Fields(run))-1)
		p := a.personRun(run)
		if p == nil || slices.Contains(asked, p) {
			continue
		}
		name := index.Fold(p.Name)
		if answered != "" && (strings.Contains(answered, name) || strings.Contains(name, answered)) {
			continue
		}
		return 0.5
	}
	return 0
}

// sameNoun keeps of got the ordinals before a noun one of want's is
// before: "second match" against "first match", not "first time".
func sameNoun(want, got map[string]bool) map[string]bool {
	nouns := map[string]bool{}
	for v := range want {
		nouns[v[strings.IndexByte(v, ' ')+1:]] = true
	}
	out := map[string]bool{}
	for v := range got {
		if nouns[v[strings.IndexByte(v, ' ')+1:]] {
			out[v] = true
		}
	}
	return out
}

func meets(want, got map[string]bool) bool {
	for v := range want {
		if got[v] {
			return true
		}
	}
	return false
}

// paragraphAnchors are the anchors of the paragraph of ans's article that
// holds its sentence; none when the sentence is not found as written.
func (a *Answerer) paragraphAnchors(ans corpus.Answer) [nAnchorKinds]map[string]bool {
	return anchors(anchorWords(a.paragraphText(ans)))
}

// paragraphText is the paragraph of ans's article that holds its
// sentence, folded; "" when the sentence is not found as written.
func (a *Answerer) paragraphText(ans corpus.Answer) string {
	art, ok := a.articleOf.find(ans.File)
	if !ok {
		return ""
	}
	text := a.c.Articles[art].Text
	at := strings.Index(text, ans.Quote)
	if at < 0 {
		return ""
	}
	for _, p := range a.c.Articles[art].Paragraphs {
		s := p.Span()
		if s.Start <= at && at < s.End && s.End <= len(text) {
			return index.Fold(text[s.Start:s.End])
		}
	}
	return ""
}

// eventNouns name occasions a reporter tells apart by who held them ("the
// Fox poll", "her CNN interview").
var eventNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "interview": true, "debate": true,
	"rally": true, "speech": true, "statement": true, "conference": true, "summit": true, "caucus": true, "caucuses": true,
	"primary": true, "call": true, "letter": true}

// namedEventClash is 1 when the question types an event noun after words
// of its own ("nbc december poll") and the sentence writes the same noun
// after a capitalised name that shares none of them ("the Fox poll").
func namedEventClash(qws []string, sentence string) float64 {
	q := map[string]bool{}
	var nouns []string
	for i, w := range qws {
		q[w] = true
		if eventNouns[w] && i > 0 && !index.IsStop(qws[i-1]) {
			nouns = append(nouns, strings.TrimSuffix(strings.TrimSuffix(w, "es"), "s"))
		}
	}
	if len(nouns) == 0 {
		return 0
	}
	fields := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	for i := 1; i < len(fields); i++ {
		f := index.Fold(fields[i])
		if !slices.Contains(nouns, strings.TrimSuffix(strings.TrimSuffix(f, "es"), "s")) {
			continue
		}
		var run []string
		for j := i - 1; j > 0 && len(run) < 4 && isUpperWord(fields[j]); j-- {
			run = append(run, index.Fold(fields[j]))
		}
		if len(run) == 0 {
			continue
		}
		shared := false
		for _, w := range run {
			shared = shared || q[w]
		}
		if !shared {
			return 1
		}
	}
	return 0
}
