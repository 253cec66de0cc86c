package answer

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// candidate is a hit that can answer the question, with its answer line.
type candidate struct {
	hit    index.Hit
	doc    index.Doc
	score  float64
	line   string        // the answer line
	value  *corpus.Value // the date, number or duration it rests on
	person int           // for who-questions answered by a quotation
	// aside is set when the value more likely dates another event of
	// the sentence than the one asked about: it then has no vote.
	aside bool
	// weak is set when the candidate agrees with an answer but cannot
	// give one by itself (see saysItHappened): it may only be a source.
	weak bool
	// own is set when the answer is the article's own outlet, its
	// sentence naming no source (cited.go).
	own bool
	// absent is the share of the weight of the question's nouns that its
	// article never writes (see absentShare): such a candidate is proposed
	// only when no other is, and the fitted score decides on it.
	absent float64
	// kindNamed is set when the line is the name the sentence gives a
	// thing of the kind a what-question asks ("what airline": "Trans
	// Tarvik Airlines"), kindname.go.
	kindNamed bool
	// slotted is set when the line is what the sentence writes in the
	// slot the question asks (slot.go).
	slotted bool
	why     string // why judge turned it away, for explanations
}

// onDay reports whether document d is a fact dated on one of days
// ("MM-DD").
func (a *Answerer) onDay(d index.Doc, days []string) bool {
	if d.Kind != index.KindFact {
		return false
	}
	for _, v := range a.c.Facts[d.Ref].Values() {
		if slices.Contains(days, monthDay(v)) {
			return true
		}
	}
	return false
}

// actsLater reports whether the party named in fact d stands in a clause
// "the day after …" following the date of days: "held on October 14, the
// day after Trump spoke" says nothing of who spoke on the 14th.
func (a *Answerer) actsLater(d index.Doc, party string, days []string) bool {
	if d.Kind != index.KindFact || party == "" {
		return false
	}
	f := &a.c.Facts[d.Ref]
	toks := index.Words.Tokenize(f.Text(a.c))
	words := strings.Fields(index.Fold(party))
	last := words[len(words)-1]
	for _, v := range f.Values() {
		if !slices.Contains(days, monthDay(v)) {
			continue
		}
		end := v.Span().End - f.Span().Start
		for k, t := range toks {
			if t.Start < end || index.Fold(t.Term) != last {
				continue
			}
			if _, at, ok := offset(f.Text(a.c), toks, k); ok && toks[at].Start >= end {
				return true
			}
		}
	}
	return false
}

// otherParticipant reports whether text pairs a person the question names
// with one it does not, as the two sides of an event: "the call between
// Witkoff and Ushakov", "Witkoff and Ushakov spoke", "Ushakov's call with
// Witkoff", asked about Ushakov and Dmitriev.
func (a *Answerer) otherParticipant(text string, people []mention) bool {
	asked := func(id int) bool {
		return slices.ContainsFunc(people, func(m mention) bool { return m.Person.ID == id })
	}
	if !strings.Contains(text, " and ") && !strings.Contains(text, " with ") {
		return false
	}
	toks := index.Words.Tokenize(text)
	type run struct {
		from, to int // tokens
		id       int
	}
	var runs []run
	for i := 0; i < len(toks); i++ {
		name := properRun(text, toks, i, 1)
		if name == "" {
			continue
		}
		n := fieldCount(name)
		// Exact forms: a sentence spells its people as the corpus does.
		if p, ok := a.lookupSpelt(name, false); ok && p.Kind == corpus.KindPerson {
			runs = append(runs, run{i, i + n, p.ID})
		}
		i += n - 1
	}
	for k := 1; k < len(runs); k++ {
		x, y := runs[k-1], runs[k]
		if asked(x.id) == asked(y.id) {
			continue
		}
		// The link right after the first, titles allowed before the
		// second: "Witkoff and Kremlin aide Yuri Ushakov".
		if between := y.from - x.to; between >= 1 && between <= 4 {
			if link := index.Fold(toks[x.to].Term); link == "and" || link == "with" {
				return true
			}
		}
	}
	return false
}

// occasionOf splits the people a question names into those the event
// asked about involves and those of the clause that only dates it
// (Question.Since).
func occasionOf(qu Question, people []mention) (asked, occasion []mention) {
	if qu.Since == 0 {
		return people, nil
	}
	for _, m := range people {
		if m.From >= qu.Since {
			occasion = append(occasion, m)
		} else {
			asked = append(asked, m)
		}
	}
	return asked, occasion
}

// afterPerson is, for "who was appointed after Lund", the word "after"
// (or "before", "following") when a person the question names closes the
// question behind it, or 0: the one who came after Lund is named where
// Lund often is not, so Lund is the occasion, as in "after Lund was
// dismissed" (Question.Since).
func afterPerson(qu Question, people []mention) int {
	for _, m := range people {
		if m.To != len(qu.Words) || m.From < qu.Body+3 || m.Person.Kind != corpus.KindPerson {
			continue
		}
		if w := qu.Words[m.From-1].Fold; w == "after" || w == "before" || w == "following" {
			return m.From - 1
		}
	}
	return 0
}

// inArticle reports whether the article of d names every person of ms,
// by the last word of their name.
func (a *Answerer) inArticle(d index.Doc, ms []mention) bool {
	if len(ms) == 0 {
		return true
	}
	if d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return false
	}
	text := a.c.Articles[d.Article].Text
	for _, m := range ms {
		key := surname(m.Person.Name)
		if key == "" {
			key = m.Person.Name
		}
		if !strings.Contains(text, key) {
			return false
		}
	}
	return true
}

// lengthVerbs say that something lasted.
var lengthVerbs = map[string]bool{"last": true, "lasted": true, "take": true, "took": true, "run": true, "ran": true}

// optional marks the groups a document need not match for coverage: the
// names (whose involvement is checked apart), the kind of party asked for
// ("which news agency": articles seldom call it so), an attitude before
// the thing wanted ("who wanted Witkoff fired") and the verb of a length
// ("how long did it last").
func optional(qu Question, groups []index.Group, isName []bool) []bool {
	out := isName
	cloned := false
	for i, g := range groups {
		typ := i < maxKindWords && kindWord(qu.Type, g.Word)
		att := qu.Kind == KindWho && attitudes[index.Stem(g.Word)] && i+1 < len(groups)
		// "how long did the strike last": "an 11-day strike" gives the
		// length without the verb, which still counts where it is.
		dur := qu.Kind == KindHowLong && lengthVerbs[g.Word]
		// "what was the score v Halden": the value answers "score".
		tally := qu.Tally && (tallies[g.Word] || versus[g.Word])
		// "what did X call Y": "Y was a farce" names it without the verb.
		naming := qu.Naming && namingWord(g.Word)
		// "when did the osprey-4 crew land": "the crew landed on
		// Sunday" goes on about it without its number (namenumber.go).
		_, _, num := nameNumber(g.Word)
		if (typ || att || dur || tally || naming || num) && i < len(out) {
			if !cloned {
				out, cloned = slices.Clone(isName), true
			}
			out[i] = true
		}
	}
	return out
}

// valueKinds says which values answer each kind of question.
func valueKinds(q Question) []corpus.ValueKind {
	switch q.Kind {
	case KindWhen:
		if q.Future {
			return []corpus.ValueKind{corpus.ValueRelative, corpus.ValueDate}
		}
		return []corpus.ValueKind{corpus.ValueDate, corpus.ValueRelative}
	case KindHowLong:
		// A date after "since" says how long too (howlong.go).
		return []corpus.ValueKind{corpus.ValueDuration, corpus.ValueDate}
	case KindHowMany:
		if q.Share {
			return []corpus.ValueKind{corpus.ValuePercent} // measure.go
		}
		if q.Much {
			// "how much was the bill": an amount before a bare number.
			return []corpus.ValueKind{corpus.ValueMoney, corpus.ValuePercent, corpus.ValueNumber}
		}
		return []corpus.ValueKind{corpus.ValueNumber, corpus.ValueMoney, corpus.ValuePercent}
	}
	return nil
}

// ofKind reports whether the party named line may be of the kind a
// "which" question asks for. A kind that is a person's role ("which
// harbour pilot", "the name of the adviser who …") asks, when the
// articles describe anyone so, for one of them: "Berg's adviser, Ann Lund," is the adviser, not the
// prime minister quoted beside her. A general kind ("which official",
// "which outlet", the parties) and a kind nobody is described by ask
// nothing of the party.
func (a *Answerer) ofKind(kind, line string) bool {
	if kind == "" || parties[kind] || !personNoun(kind) {
		return true
	}
	p, ok := a.lookup(line)
	if !ok || p == nil {
		return true
	}
	ms := a.roles.find(roleTerms(kind, a.idx.Vocab()))
	if len(ms) == 0 || ms[0].recall < MinRoleRecall {
		return true
	}
	for _, m := range ms {
		if m.recall < MinRoleRecall {
			break
		}
		if m.id == p.ID {
			return true
		}
	}
	return false
}

// maxJudged bounds the hits one question judges (see ask).
const maxJudged = 800

func (a *Answerer) ask(ctx context.Context, qu Question) corpus.Answer {
	ans, _ := a.propose(ctx, qu, false)
	return ans
}

