package answer

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A "how long" question is answered by a length ("for 51 years") or, for
// something that still goes on, by when it began: "have run the ferry
// line since 1988" says how long they have run it. The date is given as
// written after "since", so the reader sees it is a start, not a length.

// sinceDate reports whether date value v of fact f is what "since" (or
// "ever since") names: the start of something that goes on.
func sinceDate(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) bool {
	if v.Kind != corpus.ValueDate && v.Kind != corpus.ValueRelative {
		return false
	}
	rel := v.Span().Start - f.Span().Start
	if rel <= 0 || rel > len(f.Text(c)) {
		return false
	}
	before := strings.Fields(strings.ToLower(f.Text(c)[:rel]))
	// "since 1988", "since early 1988", "since at least 1988".
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		switch before[k] {
		case "since":
			return true
		case "early", "late", "mid", "at", "least", "about", "around", "the", "in":
			continue
		}
		return false
	}
	return false
}

// startDate reports whether date value v of fact f dates a start, as
// "since when" asks: written after "since" or "from" ("she headed the
// ministry from July 17"), or after a verb of taking up a post or
// beginning ("was appointed in April", "took office on May 2"), at most
// maxStartBack words before it.
func startDate(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) bool {
	if v.Kind != corpus.ValueDate && v.Kind != corpus.ValueRelative {
		return false
	}
	if sinceDate(c, f, v) {
		return true
	}
	rel := v.Span().Start - f.Span().Start
	if rel <= 0 || rel > len(f.Text(c)) {
		return false
	}
	before := strings.Fields(strings.ToLower(f.Text(c)[:rel]))
	for k := len(before) - 1; k >= 0 && k >= len(before)-maxStartBack; k-- {
		w := strings.Trim(before[k], ",;:—–-\"'“”‘’")
		if w == "from" || w == "since" || startVerbs[lex.Lemma(w, lex.Verb)] {
			return true
		}
		if w != before[k] && k < len(before)-1 {
			return false // punctuation between: another clause
		}
	}
	return false
}

// maxStartBack bounds the words startDate reads before a date.
const maxStartBack = 4

// startVerbs say that someone took up a post or something began.
var startVerbs = map[string]bool{"appoint": true, "name": true, "hire": true, "elect": true, "swear": true,
	"install": true, "join": true, "begin": true, "start": true, "launch": true, "become": true}

// sinceLine is the answer line of a how-long question answered by a
// start date: "since 1988", "since May 2, 2024".
func sinceLine(v corpus.Value, qu Question) (string, bool) {
	if qu.Kind != KindHowLong || v.Kind != corpus.ValueDate && v.Kind != corpus.ValueRelative {
		return "", false
	}
	if d, err := corpus.ParseDate(v.Norm); err == nil {
		return "since " + d.Long(), true
	}
	return "since " + strings.TrimSpace(v.Text), true
}

// sinceOf reports whether fact f, which dates a start with "since", holds
// the question's predicate ("own" in "have owned … since 1988"): a start
// of something else answers no "how long". The question is tagged only
// here, for the few facts that write "since" before a date.
func (a *Answerer) sinceOf(f *corpus.Fact, qu Question) bool {
	p := qu.Frame().Predicate
	if p == "" {
		return true
	}
	// By lemma, not stem: "own" is a stopword to the index.
	for _, t := range index.Words.Tokenize(f.Text(a.c)) {
		w := strings.ToLower(t.Term)
		if w == p || lex.Lemma(w, lex.Verb) == p || lex.Lemma(w, lex.Noun) == p {
			return true
		}
	}
	return false
}

// maxModified bounds the words read after a value written before its
// noun: "a ten-day relief voyage".
const maxModified = 2

// modifierBonus is how much more a value written before a noun the
// question asks about counts ("a six-month voyage" for how long the
// voyage lasts) than a value the sentence gives something else, which
// the search may rank above it for the other words it shares with the
// question ("came home on the voyage after 80 days ashore").
const modifierBonus = 2

// modifiesAsked reports whether value v of fact f is written before a
// noun as its modifier ("a six-month voyage", "a 12-point charter", a
// number joined to a singular unit by a hyphen) and that noun, or the
// one after it, is one of the question's words (terms, by stem).
func (a *Answerer) modifiesAsked(f *corpus.Fact, v *corpus.Value, terms map[string]bool) bool {
	text := f.Text(a.c)
	toks := index.Words.Tokenize(text)
	from, to := valueTokens(f, v, toks)
	if from < 0 || to == from || text[toks[to-1].End:toks[to].Start] != "-" {
		return false // "six-month": the unit joined to its number
	}
	unit := strings.ToLower(toks[to].Term)
	if lex.Lemma(unit, lex.Noun) != unit {
		return false // "two-months" is no modifier
	}
	for k := to + 1; k < len(toks) && k <= to+maxModified; k++ {
		w := toks[k].Term
		if text[toks[k-1].End:toks[k].Start] != " " || isUpperWord(w) || index.IsStop(index.Fold(w)) {
			return false
		}
		if terms[a.stemOf(w)] {
			return true
		}
	}
	return false
}

// modifierLine is the answer line of a value written before its noun, in
// the article's words with the unit made plural: "a nine-minute speech"
// gives "nine minutes", "a 12-point charter" "12 points"; "" when v is not
// written so.
func modifierLine(v *corpus.Value) string {
	t := strings.TrimSpace(v.Text)
	i := strings.LastIndexByte(t, '-')
	if i <= 0 || i == len(t)-1 || strings.ContainsAny(t, " ") {
		return ""
	}
	n, unit := t[:i], t[i+1:]
	if n == "1" || strings.EqualFold(n, "one") || strings.EqualFold(n, "a") {
		return n + " " + unit
	}
	return n + " " + unit + "s"
}
