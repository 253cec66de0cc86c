package answer

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A question typed fast often says what it asks by a noun, not by its
// form: "Berg age when she left the club", "number of pilots the port
// needs", "how long was the statement, word count?", "what cut did they
// take, percentage wise". The noun, where it stands, sets the kind of
// value asked, and is no word to match.

// ageBefore is, in a question typed as keywords from word start, the
// index of "age" standing before a clause that says when ("Berg age
// when she left", "age after the crash"), or 0.
func ageBefore(qu Question, start int) int {
	for i := start + 1; i+2 < len(qu.Words); i++ {
		if qu.Words[i].Fold == "age" && occasionWords[qu.Words[i+1].Fold] {
			return i
		}
	}
	return 0
}

// askedBefore is, in a question typed as keywords from word start to
// word last, the index of a noun of asking ("count", "total", "age")
// that is not the last word but ends the words that say what is asked: a
// preposition but "of" follows it ("vote count in the chamber"), or a
// question mark ("Berg age? the club's coach"). The words after it say
// which. "Number" is left out: a compound makes it a name for a thing
// ("phone number to call"), not a count. 0 when there is none.
func askedBefore(qu Question, start, last int) int {
	for i := start + 1; i < last; i++ {
		switch qu.Words[i].Fold {
		case "count", "total", "age":
		default:
			continue
		}
		next := qu.Words[i+1]
		gap := qu.Text[qu.Words[i].Start+len(qu.Words[i].Text) : next.Start]
		if prepositions[next.Fold] && next.Fold != "of" || strings.Contains(gap, "?") {
			return i
		}
	}
	return 0
}

// countOf is, in a question typed as keywords from word start, the index
// of "number" or "count" followed by "of" and a noun among its first
// words ("number of pilots …", "the total number of boats …", "magic
// number of delegates …"). A name before it
// ("Lund number of …") is no modifier of it. -1 when there is none.
func countOf(qu Question, start int) int {
	for i := start; i <= start+2 && i+2 < len(qu.Words); i++ {
		w := qu.Words[i]
		if (w.Fold == "number" || w.Fold == "count") && qu.Words[i+1].Fold == "of" && !index.IsStop(qu.Words[i+2].Fold) {
			return i
		}
		if w.Upper && i > 0 || index.IsStop(w.Fold) && !determiners[w.Fold] {
			return -1
		}
	}
	return -1
}

// ofAsked is, in a question typed as keywords from word start, the index
// of "age" or "size" followed by "of" ("age of Per Berg", "size of the
// refund"), as countOf reads "number of": the age of whom, the amount
// of what. It stands among the first words, or first after a topic and
// a dash or a colon ("the quay row - the levy's size"). -1 when there
// is none.
func ofAsked(qu Question, start int) int {
	at := func(i int) bool {
		if i+2 >= len(qu.Words) {
			return false
		}
		next := qu.Words[i+2].Fold
		return (qu.Words[i].Fold == "age" || qu.Words[i].Fold == "size") && qu.Words[i+1].Fold == "of" &&
			(!index.IsStop(next) || determiners[next])
	}
	for i := start; i <= start+2 && i < len(qu.Words); i++ {
		if at(i) {
			return i
		}
		if w := qu.Words[i]; w.Upper && i > 0 || index.IsStop(w.Fold) && !determiners[w.Fold] {
			break
		}
	}
	for i := start + 1; i < len(qu.Words) && i <= start+maxTopicWords; i++ {
		prev := qu.Words[i-1]
		if gap := qu.Text[prev.Start+len(prev.Text) : qu.Words[i].Start]; strings.ContainsAny(gap, "-–—:") && at(i) {
			return i
		}
	}
	return -1
}

// shareTails, typed after the question, ask for a percentage: "…,
// percentage wise", "… in percent".
var shareTails = map[string]bool{"percent": true, "percentage": true, "pct": true}