// propose answers qu from the candidates that cover MinCoverage of it;
// when none does and loose is set, from the best of the others the rules
// accept, however little they cover, reporting that it did so: the
// fitted score then decides on it (FLoose, FLooseOther, the coverages).
// With loose set, a yes/no question that no sentence answers by itself
// is answered "No" from the best that denies it in other words, and the
// score decides (FDenied).
func (a *Answerer) propose(ctx context.Context, qu Question, loose bool) (corpus.Answer, tier) {
	ans := blank(qu.Text, qu.Kind)
	qu.Setting = asksSetting(qu) // the tagger's reading, once
	if qu.Unit != "" {
		qu.Unit = a.writtenUnit(qu.Unit)
	}
	if qu.Object {
		qu.Verb = qu.Frame().Predicate
	} else if qu.Kind == KindWho {
		qu.Verb = actionAsked(qu) // "who actually drafted": the action, not the adverb
	}
	from := qu.Body
	for from < len(qu.Words) && from <= qu.Body+1 && kindWord(qu.Type, qu.Words[from].Fold) {
		from++ // "which news agency": the kind asked for names nobody
	}
	people, unknown := a.findPeople(qu, from)
	qu.Thing[0], qu.Thing[1] = thingAsked(qu, people) // when.go
	if len(unknown) > 0 {
		// The question names someone or something the corpus never
		// mentions: whatever matches the rest is not about it.
		ans.Suggestions = append([]string{fmt.Sprintf("the corpus does not mention %s", strings.Join(unknown, " "))}, a.quotedPeople(3)...)
		return ans, tierStrict
	}
	if qu.Kind == KindWho && qu.Since == 0 {
		qu.Since = afterPerson(qu, people)
	}
	// The people of a clause that only dates the event ("after Lund was
	// dismissed") need be in the article, not in the sentence: the one
	// who took over is named where the dismissal is not.
	_, occasion := occasionOf(qu, people)
	var groups []index.Group
	var isName []bool
	late := -1                   // the first group of the occasion's clause
	topicFrom, topicTo := -1, -1 // the groups of a topic typed first (topicheld.go)
	tags := questionTags(qu)     // informs.go
	for i := qu.Body; i < len(qu.Words); i++ {
		w := qu.Words[i]
		f := dropPossessive(w.Fold)
		if index.IsStop(f) || pronounVerb(f) || qu.Kind == KindHowMany && f == "many" || qu.Light(i) || planned(qu, i) {
			continue
		}
		in := false
		for k := range people {
			if i >= people[k].From && i < people[k].To {
				in = true
				people[k].groups = append(people[k].groups, len(groups))
			}
		}
		g := a.expand(f)
		if !in {
			g = a.choosing(qu, i, a.given(qu, i, a.office(qu, i, a.phrasal(qu, i, g)))) // office.go
		}
		if in && isNumber(g.Word) && !isNumber(w.Text) {
			// "Ten Hag" names someone; it counts nothing.
			g.Word = f
		}
		if !in && isNumber(g.Word) && !isNumber(w.Text) && thoseCounted(qu, i) {
			// "sack the two wardens": the ones the article has
			// named, which a sentence calls "the wardens" or by name;
			// the number is not a figure it must hold.
			g.Word = f
		}
		if !in && qu.NameNumber(i) {
			// "the osprey-4 crew": the number is part of a name
			// (namenumber.go), written as one word with it.
			g.Word = qu.Words[i-1].Fold + "-" + f
		}
		if !in {
			// "actually", "roughly", "lol": what the word can name
			// (informs.go).
			g.Weight *= informs(qu, tags, i)
			g.Weight *= unwrittenVerb(qu, tags, i, g) // unwritten.go
		}
		if qu.Since > 0 && i >= qu.Since {
			// The occasion's words weigh less, and need not be matched.
			if late < 0 {
				late = len(groups)
			}
			g.Weight /= 2
		}
		if !in && qu.Modifier(i) {
			// "the leaked call": an outlet that dates the call need not
			// say again that it leaked.
			g.Weight /= 2
		}
		if i+1 < qu.kindEnd() && !in {
			// "which ferry union chief said …": the words before the kind say
			// which one, as an article may say elsewhere or not at all
			// ("Ann Berg, the opposition's leader").
			g.Weight /= 2
		}
		if qu.Type != "" && (parties[f] || f == "news") && i <= qu.Body+1 {
			// "which lawmaker called for …": articles name the party
			// without calling it a lawmaker.
			g.Weight /= 4
		}
		if qu.Context > 0 && i >= qu.Context && topicFrom < 0 {
			topicFrom = len(groups)
		}
		groups = append(groups, g)
		isName = append(isName, in)
	}
	if topicFrom >= 0 {
		topicTo = len(groups)
	}
	if len(groups) == 0 {
		ans.Suggestions = a.suggest(nil)
		return ans, tierStrict
	}
	qu.nouns = make([]bool, len(groups)) // read once, for every candidate (absentShare)
	for i, g := range groups {
		qu.nouns[i] = !isName[i] && g.Known() && onlyNoun(g.Word)
	}
	if p := a.ownedRole(qu, people); p != nil {
		// "Who is Berg's lawyer?", which the name tables may read as a
		// description of someone else (roles.go).
		return a.describe(ans, p, false), tierStrict
	}
	if p := a.jobAsked(qu, people); p != nil {
		// "Berg - what's her actual job": what the articles call her,
		// when they call her anything (roles.go).
		if d := a.describe(ans, p, true); strings.Contains(d.Answer, " — ") {
			return d, tierStrict
		}
	}
	if (qu.Kind == KindWho || qu.Kind == KindWhat) && len(people) == 1 && !slices.Contains(isName, false) {
		// "Who is Per Vik?": nothing to match but the name.
		return a.describe(ans, people[0].Person, true), tierStrict
	}
	if r, ok := a.replacement(ctx, qu); ok {
		return r, tierStrict // "who replaced X" (replaced.go)
	}
	if p := a.whoIs(ctx, qu); p != nil {
		// "Who is the new port director?": the person articles call so.
		return a.describe(ans, p, false), tierStrict
	}
	if qu.Bare && qu.Kind == KindWhat {
		if p := a.inContext(qu.Rest(qu.Body)); p != nil {
			// "press officer of the ferry union", typed without "who
			// is": the person so described.
			return a.describe(ans, p, false), tierStrict
		}
	}
	for _, w := range index.Words.Tokenize(qu.Source) {
		// "per the AP": an article that says so in the sentence ranks
		// higher, as the words did before they were set apart.
		if f := index.Fold(w.Term); !index.IsStop(f) {
			groups = append(groups, a.expand(f))
			isName = append(isName, false)
		}
	}
	kinds := index.AnyKind
	vk := valueKinds(qu)
	var filter func(int) bool
	if vk != nil {
		kinds = index.KindFact
		filter = func(d int) bool { return a.valueOf(a.idx.Doc(d), vk, qu, nil) != nil }
	}
	limit := 50
	if vk != nil {
		// Every fact that gives the same value is a source: look far.
		limit = 200
	}
	query := index.Query{Groups: groups, Kinds: kinds, Filter: filter, ParaWeight: paraWeight, Limit: limit, Mode: a.mode(ctx)}
	// The search is ranked once and read a page at a time (see below).
	ranking := a.idx.Rank(query)
	defer ranking.Close()
	hits := ranking.Hits(query.Limit)
	if late >= 0 {
		// Not the action asked: none of its words is the action's, as a
		// name's are not.
		for i := late; i < len(isName); i++ {
			isName[i] = true
		}
	}
	opt := optional(qu, groups, isName)
	var cands, others []candidate
	var looked []candidate // judged, for --explain
	var held []candidate   // taken but for a noun their article lacks (absentShare)
	top := 0.0
	// The best-scored hits need not be answers: in a large archive a
	// surname several people share fills the first page with sentences
	// that name it and say nothing of what was asked, and the quotation
	// that answers ranks below them. When a page holds no answer, the
	// next, four times as long, is judged, up to maxJudged hits; the
	// bound keeps a question the corpus cannot answer cheap.
	for judged := 0; ; {
		for _, h := range hits[judged:] {
			if ctx.Err() != nil {
				break
			}
			// A candidate never scores above its hit, so once hits fall below
			// half the best candidate none can be an answer or alternative;
			// value questions go on, for other wordings of the same value.
			if len(cands) > 0 && h.Score < top/2 {
				if vk == nil {
					break
				}
				// Past the answers: only the value matters now.
				if enough(groups, h, opt) {
					d := a.idx.Doc(h.Doc)
					if v := a.valueOf(d, vk, qu, groups); v != nil {
						others = append(others, candidate{hit: h, doc: d, value: v, score: h.Score})
					}
				}
				continue
			}
			h = a.goesOnFrom(h, groups, isName) // previous.go: "It showed …"
			c, ok := a.judge(qu, groups, isName, opt, people, h, MinCoverage)
			if ok && !a.inArticle(c.doc, occasion) {
				c.why, ok = "the article does not name the people of the occasion asked", false
			}
			if ok && c.absent > 0 {
				held = append(held, c)
				c.why, ok = whyAbsent, false
			}
			if explaining(ctx) && len(looked) < maxExplained {
				if c.why == whyTooLittle {
					c.why += ": " + coverageWhy(groups, h, opt)
				}
				looked = append(looked, c)
			}
			if ok {
				top = max(top, c.score)
				cands = append(cands, c)
			} else if c.value != nil {
				others = append(others, c)
			}
		}
		if len(cands) > 0 || len(hits) < query.Limit || query.Limit >= maxJudged || ctx.Err() != nil {
			break
		}
		judged = len(hits)
		query.Limit = min(4*query.Limit, maxJudged)
		hits = ranking.Hits(query.Limit)
	}
	ranking.Close()
	wasLoose := false
	if len(cands) == 0 && len(held) == 0 && topicFrom >= 0 && ctx.Err() == nil {
		// No sentence holds the topic typed first: one that answers
		// the question after it, in the article about the topic. The
		// fitted score decides on it with the topic counted in its
		// coverage in text (topicheld.go).
		cands = a.topicHeld(qu, groups, isName, opt, people, occasion, hits, topicFrom, topicTo)
	}
	notWeak := func(c candidate) bool { return !c.weak }
	if len(cands) == 0 && loose && len(held) > 0 ||
		qu.Figure != noFigure && loose && !slices.ContainsFunc(cands, notWeak) && slices.ContainsFunc(held, notWeak) {
		// Every candidate's article lacks a noun of the question, or
		// only one such gives the figure asked: the best is proposed,
		// and the fitted score decides (FAbsent).
		cands = held
	}
	if len(cands) == 0 && loose && ctx.Err() == nil {
		// Nothing covers enough of the question: what covers less is
		// proposed, and the fitted score decides whether to give it.
		var far []candidate
		for k, h := range hits {
			if k == maxLoose {
				break
			}
			c, ok := a.judge(qu, groups, isName, opt, people, a.goesOnFrom(h, groups, isName), 0)
			if ok && !a.inArticle(c.doc, occasion) {
				c.why, ok = "the article does not name the people of the occasion asked", false
			}
			if explaining(ctx) && len(looked) < 2*maxExplained && (!ok || c.absent > 0) {
				// The loose tier's own reasons, after the strict ones.
				if ok {
					c.why = whyAbsent
				}
				c.why = "loose: " + c.why
				looked = append(looked, c)
			}
			if !ok {
				continue
			}
			if c.absent > 0 {
				far = append(far, c)
			} else {
				cands = append(cands, c)
			}
		}
		if len(cands) == 0 {
			cands = far
		}
		wasLoose = len(cands) > 0
	}
	if len(cands) == 0 {
		ans.Suggestions = a.suggest(hits)
		ans.Explain = a.judged(looked, qu)
		return ans, tierStrict
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	if qu.Kind == KindWhen {
		// Counts differ between things ("the 10-point harbour plan", "the
		// 12-point plan"); an event's date is one, however many outlets.
		cands = a.byConsensus(cands, others, groups, isName, qu)
	}
	a.preferCredited(cands, qu.Source) // credited.go
	preferCited(cands)                 // cited.go
	preferKindNamed(cands)             // kindname.go
	preferSlotted(cands)               // slot.go
	t := looseIf(wasLoose)
	k := slices.IndexFunc(cands, func(c candidate) bool { return !c.weak })
	if k < 0 && qu.Kind == KindYesNo && loose {
		// No sentence says it by itself. One that denies it in other
		// words ("did not take part" for "participate", "did not
		// dispute" for "deny") still answers "No": a negation before a
		// word matched to the question's. One that agrees in other words
		// says too little for "Yes" (saysItHappened).
		if k = slices.IndexFunc(cands, func(c candidate) bool {
			return strings.HasPrefix(c.line, noLine) && a.denies(a.idx.Text(c.hit.Doc), groups, isName)
		}); k >= 0 {
			t |= tierDenied
		}
	}
	if k < 0 {
		ans.Suggestions = a.suggest(hits)
		ans.Explain = a.judged(looked, qu)
		return ans, tierStrict
	} else if k > 0 && (qu.Why || qu.Naming) && cands[k].doc.Article != cands[0].doc.Article && cands[k].score < cands[0].score*sameEventShare {
		// The sentence that best matches the event gives no reason (or
		// no name for it): one that does, in another article and much
		// weaker, is likely about another event.
		ans.Suggestions = a.suggest(hits)
		ans.Explain = a.judged(looked, qu)
		return ans, tierStrict
	} else if k > 0 {
		promote(cands, k)
	}
	if rec, ok := ctx.Value(candidatesKey{}).(*Candidates); ok && rec != nil {
		each := a.eachChosen(ans, qu, cands, others, groups, isName, people)
		rec.Lists = append(rec.Lists, each)
		rec.Ranked = append(rec.Ranked, rankFeatures(qu, cands, len(each)))
		scored := make([]Features, len(each))
		for j, c := range each {
			scored[j] = a.features(qu, c, t, nil)
		}
		rec.Scored = append(rec.Scored, scored)
	}
	return a.buildFrom(ctx, ans, qu, cands, others, groups, isName, people, looked), t
}

// eachChosen is the answer each of cands (the first maxRecorded that may
// answer by themselves) would give were it chosen, the chosen first: what
// a choice among them could give, for the fit's -oracle.
func (a *Answerer) eachChosen(ans corpus.Answer, qu Question, cands, others []candidate, groups []index.Group, isName []bool, people []mention) []corpus.Answer {
	var out []corpus.Answer
	for j := 0; j < len(cands) && len(out) < maxRecorded; j++ {
		if cands[j].weak {
			continue
		}
		order := slices.Clone(cands)
		promote(order, j)
		out = append(out, a.buildFrom(context.Background(), ans, qu, order, others, groups, isName, people, nil))
	}
	return out
}

// buildFrom is the answer to qu from cands[0], its other sources found
// among cands and others and by the rules that look for other wordings.
func (a *Answerer) buildFrom(ctx context.Context, ans corpus.Answer, qu Question, cands, others []candidate, groups []index.Group, isName []bool, people []mention, looked []candidate) corpus.Answer {
	best := cands[0]
	d := best.doc
	ans.Found = true
	ans.Answer = best.line
	ans.Quote = a.idx.Text(best.hit.Doc)
	ans.File = a.c.Articles[d.Article].File
	ans.Score = best.score
	switch d.Kind {
	case index.KindQuote:
		q := a.c.Quotes[d.Ref]
		ans.QuoteN, ans.Speaker, ans.SpeakerID = int(q.ID), a.speakerOf(best.hit), int(q.SpeakerID)
	case index.KindFact:
		ans.FactN = int(d.Ref)
		if qu.Kind != KindWho {
			// The answer is someone's quoted words (inquote.go).
			if name, id, ok := a.quotedSpeaker(d, best); ok {
				ans.Speaker, ans.SpeakerID = name, id
			} else if p := speakerAsked(people); p != nil && speechAct(qu, isName) && a.reportedBy(d, p, best.line) {
				ans.Speaker, ans.SpeakerID = p.Name, p.ID // what they said, reported
			} else if p := a.attributedTo(d, best); p != nil {
				ans.Speaker, ans.SpeakerID = p.Name, p.ID // the source of a figure (attributed.go)
			} else if p := speakerAsked(people); p != nil && a.pronounFor(d, mention{Person: p}) {
				ans.Answer = namePronoun(ans.Answer, p.Name)
			}
		} else if p := speakerAsked(people); p != nil && qu.asksOutlet() && a.toldBy(d, p) {
			// An outlet ran someone's words: the reply names whose (inquote.go).
			ans.Speaker, ans.SpeakerID = p.Name, p.ID
		}
	}
	// Other documents that give the same answer (the same date, however
	// each outlet writes it) report it too.
	var same []index.Doc
	for _, c := range append(cands[1:], others...) {
		if best.value != nil && c.value != nil && sameValue(*c.value, *best.value) {
			same = append(same, c.doc)
		}
	}
	// Other sentences that give the same answer report it too: "Don
	// Bacon" again, "a fake" again, "No —" to the same question, matched
	// about as well.
	if best.value == nil {
		for _, c := range cands[1:] {
			if c.score < best.score*0.6 {
				break
			}
			if sameAnswer(qu.Kind, best.line, c.line) {
				same = append(same, c.doc)
			}
		}
	}
	if (qu.Kind == KindWhere || qu.Naming || qu.Type != "") && best.value == nil {
		line := best.line
		if qu.Kind == KindWho && thingKind(qu.Type) {
			line = thingCore(line, kindModifiers(qu)) // thing.go
		}
		same = append(same, a.sameStatement(ctx, line, groups, isName)...) // source.go
	} else if qu.Kind == KindWho && best.value == nil && !speechAct(qu, isName) && a.isPersonName(best.line) {
		// "who took over from Berg": the person answered, named beside the
		// question's words; a company or agency the question names
		// ("at the agency's briefing") must be there, but does not by
		// itself say that the person did what was asked. Only an
		// answering sentence that holds half of the question's words
		// states what was asked: a name found beside one word of it
		// ("… union backs Lund" for whom a newspaper backed) is no
		// statement that others could report.
		names := a.orgNamed(groups, isName)
		if held, total := a.wordsHeld(a.idx.Text(best.hit.Doc), groups, names); 2*held >= total && total > 0 {
			for _, d := range a.sameStatement(ctx, best.line, groups, names) { // source.go
				// A quotation that names the person is the speaker's
				// words, not the outlet stating who it was.
				if held, _ := a.wordsHeld(d.Span.Of(a.c.Articles[d.Article].Text), groups, names); d.Kind != index.KindQuote && held > 0 {
					same = append(same, d)
				}
			}
		}
	}
	if best.value == nil {
		same = append(same, a.rankSources(ctx, best.line, groups, people)...) // place.go
	}
	if best.slotted {
		same = append(same, a.slotSources(ctx, best.line, groups, isName)...) // slot.go
	}
	if qu.Figure != noFigure && best.value == nil && !best.weak {
		same = append(same, a.figureSources(ctx, qu, best.line, groups, isName, people)...) // figure.go
	}
	if qu.NameAsked && best.value == nil && !best.weak {
		same = append(same, a.sameName(ctx, best.line, groups, isName)...) // nameasked.go
	}
	if (qu.Kind == KindWhat || qu.Kind == KindWho || qu.Kind == KindWhere) && best.value == nil {
		same = append(same, a.sameSentence(ctx, qu, best.line, groups, isName)...) // source.go
	}
	if best.value != nil && (qu.Kind == KindWhen || qu.Kind == KindHowLong) {
		same = append(same, a.sameValueFacts(ctx, best, groups, isName, people)...)
		same = append(same, a.valueSources(ctx, qu, *best.value, groups, isName, people)...) // source.go
	}
	if qu.Kind == KindHowMany && qu.Unit != "" && best.value != nil {
		same = append(same, a.sameCount(ctx, qu, best, groups)...)
	}
	if qu.Kind == KindHowMany && qu.Unit == "" && best.value != nil {
		// "what did the flat cost": nothing counted to stand next to the
		// amount; the sentences that give it of the same thing.
		same = append(same, a.valueSources(ctx, qu, *best.value, groups, isName, people)...) // source.go
	}
	if d.Kind == index.KindQuote {
		// The same words in other wordings, clustering missed or not.
		same = append(same, a.sameQuote(a.c.Quotes[d.Ref], nil)...)
	}
	ans.Sources = a.sourcesFor(d, best.value, same...)
	if best.hit.Explain != nil {
		ans.Explain = &corpus.Explanation{Value: best.score, Message: fmt.Sprintf("%s question; score × people involved:", qu.Kind), Children: []*corpus.Explanation{best.hit.Explain}}
		if j := a.judged(looked, qu); j != nil {
			ans.Explain.Children = append(ans.Explain.Children, j)
		}
	}
	var alts []corpus.Alternative
	seen := map[string]bool{strings.ToLower(best.line): true}
	for _, c := range cands[1:] {
		if len(alts) == 3 || c.score < best.score/2 {
			break
		}
		if seen[strings.ToLower(c.line)] || c.weak {
			continue
		}
		seen[strings.ToLower(c.line)] = true
		alt := corpus.Alternative{Answer: c.line, Quote: a.idx.Text(c.hit.Doc), File: a.c.Articles[c.doc.Article].File, Score: c.score}
		if c.doc.Kind == index.KindQuote {
			alt.Speaker = a.speakerOf(c.hit)
		}
		alts = append(alts, alt)
	}
	ans.Alternatives = alts
	return ans
}

// speakerAsked is the first person a question names, whose words' setting
// it asks, or nil.
func speakerAsked(people []mention) *corpus.Person {
	for _, m := range people {
		if m.Person != nil && m.Person.Kind == corpus.KindPerson {
			return m.Person
		}
	}
	return nil
}

// subjectAt is the index of the question's first word after its
// auxiliaries ("when did Lund sign": Lund), where its subject stands, or
// -1.
func subjectAt(qu Question) int {
	i := qu.Body
	for i < len(qu.Words) && (auxiliaries[qu.Words[i].Fold] || negations[qu.Words[i].Fold]) {
		i++
	}
	if i >= len(qu.Words) || i == qu.Body && qu.Kind != KindWhen && qu.Kind != KindWhere && qu.Kind != KindHowLong {
		return -1 // no auxiliary: "who signed", "how many sailed"
	}
	return i
}

// sameEventShare is the share of the best candidate's score below which a
// candidate of another article is taken for another event.
const sameEventShare = 0.8

// whoIs answers "who is/was the X": the person whose phrases beside
// their name fit the description X best (see roleIndex), when it is a
// description ("the", "a") and one fits; nil otherwise.
func (a *Answerer) whoIs(ctx context.Context, qu Question) *corpus.Person {
	if qu.Kind != KindWho || qu.Object || qu.Body >= len(qu.Words) {
		return nil
	}
	if p := a.tookRole(qu); p != nil {
		return p // "who took over as interim coach" (roles.go)
	}
	if p := a.headOf(qu); p != nil {
		return p // "who chairs the trust" (roles.go)
	}
	desc := ""
	clause := -1         // where the words after the role begin (roleclause.go)
	end := len(qu.Words) // where the role ends
	if from := becameRole(qu); from > 0 {
		// "who became harbour master in the spring": the person now
		// described so, the time or place of it aside.
		to := from
		for to < len(qu.Words) && !roleBreak[qu.Words[to].Fold] && !timePlace[qu.Words[to].Fold] {
			to++
		}
		to = roleClauseEnd(qu, from, to)
		if to == from {
			return nil
		}
		for _, w := range qu.Words[from:to] {
			desc += w.Text + " "
		}
		end = to
		if relativeAt(qu, to) {
			clause = to
		}
	} else {
		if qu.Body < 2 || !copulas[qu.Words[qu.Body-1].Fold] {
			return nil
		}
		d := qu.Words[qu.Body]
		if d.Fold != "the" && d.Fold != "a" && d.Fold != "an" && (d.Upper || index.IsStop(d.Fold) || auxiliaries[d.Fold] || a.namesSomeone(qu, qu.Body) || verbForm(d.Fold)) {
			return nil
		}
		// "who is interim harbour master after the strike", "who was the port
		// director who died": the role, without the clause that places it.
		to := qu.Body + 1
		for to < len(qu.Words) && !roleBreak[qu.Words[to].Fold] && !timePlace[qu.Words[to].Fold] {
			to++
		}
		to = roleClauseEnd(qu, qu.Body, to)
		desc = qu.Rest(qu.Body)
		if to < len(qu.Words) {
			desc = strings.TrimSpace(qu.Text[qu.Words[qu.Body].Start:qu.Words[to].Start])
		}
		end = to
		if relativeAt(qu, to) {
			clause = to
		}
	}
	ms := a.roles.find(roleTerms(desc, a.idx.Vocab()))
	if end < len(qu.Words) {
		// "who became deputy head after Berg quit", "who is the new
		// deputy head now Berg has gone": Berg, named after the role,
		// held it before, and is not the one asked for.
		named, _ := a.findPeople(qu, end)
		ms = slices.DeleteFunc(ms, func(m roleMatch) bool {
			return slices.ContainsFunc(named, func(n mention) bool { return n.Person != nil && n.Person.ID == m.id })
		})
	}
	if len(ms) == 0 || ms[0].recall < MinRoleRecall {
		if from := becameRole(qu); from == 0 {
			return a.inContext(desc) // "who is the attorney for the family that sued the port"
		}
		return nil
	}
	if p := a.byClause(ctx, qu, clause, ms); p != nil {
		// "the press officer who wrote the memo": of those
		// the role fits, the one who did it.
		return p
	}
	if head := lastWord(desc); personNoun(head) {
		// "who is the partner": a person, not the firm written after
		// "She is a partner in the firm of", which the same words
		// describe.
		for _, m := range ms {
			if m.recall < ms[0].recall {
				break
			}
			if p := a.c.Person(m.id); p != nil && p.Kind == corpus.KindPerson {
				return p
			}
		}
	}
	return a.c.Person(ms[0].id)
}

// inContext resolves a description that no phrase beside a name holds
// whole: "the press officer of the ferry union" when the article says
// "The ferry union … Press officer Kari Holm says", "the attorney for the
// family that sued the port" when it says "the family … is represented by
// lawyer Kari Holm". The description's head, the person noun before its
// first preposition or at its end, must be in a phrase beside the
// person's name (or a word WordNet gives for the same kind of person);
// the rest of it, weighted by how rare each word is, must be in the text
// just before one of their names or a little after, MinRoleRecall of it
// at least, and more of it than around any other such person's name.
// nil when the description is not of that form or no one, or more than
// one, fits.
func (a *Answerer) inContext(desc string) *corpus.Person {
	toks := index.Words.Tokenize(desc)
	h := len(toks) - 1
	for i, t := range toks {
		if f := index.Fold(t.Term); i > 0 && (prepositions[f] || f == "who" || f == "that") {
			h = i - 1
			break
		}
	}
	if h < 0 {
		return nil
	}
	head := dropPossessive(index.Fold(toks[h].Term))
	if genericPerson[head] || !personNoun(head) {
		return nil
	}
	rest := strings.TrimSpace(desc[:toks[h].Start] + " " + desc[toks[h].End:])
	groups := a.idx.Analyze(rest)
	var total float64
	for _, g := range groups {
		total += g.Weight
	}
	if total == 0 {
		return nil
	}
	cover := func(has func(string) bool) float64 {
		var got float64
		for _, g := range groups {
			if slices.ContainsFunc(g.Alts, func(alt index.Alt) bool { return has(alt.Term) }) {
				got += g.Weight
			}
		}
		return got / total
	}
	best, second := -1.0, -1.0
	var who *corpus.Person
	for k, m := range a.roles.find(roleTerms(head, a.idx.Vocab())) {
		if m.recall < MinRoleRecall || k == maxInContext {
			break
		}
		p := a.c.Person(m.id)
		if p == nil || p.Kind != corpus.KindPerson {
			continue
		}
		mine := -1.0
		seen := map[int32]bool{}
		for n, mm := range p.Mentions {
			if n == mentionsPerRole || len(seen) == maxInContextArticles || mm.Article < 0 || int(mm.Article) >= len(a.c.Articles) {
				break
			}
			// The article first, by its postings; then the text just
			// before the name and a little after, where the description
			// is given.
			if in, ok := seen[mm.Article]; ok && !in || !ok && cover(func(t string) bool { return a.idx.InArticle(t, int(mm.Article)) }) < MinRoleRecall {
				seen[mm.Article] = false
				continue
			}
			seen[mm.Article] = true
			text := a.c.Articles[mm.Article].Text
			sp := mm.Span()
			if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
				continue
			}
			from, to := max(0, sp.Start-lookBack), min(len(text), sp.End+contextAfter)
			for from > 0 && text[from]&0xC0 == 0x80 {
				from--
			}
			for to < len(text) && text[to]&0xC0 == 0x80 {
				to++
			}
			// Words in the sentence or two around the name count twice:
			// "the ferry union … Press officer Kari Holm" over a name
			// further on.
			stems, near := map[string]bool{}, map[string]bool{}
			for _, t := range index.Words.Tokenize(text[from:to]) {
				st := a.stemOf(t.Term)
				stems[st] = true
				if from+t.End >= sp.Start-nearContext && from+t.Start <= sp.End+nearContext {
					near[st] = true
				}
			}
			if far := cover(func(t string) bool { return stems[t] }); far >= MinRoleRecall {
				mine = max(mine, far+cover(func(t string) bool { return near[t] }))
			}
		}
		switch {
		case mine > best:
			best, second, who = mine, best, p
		case mine > second:
			second = mine
		}
	}
	if who == nil || best < 0 || second >= best {
		return nil
	}
	return who
}

// contextAfter bounds the text read after a name for the rest of its
// description, and nearContext the text on each side that counts twice,
// in bytes.
const (
	contextAfter = 300
	nearContext  = 200
)

// maxInContext bounds the people inContext reads, and
// maxInContextArticles the articles of each.
const (
	maxInContext         = 64
	maxInContextArticles = 8
)

// lastWord is the last word of a description, folded, without a
// possessive.
func lastWord(desc string) string {
	toks := index.Words.Tokenize(desc)
	if len(toks) == 0 {
		return ""
	}
	return dropPossessive(index.Fold(toks[len(toks)-1].Term))
}

// becomeVerbs and appointed say that someone took a role: "who became
// X", "who was named X".
var (
	becomeVerbs = map[string]bool{"became": true, "becomes": true, "become": true}
	appointed   = map[string]bool{"named": true, "appointed": true, "made": true, "elected": true, "chosen": true, "picked": true}
	timePlace   = map[string]bool{"in": true, "on": true, "at": true, "during": true, "this": true, "last": true, "yesterday": true, "today": true}
)

// becameRole is where the role begins in "who became (the) X" or "who was
// named (as) (the) X", past its article; 0 when the question is not of
// that form.
func becameRole(qu Question) int {
	i := qu.Body
	switch {
	case i < len(qu.Words) && becomeVerbs[qu.Words[i].Fold]:
		i++
	case i < len(qu.Words) && getPassive[qu.Words[i].Fold] && postAfter(qu, i+1):
		i++ // "who got harbour master": who became it
	case i+1 < len(qu.Words) && copulas[qu.Words[i].Fold] && appointed[qu.Words[i+1].Fold],
		i > 0 && i < len(qu.Words) && copulas[qu.Words[i-1].Fold] && appointed[qu.Words[i].Fold]:
		if !appointed[qu.Words[i].Fold] {
			i++ // the copula, when the question form left it
		}
		i++
		if i < len(qu.Words) && qu.Words[i].Fold == "as" {
			i++
		}
	default:
		return 0
	}
	if i < len(qu.Words) {
		if d := qu.Words[i].Fold; d == "the" || d == "a" || d == "an" || d == "new" {
			i++
		}
	}
	if i >= len(qu.Words) {
		return 0
	}
	return i
}

// postAfter reports whether the question's words from i name a post: a
// noun phrase, maybe after "the", that closes on a noun WordNet classes
// as a person before a preposition, a time or a place ("harbour
// master in the reshuffle"; not "the sack", "handed the duties").
func postAfter(qu Question, i int) bool {
	if i < len(qu.Words) && (qu.Words[i].Fold == "the" || qu.Words[i].Fold == "a") {
		i++
	}
	to := i
	for to < len(qu.Words) && !roleBreak[qu.Words[to].Fold] && !timePlace[qu.Words[to].Fold] && !index.IsStop(qu.Words[to].Fold) {
		to++
	}
	if to == i {
		return false
	}
	head := qu.Words[to-1].Fold
	return (personNoun(head) || shortPersonNoun(head)) && !verbForm(qu.Words[i].Fold)
}

// shortPersonNoun reports whether w is a short word, mostly an
// abbreviation ("pm", "mp"), that WordNet gives a sense of a person in any
// of its senses, not only its first ("pm" is also an element's symbol),
// and not a word for a post itself ("job").
func shortPersonNoun(w string) bool {
	return len(w) <= 3 && !postNouns[w] && lex.Classes(lex.Lemma(w, lex.Noun), lex.Noun).Has(lex.NounPerson)
}

// maxLoose bounds the hits judged again for a loose proposal.
const maxLoose = 50

// whyTooLittle turns a candidate away that matches too little of the
// question; an explanation adds coverageWhy, which most asks never print.
const whyTooLittle = "covers too little of the question"

