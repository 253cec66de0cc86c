package answer

import (
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// measureAbbreviations are units of measure written short, which WordNet
// does not list.
var measureAbbreviations = map[string]bool{"mph": true, "kph": true, "ft": true, "km": true, "cm": true,
	"mm": true, "kg": true, "lb": true, "lbs": true, "mi": true, "kmh": true, "m": true}

// measured reports whether v is a number with a unit of measure ("26
// feet", "40 mph", "3 metres"), as WordNet's noun.quantity class has them,
// or a money, percentage or length, which measure too: what a "how fast"
// or "how high" question asks for. A count of things ("82 deaths") is not.
func measured(v *corpus.Value) bool {
	switch v.Kind {
	case corpus.ValueMoney, corpus.ValuePercent, corpus.ValueDuration:
		return true
	case corpus.ValueNumber:
	default:
		return false
	}
	if v.Unit.String() == "" {
		return false
	}
	if measureAbbreviations[v.Unit.String()] {
		return true
	}
	return lex.Classes(lex.Lemma(v.Unit.String(), lex.Noun), lex.Noun)&lex.NounQuantity != 0
}

// measureLine is a measured number as the article writes it, with its
// unit: "22 feet", not "22". line is the answer line otherwise.
func (a *Answerer) measureLine(d index.Doc, v *corpus.Value, line string) string {
	if v.Kind != corpus.ValueNumber || v.Unit.String() == "" || int(d.Article) >= len(a.c.Articles) {
		return line
	}
	text := a.c.Articles[d.Article].Text
	if v.Span().End > len(text) || v.Span().Start < 0 {
		return line
	}
	toks := index.Words.Tokenize(text[v.Span().End:min(len(text), v.Span().End+40)])
	if len(toks) == 0 || toks[0].Start > 2 {
		return line
	}
	return v.Text + text[v.Span().End:v.Span().End+toks[0].End]
}

// accepts reports whether value v can answer q as far as its unit goes:
// a measure for "how fast", a tally or score for "what was the vote",
// anything otherwise.
func (q Question) accepts(v *corpus.Value) bool {
	switch {
	case q.Share:
		return v.Kind == corpus.ValuePercent
	case q.Much && v.Kind != corpus.ValueMoney && q.moneyAsked():
		// "how much did she earn": not "the 40-acre farm", "a third of
		// the ballots" nor "three in 10 residents"; a sum the fact
		// stage left a number may still be one ("10 million euros").
		return v.Kind == corpus.ValueNumber && v.Unit.String() == "" && sumWords(v.Text)
	case q.Measure:
		return measured(v)
	case q.Tally:
		return v.Kind == corpus.ValueNumber && (v.Unit.String() == "score" || v.Unit.String() == "ratio" ||
			q.votesAsked() && votersCounted(v))
	case q.Kind == KindHowMany && !q.Much && q.Unit != "" && v.Kind == corpus.ValueMoney:
		return countsMoney(q.Unit)
	case q.Kind == KindHowMany && !q.Much && q.Unit != "" && v.Kind == corpus.ValuePercent:
		// "how many delegates" is no "69 percent of the delegates", a
		// share of them; "how many points" may be one.
		return percentUnits[q.Unit]
	}
	return true
}

// votesAsked reports whether q asks about a vote ("the dismissal vote
// tally"): a tally of one is also written as how many voted for it.
func (q Question) votesAsked() bool {
	for _, w := range q.Words[min(q.Body, len(q.Words)):] {
		if lex.Lemma(w.Fold, lex.Noun) == "vote" || lex.Lemma(w.Fold, lex.Verb) == "vote" {
			return true
		}
	}
	return false
}

// votersCounted reports whether number v counts votes or those who cast
// them: "240 votes", "315 lawmakers", "90 members" (WordNet's people and
// groups by their first sense), which give a vote's tally as a score does.
func votersCounted(v *corpus.Value) bool {
	u := strings.TrimRight(v.Unit.String(), "'’")
	if u == "" {
		return false
	}
	n := lex.Lemma(u, lex.Noun)
	if n == "vote" || n == "ballot" {
		return true
	}
	return lex.FirstClass(n, lex.Noun)&(lex.NounPerson|lex.NounGroup) != 0
}

// after is the text of fact f after its value v, and that text's words;
// false when v does not lie in f.
func after(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) (string, []index.Token, bool) {
	rel := v.Span().End - f.Span().Start
	if rel < 0 || rel > len(f.Text(c)) {
		return "", nil, false
	}
	rest := f.Text(c)[rel:]
	return rest, index.Words.Tokenize(rest), true
}

// castBy reports whether number v of fact f, written with no unit, is
// the subject of a verb in the past right after it: "while 315 approved
// the dismissal", the count of those who voted, its noun given once
// before ("323 lawmakers backed X, while 315 approved Y").
func castBy(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) bool {
	if v.Kind != corpus.ValueNumber || v.Unit.String() != "" {
		return false
	}
	rest, toks, ok := after(c, f, v)
	if !ok || len(toks) == 0 || strings.TrimSpace(rest[:toks[0].Start]) != "" {
		return false
	}
	return pastVerb(index.Fold(toks[0].Term))
}

// percentUnits are the things a "how many" counts that a percentage gives.
var percentUnits = map[string]bool{"percent": true, "percentage": true, "points": true, "point": true, "percentage points": true}

// countsMoney reports whether "how many UNIT" can be answered by a sum of
// money: "how many dollars" or "how many millions" can, "how many rooms"
// cannot, whatever a room cost. WordNet classes the units of money as
// quantities or possessions.
func countsMoney(unit string) bool {
	c := lex.Classes(lex.Lemma(unit, lex.Noun), lex.Noun)
	return c == 0 || c&(lex.NounQuantity|lex.NounPossession) != 0
}

// pricesOther reports whether money value v of fact f is written before a
// noun that the question does not ask about, the price of that thing: "a
// £90,000 motor boat" gives what the boat cost, not how much tax was
// owed on it, which "£4,000 in mooring tax" gives. "£4,000 worth of",
// "in", a verb or a comma after the amount leave it free. At most
// three words after it are read, to the first small word or punctuation.
func (a *Answerer) pricesOther(f *corpus.Fact, v *corpus.Value, groups []index.Group) bool {
	if v.Kind != corpus.ValueMoney || groups == nil {
		return false
	}
	rel := v.Span().End - f.Span().Start
	if rel < 0 || rel > len(f.Text(a.c)) {
		return false
	}
	rest := f.Text(a.c)[rel:]
	toks := index.Words.Tokenize(rest)
	terms := groupTerms(groups)
	noun, at := false, 0
	for k, t := range toks {
		if k == 3 || strings.TrimSpace(rest[at:t.Start]) != "" {
			break // punctuation between: the phrase has ended
		}
		at = t.End
		w := strings.ToLower(t.Term)
		if magnitudes[w] {
			continue
		}
		if index.IsStop(w) || w == "worth" {
			break
		}
		if terms[a.stemOf(t.Term)] {
			return false // "a £4,000 mooring tax bill": the thing asked
		}
		if !lex.Known(lex.Lemma(w, lex.Noun), lex.Noun) {
			break
		}
		noun = true
	}
	return noun
}

// unitGroups are the groups of the words that name what a "how much"
// question counts, from its first word after the question form to the
// counted noun ("harbour fee" of "how much harbour fee did he pay on the
// yacht"): the thing whose amount is asked. The yacht is what the fee
// fell on, and "his £300,000 yacht" gives its price, not the fee. All
// groups when the counted noun is not among the question's words.
func (q Question) unitGroups(groups []index.Group) []index.Group {
	end := -1
	for i := q.Body; i < len(q.Words); i++ {
		if q.Words[i].Fold == q.Unit {
			end = i
			break
		}
	}
	if end < 0 || groups == nil {
		return groups
	}
	phrase := map[string]bool{}
	for _, w := range q.Words[q.Body : end+1] {
		phrase[w.Fold] = true
	}
	out := make([]index.Group, 0, end+1-q.Body)
	for _, g := range groups {
		if phrase[g.Word] {
			out = append(out, g)
		}
	}
	return out
}

// shareWords ask for a part of a whole as a percentage: "what percentage
// of voters", "which share of the ballots".
var shareWords = map[string]bool{"percent": true, "percentage": true, "share": true, "proportion": true}

// sharesOf reports whether percentage v of fact f is a share of the whole
// asked ("voters"): "38% of likely voters", "62 percent of the state's
// voters". A poll gives several shares in one sentence, each of its own
// whole, and the share asked is the one written before the whole asked.
// At most four words after "of" are read, to the first punctuation.
func sharesOf(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value, whole string) bool {
	if v.Kind != corpus.ValuePercent {
		return false
	}
	rest, toks, ok := after(c, f, v)
	if !ok || len(toks) < 2 || index.Fold(toks[0].Term) != "of" {
		return false
	}
	st := index.Stem(whole)
	at := toks[0].End
	for k, t := range toks[1:] {
		if k == 4 || strings.TrimSpace(rest[at:t.Start]) != "" {
			return false
		}
		at = t.End
		if ws := index.Stem(index.Fold(t.Term)); ws == st || slices.Contains(index.Synonyms(st), ws) {
			return true
		}
	}
	return false
}

// withoutWord is groups without the one of question word w: the counted
// noun, which stands beside every count of it.
func withoutWord(groups []index.Group, w string) []index.Group {
	out := make([]index.Group, 0, len(groups))
	for _, g := range groups {
		if g.Word != w {
			out = append(out, g)
		}
	}
	return out
}

// moneyVerbs move money, by lemma: "how much did X earn" asks for an
// amount of it.
var moneyVerbs = map[string]bool{"earn": true, "pay": true, "cost": true, "spend": true, "raise": true, "donate": true,
	"owe": true, "charge": true, "fine": true, "contribute": true, "chip": true, "fund": true, "invest": true,
	"borrow": true, "lend": true, "loan": true, "bill": true, "sell": true}

// moneyAsked reports whether a "how much" question's verb moves money.
func (q Question) moneyAsked() bool {
	for _, w := range q.Words[min(q.Body, len(q.Words)):] {
		if moneyVerbs[lex.Lemma(w.Fold, lex.Verb)] {
			return true
		}
	}
	return false
}

// countOfNamed is the count of fact f for the person the question names
// when the sentence gives one for each of two ("323 backed Berg's
// removal, while 315 approved Lund's"): the number in the clause that
// names them, when best's clause names someone else. best otherwise.
func (a *Answerer) countOfNamed(f *corpus.Fact, best *corpus.Value, kinds []corpus.ValueKind, qu Question, groups []index.Group) *corpus.Value {
	names := map[string]bool{}
	for _, g := range groups {
		w := index.Fold(g.Word)
		if p, ok := a.lookup(w); ok && p != nil && p.Kind == corpus.KindPerson && !index.IsStop(w) && personWords(p)[w] {
			names[w] = true // a word of their name, not a word near one
		}
	}
	if len(names) == 0 {
		return best
	}
	text := f.Text(a.c)
	toks := index.Words.Tokenize(text)
	asked, other := a.clauseNames(f, best, text, toks, names)
	if asked || !other {
		return best
	}
	for i := range f.Values() {
		v := &f.Values()[i]
		if v == best || v.Kind != corpus.ValueNumber || !qu.accepts(v) || age(a.c, f, v) || inName(a.c, f, v) {
			continue
		}
		if ok, _ := a.clauseNames(f, v, text, toks, names); ok {
			return v
		}
	}
	return best
}

// countBreaks end the clause of a count read outward from it.
var countBreaks = map[string]bool{"while": true, "whereas": true, "but": true, "and": true, "against": true}

// clauseNames reports whether the clause of value v in fact f names one
// of names (folded words of the question's people), and whether it
// names another person the corpus knows. The clause runs outward from
// the value to punctuation or a word of countBreaks.
func (a *Answerer) clauseNames(f *corpus.Fact, v *corpus.Value, text string, toks []index.Token, names map[string]bool) (asked, other bool) {
	from, to := valueTokens(f, v, toks)
	if from < 0 {
		return false, false
	}
	look := func(i int) bool {
		w := dropPossessive(index.Fold(toks[i].Term))
		if names[w] {
			asked = true
		} else if isUpperWord(toks[i].Term) && i > 0 {
			if p, ok := a.lookupRun(w); ok && p.Kind == corpus.KindPerson {
				other = true
			}
		}
		return countBreaks[index.Fold(toks[i].Term)]
	}
	for i := from - 1; i >= 0; i-- {
		if strings.ContainsAny(text[toks[i].End:toks[i+1].Start], ",;:—–()") || look(i) {
			break
		}
	}
	for i := to + 1; i < len(toks); i++ {
		if strings.ContainsAny(text[toks[i-1].End:toks[i].Start], ",;:—–()") || look(i) {
			break
		}
	}
	return asked, other
}

// sumWords reports whether a number as written reads as a sum of money:
// a magnitude or a currency's name.
func sumWords(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if magnitudes[w] || currencyNames[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// currencyNames are currencies written out.
var currencyNames = map[string]bool{"dollar": true, "euro": true, "pound": true, "yen": true, "rouble": true,
	"ruble": true, "hryvnia": true, "franc": true, "rupee": true, "yuan": true, "peso": true}

// hyphenated reports whether token i is joined to the one before it by a
// hyphen alone ("18-hole"), as a compound modifier is written.
func hyphenated(text string, toks []index.Token, i int) bool {
	if i <= 0 || i >= len(toks) {
		return false
	}
	gap := text[toks[i-1].End:toks[i].Start]
	return gap == "-" || gap == "–"
}

// valueTokens are the first and last of toks, fact f's tokens, that
// value v covers; -1, -1 when none.
func valueTokens(f *corpus.Fact, v *corpus.Value, toks []index.Token) (from, to int) {
	start, end := v.Span().Start-f.Span().Start, v.Span().End-f.Span().Start
	from, to = -1, -1
	for i, t := range toks {
		if t.End > start && t.Start < end {
			if from < 0 {
				from = i
			}
			to = i
		}
	}
	return from, to
}
