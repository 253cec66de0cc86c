package answer

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A "when did X launch" question asks for something that had happened by
// the time an article was written. An article that says the capsule "is
// supposed to launch in late September" gives a date yet to come, which
// answers "when will it launch", not "when did it".

// pastAsked reports whether qu asks when something happened: "when did",
// or "when was / were / had" with no word of a plan in the question
// ("when was the launch scheduled" asks for a planned date).
func pastAsked(qu Question) bool {
	if qu.Kind != KindWhen || qu.Future || qu.Body < 1 || qu.Body > len(qu.Words) {
		return false
	}
	switch qu.Words[qu.Body-1].Fold {
	case "did":
	case "was", "were", "had":
		for _, w := range qu.Words[qu.Body:] {
			if planWords[w.Fold] || plannedWords[w.Fold] {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// plannedWords say that a date was planned, besides planWords (which
// pastAsked checks too, so they are not repeated here).
var plannedWords = map[string]bool{"expected": true, "planned": true, "originally": true, "initially": true, "first": true}

// yetToCome reports whether date value v of fact f is of something yet
// to happen when the article was written: in a clause that says the
// future. The article's own date is not compared: a day written without
// its year ("Dec. 28" in a January article) may be read into the wrong
// one.
func (a *Answerer) yetToCome(f *corpus.Fact, v *corpus.Value) bool {
	art := a.c.Articles[f.Article]
	return futureClause(art.Text, f.Span().Start, v.Span().Start)
}

// futureMarks say, in the present tense, that what follows is yet to
// happen: "the capsule will launch", "is supposed to launch", "is due to
// return". "Was slated to" and "would" are left out: an article's past
// plan may have been carried out.
var futureMarks = []string{" will ", "'ll ", "’ll ", " is supposed to ", " are supposed to ", " is expected to ", " are expected to ",
	" is scheduled to ", " are scheduled to ", " is set to ", " are set to ", " is due to ", " are due to ", " is slated to ",
	" are slated to ", " plans to ", " plan to ", " is to ", " are to "}

// futureClause reports whether the sentence of text that starts at from
// says the future before offset at: a present-tense mark of the future,
// after which no verb is in the past ("Berg, who will lead the team, was
// named on Monday" dates the naming). At most maxClauseBack bytes are
// read.
func futureClause(text string, from, at int) bool {
	if at < 0 || at > len(text) || from < 0 || from > at {
		return false
	}
	// Every mark ends in "ll " or " to ": a clause holding neither, most
	// of them, is not lowered nor searched for each mark in turn.
	hasLL, hasTo := marksEnd(text[max(from, at-maxClauseBack):at])
	if !hasLL && !hasTo {
		return false
	}
	clause := " " + strings.ToLower(text[max(from, at-maxClauseBack):at])
	last, end := -1, 0
	for _, m := range futureMarks {
		if !hasLL && strings.HasSuffix(m, "ll ") || !hasTo && strings.HasSuffix(m, " to ") {
			continue
		}
		if i := strings.LastIndex(clause, m); i > last {
			last, end = i, i+len(m)
		}
	}
	if last < 0 {
		return false
	}
	for _, w := range strings.Fields(clause[end:]) {
		w = strings.Trim(w, ",;:()\"'“”‘’")
		if pastWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// marksEnd reports whether " " and clause lowered would hold "ll " and
// " to ", read in clause as written: lowering makes those ASCII bytes of
// no other character.
func marksEnd(clause string) (ll, to bool) {
	for i := 0; i+2 < len(clause); i++ {
		if clause[i+2] != ' ' {
			continue
		}
		a, b := clause[i]|0x20, clause[i+1]|0x20
		ll = ll || a == 'l' && b == 'l'
		to = to || a == 't' && b == 'o' && (i == 0 || clause[i-1] == ' ')
	}
	return ll, to
}

// futureAsked reports whether qu asks when something is yet to happen:
// "when will", or "when is X due back".
func futureAsked(qu Question) bool {
	if qu.Kind != KindWhen {
		return false
	}
	if qu.Future {
		return true
	}
	for i := qu.Body; i < len(qu.Words); i++ {
		if dueAt(qu, i) {
			return true
		}
	}
	return false
}

// pastClause reports whether date value v of fact f is in a clause about
// the past: "since June" (a start, not the day asked), or a verb in the
// past between the clause's start and the date, with no mark of the
// future ("who docked at the station in June, will return next year":
// June dates the docking). It answers "when did", not "when will".
func (a *Answerer) pastClause(f *corpus.Fact, v *corpus.Value) bool {
	text := a.c.Articles[f.Article].Text
	from, at := f.Span().Start, v.Span().Start
	if at < 0 || at > len(text) || from < 0 || from > at {
		return false
	}
	clause := text[max(from, at-maxClauseBack):at]
	if i := strings.LastIndexAny(clause, ",;:(–—"); i >= 0 {
		clause = clause[i+1:]
	}
	raw := strings.Fields(clause)
	clause = strings.ToLower(clause)
	words := strings.Fields(clause)
	if len(words) > 0 && (words[len(words)-1] == "since" || len(words) > 1 && words[len(words)-2] == "since") {
		return true
	}
	if futureClause(" "+clause, 0, len(clause)+1) {
		return false
	}
	// A verb in the past right after the date: "last month advised".
	after := strings.Fields(strings.ToLower(text[v.Span().End:min(len(text), v.Span().End+40)]))
	for k := 0; k < len(after) && k < 2; k++ {
		w := strings.Trim(after[k], "\"'“”‘’")
		if pastVerb(w) {
			return true
		}
		if w != after[k] || strings.ContainsAny(w, ",;:") {
			break
		}
	}
	// The last verb in the past decides, unless an infinitive follows it:
	// "has agreed to visit Halden next week" dates the visit.
	past := false
	for k, w := range words {
		w = strings.Trim(w, "\"'“”‘’")
		switch {
		case pastVerb(w):
			past = true
		case w == "to" && k+1 < len(words) && infinitive(raw[k+1]):
			past = false
		}
	}
	return past
}

// pastVerb reports whether a folded word is an auxiliary of the past or a
// verb's "-ed" form.
func pastVerb(w string) bool {
	return pastWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && lex.Known(lex.Lemma(w, lex.Verb), lex.Verb)
}

// infinitive reports whether a word as written after "to" reads as a verb
// ("to visit"), not as the noun of a preposition ("to the", "to Halden").
func infinitive(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	f := index.Fold(w)
	return unicode.IsLower(r) && !index.IsStop(f) && lex.Known(f, lex.Verb)
}

// pastWords are the auxiliaries of the past.
var pastWords = map[string]bool{"was": true, "were": true, "had": true, "did": true}

// maxClauseBack bounds the text futureClause reads.
const maxClauseBack = 240

// dueAt reports whether question word i is "due" saying when someone is
// expected somewhere: "when is Berg due in Halden", "due back", "due at
// the port". Articles say so with the visit's own verb ("Berg will visit
// Halden next week"): the word is the question's modality, not one to
// match.
func dueAt(qu Question, i int) bool {
	if qu.Kind != KindWhen || i < qu.Body || i >= len(qu.Words) || qu.Words[i].Fold != "due" {
		return false
	}
	return i+1 == len(qu.Words) || dueAfter[qu.Words[i+1].Fold]
}

// dueAfter are the words after "due" that place the one expected.
var dueAfter = map[string]bool{"in": true, "at": true, "back": true, "home": true, "on": true, "for": true, "to": true}

// A date may belong to another party of the same event: the capsule comes
// back in September, its crew in February, and most outlets give the
// crew's. "When will the capsule come back" asks for the date whose
// sentence makes the capsule, not the crew, the subject of its verb.

// thingAsked is the head noun of a when-question's subject when the
// subject is a thing, not a person ("capsule" of "when will the Halden
// ferry come back"), with the verb after it (its lemma); "" when the
// subject is someone, or the question is not of that form.
func thingAsked(qu Question, people []mention) (head, verb string) {
	i := subjectAt(qu)
	if qu.Kind != KindWhen || i < 0 || i >= len(qu.Words) {
		return "", ""
	}
	for _, m := range people {
		if m.From <= i+1 && m.To > i && m.Person != nil && m.Person.Kind == corpus.KindPerson {
			return "", "" // "when will Berg return": people are checked apart
		}
	}
	rest := qu.Text[qu.Words[i].Start:]
	toks := lex.Tag(rest)
	for k, t := range toks {
		if lex.TagPOS(t.Tag) != lex.Verb {
			continue
		}
		if k == 0 {
			return "", ""
		}
		h := toks[k-1]
		if !strings.HasPrefix(h.Tag, "NN") || strings.HasPrefix(h.Tag, "NNP") {
			return "", ""
		}
		if lex.FirstClass(h.Lemma, lex.Noun).Has(lex.NounPerson) {
			return "", "" // "the crew", "the pilots": people
		}
		return h.Lemma, t.Lemma
	}
	return "", ""
}

// subjectOther reports whether, in text, the verb that comes last before
// offset at (of lemma verb, or a stem of alts) has for its subject
// people and not the thing asked (head): "Berg and Lund will come back in
// February" does not date the ferry's return. The subject is read back
// from the verb, past modals, to the clause's start.
func (a *Answerer) subjectOther(text string, at int, head, verb string, alts map[string]bool) bool {
	if at < 0 || at > len(text) {
		return false
	}
	toks := index.Words.Tokenize(text[:at])
	v := -1
	for k := len(toks) - 1; k >= 0; k-- {
		f := index.Fold(toks[k].Term)
		if lex.Lemma(f, lex.Verb) == verb || alts[a.stemOf(f)] {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	persons := 0
	for k := v - 1; k >= 0 && v-k <= maxSubjectBack; k-- {
		if strings.ContainsAny(text[toks[k].End:toks[k+1].Start], ",;:()\"“”") {
			break
		}
		f := index.Fold(toks[k].Term)
		switch {
		case beforeVerb[f]:
			continue // "will", "is set to", "soon"
		case subjectStops[f]:
			k = -1 // "decided that …", "in a spacecraft …"
			continue
		case f == "it" || f == head || lex.Lemma(f, lex.Noun) == head:
			return false
		}
		if isUpperWord(toks[k].Term) {
			if p, ok := a.lookup(toks[k].Term); ok && p != nil && p.Kind == corpus.KindPerson {
				persons++
			}
		}
	}
	return persons > 0
}

// beforeVerb stand between a subject and its verb.
var beforeVerb = map[string]bool{"will": true, "would": true, "shall": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "to": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "set": true, "due": true,
	"expected": true, "scheduled": true, "slated": true, "supposed": true, "also": true, "now": true, "then": true, "soon": true,
	"finally": true, "eventually": true, "not": true, "have": true, "has": true, "had": true, "both": true}

// subjectStops open the clause or end the subject read backwards.
var subjectStops = map[string]bool{"that": true, "which": true, "who": true, "when": true, "after": true, "before": true,
	"in": true, "on": true, "at": true, "with": true, "for": true, "from": true, "by": true, "as": true, "if": true, "while": true}

// maxSubjectBack bounds the words read back from a verb for its subject.
const maxSubjectBack = 8

// verbAlts are the stems of the question group of the verb of lemma verb:
// the other ways an article writes it.
func verbAlts(groups []index.Group, verb string) map[string]bool {
	for _, g := range groups {
		if lex.Lemma(g.Word, lex.Verb) == verb {
			return groupTerms([]index.Group{g})
		}
	}
	return nil
}

// monthName is a month a relative time was resolved to ("2024-09", from
// "early next month" in an August article) as a reader names it:
// "September 2024"; "" for any other Norm.
func monthName(norm string) string {
	if len(norm) != 7 || norm[4] != '-' {
		return ""
	}
	y, err1 := strconv.Atoi(norm[:4])
	m, err2 := strconv.Atoi(norm[5:])
	if err1 != nil || err2 != nil || m < 1 || m > 12 {
		return ""
	}
	return time.Month(m).String() + " " + strconv.Itoa(y)
}

// yearsGiven maps each month ("09") that candidates date with a year to
// that year ("2024"), when they give it one year only: an undated
// article's "in September" ("--09") then counts for the September the
// dated articles give, not as a value of its own.
func yearsGiven(cands []candidate) map[string]string {
	years := map[string]string{}
	for _, c := range cands {
		if c.value == nil || c.value.Kind != corpus.ValueDate {
			continue
		}
		n := c.value.Norm
		if len(n) < 7 || n[4] != '-' || strings.HasPrefix(n, "--") {
			continue
		}
		month, year := n[5:7], n[:4]
		if y, ok := years[month]; ok && y != year {
			years[month] = "" // two years for one month: no guess
			continue
		}
		years[month] = year
	}
	return years
}

// withYear is date norm n with the year yearOf gives its month when n
// has none ("--09" → "2024-09", "--09-03" → "2024-09-03"); n itself
// otherwise.
func withYear(n string, yearOf map[string]string) string {
	if !strings.HasPrefix(n, "--") || len(n) < 4 {
		return n
	}
	if y := yearOf[n[2:4]]; y != "" {
		return y + n[1:]
	}
	return n
}