// whyAbsent holds a candidate back whose article lacks a noun of the
// question: it is proposed only when no other candidate is.
const whyAbsent = "a thing the question names is nowhere in its article (held back)"

// coverageWhy says, for an explanation, how much of the question's
// weight h covers and how each word matched ("launch 0.31 ✗").
func coverageWhy(groups []index.Group, h index.Hit, skip []bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%.2f of %.2f;", coverageOf(groups, h, skip), MinCoverage)
	for i, g := range groups {
		if skip != nil && skip[i] {
			continue
		}
		q := 0.0
		if i < len(h.Quality) {
			q = h.Quality[i]
		}
		mark := "✗"
		switch {
		case q >= 1:
			mark = "✓"
		case q > 0:
			mark = fmt.Sprintf("%.2f", q)
		}
		fmt.Fprintf(&b, " %s %.1f %s", g.Word, g.Weight, mark)
	}
	return b.String()
}

// maxExplained bounds the candidates an explanation lists.
const maxExplained = 8

// judged explains the candidates judge saw: the answer line of those
// taken, and why the others were turned away.
func (a *Answerer) judged(cs []candidate, qu Question) *corpus.Explanation {
	if len(cs) == 0 {
		return nil
	}
	e := &corpus.Explanation{Message: "candidates, best search scores first:"}
	for _, c := range cs {
		text := clip(oneLine(a.idx.Text(c.hit.Doc)), 90)
		msg := fmt.Sprintf("taken, answer %q: %s", c.line, text)
		if c.why != "" {
			msg = fmt.Sprintf("turned away (%s): %s", c.why, text)
		}
		e.Children = append(e.Children, &corpus.Explanation{Value: c.score, Message: msg})
	}
	return e
}

// involvesText is involves without the paragraph around d: the person
// is among the fact's people, speaks the quotation, or is named in its
// text.
func (a *Answerer) involvesText(d index.Doc, h index.Hit, m mention) bool {
	return a.isParty(d, m) || named(h, m) || a.roleAnaphor(d, m) // roles.go: "the minister"
}

// named reports whether m's name is matched in h's own text.
func named(h index.Hit, m mention) bool {
	for _, g := range m.groups {
		if g < len(h.Matched) && h.Matched[g] == 2 {
			return true
		}
	}
	return false
}

// speechActs are done by saying something.
var speechActs = map[string]bool{}

func init() {
	for _, w := range []string{"call", "urge", "demand", "ask", "say", "tell", "warn", "claim", "deny", "praise",
		"criticize", "criticise", "accuse", "suggest", "propose", "recommend", "advise", "insist", "argue",
		"promise", "threaten", "describe", "dismiss", "condemn", "announce", "state", "write", "post",
		"comment", "reply", "respond", "question", "dispute", "reject", "defend", "support", "blame", "congratulate",
		"predict", "doubt", "apologise", "apologize", "admit", "acknowledge", "concede", "confirm", "thank"} {
		speechActs[index.Stem(w)] = true
	}
	for _, w := range []string{"want", "wish", "hope", "fear", "believe", "think", "expect", "worry"} {
		speechActs[index.Stem(w)] = true
		attitudes[index.Stem(w)] = true
	}
}

// attitudes are what someone wants, hopes or fears: known from what they
// say, in words of their own ("should be fired" for "who wanted him
// fired"), so a document need not match the verb itself.
var attitudes = map[string]bool{}

// speechAct reports whether the question's action, its first word that
// is no name, is done by speaking.
func speechAct(qu Question, isName []bool) bool {
	_, ok := speechVerb(qu, isName)
	return ok
}

// speakerNamed reports whether a name the question gives is a word of
// quotation d's speaker's own names.
func (a *Answerer) speakerNamed(d index.Doc, groups []index.Group, isName []bool) bool {
	sp := a.c.Person(int(a.c.Quotes[d.Ref].SpeakerID))
	if sp == nil {
		return false
	}
	words := personWords(sp)
	for i, g := range groups {
		if i < len(isName) && isName[i] && words[g.Word] {
			return true
		}
	}
	return false
}

// speechVerb returns the group of the question's action ("called" in
// "who urged the mayor's sacking") and whether it is done by
// speaking.
func speechVerb(qu Question, isName []bool) (int, bool) {
	n := 0
	for i := qu.Body; i < len(qu.Words); i++ {
		f := dropPossessive(qu.Words[i].Fold)
		if index.IsStop(f) || qu.Light(i) {
			continue
		}
		if i < qu.kindEnd() {
			n++ // "which lawmaker called for": the kind of party, and the words that say which
			continue
		}
		if n < len(isName) && isName[n] {
			n++
			continue
		}
		if base := irregularVerb(f); base != "" {
			f = base
		}
		return n, speechActs[index.Stem(f)]
	}
	return -1, false
}

// isPersonName reports whether line is, as written, the name of one of
// the corpus's people, a person (given name and surname) and not a
// company or an office: "who took over from Lund" answered "Ann Berg"
// is reported by every outlet that names her beside the question's
// words (sameStatement), not only by
// the sentence chosen. Who said something is another matter: a saying
// is reported by its words, not by its speaker's name beside a "said".
func (a *Answerer) isPersonName(line string) bool {
	words := strings.Fields(index.Fold(line))
	if len(words) < 2 {
		return false // a one-word name: a company the tables may hold as a speaker
	}
	ids := a.nm.forms[strings.Join(words, " ")]
	for _, id := range ids {
		if p := a.c.Person(id); p == nil || p.Kind != corpus.KindPerson {
			return false
		}
	}
	return len(ids) > 0
}

// orgNamed is isName with the groups that name one of the corpus's
// entities that is not a person (a company, an agency) marked too: such
// a name beside a person says nothing of what the person did.
func (a *Answerer) orgNamed(groups []index.Group, isName []bool) []bool {
	out := slices.Clone(isName)
	for i, g := range groups {
		if i >= len(out) || out[i] {
			continue
		}
		for _, id := range a.nm.forms[g.Word] {
			if p := a.c.Person(id); p != nil && p.Kind != corpus.KindPerson {
				out[i] = true
			}
		}
	}
	return out
}

// wordsHeld counts the question's words that are no name (groups not
// marked in names) and how many of them text holds, in any form, written
// otherwise than in capitals: "FJORDCO" beside a person names a firm,
// not what was done.
func (a *Answerer) wordsHeld(text string, groups []index.Group, names []bool) (held, total int) {
	stems := map[string]int{}
	for i, g := range groups {
		if i < len(names) && names[i] {
			continue
		}
		total++
		for _, alt := range g.Alts {
			stems[alt.Term] = total
		}
	}
	seen := map[int]bool{}
	for _, t := range index.Words.Tokenize(text) {
		w := dropPossessive(t.Term)
		if k := stems[a.stemOf(w)]; k > 0 && w != strings.ToUpper(w) && !seen[k] {
			seen[k] = true
			held++
		}
	}
	return held, total
}

// sameCount finds the facts that give best's count of the same thing in
// other words ("the 12-point offer the union made" for "the union's
// 12-point list of demands"): the same number next to the
// counted thing, in a sentence sharing another word with best's.
func (a *Answerer) sameCount(ctx context.Context, qu Question, best candidate, groups []index.Group) []index.Doc {
	mine := map[string]bool{}
	for _, t := range index.Words.Tokenize(a.idx.Text(best.hit.Doc)) {
		if st := a.stemOf(t.Term); st != "" && !isNumber(t.Term) {
			mine[st] = true
		}
	}
	delete(mine, index.Stem(qu.Unit))
	unit := a.expand(index.Fold(qu.Unit))
	// The same number of the same thing: next to the counted thing, or,
	// counted in another word ("750 girls" for "750 campers"), in a
	// sentence sharing two more words with best's.
	near := map[int]bool{}
	filter := func(d int) bool {
		doc := a.idx.Doc(d)
		if doc.Kind != index.KindFact {
			return false
		}
		f := &a.c.Facts[doc.Ref]
		found := false
		for i := range f.Values() {
			if v := &f.Values()[i]; v.Kind == best.value.Kind && v.Norm == best.value.Norm {
				found = true
				if unitNear(a.c, f, v, qu.Unit) {
					near[d] = true
				}
			}
		}
		return found
	}
	q := append([]index.Group{unit}, groups...)
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: q, Kinds: index.KindFact, Filter: filter, Limit: 100, Mode: a.mode(ctx)}) {
		shared := 0
		for _, t := range index.Words.Tokenize(a.idx.Text(h.Doc)) {
			if mine[a.stemOf(t.Term)] {
				shared++
			}
		}
		if near[h.Doc] && shared > 0 || shared >= 2 {
			out = append(out, a.idx.Doc(h.Doc))
		}
	}
	return out
}

func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// byConsensus puts first the value most outlets give: "the call" of
// several articles is the one on the date most of them report, not a
// second call one article mentions. A value counts the articles that give
// it for the event asked about (not aside), the answers and the sentences
// past them alike; it takes the lead when its best candidate scores at
// least a third of the best. The candidates keep their order within a
// value.
func (a *Answerer) byConsensus(cands, others []candidate, groups []index.Group, isName []bool, qu Question) []candidate {
	top := cands[0].score
	type key struct {
		kind corpus.ValueKind
		norm string
	}
	arts := map[key]map[int32]bool{}
	yearOf := yearsGiven(cands) // when.go: "in May" with no year is the dated articles' May
	vote := func(c candidate) {
		k := key{c.value.Kind, withYear(c.value.Norm, yearOf)}
		if arts[k] == nil {
			arts[k] = map[int32]bool{}
		}
		arts[k][c.doc.Article] = true
	}
	for _, c := range cands {
		// The best candidate always votes, even when it may date another
		// event.
		if c.value != nil && (!c.aside || c.score == top) {
			vote(c)
		}
	}
	// Only a value some candidate gives can win, so only votes for those
	// are counted: each other sentence's test reads its words, and a
	// small archive full of one event's reports has hundreds of them.
	wanted := map[key]bool{}
	for _, c := range cands {
		if c.value != nil && c.score >= top/3 {
			wanted[key{c.value.Kind, withYear(c.value.Norm, yearOf)}] = true
		}
	}
	for _, c := range others {
		if c.value != nil && c.doc.Kind == index.KindFact && wanted[key{c.value.Kind, withYear(c.value.Norm, yearOf)}] &&
			!a.aside(&a.c.Facts[c.doc.Ref], c.value, groups, isName, qu) {
			vote(c)
		}
	}
	best, bn, bs := key{}, 0, 0.0
	for _, c := range cands {
		if c.value == nil || c.score < top/3 {
			continue
		}
		k := key{c.value.Kind, withYear(c.value.Norm, yearOf)}
		if n := len(arts[k]); n > bn || n == bn && c.score > bs {
			best, bn, bs = k, n, c.score
		}
	}
	out := make([]candidate, 0, len(cands))
	for _, c := range cands {
		if c.value != nil && (key{c.value.Kind, withYear(c.value.Norm, yearOf)}) == best {
			out = append(out, c)
		}
	}
	for _, c := range cands {
		if c.value == nil || (key{c.value.Kind, withYear(c.value.Norm, yearOf)}) != best {
			out = append(out, c)
		}
	}
	return out
}

// irregularVerb is the verb of an irregular form, from WordNet's exception
// list ("met": meet, "sought": seek), which no stemmer joins to it. An
// auxiliary ("was", "had", "did") is not read as one: it stands beside
// the verb that carries the meaning.
func irregularVerb(f string) string {
	if auxiliaries[f] || beForms[f] {
		return ""
	}
	return lex.Irregular(f)
}

// expand is the index's group for a question word, joined by the other
// forms of an irregular verb and their typo readings: "who met Putin"
// finds "to meet with Putin".
func (a *Answerer) expand(f string) index.Group {
	g := samePolarity(a.soundsLike(a.idx.Expand(f)))
	g = a.clipped(a.stepAway(a.lexical(g, f), f), f)
	if short, ok := printedShort[f]; ok {
		g = a.merge(g, short) // "governor" finds "Gov." (question.go)
	}
	if n := len(f); n > 0 && n <= 2 && f[0] >= '0' && f[0] <= '9' {
		// "October 29" finds "October 29th".
		return a.merge(g, f+"th", f+"st", f+"nd", f+"rd")
	}
	if base := irregularVerb(f); base != "" {
		return a.merge(g, base)
	}
	return a.merge(g, lex.Forms(f)...)
}

// lexical adds to g the corpus words WordNet gives for its word f
// (index.Lexical), as synonyms: "bought" finds "the purchase",
// "resign" "his resignation". The word itself and its typo readings
// keep their factors.
func (a *Answerer) lexical(g index.Group, f string) index.Group {
	if isNumber(f) {
		return g
	}
	g = a.addWordNet(g, f, "WordNet")
	if !slices.ContainsFunc(g.Alts, func(alt index.Alt) bool { return alt.Cover >= 1 }) {
		g = a.addSynonyms(g, a.anySense(f), "WordNet, a sense the corpus writes")
	}
	return g
}

// anySense is, for a noun the corpus never writes (nor a slip of it), the
// one-word synonyms of every sense WordNet gives it, not only the sense
// most often meant: the corpus's own words tell which sense a question
// means ("whirlybirds" where articles write "helicopters"; the sense most
// often meant may be another).
func (a *Answerer) anySense(f string) []string {
	var out []string
	for _, w := range senseWords(f) {
		out = append(out, index.Stem(w))
	}
	return out
}

// senseWords are the one-word synonyms, lower-cased, of every noun sense
// WordNet gives folded word f.
func senseWords(f string) []string {
	lemma := lex.Lemma(f, lex.Noun)
	if lemma == "" || index.IsStop(f) {
		return nil
	}
	var out []string
	for _, sense := range lex.Senses(lemma, lex.Noun) {
		for _, w := range sense.Synonyms {
			if !strings.ContainsAny(w, " -_") && w != lemma {
				out = append(out, strings.ToLower(w))
			}
		}
	}
	return out
}

// writtenUnit is the thing a count question counts as the corpus writes
// it: the unit itself when the corpus has it or a slip of it, else the
// first synonym of any of its senses that the corpus has ("how many
// whirlybirds": helicopter).
func (a *Answerer) writtenUnit(unit string) string {
	f := index.Fold(unit)
	if a.idx.DF(index.Stem(f)) > 0 || slices.ContainsFunc(a.idx.Expand(f).Alts, func(alt index.Alt) bool { return alt.Cover >= 1 }) {
		return unit
	}
	for _, w := range senseWords(f) {
		if a.idx.DF(index.Stem(w)) > 0 {
			if lex.Lemma(f, lex.Noun) != f && !strings.HasSuffix(w, "s") {
				w += "s" // asked in the plural
			}
			return w
		}
	}
	return unit
}

// addWordNet adds to g, as synonyms, the corpus words index.Lexical gives
// for word, but those g has and those too common to search (see common).
func (a *Answerer) addWordNet(g index.Group, word, why string) index.Group {
	g = a.addSynonyms(g, index.Lexical(word), why)
	g = a.addSynonyms(g, a.spelt(word), why+", spelt out")
	return a.addWeighted(g, index.RarerSenses(word), why+", rarer sense")
}

// spelt is, for each multi-word name a short question word stands for
// (index.Spelt) that the corpus writes in full, the word of it the corpus
// writes least often: the one that tells the name apart ("republican" of
// republican party, "hampshire" of new hampshire), a small word never. A
// name the corpus never writes in full brings nothing: one of its words
// alone ("emergency", "national") would be some other thing's.
func (a *Answerer) spelt(word string) []string {
	if len(word) > index.MaxShort {
		return nil
	}
	return a.spelled.Get(word)
}

// maxSpelled bounds the short words whose names spelt keeps.
const maxSpelled = 1 << 12

// speltOut is spelt, worked out: a phrase search per name.
func (a *Answerer) speltOut(word string) []string {
	var out []string
	for _, words := range append(index.Spelt(word), a.initialed(word)...) {
		best, df := "", 0
		for _, w := range words {
			if index.IsStop(w) {
				continue
			}
			st := index.Stem(w)
			// The rarest; of two as rare, the longer ("hampshire", not "new").
			if n := a.idx.DF(st); n > 0 && (best == "" || n < df || n == df && len(st) > len(best)) {
				best, df = st, n
			}
		}
		if best == "" {
			continue
		}
		name := strings.Join(words, " ")
		if len(a.idx.Phrase(name, a.idx.Analyze(name), index.AnyKind, 1)) > 0 {
			out = append(out, best)
		}
	}
	return out
}

// stepAway adds to g, for a question word f that the corpus never
// writes (no alternative of g counts as the word itself), the words a step
// broader or narrower in meaning that it writes (index.OneStep), at their
// factors: "dispatched" finds "sent", "washed" "laundered". A question
// word the corpus writes is asked as written: a step away from it would
// find other events ("won" is not "took"). The quotations of a who-said
// question are compared by their own kin (kin.go), not by these.
func (a *Answerer) stepAway(g index.Group, f string) index.Group {
	if isNumber(f) || slices.ContainsFunc(g.Alts, func(alt index.Alt) bool { return alt.Cover >= 1 }) {
		return g
	}
	return a.addWeighted(g, a.written(index.OneStep(f), maxStepAlts), "WordNet, a step away in meaning")
}

// ClipFactor is how much the corpus word a clipped question word stands
// for counts as it: less than a synonym, for the clipping may be of
// another word.
const ClipFactor = 0.5

// clipped adds to g, for a question word f of three letters or more that
// neither the corpus nor WordNet knows, the commonest corpus word that
// f, less a final "s" of the plural or the "o" a clipping ends with,
// begins, two letters longer or more ("prof" for professor): a reporter
// types a word cut short that the articles write whole. At ClipFactor.
func (a *Answerer) clipped(g index.Group, f string) index.Group {
	if len(f) < 3 || isNumber(f) || index.IsStop(f) || a.idx.DF(index.Stem(f)) > 0 || lex.KnownWord(f) {
		return g
	}
	var best index.Near
	bestDF := 0
	for i, p := range []string{f, strings.TrimSuffix(f, "s"), strings.TrimSuffix(f, "o")} {
		if len(p) < 3 || i > 0 && p == f {
			continue
		}
		for _, w := range a.idx.Vocab().Prefix(p, maxClipScan) {
			if len(w.Word) < len(p)+2 || a.common(w.Stem) {
				continue
			}
			if df := a.idx.DF(w.Stem); df > bestDF {
				best, bestDF = w, df
			}
		}
	}
	if bestDF == 0 {
		return g
	}
	return a.addWeighted(g, []index.Weighted{{Stem: best.Stem, Factor: ClipFactor}}, "a clipping of "+best.Word)
}

// maxClipScan bounds the corpus words clipped reads that begin with one
// clipped word.
const maxClipScan = 200

// maxStepAlts bounds the words a step away in meaning that a question
// word is searched with: the likest the corpus writes.
const maxStepAlts = 6

// written is the first n of alts that the corpus has, but those too
// common to search (see common).
func (a *Answerer) written(alts []index.Weighted, n int) []index.Weighted {
	var out []index.Weighted
	for _, w := range alts {
		if len(out) == n {
			break
		}
		if a.idx.DF(w.Stem) > 0 && !a.common(w.Stem) {
			out = append(out, w)
		}
	}
	return out
}

// addWeighted adds to g the stems the corpus has at their own factors,
// but those g has and those too common to search (see common).
func (a *Answerer) addWeighted(g index.Group, alts []index.Weighted, why string) index.Group {
	have := map[string]bool{}
	for _, alt := range g.Alts {
		have[alt.Term] = true
	}
	for _, w := range alts {
		if have[w.Stem] || a.idx.DF(w.Stem) == 0 || a.common(w.Stem) {
			continue
		}
		have[w.Stem] = true
		g.Alts = append(g.Alts, index.Alt{Term: w.Stem, Factor: w.Factor, Cover: w.Factor, Why: why})
	}
	return g
}

// addSynonyms adds to g, as synonyms, the stems the corpus has, but those
// g has and those too common to search (see common).
func (a *Answerer) addSynonyms(g index.Group, stems []string, why string) index.Group {
	have := map[string]bool{}
	for _, alt := range g.Alts {
		have[alt.Term] = true
	}
	for _, st := range stems {
		if have[st] || a.idx.DF(st) == 0 || a.common(st) {
			continue
		}
		have[st] = true
		g.Alts = append(g.Alts, index.Alt{Term: st, Factor: index.SynonymFactor, Cover: index.SynonymFactor, Why: why})
	}
	return g
}

// planWords say, before "to", that what follows was planned ("was
// supposed to last"): the modality of the question, which an article
// words its own way ("should have been", "was meant to"), not a word to
// match.
var planWords = map[string]bool{"supposed": true, "scheduled": true, "meant": true, "due": true, "set": true, "slated": true}

// planned reports whether question word i is a plan word before "to".
func planned(qu Question, i int) bool {
	return planWords[qu.Words[i].Fold] && i+1 < len(qu.Words) && qu.Words[i+1].Fold == "to" && i >= qu.Body || dueAt(qu, i) // when.go
}

// common reports whether a term is in more than one document in fifty
// (and a hundred): a WordNet word that common ("go" for die, "make" for
// do) weighs little, and its postings would cost a large archive most of
// a search.
func (a *Answerer) common(term string) bool {
	df := a.idx.DF(term)
	return df > 100 && df*50 > a.idx.N()
}