// askedLast reads a noun of asking typed at the end of a question, apart
// from it by a comma or a dash (or at the end of words typed without a
// question form): "<noun> count" asks how many of the noun ("how long
// was the club's statement, word count": how many words), and
// "percentage wise", "in percent" ask for a percentage. The words are
// dropped from those to match. A question of what someone said, or one
// already asking for a share, is left as it is.
func askedLast(qu *Question) {
	if qu.Kind == KindSaid || qu.Kind == KindWhoSaid || qu.Share || qu.Naming {
		return
	}
	last := len(qu.Words) - 1
	for last > qu.Body && hedge(qu.Words[last].Fold) {
		last--
	}
	if last-1 <= qu.Body {
		return
	}
	x, y := qu.Words[last-1], qu.Words[last]
	apart := func(i int) bool { // word i is set off from the words before it
		if i <= qu.Body {
			return false
		}
		prev := qu.Words[i-1]
		gap := qu.Text[prev.Start+len(prev.Text) : qu.Words[i].Start]
		return strings.ContainsAny(gap, ",;:–—") || strings.Contains(gap, " -") || qu.Bare
	}
	switch {
	case y.Fold == "count" && apart(last-1) && !index.IsStop(x.Fold) && lex.Known(lex.Lemma(x.Fold, lex.Noun), lex.Noun) &&
		qu.Unit == "" && (qu.Kind == KindWhat || qu.Kind == KindHowLong || qu.Kind == KindHowMany):
		// "…, word count": how many words.
		qu.Kind, qu.Bare, qu.Much, qu.Unit = KindHowMany, false, false, x.Fold
		qu.Words = qu.Words[:last-1]
	case shareTails[x.Fold] && (y.Fold == "wise" || y.Fold == "terms") && (apart(last-1) || last-1 > qu.Body+2),
		x.Fold == "in" && shareTails[y.Fold] && apart(last-1):
		// "what cut did they take, percentage wise": a percentage.
		if qu.Kind == KindWhat || qu.Kind == KindHowMany {
			qu.Kind, qu.Bare, qu.Share = KindHowMany, false, true
			qu.Words = qu.Words[:last-1]
		}
	case shareTails[y.Fold] && apart(last) && !qu.Bare:
		// "what cut did they take, pct": the unit asked, set off alone.
		if qu.Kind == KindWhat || qu.Kind == KindHowMany {
			qu.Kind, qu.Share = KindHowMany, true
			qu.Words = qu.Words[:last]
		}
	}
}

// shareAt is, in a question typed as keywords from word start, the index
// of a word for a percentage that is no "percentage of" ("harbour levy
// pct the firms paid"), or -1: wherever it stands, it asks for one, as it
// would after "what".
func shareAt(qu Question, start int) int {
	for i := start; i < len(qu.Words); i++ {
		if shareTails[qu.Words[i].Fold] && (i+1 == len(qu.Words) || qu.Words[i+1].Fold != "of") {
			return i
		}
	}
	return -1
}

// rangeJoins join the two ends of a range of values: "10–15%", "10% to
// 15%", "between $2 million and $3 million".
var rangeJoins = map[string]bool{"to": true, "-": true, "–": true, "—": true, "and": true}

// ranged is value v of fact f read with the other end of the range it
// closes or opens ("15%" of "demanding 10–15% cuts", "10%" of "10% to
// 15% of the contract value"): a copy whose text and span hold both
// ends, so the answer line gives the range the article gives, not one of
// its ends. A range by "and" needs "between" before it. v itself when it
// is no end of a range.
func ranged(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) *corpus.Value {
	if v == nil || !rangeKind(v.Kind) {
		return v
	}
	text := c.Articles[f.Article].Text
	vals := f.Values()
	for i := range vals {
		w := &vals[i]
		if w == v || !rangeKind(w.Kind) || w.Kind != v.Kind && w.Kind != corpus.ValueNumber {
			continue
		}
		from, to := w.Span(), v.Span()
		if from.Start > to.Start {
			from, to = to, from
		}
		if from.End > to.Start || to.End > len(text) {
			continue
		}
		join := strings.TrimSpace(text[from.End:to.Start])
		if !rangeJoins[join] {
			continue
		}
		start := from.Start
		if join == "and" {
			lo := max(0, from.Start-10)
			before := strings.TrimRight(text[lo:from.Start], " ")
			if !strings.HasSuffix(strings.ToLower(before), "between") {
				continue
			}
			start = lo + len(before) - len("between") // the text opens at "between"
		}
		out := *v
		out.Text = text[start:to.End]
		out.SetSpan(corpus.Span{Start: from.Start, End: to.End})
		return &out
	}
	return v
}

// rangeKind reports whether values of kind k may stand in a range.
func rangeKind(k corpus.ValueKind) bool {
	return k == corpus.ValueNumber || k == corpus.ValuePercent || k == corpus.ValueMoney
}

// rangeText reports whether a value's text is a range ("10–15%", "30 and
// 40"): two numbers and a join between them.
func rangeText(t string) bool {
	for j := range rangeJoins {
		if i := strings.Index(t, j); i > 0 && strings.ContainsAny(t[:i], "0123456789") && strings.ContainsAny(t[i:], "0123456789") {
			return true
		}
	}
	return false
}

// spanOfTime reports whether the noun phrase from word i, after "how
// much", is measured in time: "time", or a noun whose first WordNet
// sense is a period ("leave", "vacation", "delay"), among its first
// words before a small word: "how much sick leave do pilots get" asks
// how long, and "12 weeks of leave" answers, not a sum. (The tagger
// reads "leave" there as a verb; the counted head is not asked of it.)
func spanOfTime(qu Question, i int) bool {
	for k := i; k < len(qu.Words) && k < i+3; k++ {
		w := qu.Words[k].Fold
		if index.IsStop(w) || auxiliaries[w] || qu.Words[k].Upper {
			return false
		}
		if w == "time" || lex.FirstClass(lex.Lemma(w, lex.Noun), lex.Noun).Has(lex.NounTime) {
			return true
		}
	}
	return false
}