// asksNegated reports whether the question asks about what was not done
// ("who did not sign").
func asksNegated(qu Question) bool {
	for _, w := range qu.Words[min(qu.Body, len(qu.Words)):] {
		if negations[w.Fold] {
			return true
		}
	}
	return false
}

// phrasal adds to g, the group of question word i, the corpus words
// WordNet gives for the phrasal verb word i is part of ("take part":
// participate; "step down": resign), as synonyms, to the groups of both
// its words. A phrase whose particle is a word of its own ("come home")
// counts only in the sense WordNet's corpus most often gives it, so that
// an idiom's reading ("come home": dawn) does not stand for the words.
func (a *Answerer) phrasal(qu Question, i int, g index.Group) index.Group {
	for _, at := range []int{i, i - 1} {
		if at < qu.Body || at+1 >= len(qu.Words) || qu.Words[at].Upper || qu.Words[at+1].Upper {
			continue
		}
		verb := lex.Lemma(qu.Words[at].Fold, lex.Verb)
		if verb == "" {
			continue
		}
		particle := qu.Words[at+1].Fold
		phrase := verb + " " + particle
		if !lex.Known(phrase, lex.Verb) {
			continue
		}
		senses := lex.Senses(phrase, lex.Verb)
		// Any phrase WordNet lists counts, however seldom SemCor tagged
		// it: "buy back" (repurchase) was tagged never. Its particle
		// stays a word of its own to match.
		if len(senses) == 0 {
			continue
		}
		g = a.addWordNet(g, phrase, "WordNet, "+phrase)
		if index.IsStop(particle) {
			g = a.allSenses(g, senses, "WordNet, "+phrase)
		}
		return g
	}
	return g
}

// maxSenseWords bounds the words allSenses adds.
const maxSenseWords = 16

// allSenses adds to g, as synonyms, the one-word synonyms of every sense
// of a phrasal verb whose particle is a small word ("put out": publish,
// extinguish): such a phrase has few senses, its commonest is often not
// the one a news question means, and the question's other words choose
// among them.
func (a *Answerer) allSenses(g index.Group, senses []lex.Sense, why string) index.Group {
	var stems []string
	for _, s := range senses {
		for _, w := range s.Synonyms {
			if !strings.ContainsAny(w, " -_") && !index.IsStop(w) {
				stems = append(stems, index.Stem(strings.ToLower(w)))
			}
		}
	}
	before := len(g.Alts)
	g = a.addSynonyms(g, stems, why)
	g.Alts = g.Alts[:min(len(g.Alts), before+maxSenseWords)]
	return g
}

// negativeStems are the stems of words that deny: "nothing" is two
// slips from "anything" and means its opposite.
var negativeStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"nothing", "nobody", "none", "never", "neither", "nowhere", "no", "not", "noone"} {
		m[index.Stem(w)] = true
	}
	return m
}()

// samePolarity drops the typo readings of g that deny what its word
// affirms, or affirm what it denies ("anything" read as "nothing").
func samePolarity(g index.Group) index.Group {
	neg := negativeStems[index.Stem(g.Word)]
	keep := g.Alts[:0:0]
	for _, alt := range g.Alts {
		if alt.Factor < 1 && negativeStems[alt.Term] != neg {
			continue
		}
		keep = append(keep, alt)
	}
	if len(keep) < len(g.Alts) {
		g.Alts = keep
	}
	return g
}

// soundsLike gives a word the corpus does not know, not even one slip
// away, the corpus words written with the same consonants in the same
// order ("trooth" for truth, "prevale" for prevail): a misspelling by
// ear. Only words of five letters or more, sharing the first two.
func (a *Answerer) soundsLike(g index.Group) index.Group {
	w := g.Word
	if g.Known() || len(w) < 5 || len(w) > 30 {
		return g
	}
	sk := skeleton(w)
	if len(sk) < 3 {
		return g
	}
	for _, near := range a.idx.Vocab().Prefix(w[:2], 2000) {
		if abs(len(near.Word)-len(w)) <= 2 && skeleton(near.Word) == sk && !index.IsStop(near.Word) {
			g.Alts = append(g.Alts, index.Alt{Term: near.Stem, Factor: 0.65, Cover: 1, Why: "sounds like " + near.Word})
			if len(g.Alts) == 3 {
				break
			}
		}
	}
	return g
}

// skeleton is a word's consonants, doubled ones once.
func skeleton(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		if strings.ContainsRune("aeiouy", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// merge adds to g the words of other forms of its word, counting as the
// word itself.
func (a *Answerer) merge(g index.Group, forms ...string) index.Group {
	if len(forms) == 0 {
		return g
	}
	at := map[string]int{}
	for i, alt := range g.Alts {
		at[alt.Term] = i
	}
	for _, form := range forms {
		for _, alt := range a.idx.Expand(form).Alts {
			if alt.Cover < 1 {
				continue
			}
			alt.Why = "form of " + g.Word
			if i, ok := at[alt.Term]; ok {
				// Already there as a synonym: it is the word itself.
				g.Alts[i] = alt
			} else {
				at[alt.Term] = len(g.Alts)
				g.Alts = append(g.Alts, alt)
			}
		}
	}
	return g
}

// onlyWished reports whether, in the text of doc, the action a when, how
// long, where or yes/no question asks about is written only after a modal
// ("should call", "wants to meet"): what someone wants or what might be,
// not what happened. A question that is itself modal ("when will …",
// "should X resign") is not judged so.
func (a *Answerer) onlyWished(qu Question, groups []index.Group, isName []bool, doc int) bool {
	switch qu.Kind {
	case KindWhen, KindHowLong, KindWhere, KindYesNo:
	default:
		return false
	}
	if qu.Future {
		return false
	}
	for _, w := range qu.Words {
		if modals[w.Fold] || w.Fold == "will" {
			return false
		}
	}
	v, _ := speechVerb(qu, isName)
	if v < 0 || v >= len(groups) {
		return false
	}
	terms := groupTerms(groups[v : v+1])
	toks := index.Words.Tokenize(a.idx.Text(doc))
	seen := false
	for i, t := range toks {
		if !terms[a.stemOf(t.Term)] {
			continue
		}
		if !modal(toks, i) {
			return false
		}
		seen = true
	}
	return seen
}

// judge decides whether hit h can answer the question and builds its
// answer line. opt marks the groups h need not match (see optional).
func (a *Answerer) judge(qu Question, groups []index.Group, isName, opt []bool, people []mention, h index.Hit, min float64) (candidate, bool) {
	d := a.idx.Doc(h.Doc)
	h = a.subjectCarried(d, h, people) // previous.go: "She vetoed …"
	c := candidate{hit: h, doc: d, score: h.Score, person: -1}
	// Enough of the question, names aside, must be matched.
	if !enoughAt(groups, h, opt, min) {
		c.why = whyTooLittle // the words' detail only when explaining: propose
		return c, false
	}
	if qu.Kind != KindSaid {
		// "how many ferries does the port run" is seldom answered from
		// an article that never names a ferry; but the noun may be the
		// asker's own word for what the article says otherwise ("the
		// harbour chief" for its director). propose holds such a
		// candidate back and proposes it when no other is; the score
		// decides on it. A place is not said otherwise.
		var place bool
		if c.absent, place = a.absentShare(groups, qu.nouns, opt, h, d); place {
			c.why = "a place the question names is nowhere in its article"
			return c, false
		}
	}
	if !numbersMatch(groups, h) {
		// "the 12-point plan" is not the 10-point one: a number the
		// question gives must be in the text itself.
		c.why = "a number of the question is not in its text"
		return c, false
	}
	if a.otherNumbered(groups, h.Doc) {
		c.why = "names another of the things numbered alike"
		return c, false
	}
	if len(qu.Days) > 0 && !a.onDay(d, qu.Days) {
		// "who did Ushakov speak with on October 29": not the call of
		// the 14th.
		c.why = "not about the day asked"
		return c, false
	}
	if a.onlyWished(qu, groups, isName, h.Doc) {
		// "Berg said Lund should call the minister" on May 3 dates
		// Berg's advice, not a call, and does not say there was one.
		c.why = "the action asked is only what should or may happen"
		return c, false
	}
	if vk := valueKinds(qu); vk != nil {
		c.value = a.valueOf(d, vk, qu, groups)
		if c.value == nil {
			c.why = "gives no value of the kind asked"
			return c, false
		}
		c.line = valueLine(*c.value, qu)
		if qu.Kind == KindHowMany && a.countOfOther(d, c.value, qu, people) {
			// "how many seats did Lund win": not the count of "Voss
			// won 31 of the 40 seats" (described.go).
			c.why = "the count is another party's"
			return c, false
		}
		if qu.Measure || qu.Much {
			c.line = a.measureLine(d, c.value, c.line) // measure.go: "26 feet"
		}
		if qu.Kind == KindWhen && (c.value.Kind == corpus.ValueDate || c.value.Kind == corpus.ValueRelative) {
			nv, ok := a.shifted(&a.c.Facts[d.Ref], c.value, groups)
			if !ok {
				c.why = "its date is not the event's"
				return c, false
			}
			if nv != nil {
				c.value, c.line = nv, valueLine(*nv, qu)
			}
		}
		if c.value.Kind == corpus.ValueRelative && a.quoted(int(d.Article), c.value.Span()) {
			// "on Friday" in someone's words counts from when they spoke,
			// which the article may not say: no day is read into it.
			c.line = strings.TrimSpace(c.value.Text)
		}
		// A sentence that says it only in other words ("recorded" for
		// "transcript", "obtained" for "published") may well be about
		// something else.
		c.score *= coverageOf(groups, h, opt)
		dist := 0
		if qu.Kind == KindWhen || qu.Kind == KindHowLong {
			// A date far from the matched words belongs to another event
			// of the sentence ("released the minutes of the meeting
			// that was held on the 14th").
			f := &a.c.Facts[d.Ref]
			dist = a.valueDistance(f, c.value, groups)
			c.score /= 1 + float64(max(0, dist-3))/4
			if a.modifiesAsked(f, c.value, exactTerms(groups)) {
				c.score *= modifierBonus // howlong.go: "a six-month voyage"
				if l := modifierLine(c.value); l != "" && qu.Kind == KindHowLong {
					c.line = l
				}
			}
			if qu.Thing[0] != "" && a.subjectOther(f.Text(a.c), c.value.Span().Start-f.Span().Start, qu.Thing[0], qu.Thing[1], verbAlts(groups, qu.Thing[1])) {
				c.why = "the date of another party to the event" // when.go
				return c, false
			}
			other := a.datesOther(f, c.value, groups) || a.datesEvent(f, c.value, groups, isName, qu)
			if other {
				c.score /= 2
			}
			c.aside = dist > asideDistance || other // as aside says, worked out once
		}
		if qu.Kind == KindHowMany && a.modifiesAsked(&a.c.Facts[d.Ref], c.value, exactTerms(groups)) {
			c.score *= modifierBonus // howlong.go: "a 12-point charter"
			if l := modifierLine(c.value); l != "" {
				c.line = l
			}
		}
		if qu.Future && fullDate(c.value.Norm) && a.past(d, c.value.Norm) {
			// "When will the strike end?" is not answered by the day someone
			// spoke about it.
			c.why = "a day already past for a question about the future"
			return c, false
		}
		if qu.Kind == KindWhen && !qu.Future && c.value.Kind == corpus.ValueRelative && (dist > 2 || !fullDate(c.value.Norm)) {
			// "When did they speak?" wants the day; "on Wednesday" is
			// often when someone commented, and says less — unless it
			// stands right by the question's words ("published by
			// Bloomberg on Tuesday").
			c.score /= 2
		}
	}
	all := people // the occasion's too: none of them is the answer
	people, _ = occasionOf(qu, people)
	// The people it names must be involved. A fact that gives the same
	// value without naming them still reports the same answer (the
	// caller lists it among the sources).
	involved, inSentence := 0, 0
	subject := subjectAt(qu)
	nowhere := false
	for _, m := range people {
		if a.involves(d, h, m) || headNamed(qu, m, a.idx.Text(h.Doc)) {
			involved++
		} else if m.From == subject && qu.Kind != KindWho && qu.Kind != KindWhere {
			// "when did Lund apologise": Lund does it, so Lund must be
			// in it; another party named with the thing is not enough.
			c.why = "the one the question makes its subject is not in it"
			return c, false
		} else if m.Person != nil && fullName(qu, m) && !a.articleNames(d, qu, m) {
			nowhere = true
		}
		if named(h, m) {
			inSentence++
		}
	}
	if len(people) > 0 {
		if involved == 0 {
			c.why = "names none of the people asked about"
			return c, false
		}
		if nowhere {
			// "when did Lund back Berg for mayor" is not answered by an
			// article on Lund backing someone that never names Berg: it
			// tells of another choice. So for an organisation, a place,
			// an event or a work named in full ("the Varnholt Assembly").
			c.why = "one the question names in full is nowhere in its article"
			return c, false
		}
		if qu.Kind == KindWhere && involved < len(people) && !a.ledeNamesRest(d, h, people) { // place.go
			c.why = "not all the people asked about are in it"
			return c, false // the place of an event with all of them
		}
		if c.value != nil && involved < len(people) && a.otherParticipant(a.idx.Text(h.Doc), people) {
			// "How long did Berg and Lund talk?" is not answered by
			// the length of Berg's call with Aalto: someone the
			// question does not name stands where one it names is
			// missing. It may still agree with the answer.
			c.why = "another party stands where one asked about is missing"
			return c, false
		}
		// Someone named only in the paragraph around may be in another
		// event than the sentence's ("a call in which Ushakov spoke with
		// Dmitriev" beside one with Witkoff).
		c.score *= float64(1+inSentence) / float64(1+len(people))
	}
	switch qu.Kind {
	case KindWhen, KindHowLong, KindHowMany:
	case KindWho:
		// "Who met with Lund": Lund must be in the sentence itself, not
		// only in its paragraph, or the actor did it with someone else.
		// A quotation's speaker may be named only around it.
		for _, m := range people {
			if d.Kind != index.KindQuote && !a.involvesText(d, h, m) && !headNamed(qu, m, a.idx.Text(h.Doc)) {
				c.why = "a person asked about is only in the paragraph around"
				return c, false
			}
		}
		// The sentence or quotation must itself say what was done, not
		// only its paragraph. A quotation is itself the act of speaking
		// the question asks about ("called for"): its words need not
		// repeat the verb. Without that, whether "should be fired"
		// answered hung on "call" and "fire" weighing the same, and one
		// more "fire" in a large archive tipped it.
		need := opt
		if v, act := speechVerb(qu, isName); act && d.Kind == index.KindQuote && v < len(groups) {
			need = make([]bool, len(groups))
			copy(need, opt)
			need[v] = true
		}
		if inText(groups, h, need) < min {
			c.why = "its own text covers too little of the question"
			return c, false
		}
		// A speaker did what the question asks only when it is done by
		// speaking ("who demanded the minister resign"); "who leaked the
		// memo" is not answered by someone mentioning "a leaked memo".
		if d.Kind == index.KindQuote && !speechAct(qu, isName) {
			c.why = "a quotation cannot answer for a deed not done by speaking"
			return c, false
		}
		if d.Kind == index.KindQuote && a.speakerNamed(d, groups, isName) {
			// "Who called for Daliov to be fired?" is not answered by
			// Jonse Daliov, whose own name is the word that matched: when
			// several people share the name the question gives, its
			// person may be another one, but the speaker is named, not
			// the actor.
			return c, false
		}
		var content []index.Group
		for i, g := range groups {
			if !isName[i] {
				content = append(content, g)
			}
		}
		var line string
		var ok bool
		if thingKind(qu.Type) {
			// "which Vostra flight brings them home", whatever the
			// voice: the thing's name (thing.go).
			line, ok = a.namedThing(a.idx.Text(h.Doc), qu.Type, askedWords(qu), kindModifiers(qu))
		} else if len(qu.Choices) == 2 {
			// "who would X pick between A and B": one of them, chosen by X.
			if a.chooser(qu, d, h, people) {
				line = a.chosen(a.idx.Text(h.Doc), qu, all)
			}
			ok = line != ""
		} else if qu.Passive {
			// "they accused businessman X of …", or "X was accused of …".
			if line, ok = a.object(h.Doc, all, content, ""); !ok {
				line, ok = a.actor(h.Doc, d, all, content, qu)
			}
		} else if qu.Object {
			line, ok = a.object(h.Doc, all, content, qu.Verb)
			if !ok && len(content) > 0 && symmetric[a.stemOf(content[0].Word)] {
				// "who did Berg talk to": "Lund talked to Berg".
				line, ok = a.actor(h.Doc, d, all, content, qu)
			}
		} else if qu.asksOutlet() {
			// "which wire service ran it": the outlet the sentence
			// names, the one doing the verb, or the article's own (cited.go).
			fromQuestion := askedWords(qu)
			text := a.idx.Text(h.Doc)
			if line = namedOutlet(text, a.outletList, fromQuestion); line != "" {
				ok = true
			} else if line = a.outletBefore(d, text, fromQuestion); line != "" {
				ok = true // "told the paper": the one named just before
			} else if line, ok = a.actor(h.Doc, d, all, content, qu); !ok {
				// The outlet's own words, when the question asks what it
				// said and the sentence reports nobody's.
				own := qu.reportAsked() || speechAct(qu, isName) && d.Kind != index.KindQuote && a.narration(text)
				line, ok = a.citedOutlet(h.Doc, int(d.Article), own, fromQuestion)
				c.own = ok
			}
		} else {
			line, ok = a.actor(h.Doc, d, all, content, qu)
		}
		if !ok || len(qu.Days) > 0 && a.actsLater(d, line, qu.Days) {
			c.why = "no party doing the action asked"
			return c, false
		}
		if !a.ofKind(qu.Type, line) {
			c.why = "the party is not of the kind asked"
			return c, false
		}
		c.line = line
	case KindWhere:
		var content []index.Group
		for i, g := range groups {
			if !isName[i] {
				content = append(content, g)
			}
		}
		if len(content) == 0 {
			// "where is the port": the place is found beside the thing
			// itself, which has a name of its own.
			content = groups
		}
		if qu.Medium != "" {
			c.line = medium(a.idx.Text(h.Doc), qu.Medium)
			break
		}
		if d.Kind == index.KindQuote {
			// The words said are not where they were said (setting.go).
			c.line = a.settingOf(d, speakerAsked(people))
			break
		}
		text := a.idx.Text(h.Doc)
		if who := speakerAsked(people); qu.Setting && who != nil && a.isTitle(d) {
			// A headline has no room for where its speaker spoke: its
			// lede, bound to the speaker asked, says (setting.go).
			c.line = a.settingOf(d, who)
			break
		}
		if qu.Setting {
			text = unquoted(text) // where words were said, not what they say
			// setting.go: the setting in the clause of the speaking; a
			// loose proposal holds too little of the question for its
			// speaking to be the one asked.
			line, cue := a.cueSetting(text, speakerAsked(people))
			if line != "" && min > 0 {
				c.line = line
				break
			} else if cue >= 0 {
				// What follows the verb is what was said; the setting
				// may stand before it ("In Halden, Berg said …").
				if c.line = a.venue(text[:cue], content, people); c.line == "" && min > 0 {
					// The sentence tells the speaking but not where:
					// the sentences around it or the lede may (occasion.go).
					c.line = a.occasionNear(d, speakerAsked(people))
				}
				break
			}
		}
		if c.line = a.venue(text, content, people); c.line == "" && qu.Setting && min > 0 {
			// A loose proposal holds too little of the question for its
			// setting to be the one asked.
			c.line = a.settingOf(d, speakerAsked(people))
		}
	case KindYesNo:
		text := a.idx.Text(h.Doc)
		toks := index.Words.Tokenize(text) // read by both, tokenized once
		c.line = a.yesNoLine(text, toks, groups)
		var speaker *corpus.Person
		if d.Kind == index.KindQuote {
			if speaker = a.c.Person(int(a.c.Quotes[d.Ref].SpeakerID)); speaker == nil {
				speaker = &corpus.Person{}
			}
		}
		c.weak = !a.saysItHappened(text, toks, qu, groups, isName, h, speaker)
	default:
		switch {
		case qu.Why:
			// "why did X quit": the reason the sentence gives; one that
			// only says it happened answers nothing, and gives way to
			// one that says why.
			text := a.idx.Text(h.Doc)
			if c.line = reasonLine(text); c.line == "" {
				c.line, c.weak = clauseAround(text, index.Words.Tokenize(text), -1), true
			}
		case qu.Naming:
			// "what did X call Y": the words given Y (naming.go); a
			// sentence that gives none gives way to one that does.
			// The thing named is what follows the verb, a person's name
			// too ("what did Berg call Lund"); a name before it is who
			// named it.
			var thing []index.Group
			verb := slices.IndexFunc(groups, func(g index.Group) bool { return namingWord(g.Word) })
			for i, g := range groups {
				if (!isName[i] || verb >= 0 && i > verb) && !namingWord(g.Word) {
					thing = append(thing, g)
				}
			}
			if c.line = a.namedAs(a.idx.Text(h.Doc), thing); c.line == "" {
				c.line, c.weak = a.whatLine(h.Doc, groups), true
			}
		case qu.NameAsked:
			// "what is the codename of X": the name given; a sentence
			// that gives none gives way to one that does.
			text := a.idx.Text(h.Doc)
			if c.line = a.givenName(text, namedKind(qu), groupTerms(groups)); c.line == "" {
				c.line, c.weak = clauseAround(text, index.Words.Tokenize(text), -1), true
			}
		case qu.Bare && d.Kind == index.KindQuote:
			// "peace deal": who said it, as for whosaid.
			c.line = a.speakerOf(h)
		case qu.Define || qu.Bare:
			text := a.idx.Text(h.Doc)
			c.line = clauseAround(text, index.Words.Tokenize(text), -1)
		case qu.Slot[1] != "":
			// "congratulate Berg on what": what follows the slot's
			// words, when the sentence writes them (slot.go).
			text := a.idx.Text(h.Doc)
			if c.line = a.slotFill(text, qu.Slot, groups); c.line != "" {
				c.slotted = true
			} else {
				c.line = a.whatLine(h.Doc, groups)
			}
		default:
			c.line = a.whatLine(h.Doc, groups)
			if thing := thingOf(qu); thing != "" {
				// "what airline did she fly for": the airline's name,
				// when the sentence gives one (kindname.go).
				if name := kindName(a.idx.Text(h.Doc), thing, qu); name != "" {
					c.line, c.kindNamed = name, true
				}
			}
		}
		if qu.Figure != noFigure && !qu.Figure.in(c.line) {
			// "the final visitor number of the fair": a line that writes
			// no count gives way to one that does, or to none
			// (figure.go).
			c.weak = true
		}
	}
	if c.line == "" {
		c.why = "no answer line in it"
	}
	return c, c.line != ""
}

// valueOf picks, in fact d, the value that answers: of the wanted kinds in
// order of preference; for a count, the one next to the counted thing.
func (a *Answerer) valueOf(d index.Doc, kinds []corpus.ValueKind, qu Question, groups []index.Group) *corpus.Value {
	if d.Kind != index.KindFact {
		return nil
	}
	f := &a.c.Facts[d.Ref]
	for _, k := range kinds {
		var best *corpus.Value
		bestDist := 0
		// A count of the noun asked beats any other value; of two
		// ("four hearings for six clubs, against the 9 hearings
		// planned for the cup"), the one nearer the question's words.
		var counted, countedAs *corpus.Value
		countedDist := -1
		var aged *corpus.Value // an age, when the question asks one
		agedDist := -1
		for i := range f.Values() {
			v := &f.Values()[i]
			// "on Friday" resolved to a day is as good a date as "March 3".
			asDate := k == corpus.ValueDate && v.Kind == corpus.ValueRelative && fullDate(v.Norm)
			if k == corpus.ValueDuration && v.Kind == corpus.ValueNumber {
				if h := halfDuration(a.c, f, v); h != nil {
					v = h // "two and a half years", read as a count
				}
			}
			if v.Kind != k && !asDate {
				continue
			}
			if qu.Kind == KindWhen && !hasGrain(v.Norm, qu.Grain) {
				continue // "what month": not "earlier this year"
			}
			if (k == corpus.ValueDate || asDate) && pastAsked(qu) && a.yetToCome(f, v) {
				continue // "when did it launch": not the launch to come (when.go)
			}
			if (k == corpus.ValueDate || asDate || v.Kind == corpus.ValueRelative) && futureAsked(qu) && a.pastClause(f, v) {
				continue // "when will they return": not the day they docked (when.go)
			}
			if qu.Begun && !startDate(a.c, f, v) {
				continue // "since when was she minister": not the day she left (howlong.go)
			}
			if qu.Kind == KindHowLong && k != corpus.ValueDuration && (!sinceDate(a.c, f, v) || groups != nil && !a.sinceOf(f, qu)) {
				continue // howlong.go
			}
			if qu.Share && qu.Unit != "" {
				if sharesOf(a.c, f, v, qu.Unit) {
					return v // "17% of Republicans" (measure.go)
				}
			} else if qu.Unit != "" && unitNear(a.c, f, v, qu.Unit) {
				// "23 of the 750 girls are unaccounted for": the part
				// counts the girls who did what the question asks, the
				// whole those who merely were there.
				as := v
				if part := partOf(a.c, f, v); part != nil && a.asksPart(f, qu, groups) {
					as = part
				}
				if counted == nil {
					counted, countedAs = v, as
					continue
				}
				// Both stand by the noun: the other words decide.
				others := withoutWord(groups, qu.Unit)
				if countedDist < 0 {
					countedDist = a.valueDistance(f, counted, others)
				}
				if dist := a.valueDistance(f, v, others); dist < countedDist {
					counted, countedAs, countedDist = v, as, dist
				}
				continue
			}
			if qu.Age && k == corpus.ValueNumber && (v.Unit.String() == "year old" || age(a.c, f, v) || agedAt(a.c, f, v)) && a.ageAsked(qu, a.ageOf(d, v)) {
				// "how old was the owner": "Berg, 70, a father-of-four"
				// gives her age, not a count of her children; of two
				// ages ("Lund, 31, with 13-year-old Tor"), the one
				// nearer the question's words.
				if aged == nil {
					aged = v
					continue
				}
				if agedDist < 0 {
					agedDist = a.valueDistance(f, aged, groups)
				}
				if dist := a.valueDistance(f, v, groups); dist < agedDist {
					aged, agedDist = v, dist
				}
				continue
			}
			if !qu.accepts(v) && !(qu.Tally && qu.votesAsked() && castBy(a.c, f, v)) {
				continue // "how fast did it rise" wants "3 metres", not a count of homes (measure.go)
			}
			if k == corpus.ValueNumber && (age(a.c, f, v) || inName(a.c, f, v)) {
				continue // "Donna Rawlings, 59, of Ashton", "Ten Hag" count nothing
			}
			if qu.Unit != "" && a.pricesOther(f, v, qu.unitGroups(groups)) && !a.namesSum(f, v, groups) {
				continue // "how much mooring tax": not "a £90,000 boat" (measure.go)
			}
			if k == corpus.ValueNumber && (qu.Unit != "" || qu.Much) && countsOther(a.c, f, v, qu.Unit) && !(qu.Much && measured(v)) {
				continue // "two astronauts" answers neither "how many fans" nor "how much"
			}
			// "published by Bloomberg on Tuesday, last month's call": the
			// value next to the question's words is the one it asks for.
			// Distances are read only when two values compete: most
			// facts give one, and reading one tokenizes the sentence.
			if best == nil {
				best, bestDist = v, -1
				continue
			}
			if bestDist < 0 {
				bestDist = a.valueDistance(f, best, groups)
			}
			if dist := a.valueDistance(f, v, groups); dist < bestDist {
				best, bestDist = v, dist
			}
		}
		if countedAs != nil {
			best = countedAs
		}
		if aged != nil {
			return aged
		}
		if best != nil {
			if k == corpus.ValueNumber && len(f.Values()) > 1 && groups != nil {
				best = a.countOfNamed(f, best, kinds, qu, groups) // measure.go
			}
			return ranged(a.c, f, best) // asked.go: "10–15%"
		}
	}
	return nil
}

// ageAsked reports whether an age whose owner is person id (-1 when
// unknown) can answer "how old" question qu: not when the question asks
// a relative's age ("how old is Berg's son", "bergs son"), nor when it names people
// and the owner is none of them ("how old is Lund" is not answered by
// "Berg, 52,"). A question that names no one but by description ("the
// Skarnes Inn owner") takes any.
func (a *Answerer) ageAsked(qu Question, id int) bool {
	people, _ := a.findPeople(qu, qu.Body)
	if relativeAsked(qu, people) != "" {
		return false
	}
	if p := a.c.Person(id); p != nil {
		// "how old is bergs son": the owner's name typed as an owner's.
		words := personWords(p)
		for _, w := range qu.Words[qu.Body:] {
			if strings.HasSuffix(w.Fold, "s") && words[strings.TrimSuffix(w.Fold, "s")] {
				return false
			}
		}
	}
	named := false
	for _, m := range people {
		if m.Person == nil || m.Person.Kind != corpus.KindPerson || theNamed(qu, m) {
			continue
		}
		named = true
		if id >= 0 && a.sameSpeaker(id, m.Person.ID) {
			return true
		}
	}
	return !named || id < 0
}

// halfDuration reads a count followed by "and a half" and a unit of time
// ("two and a half years", "two-and-a-half years"), which the fact stage
// keeps as the bare count, as the duration it is; nil otherwise.
func halfDuration(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) *corpus.Value {
	rel := v.Span().End - f.Span().Start
	if rel < 0 || rel > len(f.Text(c)) || v.Norm == "" {
		return nil
	}
	rest := strings.ToLower(f.Text(c)[rel:])
	var ok bool
	for _, lead := range []string{" and a half ", "-and-a-half ", "-and-a-half-"} {
		if r, cut := strings.CutPrefix(rest, lead); cut {
			rest, ok = r, true
			break
		}
	}
	if !ok {
		return nil
	}
	word := rest
	if i := strings.IndexAny(word, " ,.;:)"); i >= 0 {
		word = word[:i]
	}
	if !timeUnits[word] && !timeUnits[word+"s"] {
		return nil
	}
	end := rel + len(f.Text(c)[rel:]) - len(rest) + len(word)
	h := *v
	h.Kind = corpus.ValueDuration
	h.Text = f.Text(c)[v.Span().Start-f.Span().Start : end]
	h.SetSpan(corpus.Span{Start: v.Span().Start, End: f.Span().Start + end})
	h.Norm = "P" + v.Norm + ".5" + strings.ToUpper(word[:1])
	if strings.HasPrefix(word, "hour") || strings.HasPrefix(word, "min") || strings.HasPrefix(word, "sec") {
		h.Norm = "PT" + v.Norm + ".5" + strings.ToUpper(word[:1]) // ISO 8601 times follow T
	}
	return &h
}

// partOf is the number that counts a part of value v's whole, written
// before it with "of": 23 in "23 of the 750 girls", "about 23, out of the
// roughly 750 girls"; nil when there is none.
func partOf(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) *corpus.Value {
	for i := range f.Values() {
		p := &f.Values()[i]
		if p.Kind != v.Kind || p.Span().End > v.Span().Start || v.Span().Start-p.Span().End > 32 {
			continue
		}
		gap := strings.Fields(strings.ToLower(f.Text(c)[p.Span().End-f.Span().Start : v.Span().Start-f.Span().Start]))
		for len(gap) > 0 && (gap[0] == "," || gap[0] == "out") {
			gap = gap[1:]
		}
		if len(gap) == 0 || strings.Trim(gap[0], ",") != "of" {
			continue
		}
		// Past "the", "its", "roughly": only small words between.
		small := true
		for _, w := range gap[1:] {
			small = small && (index.IsStop(w) || len(w) <= 8 && strings.HasSuffix(w, "ly") || w == "about" || w == "some")
		}
		if small {
			return p
		}
	}
	return nil
}

// asksPart reports whether the question says more of what it counts than
// the counted thing and where it is: a word that is no name and no unit,
// which fact f holds ("missing" in "how many hikers are still
// missing"; "how many pupils were in the hall" has none).
func (a *Answerer) asksPart(f *corpus.Fact, qu Question, groups []index.Group) bool {
	unit := index.Stem(index.Fold(qu.Unit))
	have := a.stemSet(f.Text(a.c))
	// Where the counted things are ("at the port", "from the camp") says
	// which whole, not which part.
	place := map[string]bool{}
	for i := qu.Body; i < len(qu.Words); i++ {
		if !locatives[qu.Words[i].Fold] {
			continue
		}
		for j := i + 1; j < len(qu.Words) && j <= i+3; j++ {
			if w := qu.Words[j].Fold; !index.IsStop(w) {
				place[w] = true
			} else if !determiners[w] {
				break
			}
		}
	}
	for _, g := range groups {
		if qu.upper(g.Word) || place[g.Word] || index.Stem(g.Word) == unit || lengthVerbs[g.Word] || g.Word == "many" || g.Word == "much" {
			continue
		}
		for _, alt := range g.Alts {
			if alt.Cover >= 1 && have[alt.Term] && !a.nm.nameish(g.Word) {
				return true
			}
		}
	}
	return false
}

// datesOther reports whether value v is written before a noun the
// question does not ask about: "the Oct. 14 call" dates the call, not the
// publication asked for.
func (a *Answerer) datesOther(f *corpus.Fact, v *corpus.Value, groups []index.Group) bool {
	end := v.Span().End - f.Span().Start
	if end < 0 || end >= len(f.Text(a.c)) || f.Text(a.c)[end] != ' ' {
		return false
	}
	toks := index.Words.Tokenize(f.Text(a.c)[end:])
	if len(toks) == 0 || toks[0].Start != 1 {
		return false
	}
	w := toks[0].Term
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || index.IsStop(index.Fold(w)) || len(w) < 3 {
		return false
	}
	return !groupTerms(groups)[a.stemOf(w)]
}

// past reports whether the day norm comes before the publication of d's
// article: it cannot answer a "when will" question.
func (a *Answerer) past(d index.Doc, norm string) bool {
	day, err := corpus.ParseDate(norm)
	pub := a.c.Articles[d.Article].Published
	return err == nil && !pub.IsZero() && before(day, pub)
}

// aside reports whether value v of fact f more likely dates another
// event than the one asked about: far from the question's words, before a
// noun it does not ask about, or after "happened", "held".
func (a *Answerer) aside(f *corpus.Fact, v *corpus.Value, groups []index.Group, isName []bool, qu Question) bool {
	return a.valueDistance(f, v, groups) > asideDistance || a.datesOther(f, v, groups) || a.datesEvent(f, v, groups, isName, qu)
}

// asideDistance is how many words from the question's words a value may
// stand and still date what the question asks about.
const asideDistance = 6

// eventVerbs say that something took place; a date right after one
// ("the call happened on Oct 14th") dates that event.
var eventVerbs = map[string]bool{"happened": true, "occurred": true, "place": true, "held": true,
	"began": true, "started": true, "took": true}

// datesEvent reports whether value v follows a word that says something
// happened ("happened on", "held on") while what the question asks about
// is done later in the sentence: "The call happened on Oct 14th, … which
// published a transcript" does not date the publication. The words of the
// question just before the verb ("the call, which took place on") make
// it the event asked about.
func (a *Answerer) datesEvent(f *corpus.Fact, v *corpus.Value, groups []index.Group, isName []bool, qu Question) bool {
	start, end := v.Span().Start-f.Span().Start, v.Span().End-f.Span().Start
	if start <= 0 || end > len(f.Text(a.c)) || start > end {
		return false
	}
	toks := index.Words.Tokenize(f.Text(a.c)[:start])
	i := len(toks) - 1
	if i >= 0 && (toks[i].Term == "on" || toks[i].Term == "in" || toks[i].Term == "at") {
		i--
	}
	if i < 0 || !eventVerbs[index.Fold(toks[i].Term)] {
		return false
	}
	for j := range qu.Words {
		if qu.Light(j) || eventVerbs[qu.Words[j].Fold] {
			return false
		}
	}
	terms := exactTerms(groups)
	for j := i; j >= 0 && j >= i-4; j-- {
		if terms[a.stemOf(toks[j].Term)] {
			return false
		}
	}
	var actions []index.Group
	for k, g := range groups {
		if k >= len(isName) || !isName[k] {
			actions = append(actions, g)
		}
	}
	later := exactTerms(actions)
	for _, t := range index.Words.Tokenize(f.Text(a.c)[end:]) {
		if later[a.stemOf(t.Term)] {
			return true
		}
	}
	return false
}

// quoted reports whether span sp of article art lies inside a quotation.
func (a *Answerer) quoted(art int, sp corpus.Span) bool {
	for _, id := range a.quotesIn.of(art) {
		if a.c.Quotes[id].Span().Contains(sp) {
			return true
		}
	}
	return false
}

// fullDate reports whether norm names a day ("2025-11-25"), not a month
// or a week.
func fullDate(norm string) bool {
	// A day is written in ten bytes with dashes at 4 and 7; the month's
	// and week's norms fail here before ParseDate makes an error of them
	// (a failed time.Parse allocates two).
	if t := strings.TrimSpace(norm); len(t) != len("2006-01-02") || t[4] != '-' || t[7] != '-' {
		return false
	}
	d, err := corpus.ParseDate(norm)
	return err == nil && d.Day > 0
}

// valueDistance is how many words of fact f lie between value v and the
// nearest word matching a question group as written; 0 without groups.
func (a *Answerer) valueDistance(f *corpus.Fact, v *corpus.Value, groups []index.Group) int {
	if len(groups) == 0 {
		return 0
	}
	terms := exactTerms(groups) // a synonym is often another event
	toks := index.Words.Tokenize(f.Text(a.c))
	from, to := valueTokens(f, v, toks)
	if from < 0 {
		return 0
	}
	// Outward from the value: the nearest matched word ends the search,
	// so most words are never stemmed.
	for d := 1; from-d >= 0 || to+d < len(toks); d++ {
		if i := from - d; i >= 0 && terms[a.stemOf(toks[i].Term)] {
			return d - 1
		}
		if i := to + d; i < len(toks) && terms[a.stemOf(toks[i].Term)] {
			return d - 1
		}
	}
	return len(toks)
}

// offsetWords are the spans "the day after", "two weeks before" count in.
var offsetWords = map[string]int{"day": 1, "days": 1, "week": 7, "weeks": 7}

var offsetCounts = map[string]int{"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

// offset reads "the day after", "two days before" in the clause before
// toks[i], ending before it: "held on October 14, the day after Trump
// spoke" dates Trump's speech a day before the 14th. It returns the shift
// in days from the sentence's date to the event of toks[i] (-1 there),
// and the token where the phrase starts.
func offset(text string, toks []index.Token, i int) (days, at int, ok bool) {
	for j := i - 1; j >= 2; j-- {
		if gap := text[toks[j].End:toks[j+1].Start]; strings.ContainsAny(gap, ",;:.()") && j < i-1 {
			return 0, 0, false // the clause of toks[i] starts after j
		}
		dir := 0
		switch {
		case index.FoldIs(toks[j].Term, "after"):
			dir = -1
		case index.FoldIs(toks[j].Term, "before"):
			dir = 1
		default:
			continue
		}
		unit, n := index.FoldIn(offsetWords, toks[j-1].Term), index.FoldIn(offsetCounts, toks[j-2].Term)
		if c := toks[j-2].Term; n == 0 && c != "" && c[0] >= '1' && c[0] <= '9' && len(c) <= 2 {
			n = int(c[0] - '0')
			if len(c) == 2 {
				n = n*10 + int(c[1]-'0')
			}
		}
		if unit == 0 || n == 0 {
			return 0, 0, false
		}
		return dir * n * unit, j - 2, true
	}
	return 0, 0, false
}

// shifted is the event's date when the matched words of the question
// stand in a clause "the day after …" that follows date v in fact f: "held
// on the 14th of May, the day after Voss spoke to the dockers" answers
// "when did Voss speak to the dockers" with May 13. It
// returns nil when no such clause holds them; ok is false when the clause
// holds them but v is no full date to count from.
func (a *Answerer) shifted(f *corpus.Fact, v *corpus.Value, groups []index.Group) (out *corpus.Value, ok bool) {
	terms := exactTerms(groups)
	toks := index.Words.Tokenize(f.Text(a.c))
	start, end := v.Span().Start-f.Span().Start, v.Span().End-f.Span().Start
	var stems []string // of toks, read once a clause is weighed
	for i, t := range toks {
		if t.Start < end || !terms[a.stemOf(t.Term)] {
			continue
		}
		days, at, found := offset(f.Text(a.c), toks, i)
		if !found || toks[at].Start < end {
			continue
		}
		// The clause must hold more of the question than the rest of the
		// sentence: "the call between Witkoff and Ushakov held on the
		// 14th, the day after Trump spoke" dates their call, not Trump's
		// speech, though both speak.
		if stems == nil {
			stems = make([]string, len(toks))
			for k, t := range toks {
				stems[k] = a.stemOf(t.Term)
			}
		}
		in, out := 0, 0
		for _, g := range groups {
			want := exactTerms([]index.Group{g})
			has := func(from, to int) bool {
				for k := from; k < to; k++ {
					if t := toks[k]; (t.End <= start || t.Start >= end) && want[stems[k]] {
						return true
					}
				}
				return false
			}
			inClause, before := has(at, len(toks)), has(0, at)
			switch {
			case inClause && !before:
				in++
			case before && !inClause:
				out++
			}
		}
		if in <= out {
			return nil, true
		}
		d, err := corpus.ParseDate(v.Norm)
		if err != nil || !fullDate(v.Norm) {
			return nil, false
		}
		t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		nv := *v
		nv.Norm = corpus.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}.String()
		return &nv, true
	}
	return nil, true
}

// durationWords writes an ISO 8601 duration of one unit in words
// ("P11D" → "11 days", "PT5M" → "5 minutes"); "" for anything else.
func durationWords(norm string) string {
	units := map[string]string{"Y": "year", "W": "week", "D": "day", "H": "hour", "S": "second"}
	rest, ok := strings.CutPrefix(norm, "P")
	if !ok || rest == "" {
		return ""
	}
	if t, ok := strings.CutPrefix(rest, "T"); ok {
		rest = t
		units["M"] = "minute"
	} else {
		units["M"] = "month"
	}
	unit := units[rest[len(rest)-1:]]
	n := rest[:len(rest)-1]
	if unit == "" || n == "" || strings.Trim(n, "0123456789.") != "" {
		return ""
	}
	if n != "1" {
		unit += "s"
	}
	return n + " " + unit
}

// age reports whether number v is set off by commas right after a
// capitalised name, as news gives a person's age: "Rawlings, 59, said".
func age(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) bool {
	start, end := v.Span().Start-f.Span().Start, v.Span().End-f.Span().Start
	if start < 3 || end+1 > len(f.Text(c)) || len(strings.TrimSpace(v.Text)) > 3 || f.Text(c)[end] != ',' {
		return false
	}
	before := strings.TrimRight(f.Text(c)[:start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	before = strings.TrimSuffix(before, ",")
	i := strings.LastIndexByte(before, ' ') + 1
	r, _ := utf8.DecodeRuneInString(before[i:])
	return unicode.IsUpper(r)
}

// sameValueFacts finds the facts that give best's date or length of the
// same event in other words ("will return in February" for "will come
// back … in February"): a fact with the same value that names the
// question's people, in the sentence or its paragraph, sharing two more
// words with best's sentence. One that calls someone otherwise than the
// question ("Sunny" for "Sunniva"), or "the crew" beside a sentence that
// names them, names them in its article.
func (a *Answerer) sameValueFacts(ctx context.Context, best candidate, groups []index.Group, isName []bool, people []mention) []index.Doc {
	var q []index.Group
	for i, g := range groups {
		if i < len(isName) && isName[i] {
			q = append(q, g)
		}
	}
	if len(q) == 0 {
		return nil
	}
	mine := map[string]bool{}
	for _, t := range index.Words.Tokenize(a.idx.Text(best.hit.Doc)) {
		if st := a.stemOf(t.Term); st != "" && !isNumber(t.Term) && !calendar[index.Fold(t.Term)] {
			mine[st] = true
		}
	}
	filter := func(d int) bool {
		doc := a.idx.Doc(d)
		if doc.Kind != index.KindFact {
			return false
		}
		for _, v := range a.c.Facts[doc.Ref].Values() {
			if sameValue(v, *best.value) {
				return true
			}
		}
		return false
	}
	names := groupTerms(q)
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: q, Kinds: index.KindFact, Filter: filter, ParaWeight: paraWeight, Limit: 100, Mode: a.mode(ctx)}) {
		if h.Coverage < 1 && !a.inArticle(a.idx.Doc(h.Doc), people) {
			// Every person asked about, in the sentence or, called
			// otherwise there ("Sunny" for "Sunniva"), in its article.
			continue
		}
		seen := map[string]bool{}
		for _, t := range index.Words.Tokenize(a.idx.Text(h.Doc)) {
			if st := a.stemOf(t.Term); mine[st] && !names[st] {
				seen[st] = true
			}
		}
		if len(seen) >= 2 {
			out = append(out, a.idx.Doc(h.Doc))
		}
	}
	return out
}

// sameValue reports whether two values say the same: equal norms, or
// dates of the same month or day where one does not know the year
// ("--02" for "in February", "2025-02").
func sameValue(x, y corpus.Value) bool {
	if x.Norm == y.Norm {
		return x.Kind == y.Kind || isDateKind(x.Kind) && isDateKind(y.Kind)
	}
	if !isDateKind(x.Kind) || !isDateKind(y.Kind) {
		return false
	}
	xs, ys := strings.HasPrefix(x.Norm, "--"), strings.HasPrefix(y.Norm, "--")
	switch {
	case xs && !ys && len(y.Norm) > 4:
		return x.Norm[1:] == y.Norm[4:]
	case ys && !xs && len(x.Norm) > 4:
		return y.Norm[1:] == x.Norm[4:]
	}
	return false
}

func isDateKind(k corpus.ValueKind) bool { return k == corpus.ValueDate || k == corpus.ValueRelative }

// inName reports whether number v is a capitalised word followed by
// another, inside a name ("Ten Hag"), not a count.
func inName(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) bool {
	t := strings.TrimSpace(v.Text)
	if t == "" || strings.ContainsAny(t, "0123456789") {
		return false
	}
	end := v.Span().End - f.Span().Start
	start := v.Span().Start - f.Span().Start
	if end < 0 || end >= len(f.Text(c)) || start < 0 || start > end {
		return false
	}
	rest := strings.TrimLeft(f.Text(c)[end:], " ")
	if len(rest) == len(f.Text(c)[end:]) || !isUpperWord(rest) {
		return false
	}
	if isUpperWord(t) {
		return true
	}
	// "Erik ten Hag": a particle in lower case between two capitalised words.
	before := strings.TrimRight(f.Text(c)[:start], " ")
	if len(before) == start {
		return false
	}
	i := strings.LastIndexByte(before, ' ')
	return isUpperWord(before[i+1:])
}

// countsOther reports whether the number v counts a thing of its own,
// named right after it ("two astronauts", "two and a half years") or past
// an adjective ("two solar panels", when the unit asked is not "panels"),
// which a question asking for another thing or an amount does not want.
func countsOther(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value, unit string) bool {
	rel := v.Span().End - f.Span().Start
	if rel < 0 || rel > len(f.Text(c)) {
		return false
	}
	rest := f.Text(c)[rel:]
	for _, dash := range []string{"-", "–", "—"} {
		if r := strings.TrimPrefix(rest, dash); len(r) < len(rest) && r != "" && r[0] >= '0' && r[0] <= '9' {
			return true // "a 2–1 defeat": a score or a range, no count
		}
	}
	toks := index.Words.Tokenize(rest)
	if len(toks) == 0 || toks[0].Start > 2 {
		return false
	}
	w := strings.ToLower(toks[0].Term)
	if w == "and" && len(toks) > 2 && strings.ToLower(toks[2].Term) == "half" {
		return true // "two and a half years"
	}
	if index.IsStop(w) || magnitudes[w] || isNumber(w) {
		return false
	}
	if lex.Known(lex.Lemma(w, lex.Noun), lex.Noun) {
		return true
	}
	// "500 solar panels": an adjective before the noun counted, which is
	// not the one asked.
	if len(toks) < 2 || toks[1].Start != toks[0].End+1 || !lex.Known(w, lex.Adj) {
		return false
	}
	n := strings.ToLower(toks[1].Term)
	return !index.IsStop(n) && lex.Known(lex.Lemma(n, lex.Noun), lex.Noun) && (unit == "" || index.Stem(n) != index.Stem(unit))
}

// magnitudes are the words that make a number bigger, not a thing counted.
var magnitudes = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true, "m": true, "bn": true, "k": true}

// moneyOf lead from a sum of money to what it was paid as: "£40,000 in
// tax", "£40,000 worth of tax".
var moneyOf = map[string]bool{"in": true, "worth": true, "of": true}

// unitNear reports whether the counted thing ("points") is written right
// after the number ("28-point", "28 points") or is its unit; for a sum of
// money, past "in" or "worth of" ("£40,000 in stamp duty").
func unitNear(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value, unit string) bool {
	st := index.Stem(unit)
	if v.Unit.String() != "" && index.Stem(index.Fold(v.Unit.String())) == st {
		return true
	}
	rel := v.Span().End - f.Span().Start
	if rel < 0 || rel > len(f.Text(c)) {
		return false
	}
	if strings.Contains(index.Fold(v.Text), unit) || strings.Contains(index.Fold(v.Text), st) {
		return true
	}
	if v.Unit.String() != "" && strings.ContainsAny(v.Text, "-–") {
		return false // "18-hole" measures the courses after it, it counts none (measure.go)
	}
	// The counted noun may follow its modifiers ("14 harbour pilots",
	// "eight county council candidates", "650 nine-hole courses"), up
	// to three words on, with no small word or punctuation between.
	text := f.Text(c)[rel:]
	toks := index.Words.Tokenize(text)
	skip := 0
	for i, t := range toks {
		if i == 3+skip || i == 0 && t.Start > 2 || i > 0 && t.Start > toks[i-1].End+1 && !hyphenated(text, toks, i) {
			return false
		}
		if i+1 < len(toks) && skip < 2 && hyphenated(text, toks, i+1) {
			skip++
			continue // "18" of "18-hole", read as a modifier
		}
		w := index.Fold(t.Term)
		if w == "of" && i == skip+1 && v.Unit.String() != "" && index.Stem(toks[skip].Term) != "" {
			skip += 2
			continue // "12 inches of rainfall": the thing measured follows its unit
		}
		if v.Kind == corpus.ValueMoney && i == skip && skip < 2 && moneyOf[w] {
			skip++
			continue // "£40,000 in stamp duty", "£40,000 worth of duty"
		}
		if index.SameThing(unit, index.Stem(w)) {
			return true // "41 lawmakers" counts MPs
		}
		if index.IsStop(w) || isNumber(w) {
			return false
		}
	}
	return false
}

// valueLine is how a reporter reads a value: a long date, the words of a
// duration, a count with what it counts.
func valueLine(v corpus.Value, qu Question) string {
	if l, ok := sinceLine(v, qu); ok {
		return l // howlong.go
	}
	switch v.Kind {
	case corpus.ValueDate:
		if d, err := corpus.ParseDate(v.Norm); err == nil {
			return d.Long()
		}
	case corpus.ValueRelative:
		// "on Tuesday" resolved against the article's date.
		if fullDate(v.Norm) {
			d, _ := corpus.ParseDate(v.Norm)
			return d.Long() + " (" + strings.TrimSpace(v.Text) + ")"
		}
		if m := monthName(v.Norm); m != "" {
			return m + " (" + strings.TrimSpace(v.Text) + ")" // "next month" (when.go)
		}
	case corpus.ValueDuration:
		// "an 11-day strike": the adjective reads as "11 days".
		if strings.Contains(v.Text, "-") {
			if d := durationWords(v.Norm); d != "" {
				return d
			}
		}
	case corpus.ValueNumber:
		if t := strings.TrimSpace(v.Text); rangeText(t) {
			return t // "between 30 and 40 pilots", as written (asked.go)
		}
		if t := strings.TrimSpace(v.Text); qu.Unit != "" && strings.ContainsAny(t, " ") && !strings.Contains(strings.ToLower(t), qu.Unit) {
			// "almost 14 million" as written, not 14000000.
			return t + " " + qu.Unit
		}
		if qu.Unit != "" && v.Norm != "" {
			return v.Norm + " " + qu.Unit
		}
	}
	if t := strings.TrimSpace(v.Text); t != "" {
		return t
	}
	return v.Norm
}

// actor answers "who did X": the speaker of a quotation (not one of the
// people the question names), or the named party doing the action in a
// sentence: the capitalised words just before the matched verb, or after
// "by" ("published by Bloomberg").
func (a *Answerer) actor(id int, d index.Doc, people []mention, groups []index.Group, qu Question) (string, bool) {
	typ, neg := qu.Type, asksNegated(qu)
	named := map[int]bool{}
	for _, m := range people {
		named[m.Person.ID] = true
	}
	asked := map[string]bool{}
	for _, g := range groups {
		asked[g.Word] = true
	}
	// What the question itself names ("visit Moscow") is not who did it.
	fromQuestion := func(name string) bool {
		for _, w := range strings.Fields(name) {
			if !asked[index.Fold(w)] {
				return false
			}
		}
		return true
	}
	if d.Kind == index.KindQuote {
		q := a.c.Quotes[d.Ref]
		if q.SpeakerID < 0 || named[int(q.SpeakerID)] {
			return "", false
		}
		if p := a.c.Person(int(q.SpeakerID)); p != nil {
			return p.Name, true
		}
		return q.Speaker, q.Speaker != ""
	}
	text := a.idx.Text(id)
	toks := index.Words.Tokenize(text)
	if titleCase(toks) {
		// A headline capitalises every word: no telling names apart.
		return "", false
	}
	// The action is the question's first word after its names and the
	// kind of party ("who leaked the memo": leaked, not the memo), matched
	// as written or misspelt: a synonym ("obtained" for "leaked") is
	// often another action by another party.
	verb := groups
	if k := slices.IndexFunc(verb[:min(len(verb), maxKindWords)], func(g index.Group) bool { return kindWord(index.Fold(typ), g.Word) }); k >= 0 && k+1 < len(verb) {
		verb = verb[k+1:] // "which ferry union chief said": the kind and the words before it
	}
	for len(verb) > 1 && (kindWord(index.Fold(typ), verb[0].Word) || kindWord(index.Fold(typ), verb[1].Word) || getPassive[verb[0].Word] && participle(verb[1].Word)) {
		verb = verb[1:]
	}
	if len(verb) > 1 {
		verb = verb[:1]
	}
	if k := predicateGroup(groups, qu.Verb, typ); k >= 0 {
		// The frame's predicate, read by the tagger, when it is one of
		// the words to match: "who actually tabled", "who at Site set
		// up" ask about tabling and setting up, not "actually" or "site".
		verb = groups[k : k+1]
	}
	if len(verb) == 1 && receiving(verb[0]) {
		// "who got her duties": "assigned her duties to Ann Berg".
		if name := a.recipient(text, toks, named, fromQuestion); name != "" {
			return name, true
		}
	}
	terms := exactTerms(verb)
	for _, g := range verb {
		for _, alt := range g.Alts {
			if strings.HasPrefix(alt.Why, "WordNet") {
				// WordNet's synonym of the sense most often meant, or a
				// word derived from it ("participated" for "took part"),
				// names the same action; the hand-made groups do not.
				terms[alt.Term] = true
			}
		}
	}
	if typ != "" {
		// "which outlet": "outlet Bloomberg", "the outlet, Bloomberg,",
		// when the sentence does the action asked: "The leak involved
		// the minister's aide, Ann Berg" names the leak, not who leaked.
		st := index.Stem(index.Fold(typ))
		acts := false
		for i, t := range toks {
			if terms[a.stemOf(t.Term)] && (i == 0 || !determiners[index.Fold(toks[i-1].Term)]) {
				acts = true // the action's word, not a noun after "the"
				break
			}
		}
		for i, t := range toks {
			if a.stemOf(t.Term) != st || i+1 >= len(toks) || !acts && !kindTitle(text, toks, i) {
				continue
			}
			if name := properRun(text, toks, i+1, 1); name != "" && !a.isNamed(name, named) && !fromQuestion(name) {
				return a.canonical(name), true
			}
		}
		for i, t := range toks {
			// "flew home on the Orion-4 capsule": the name before the
			// kind's noun (kindNamed).
			if a.stemOf(t.Term) != st {
				continue
			}
			if name := kindNamed(text, toks, i); name != "" && !calendar[index.Fold(name)] && !a.nationality(name) && !a.isNamed(name, named) && !fromQuestion(name) {
				return a.canonical(name), true
			}
		}
		delete(terms, st)
	}
	askedVerb := ""
	if len(verb) > 0 {
		askedVerb = verb[0].Word
	}
	// The words that do the action (not "leaker" for "leaked"), read once
	// for the three passes below.
	acts := make([]bool, len(toks))
	for i, t := range toks {
		acts[i] = terms[a.stemOf(t.Term)] && !agentNoun(index.Fold(t.Term), askedVerb)
	}
	for i, t := range toks {
		if !acts[i] {
			continue
		}
		if i > 0 && isUpperWord(t.Term) {
			// Capitalised within a sentence, the word is part of a name
			// ("Ann Lund"), no action: the name before it is not who did.
			continue
		}
		if negated(toks, i) != neg {
			// "had not been leaked by Moscow" says who did not, which is
			// what "who did not …" asks.
			continue
		}
		// "published by Bloomberg", "negotiated by labour minister Clara
		// Voss": past a role in lower case to the name.
		if i+2 < len(toks) && index.Fold(toks[i+1].Term) == "by" {
			k := i + 2
			for k < len(toks) && k < i+5 && !isUpperWord(toks[k].Term) && !index.IsStop(index.Fold(toks[k].Term)) {
				k++
			}
			if name := properRun(text, toks, k, 1); k < len(toks) && name != "" && !a.isNamed(name, named) && !fromQuestion(name) {
				return a.canonical(name), true
			}
		}
		// "was set up as a trap a year ago by site writer Ann Berg": the
		// agent of a passive, later in the verb's clause (byAgent).
		if name := a.byAgent(text, toks, i, named, fromQuestion); name != "" {
			return name, true
		}
		// "Bloomberg published"
		if i > 0 && strings.TrimSpace(text[toks[i-1].End:t.Start]) == "" {
			if name := properRun(text, toks, i-1, -1); name != "" && !calendar[index.Fold(name)] && !a.nationality(name) && !a.isNamed(name, named) && !fromQuestion(name) {
				return a.canonical(name), true
			}
		}
	}
	// The subject a few words before the verb, in the same clause
	// ("Witkoff has a preliminary agreement to visit Moscow"): only a
	// known person, since capitalised words there are often not actors.
	for i, t := range toks {
		// A noun of the action tells no doer before it ("potential
		// replacements"), though one after "by" ("a recommendation by").
		if !acts[i] || otherForm(t.Term, qu.Verb) || negated(toks, i) != neg {
			continue
		}
		if !askedPassive(qu) && participle(index.Fold(t.Term)) && passive(toks, i) {
			// "the coach, who seemed close to being replaced": the one
			// before a passive is who it was done to.
			continue
		}
		if i <= 2 && index.Fold(toks[0].Term) == "in" {
			// "In response to a question …, Ken Bowersox said": the
			// action is a phrase set before the sentence's subject,
			// named after the comma that ends it.
			for k := i + 1; k < len(toks); k++ {
				if strings.Contains(text[toks[k-1].End:toks[k].Start], ",") {
					if p := a.personOpening(text, toks[k:], named); p != nil {
						return p.Name, true
					}
					break
				}
			}
		}
		start := i - 1
		if start >= 0 && index.Fold(toks[start].Term) == "and" && strings.ContainsAny(text[:toks[start].Start], ",”\"") {
			// "Judge Ann Berg said the storm was deadly, and urged
			// residents to leave": a second verb of the sentence's
			// subject, named first.
			if p := a.firstPerson(text, toks[:start], named, fromQuestion); p != nil {
				return p.Name, true
			}
		}
		if start >= 0 && strings.TrimSpace(text[toks[start].End:t.Start]) == "," {
			// Past an aside set off by commas to the subject before it:
			// "Berg, according to the minutes of the meeting, advised".
			start = parenthetical(text, toks, start)
			if start < 0 {
				continue
			}
		}
		for j := start; j >= 0 && j >= start-7; j-- {
			if j < start && strings.TrimSpace(text[toks[j].End:toks[j+1].Start]) != "" {
				break
			}
			if f := index.Fold(toks[j].Term); (f == "who" || f == "which") && j > 0 {
				// A relative clause: its subject comes before, past an
				// apposition ("Don Bacon, a Nebraska Republican who has
				// been critical").
				for _, k := range []int{j - 1, parenthetical(text, toks, j-1)} {
					if k < 0 {
						continue
					}
					name := properRun(text, toks, k, -1)
					if name == "" || fromQuestion(name) || calendar[index.Fold(name)] {
						continue
					}
					if p, ok := a.lookupRun(name); ok && !named[p.ID] {
						return p.Name, true
					}
					// "Nordline, which runs the terminal": a company the
					// corpus knows no more of, named right before.
					if k == j-1 && strings.TrimSpace(text[toks[k].End:toks[j].Start]) == "," && !a.isNamed(name, named) {
						return name, true
					}
				}
				break
			}
			if index.FoldIn(pronouns, toks[j].Term) {
				// "Trump said … and announced he's sending Witkoff": he
				// is the last person named before him.
				if p := a.antecedent(text, toks, j, named, fromQuestion); p != nil {
					return p.Name, true
				}
				break
			}
			if !isUpperWord(toks[j].Term) || index.FoldIn(calendar, toks[j].Term) {
				continue // "Trump on Tuesday said"
			}
			name := properRun(text, toks, j, -1)
			if name == "" || fromQuestion(name) {
				break
			}
			if p, ok := a.lookupRun(name); ok && !named[p.ID] {
				return p.Name, true
			}
			break
		}
	}
	if (qu.Verb == "" || !slices.Contains(acts, true)) && !neg {
		// No action asked, or no word of it here: a role the question
		// asks for may be written in apposition to its holder ("his
		// closest aide at the port, Ann Berg").
		if name := a.apposed(text, toks, groups, named, fromQuestion); name != "" {
			return name, true
		}
	}
	// No one named does it: the one described may (described.go).
	if who := a.describedAgent(text, toks, acts, neg, named); who != "" {
		// "which judge ruled": "the judge" only repeats the kind asked.
		if p := a.describedBefore(d, who, named); p != nil {
			// previous.go: "Berg … Then the inspector left", which
			// answers "which inspector left" too.
			return p.Name, true
		}
		if f := strings.Fields(who); typ == "" || a.stemOf(f[len(f)-1]) != index.Stem(index.Fold(typ)) {
			return who, true
		}
	}
	return "", false
}

// apposed is the person a sentence names in apposition to a noun of the
// question that WordNet classes as a person: "his closest aide at the
// port, Ann Berg" for "who was Lund's closest aide". The noun's phrase
// may run on a few words without a punctuation mark or a verb ("at the
// Nordline port"), and
// the name must be someone the corpus knows, not one the question names.
// "" when there is none.
func (a *Answerer) apposed(text string, toks []index.Token, groups []index.Group, named map[int]bool, fromQuestion func(string) bool) string {
	roles := map[string]bool{}
	for _, g := range groups {
		if personNoun(g.Word) {
			roles[a.stemOf(g.Word)] = true
		}
	}
	if len(roles) == 0 {
		return ""
	}
	for i, t := range toks {
		if !roles[a.stemOf(t.Term)] || isUpperWord(t.Term) {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+maxApposGap; k++ {
			gap := strings.TrimSpace(text[toks[k-1].End:toks[k].Start])
			if isUpperWord(toks[k].Term) && k == i+1 {
				break // "sporting director Ann Berg": held by the name right after
			}
			if gap == "," {
				name := properRun(text, toks, k, 1)
				if name == "" || fromQuestion(name) {
					break
				}
				// The name is set off as the noun's was, or ends the
				// sentence: "…, Ann Berg, who …", not the subject of the
				// main clause after a phrase put first ("Following a
				// recommendation by the director, Nordline sacked him").
				if end := k + len(strings.Fields(name)); end < len(toks) && !strings.ContainsAny(text[toks[end-1].End:toks[end].Start], ",;)(—–") {
					break
				}
				if p, ok := a.lookupRun(name); ok && !named[p.ID] && p.Kind == corpus.KindPerson {
					return p.Name
				}
				break
			}
			if gap != "" {
				break
			}
			if f := index.Fold(toks[k].Term); participle(f) || auxiliaries[f] || beForms[f] {
				break
			}
		}
	}
	return ""
}

// maxApposGap bounds the words between a role's noun and the comma
// before its holder's name.
const maxApposGap = 5

// beForms make a passive of the participle after them.
var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

// maxByGap bounds the words between a passive's participle and its "by".
const maxByGap = 10

// byAgent is the agent of the passive whose participle is toks[i], named
// after a "by" later in its clause ("was set up as a trap a year ago by
// Ann Berg"), or "". The participle must follow a form of "be" (an
// adverb between), no comma or other mark may stand between it and
// "by", and no other participle (whose agent the "by" would name). Past
// the "by", a role in lower case, or one that opens with the capitalised
// name of where the person works ("site writer", "Harbour Wire
// reporter"), goes before the name.
func (a *Answerer) byAgent(text string, toks []index.Token, i int, named map[int]bool, fromQuestion func(string) bool) string {
	passive := false
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		f := index.Fold(toks[j].Term)
		if beForms[f] {
			passive = true
			break
		}
		if !strings.HasSuffix(f, "ly") && !copulaAdverb[f] {
			break
		}
	}
	if !passive {
		return ""
	}
	for b := i + 1; b < len(toks) && b <= i+maxByGap; b++ {
		if strings.ContainsAny(text[toks[b-1].End:toks[b].Start], ",.;:()\"“”—–") {
			return ""
		}
		f := index.Fold(toks[b].Term)
		if f != "by" {
			if b > i+1 && participle(f) && beForms[index.Fold(toks[b-1].Term)] {
				return "" // another passive's
			}
			continue
		}
		if b == i+1 {
			return "" // read before: the caller's "published by"
		}
		for k := b + 1; k < len(toks) && k <= b+6; k++ {
			if gap := text[toks[k-1].End:toks[k].Start]; gap != "." && strings.ContainsAny(gap, ",.;:()\"“”") {
				return "" // a mark between words; "Site.com" is one
			}
			w := toks[k].Term
			if !isUpperWord(w) {
				if index.IsStop(index.Fold(w)) {
					return ""
				}
				continue // "by labour minister Ann Berg"
			}
			name := properRun(text, toks, k, 1)
			if name == "" {
				return ""
			}
			n := k + len(strings.Fields(name))
			for n < len(toks) && text[toks[n-1].End:toks[n].Start] == "." && n+1 < len(toks) {
				n++ // "Site.com"
			}
			if modifies(text, toks, n) {
				// "Harbour Wire reporter Ann Berg": the capitalised words
				// say where the one named after the role works.
				k = n - 1
				continue
			}
			if fromQuestion(name) || a.isNamed(name, named) || calendar[index.Fold(name)] {
				return ""
			}
			return a.canonical(name)
		}
		return ""
	}
	return ""
}

// receiveVerbs take what another gives: who got something is named
// after "to" in a sentence that says it was given.
var receiveVerbs = map[string]bool{"get": true, "receive": true, "inherit": true}

// giveVerbs hand something to someone, named after "to".
var giveVerbs = []string{"give", "assign", "hand", "transfer", "entrust", "delegate", "reassign"}

var giveStems = stemSet(giveVerbs)

// whyGiven marks the verbs of giving added to a receiving verb's group.
const whyGiven = "given to the one who got it"

// receiving reports whether a question word's group is a verb of
// receiving, as given made it.
func receiving(g index.Group) bool {
	return slices.ContainsFunc(g.Alts, func(a index.Alt) bool { return a.Why == whyGiven })
}

// given adds to g, the group of question word i, the verbs of giving
// when it says that someone got something ("got", "received", "took
// over"): a sentence says more often that it was given to them.
func (a *Answerer) given(qu Question, i int, g index.Group) index.Group {
	lemma := lex.Lemma(qu.Words[i].Fold, lex.Verb)
	if !receiveVerbs[lemma] && !(lemma == "take" && i+1 < len(qu.Words) && qu.Words[i+1].Fold == "over") && !givenTo(qu, i) {
		return g
	}
	g = a.addSynonyms(g, stemList(giveVerbs), whyGiven)
	if !receiving(g) && len(g.Alts) > 0 {
		// "got handed" when the corpus has no other verb of giving: the
		// word itself still asks for the one given to.
		own := g.Alts[0]
		own.Why = whyGiven
		g.Alts = append(g.Alts, own)
	}
	return g
}

// thoseCounted reports whether question word i, a number in words,
// stands between "the" and a plural noun ("the two ministers"): it points
// at things already told of, not at a count to find.
func thoseCounted(qu Question, i int) bool {
	if i == 0 || i+1 >= len(qu.Words) || qu.Words[i-1].Fold != "the" {
		return false
	}
	next := qu.Words[i+1].Fold
	lemma := lex.Lemma(next, lex.Noun)
	return lemma != "" && lemma != next && lex.Known(lemma, lex.Noun)
}

// givenTo reports whether question word i is a verb of giving in the
// passive, after a form of "get" or "be" ("who got handed the keys",
// "who was given the post"): it asks for the one given to, as "who got
// the duties" does, not for the giver.
func givenTo(qu Question, i int) bool {
	w := qu.Words[i].Fold
	if lemma := lex.Lemma(w, lex.Verb); i == 0 || lemma == w || !slices.Contains(giveVerbs, lemma) {
		return false
	}
	prev := qu.Words[i-1].Fold
	return getPassive[prev] || copulas[prev] || prev == "been" || prev == "be"
}

// recipient is the party a sentence says something was given to: the
// name after the "to" that follows a verb of giving, past a role in
// lower case ("assigned the post to deputy minister Ann Berg"), or "".
func (a *Answerer) recipient(text string, toks []index.Token, named map[int]bool, fromQuestion func(string) bool) string {
	for i, t := range toks {
		if !giveStems[a.stemOf(t.Term)] || negated(toks, i) || modal(toks, i) {
			continue
		}
		for j := i + 1; j+1 < len(toks) && j <= i+12; j++ {
			if index.Fold(toks[j].Term) != "to" {
				continue
			}
			k := j + 1
			for k < len(toks) && k < j+8 && !isUpperWord(toks[k].Term) {
				k++
			}
			if k >= len(toks) {
				break
			}
			// The name is the end of the capitalised run: "Deputy
			// Minister of Justice Ann Berg".
			end := k
			for end+1 < len(toks) && (isUpperWord(toks[end+1].Term) || index.Fold(toks[end+1].Term) == "of" || index.Fold(toks[end+1].Term) == "for") &&
				strings.TrimSpace(text[toks[end].End:toks[end+1].Start]) == "" {
				end++
			}
			for from := k; from <= end; from++ {
				if p, ok := a.lookupRun(text[toks[from].Start:toks[end].End]); ok && p.Kind == corpus.KindPerson && !named[p.ID] && !fromQuestion(p.Name) {
					return p.Name
				}
			}
			break
		}
	}
	return ""
}

// getPassive are the forms of "get" that make a passive ("who got
// escorted out"): the action is the participle after them, whose subject
// an article writes with "was".
var getPassive = map[string]bool{"got": true, "get": true, "gets": true, "gotten": true, "getting": true}

// placeNouns name a kind of place: "the port of Halden".
var placeNouns = map[string]bool{"port": true, "city": true, "town": true, "village": true, "region": true,
	"province": true, "county": true, "state": true, "island": true, "capital": true, "district": true}

// locatives introduce a place.
var locatives = map[string]bool{"in": true, "at": true, "to": true, "from": true, "inside": true, "near": true, "outside": true}

// agentNoun reports whether w is the noun of one who does the asked verb
// ("operator" for "operates", "publisher" for "published"), which the
// stemmer joins to it: "Port operator Nordline" says nothing of who runs.
func agentNoun(w, asked string) bool {
	for _, suf := range []string{"or", "ors", "er", "ers"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(asked, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// nationality reports whether a capitalised run is one word that reads
// as a nation's adjective and names no one the corpus knows: "his Russian
// counterpart" has no actor "Russian".
func (a *Answerer) nationality(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	if _, ok := a.lookupRun(name); ok {
		return false
	}
	f := index.Fold(name)
	for _, suf := range []string{"an", "ese", "ish", "ch", "i"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+2 {
			return true
		}
	}
	return false
}

// isUpperWord reports whether a word starts with a capital.
func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// calendar words are capitalised but name no party.
var calendar = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "today": true, "yesterday": true, "tomorrow": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true}

// asideWords bounds how long an aside between commas may be.
const asideWords = 24

// parenthetical returns the token just before the comma that opens the
// aside ending at toks[last] (followed by a comma), or -1 when there is no
// such comma close enough or a sentence ends first.
func parenthetical(text string, toks []index.Token, last int) int {
	for k := last; k >= 1 && k > last-asideWords; k-- {
		switch gap := strings.TrimSpace(text[toks[k-1].End:toks[k].Start]); {
		case gap == ",":
			return k - 1
		case strings.ContainsAny(gap, ";:()\u2014"):
			return -1 // another clause
		}
	}
	return -1
}

// pronouns that stand for one person ("they" more often stands for
// things: "they were leaked").
var pronouns = map[string]bool{"he": true, "she": true, "he's": true, "she's": true}

// firstPerson is the first known person named in toks, at the start of
// the sentence (within its first few words), other than those the
// question names.
// personOpening is the known person whose name, past a title
// ("NASA Associate Administrator Ken Bowersox", "port chief Ann Berg"),
// opens toks: within its first eight words.
func (a *Answerer) personOpening(text string, toks []index.Token, named map[int]bool) *corpus.Person {
	for k := 0; k < len(toks) && k < 8; k++ {
		if !isUpperWord(toks[k].Term) {
			continue // "Port Authority chief Ann Berg"
		}
		if p, ok := a.lookupSpelt(properRun(text, toks, k, 1), false); ok && p != nil && p.Kind == corpus.KindPerson && !named[p.ID] {
			return p
		}
	}
	return nil
}

func (a *Answerer) firstPerson(text string, toks []index.Token, named map[int]bool, fromQuestion func(string) bool) *corpus.Person {
	for k := 0; k < len(toks) && k < 8; k++ {
		if !isUpperWord(toks[k].Term) {
			continue
		}
		name := properRun(text, toks, k, 1)
		if name == "" || fromQuestion(name) {
			return nil
		}
		if p, ok := a.lookupSpelt(name, false); ok && p != nil && p.Kind == corpus.KindPerson && !named[p.ID] {
			return p
		}
		k += len(strings.Fields(name)) - 1
	}
	return nil
}

// antecedent is the person a pronoun at toks[at] most likely stands for:
// the nearest known person named before it in the sentence, other than
// those the question names.
func (a *Answerer) antecedent(text string, toks []index.Token, at int, named map[int]bool, fromQuestion func(string) bool) *corpus.Person {
	for k := at - 1; k >= 0; k-- {
		if !isUpperWord(toks[k].Term) {
			continue
		}
		name := properRun(text, toks, k, -1)
		if name == "" || fromQuestion(name) {
			continue
		}
		// Exact forms only: a near spelling of a place is no person.
		if p, ok := a.lookupSpelt(name, false); ok && p != nil && !named[p.ID] {
			return p
		}
	}
	return nil
}

// symmetric actions are done with each other: who spoke with whom
// answers both ways.
var symmetric = map[string]bool{}

func init() {
	for _, w := range []string{"speak", "spoke", "talk", "meet", "met", "chat", "negotiate", "converse"} {
		symmetric[index.Stem(w)] = true
	}
}

// object answers "who did X call": the known person or capitalised
// party right after the question's verb, past a preposition or two
// ("spoke with Kremlin envoy Kirill Dmitriev").
func (a *Answerer) object(id int, people []mention, groups []index.Group, pred string) (string, bool) {
	if len(groups) == 0 {
		return "", false
	}
	named := map[int]bool{}
	for _, m := range people {
		named[m.Person.ID] = true
	}
	text := a.idx.Text(id)
	toks := index.Words.Tokenize(text)
	if titleCase(toks) {
		return "", false
	}
	// The action is the question's verb, not its first word that names
	// no one the corpus knows ("who did the board hire": hire).
	verb := groups[:1]
	for k, g := range groups {
		if pred != "" && lex.Lemma(g.Word, lex.Verb) == pred {
			verb = groups[k : k+1]
			break
		}
	}
	terms := exactTerms(verb)
	for i, t := range toks {
		// The question names who did it only when it gives the verb
		// (pred): then another's act is not theirs.
		if !terms[a.stemOf(t.Term)] || negated(toks, i) || pred != "" && a.otherSubject(text, toks, i, named) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) != "" {
				break
			}
			if !isUpperWord(toks[j].Term) {
				// Small words, or a role before the name ("accused
				// businessman Ann Berg", "phoned harbour inspector Tove
				// Falk").
				if !index.IsStop(index.Fold(toks[j].Term)) && (j > i+2 || !roleBeforeName(text, toks, j)) {
					if name, ok := a.appositive(text, toks, j, named); ok {
						return name, true
					}
					break
				}
				continue
			}
			name := properRun(text, toks, j, 1)
			if name == "" {
				break
			}
			if n := j + len(strings.Fields(name)); modifies(text, toks, n) {
				// "the first Pelagian bishop": a capitalised word before a
				// noun describes it; the name may follow the description.
				if name, ok := a.appositive(text, toks, j, named); ok {
					return name, true
				}
				break
			}
			if p, ok := a.lookupRun(name); ok && !named[p.ID] {
				return p.Name, true
			}
			// "an interview with Fjord Radio's political editor, Ann
			// Berg": the party the question names, then the person.
			if name, ok := a.appositive(text, toks, j, named); ok {
				return name, true
			}
			break
		}
	}
	return "", false
}

// modifies reports whether toks[n] is a lower-case word right after
// the capitalised words before it: those words qualify a noun.
func modifies(text string, toks []index.Token, n int) bool {
	if n >= len(toks) || strings.TrimSpace(text[toks[n-1].End:toks[n].Start]) != "" {
		return false
	}
	return !isUpperWord(toks[n].Term) && !index.IsStop(index.Fold(toks[n].Term))
}

// appositiveLimit bounds the words of a description an appositive name
// follows.
const appositiveLimit = 10

// appositive answers an object told by what they are, then named after a
// comma that ends the clause ("appointed the first woman to lead the
// guild, Mara Holt."): the description, from toks[j], must hold a noun
// for people, and the name must close the sentence or clause.
func (a *Answerer) appositive(text string, toks []index.Token, j int, named map[int]bool) (string, bool) {
	people := false
	for k := j; k < len(toks) && k < j+appositiveLimit; k++ {
		w := toks[k].Term
		if !isUpperWord(w) && !index.IsStop(index.Fold(w)) && peopleNoun(index.Fold(w)) {
			people = true
		}
		if k+1 >= len(toks) {
			return "", false
		}
		gap := strings.TrimSpace(text[toks[k].End:toks[k+1].Start])
		if !strings.ContainsAny(gap, ",.;:!?()\"“”") {
			// Words, or a possessive's apostrophe ("the pilots' guild").
			continue
		}
		if gap != "," || !people {
			return "", false
		}
		name := properRun(text, toks, k+1, 1)
		if name == "" {
			return "", false
		}
		end := k + 1 + len(strings.Fields(name))
		if end < len(toks) && !strings.ContainsAny(text[toks[end-1].End:toks[end].Start], ".,;:!?") {
			return "", false
		}
		if p, ok := a.lookupRun(name); ok && p.Kind == corpus.KindPerson && !named[p.ID] {
			return p.Name, true
		}
		return "", false
	}
	return "", false
}

// otherSubject reports whether the verb at toks[i] is done by a known
// person the question does not name: "for Berg to phone Lie" does not
// say whom Voss phoned. The subject is the nearest name before the
// verb in its clause.
func (a *Answerer) otherSubject(text string, toks []index.Token, i int, named map[int]bool) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if strings.ContainsAny(text[toks[j].End:toks[j+1].Start], ",;:()") {
			return false
		}
		if !isUpperWord(toks[j].Term) || index.FoldIn(calendar, toks[j].Term) {
			continue
		}
		name := properRun(text, toks, j, -1)
		if name == "" {
			return false
		}
		p, ok := a.lookupRun(name)
		return ok && p.Kind == corpus.KindPerson && !named[p.ID]
	}
	return false
}

// maxRoleWords bounds the lower-case words of a role before a name.
const maxRoleWords = 3

// roleBeforeName reports whether toks[j] opens a run of lower-case words
// that a capitalised name ends ("harbour inspector Tove Falk"), with no
// small word or punctuation between.
func roleBeforeName(text string, toks []index.Token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+maxRoleWords; k++ {
		if strings.TrimSpace(text[toks[k-1].End:toks[k].Start]) != "" {
			return false
		}
		if isUpperWord(toks[k].Term) {
			return true
		}
		if index.IsStop(index.Fold(toks[k].Term)) {
			return false
		}
	}
	return false
}

func (a *Answerer) isNamed(name string, named map[int]bool) bool {
	if p, ok := a.lookupRun(name); ok {
		return named[p.ID]
	}
	return false
}

// canonical is the person's canonical name when name resolves to one.
func (a *Answerer) canonical(name string) string {
	if p, ok := a.lookupRun(name); ok {
		return p.Name
	}
	return name
}

// lookupRun resolves capitalised words taken from a sentence, which may
// carry a title ("US President Trump"): the words as a name, then the last
// word alone, then a near spelling. Descriptions are not tried: in a
// sentence they are not names.
func (a *Answerer) lookupRun(run string) (*corpus.Person, bool) {
	return a.lookupSpelt(run, true)
}

// lookupSpelt is lookupRun, trying near spellings only when near is set.
func (a *Answerer) lookupSpelt(run string, near bool) (*corpus.Person, bool) {
	// The folded run is looked up and dropped: made on the stack for
	// ASCII, kept (Near's cache) only as a copy.
	var buf [64]byte
	var f string
	if k, _, ok := appendFoldedWords(buf[:0], run, false); ok && len(k) <= len(buf) {
		f = unsafe.String(unsafe.SliceData(k), len(k))
	} else {
		f = strings.Join(strings.Fields(index.Fold(run)), " ")
	}
	if ids := a.nm.forms[f]; len(ids) > 0 {
		return a.mostQuoted(ids), true
	}
	// The last word alone is a surname: a person's, not an organisation's
	// ("ABC News" is not the Dallas Morning News). f's words are apart
	// by one space: surname(f) without splitting it again.
	sn := ""
	if i := strings.LastIndexByte(f, ' '); i >= 0 {
		sn = f[i+1:]
	}
	if ids := a.nm.forms[sn]; len(ids) > 0 {
		if p := a.mostQuoted(ids); p != nil && p.Kind == corpus.KindPerson {
			return p, true
		}
	}
	if !near {
		return nil, false
	}
	if n := a.nm.near.Near(strings.Clone(f)); len(n) > 0 {
		return a.mostQuoted(a.nm.forms[n[0].Word]), true
	}
	return nil, false
}

// titleCase reports whether a sentence is written as a headline: no word
// of four letters or more in lower case.
func titleCase(toks []index.Token) bool {
	if len(toks) < 4 {
		return false
	}
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t.Term); len(t.Term) >= 4 && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// properRun collects capitalised words from toks[i] going in direction
// dir, stopping at the first other word or punctuation ("Earlier,
// Bloomberg published" names Bloomberg alone).
func properRun(text string, toks []index.Token, i, dir int) string {
	var run []string
	upper := func(i int) bool { return isUpperWord(toks[i].Term) }
	for ; i >= 0 && i < len(toks) && len(run) < 7; i += dir {
		// "Secretary of State Marco Rubio" is one run.
		inner := len(run) > 0 && toks[i].Term == "of" && i+dir >= 0 && i+dir < len(toks) && upper(i+dir)
		if dir > 0 && len(run) > 0 && allDigits(toks[i].Term) && text[toks[i-1].End:toks[i].Start] == "-" {
			// "the Osprey-4 mission": the number is part of the name.
			run[len(run)-1] += "-" + toks[i].Term
			break
		}
		if !inner && (!upper(i) || index.IsStop(index.Fold(toks[i].Term))) {
			break
		}
		if len(run) > 0 {
			a, b := toks[i-dir], toks[i]
			if dir < 0 {
				a, b = b, a
			}
			if strings.TrimSpace(text[a.End:b.Start]) != "" {
				break
			}
		}
		w := toks[i].Term
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			// "Putin's adviser": a possessive owns, it does not act.
			return ""
		}
		run = append(run, w)
	}
	if len(run) == 0 {
		return ""
	}
	if dir < 0 {
		for l, r := 0, len(run)-1; l < r; l, r = l+1, r-1 {
			run[l], run[r] = run[r], run[l]
		}
	}
	return strings.Join(run, " ")
}

// exactTerms are the terms of the groups that count fully as the word:
// itself, its stem, a typo of it; not its synonyms.
func exactTerms(groups []index.Group) map[string]bool {
	m := map[string]bool{}
	for _, g := range groups {
		for _, alt := range g.Alts {
			if alt.Cover >= 1 {
				m[alt.Term] = true
			}
		}
	}
	return m
}

func groupTerms(groups []index.Group) map[string]bool {
	m := map[string]bool{}
	for _, g := range groups {
		for _, alt := range g.Alts {
			m[alt.Term] = true
		}
	}
	return m
}

var negations = map[string]bool{"not": true, "never": true, "no": true, "didn't": true, "did't": true,
	"doesn't": true, "don't": true, "wasn't": true, "isn't": true, "hasn't": true, "haven't": true,
	"neither": true, "nor": true, "won't": true, "cannot": true, "can't": true, "refused": true, "declined": true,
	"nothing": true, "nobody": true, "none": true}

// passiveAux carry no action of their own: "did Witkoff get fired".
var passiveAux = map[string]bool{"get": true, "got": true, "gotten": true, "getting": true, "become": true, "became": true}

var modals = map[string]bool{"should": true, "could": true, "would": true, "might": true, "may": true,
	"must": true, "shouldn't": true, "wants": true, "want": true, "wanted": true, "if": true}

// modal reports whether toks[i] is what someone wants or what might be
// ("should be fired", "wants to meet"), a modal within two words before it.
func modal(toks []index.Token, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if index.FoldIn(modals, toks[j].Term) {
			return true
		}
	}
	return false
}

// negated reports whether a negation stands within three words before
// toks[i].
func negated(toks []index.Token, i int) bool { return negatedExcept(toks, i, nil) }

// negatedExcept is negated, save for a negation the question itself asks
// about (asked, when not nil): "refused" answers "did X refuse to …" with
// yes, not no.
func negatedExcept(toks []index.Token, i int, asked func(index.Token) bool) bool {
	for j := max(0, i-3); j < i; j++ {
		if index.FoldIn(negations, toks[j].Term) && (asked == nil || !asked(toks[j])) {
			return true
		}
	}
	return false
}

// namePronoun writes name for the pronoun that opens answer line line,
// past "Yes — " or "No — ": "Yes — Ann Berg ruled out an election", not
// "Yes — he ruled out …", which says nothing read alone. The caller
// knows the pronoun stands for the person asked about (pronounFor).
func namePronoun(line, name string) string {
	head := ""
	for _, p := range []string{yesLine, noLine} {
		if rest, ok := strings.CutPrefix(line, p); ok {
			head, line = p, rest
		}
	}
	w, rest, _ := strings.Cut(line, " ")
	if f := strings.ToLower(w); f != "he" && f != "she" {
		return head + line
	}
	return head + name + " " + rest
}

// yesLine and noLine open the answer line of a yes/no question the
// sentence says or denies.
const (
	yesLine = "Yes — "
	noLine  = "No — "
)

// yesNoLine answers "did X happen" from the sentence that reports it: "No —"
// when a negation stands right before a matched word, "Yes —" otherwise,
// followed by the clause that says so.
func (a *Answerer) yesNoLine(text string, toks []index.Token, groups []index.Group) string {
	terms := groupTerms(groups)
	neg := false
	at, prev := -1, -1
	for i, t := range toks {
		if !terms[a.stemOf(t.Term)] {
			continue
		}
		if at < 0 {
			at = i
		}
		if negatedExcept(toks, i, func(t index.Token) bool { return terms[a.stemOf(t.Term)] }) || negatedBetween(text, toks, prev, i) { // yesno.go
			neg, at = true, i
			break
		}
		prev = i
	}
	clause := clauseAround(text, toks, at)
	if neg {
		return noLine + clause
	}
	return yesLine + clause
}

// saysItHappened reports whether a sentence can answer a yes/no question
// by itself, not only agree with the answer another gives. Each common
// word the question asks about must be in it, in the question's own words
// or misspelt: "should be fired" in other words does not say whether
// someone resigned, nor "Witkoff said to Ushakov" whether Ushakov
// commented; the names after its agent must be in it too. Unless the
// question asks what someone said, such a word after "should", "could" or
// the like says what might happen, not what did. A headline's words say too little of who did what. A quotation
// (speaker not nil) answers a question about what its speaker said, in
// other words.
func (a *Answerer) saysItHappened(text string, toks []index.Token, qu Question, groups []index.Group, isName []bool, h index.Hit, speaker *corpus.Person) bool {
	speech := speechAct(qu, isName)
	// The question's agent: the names before its first common word ("did
	// Tarvik leak the minutes").
	agent := map[string]bool{}
	agentInText := true
	for i, g := range groups {
		if !(i < len(isName) && isName[i] || qu.upper(g.Word) || passiveAux[g.Word]) {
			break
		}
		if !passiveAux[g.Word] {
			agent[g.Word] = true
			agentInText = agentInText && i < len(h.Matched) && h.Matched[i] == 2
		}
	}
	if speaker != nil && speech {
		// Its speaker's own words, if the speaker is who the question
		// asks about.
		if len(agent) == 0 {
			return true
		}
		for _, n := range append([]string{speaker.Name}, speaker.Aliases...) {
			for _, w := range strings.Fields(index.Fold(n)) {
				if agent[w] {
					return true
				}
			}
		}
		return false
	}
	if !agentInText {
		// "Did Cruz endorse Clinton?" is not answered by "Flight
		// attendants' union endorses Clinton", whoever the paragraph names.
		return false
	}
	if titleCase(toks) {
		return false
	}
	first := true
	for i, g := range groups {
		if i < len(isName) && isName[i] || qu.upper(g.Word) || passiveAux[g.Word] {
			if !first && !passiveAux[g.Word] && (i >= len(h.Matched) || h.Matched[i] < 2) {
				return false // "did Witkoff tell Ushakov that Putin…": Putin too
			}
			continue
		}
		if first && speech {
			// "Did Bacon say" is answered by "Bacon wrote", "said Bacon";
			// not by "Witkoff said to Bacon".
			if !a.saidBy(text, toks, g, agent) {
				return false
			}
			first = false
			continue
		}
		want := exactTerms([]index.Group{g})
		found := false
		for k, t := range toks {
			if !want[a.stemOf(t.Term)] {
				continue
			}
			if !speech && modal(toks, k) {
				return false
			}
			if !speech && passive(toks, k) {
				by := k+2 < len(toks) && index.Fold(toks[k+1].Term) == "by"
				// "the calls had been leaked" does not say by whom; "had
				// not been leaked by Moscow" does, and says no more than
				// that.
				if len(agent) > 0 && !(by && agent[index.Fold(toks[k+2].Term)]) || len(agent) == 0 && by && negated(toks, k) {
					continue
				}
			}
			found = true
		}
		if !found {
			return false
		}
		first = false
	}
	return true
}

// saidBy reports whether a word of the speech-verb group g, or any verb
// of speech, stands a few words after the agent or, inverted, right
// before it ("Bacon wrote", "Ushakov did not question", "said Bacon").
// Without an agent any will do.
func (a *Answerer) saidBy(text string, toks []index.Token, g index.Group, agent map[string]bool) bool {
	terms := groupTerms([]index.Group{g})
	for k, t := range toks {
		st := a.stemOf(t.Term)
		act := speechActs[st]
		if base := irregularVerb(index.Fold(t.Term)); base != "" {
			act = act || speechActs[index.Stem(base)] // "said", "told", "wrote", as "say" is
		}
		if !terms[st] && !act {
			continue
		}
		if k > 0 && index.Fold(toks[k-1].Term) == "to" {
			continue // "advising Ushakov to congratulate Trump": not done
		}
		if len(agent) == 0 {
			return true
		}
		if passive(toks, k) || raising[st] && k+1 < len(toks) && index.Fold(toks[k+1].Term) == "to" {
			// "Amorim is expected to be announced", "Amorim, expected
			// to be named": others expect it of him.
			continue
		}
		near := []int{k - 1, k - 2, k - 3, k + 1}
		if k > 0 && strings.TrimSpace(text[toks[k-1].End:t.Start]) == "," {
			// "Witkoff, according to the transcript, advised"
			if j := parenthetical(text, toks, k-1); j >= 0 {
				near = append(near, j)
			}
		}
		for _, j := range near {
			if j == k+1 && !inverts[st] {
				continue // "advising Ushakov": Ushakov is advised
			}
			if j >= 0 && j < len(toks) && agent[dropPossessive(index.Fold(toks[j].Term))] {
				return true
			}
		}
	}
	return false
}

// raising are the verbs of attitude that, with "to" after them, say
// what others think of their subject ("X expected to be named", "Y
// believed to have left"), by stem.
var raising = map[string]bool{index.Stem("expected"): true, index.Stem("believed"): true, "thought": true, index.Stem("rumoured"): true, index.Stem("rumored"): true}

// inverts are the verbs of speech that stand before their speaker in
// news ("said Bacon", "added Rubio"), by stem.
var inverts = map[string]bool{}

func init() {
	for _, w := range []string{"say", "said", "add", "continue", "note", "write", "wrote", "reply", "respond", "explain", "declare", "recall", "tweet"} {
		inverts[index.Stem(w)] = true
	}
}

// passive reports whether toks[k] is a participle after a form of "be"
// ("was leaked", "had likely been leaked").
func passive(toks []index.Token, k int) bool {
	for j := max(0, k-2); j < k; j++ {
		switch index.Fold(toks[j].Term) {
		case "was", "were", "been", "being", "is", "are", "be":
			return true
		}
	}
	return false
}

// clauseAround is the clause of text holding token at: cut at ";", ", and",
// ", but" and sentence ends, without the final stop.
func clauseAround(text string, toks []index.Token, at int) string {
	if at < 0 || at >= len(toks) {
		return strings.TrimRight(oneLine(text), ".")
	}
	pos := toks[at].Start
	start, end := 0, len(text)
	// The sentence first, as segment splits it: "the Oct. 14 call" goes on.
	for _, sp := range segment.Sentences(text, corpus.Span{End: len(text)}) {
		if sp.Start <= pos && pos < sp.End {
			start, end = sp.Start, sp.End
		}
	}
	for _, sep := range []string{"; ", ", and ", ", but ", ", while "} {
		if i := strings.LastIndex(text[:pos], sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
		if i := strings.Index(text[pos:], sep); i >= 0 && pos+i < end {
			end = pos + i
		}
	}
	return strings.TrimRight(oneLine(text[start:end]), ".,;: ")
}

// whatLine answers "what did X call Y": the words after the last matched
// question word, to the end of the clause, when they are few; else the
// clause itself.
func (a *Answerer) whatLine(id int, groups []index.Group) string {
	text := a.idx.Text(id)
	toks := index.Words.Tokenize(text)
	terms := groupTerms(groups)
	last := -1
	for i, t := range toks {
		if terms[a.stemOf(t.Term)] {
			last = i
		}
	}
	if last >= 0 && last+1 < len(toks) {
		rest := text[toks[last].End:]
		if i := strings.IndexAny(rest, ".;!?\n"); i >= 0 {
			rest = rest[:i]
		}
		if i := strings.Index(rest, ", "); i >= 0 {
			rest = rest[:i]
		}
		rest = strings.Trim(oneLine(rest), " ,:\"“”'")
		if n := len(strings.Fields(rest)); n >= 1 && n <= 8 {
			return rest
		}
	}
	return clauseAround(text, toks, last)
}

// stemOf is the index term of a word as the corpus writes it.
func (a *Answerer) stemOf(word string) string {
	if st, ok := a.stemOfCapital(word); ok {
		return st
	}
	return stemIn(a.idx.Vocab(), index.Number(dropPossessive(index.Fold(word))))
}

// maxStackWord bounds the words stemOfCapital lowers on the stack.
const maxStackWord = 32

// stemOfCapital is stemOf for a short ASCII word with a capital that
// the corpus vocabulary knows (a name, a sentence's first word; ok false
// for any other): the word is lowered into a buffer on the stack and
// looked up there, where stemOf's fold made a string of every such word
// of every sentence judged, a third of what ask folded.
func (a *Answerer) stemOfCapital(word string) (string, bool) {
	v := a.idx.Vocab()
	if len(word) == 0 || len(word) > maxStackWord || v == nil {
		return "", false
	}
	var buf [maxStackWord]byte
	capital := false
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			capital = true
		}
		buf[i] = c
	}
	if !capital {
		return "", false // Fold makes no string of it
	}
	// f is read, never kept: the vocabulary's stem is returned, or "".
	f := index.Number(dropPossessive(unsafe.String(&buf[0], len(word))))
	if index.IsStop(f) {
		return "", true
	}
	return v.StemOf(f)
}

// stemIn is the stem of the folded word f, read from the corpus
// vocabulary v when it knows f (the same stem, without the stemmer's
// cost); "" for a stopword, never a question term.
func stemIn(v *index.Vocab, f string) string {
	if index.IsStop(f) {
		return ""
	}
	if v != nil {
		if st, ok := v.StemOf(f); ok {
			return st
		}
	}
	return index.Stem(f)
}

// describe answers "who is X" from what the corpus says X is: the roles
// articles give them, and the articles that name or quote them. named is
// set when the question gave the name: then the answer must say more.
func (a *Answerer) describe(ans corpus.Answer, p *corpus.Person, named bool) corpus.Answer {
	var roles []string
	for _, r := range p.Roles {
		// Roles of several words say more than a stray one ("heard").
		if len(strings.Fields(r)) >= 2 && len(roles) < 2 {
			roles = append(roles, r)
		}
	}
	if len(roles) == 0 && named {
		// "Who is Ann Berg?": her name alone answers nothing that was not
		// asked; what the articles write beside it does ("Ann Berg, a
		// harbour pilot,").
		roles = a.besideName(p, 2)
	}
	seen := map[int]bool{}
	var arts []int
	for _, m := range p.Mentions {
		if !seen[int(m.Article)] {
			seen[int(m.Article)] = true
			arts = append(arts, int(m.Article))
		}
	}
	for _, id := range a.quotesBy.of(p.ID) {
		if art := a.c.Quotes[id].Article; !seen[int(art)] {
			seen[int(art)] = true
			arts = append(arts, int(art))
		}
	}
	if len(arts) == 0 && len(roles) == 0 {
		ans.Suggestions = a.quotedPeople(3)
		return ans
	}
	sort.Ints(arts)
	ans.Found = true
	ans.Speaker, ans.SpeakerID = p.Name, p.ID
	ans.Answer = p.Name
	if len(roles) > 0 {
		ans.Answer += " — " + strings.Join(roles, "; ")
	}
	for _, art := range arts {
		if art >= 0 && art < len(a.c.Articles) {
			ans.Sources = append(ans.Sources, a.c.Articles[art].Source())
		}
	}
	if len(ans.Sources) > 0 {
		ans.File = ans.Sources[0].File
	}
	ans.Score = 1
	return ans
}

// sameAnswer reports whether two answer lines say the same: the same
// name or words, or for a yes/no question the same yes or no.
func sameAnswer(kind, a, b string) bool {
	if kind == KindYesNo {
		return strings.HasPrefix(a, "No —") == strings.HasPrefix(b, "No —")
	}
	if kind == KindWhere && sameRank(a, b) {
		return true // "14th in the league table", "14th in the standings"
	}
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// verbForm reports whether a folded word reads as a participle ("taking",
// "sacked"): the question goes on with an action, not a role.
func verbForm(w string) bool {
	base, ing := strings.CutSuffix(w, "ing")
	return ing && len(base) >= 2 && lex.Known(lex.Lemma(w, lex.Verb), lex.Verb) || participle(w)
}

// namesSomeone reports whether word i of the question begins a name of
// someone in the corpus, as typed ("berg deputys press officer"), not
// a description that fits them.
func (a *Answerer) namesSomeone(qu Question, i int) bool {
	found, _ := a.findPeople(qu, i)
	for _, m := range found {
		if m.From == i && personWords(m.Person)[qu.Words[i].Fold] {
			return true
		}
	}
	return false
}

// headNamed reports whether text speaks of mention m by the noun the
// question puts after it: in "the Halden port case", the sentence's "the
// case" is that case, whether or not it names the port again.
func headNamed(qu Question, m mention, text string) bool {
	if m.To >= len(qu.Words) || !determiners[qu.Words[m.From].Fold] && (m.From == 0 || !determiners[qu.Words[m.From-1].Fold]) {
		return false // "the X case"; in "X and Y talk" the word after is a verb
	}
	w := qu.Words[m.To]
	if w.Upper || index.IsStop(w.Fold) || auxiliaries[w.Fold] || !lex.Known(lex.Lemma(w.Fold, lex.Noun), lex.Noun) {
		return false
	}
	toks := index.Words.Tokenize(text)
	for k := 1; k < len(toks); k++ {
		if index.Fold(toks[k].Term) == w.Fold && index.Fold(toks[k-1].Term) == "the" {
			return true
		}
	}
	return false
}

// Bounds of besideName: the mentions read, and a phrase's length.
const (
	besideMentions = 32
	besideWords    = 8
)

// besideName is what the articles write beside p's name, most often
// written first, at most n phrases: a title before it ("harbour pilot
// Ann Berg"), an apposition set off by commas ("Ann Berg, head of the
// port authority,"), what she is said to be ("Berg is the chair of …"),
// or how a quotation names her ("said the harbour pilot"). A phrase must
// hold a noun WordNet calls a person, and say more than the name.
func (a *Answerer) besideName(p *corpus.Person, n int) []string {
	if p == nil || n <= 0 {
		return nil
	}
	own := personWords(p)
	count := map[string]int{}
	var order []string
	add := func(words []string) {
		if len(words) > besideWords {
			words = words[:besideWords]
		}
		for len(words) > 0 && index.IsStop(index.Fold(words[len(words)-1])) {
			words = words[:len(words)-1] // "director of the": no dangling word
		}
		person := false
		for _, w := range words {
			f := dropPossessive(index.Fold(w))
			if own[f] || index.IsStop(f) || isUpperWord(w) && !lex.Known(f, lex.Noun) {
				continue
			}
			if lex.Classes(lex.Lemma(f, lex.Noun), lex.Noun).Has(lex.NounPerson) {
				person = true
			}
		}
		if !person {
			return
		}
		phrase := strings.Join(words, " ")
		k := strings.ToLower(phrase)
		if count[k] == 0 {
			order = append(order, phrase)
		}
		count[k]++
	}
	for k, m := range p.Mentions {
		if k == besideMentions {
			break
		}
		if m.Article < 0 || int(m.Article) >= len(a.c.Articles) {
			continue
		}
		text := a.c.Articles[m.Article].Text
		sp := m.Span()
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		// A line break ends a phrase: a headline above is no title.
		line := strings.LastIndexByte(text[:sp.Start], '\n') + 1
		if b := wordsBefore(text[line:], sp.Start-line); len(b) > 0 {
			add(b)
		} else if ab := appositionBefore(text[line:], sp.Start-line); len(ab) > 0 {
			add(ab)
		}
		if ap := apposition(text, sp.End); len(ap) > 0 && !relative[index.Fold(ap[0])] && !roleBreak[index.Fold(ap[0])] {
			add(ap)
		}
		if cr := copulaRole(text, sp.End); len(cr) > 0 {
			add(cr)
		}
	}
	for k, id := range a.quotesBy.of(p.ID) {
		if k == besideMentions {
			break
		}
		if m := a.c.QuoteMention(&a.c.Quotes[id]); strings.Contains(strings.TrimSpace(m), " ") {
			add(strings.Fields(m))
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		return count[strings.ToLower(order[i])] > count[strings.ToLower(order[j])]
	})
	var out []string
	for _, ph := range order {
		if len(out) == n {
			break
		}
		if slices.ContainsFunc(out, func(o string) bool {
			return strings.Contains(strings.ToLower(o), strings.ToLower(ph)) || strings.Contains(strings.ToLower(ph), strings.ToLower(o))
		}) {
			continue
		}
		out = append(out, ph)
	}
	return out
}

// relative open a clause after a comma that says what someone did, not
// what they are ("Ann Berg, who had …").
var relative = map[string]bool{"who": true, "whose": true, "whom": true, "which": true, "that": true}
