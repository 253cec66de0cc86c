package answer

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// The rules of this package propose an answer; one fitted score decides
// whether to give it or to say "not found". The score is a logistic
// regression over a few features of the question and the proposed answer,
// its weights and threshold fitted by `go run ./corpus/answer/fit` on one
// half of the development stories' questions (see fit/main.go) and written
// to weights.go.

// Feature indexes.
const (
	FCovText    = iota // share of the question's weight in the answer's own text
	FCovArticle        // share of it in the answer's article
	FUnknown           // share of the question's words the corpus does not know
	FNoTopic           // the question has no words to match beyond its form and names
	FQuote             // the answer rests on a quotation
	FValue             // the question asks for a value (a date, a length, a count)
	FSources           // ln(1 + the number of articles reporting it)
	FNames             // share of the question's capitalised words its article holds
	FMargin            // how far the answer's score stands above its best alternative's
	FPredicate         // the answer's text holds the question's action, or a synonym of it
	FLoose             // proposed from a candidate covering less than MinCoverage (none covered it)
	FType              // the answer line is of the kind the question's frame asks for
	FRoles             // share of the weight of the frame's agent and patient in the answer's text
	FLooseOther        // loose, and the text lacks the question's action: likely another event
	FThing             // the answer's text names the thing asked ("how much tax", "what church"), or there is none
	FAbsent            // share of the question's naming words, written somewhere in the corpus, that the answer's article lacks
	FDenied            // a yes/no "No" from a sentence that denies the question's action in other words, none saying it as asked
	// A quotation proposed for a whosaid fragment by the loose tier (none
	// passed the gates) is described by features of its own
	// (whoscore.go), the others left at 0: what tells a fragment said in
	// other words from a chance match differs from what tells a
	// sentence that answers a question.
	FWhoLoose   // 1: a whosaid quotation proposed by the loose tier
	FWhoCov     // coverage in text, as FCovText
	FWhoArticle // coverage in the quotation's article, as FCovArticle: a note of where it was said
	FWhoSources // ln(1 + the number of articles reporting it)
	FWhoOrder   // share of the fragment's words, small ones included, in order in the quotation
	FWhoHeld    // coverage of the fragment, the asker's own words weighing least
	FWhoLead    // how far the quotation's score stands above the best of another speaker's
	FWhoPart    // share of the quotation's own words, small ones aside, the fragment holds
	NFeatures
)

// FeatureNames name the features, for explanations and the fit's report.
var FeatureNames = [NFeatures]string{"coverage in text", "coverage in article", "unknown words",
	"no topic", "quotation", "value asked", "sources", "names in article", "margin", "predicate", "loose", "answer type", "roles",
	"loose, another action", "thing asked", "absent from the article", "denied in other words", "whosaid loose", "whosaid coverage in text", "whosaid coverage in article",
	"whosaid sources", "whosaid in order", "whosaid held", "whosaid lead", "whosaid part of the quotation"}

// Features describe a proposed answer to a question.
type Features [NFeatures]float64

// Record receives, when asked through ctx (see Recording), the proposed
// answer before the score decided on it, and its features.
type Record struct {
	Proposed corpus.Answer
	Features Features
	P        float64 // the fitted probability that the proposal is right
}

type recordKey struct{}

// Recording asks Ask and WhoSaid to fill rec: the fitting command reads
// what was proposed, not only what was given.
func Recording(ctx context.Context, rec *Record) context.Context {
	return context.WithValue(ctx, recordKey{}, rec)
}

// Candidates receives, when asked through ctx (see
// RecordingCandidates), every list of candidates the rules left standing
// for a question, before one was chosen: each as the answer it would
// give were it chosen, the chosen first. The fit's -oracle reads from it
// how often a right answer stood among them.
type Candidates struct {
	Lists [][]corpus.Answer
	// Ranked and Scored are, for each list, each candidate's ranking
	// features (rank.go) and the features the fitted probability would
	// read were it chosen: what the fit fits the ranker on.
	Ranked [][]RankFeatures
	Scored [][]Features
}

// maxRecorded bounds the candidates of a list Candidates records.
const maxRecorded = 50

type candidatesKey struct{}

// RecordingCandidates asks Ask to fill c. Building every candidate's
// answer costs time: only the fit asks for it.
func RecordingCandidates(ctx context.Context, c *Candidates) context.Context {
	return context.WithValue(ctx, candidatesKey{}, c)
}

// Probability is the fitted probability that an answer with features f
// is right.
func Probability(f Features) float64 {
	return ProbabilityWith(Weights[:], f)
}

// ProbabilityWith is Probability with weights w (the features', then the
// bias). A loose whosaid proposal has an intercept of its own, the weight
// of FWhoLoose, in place of the bias: its features are none of the
// others, and the two fits stay apart.
func ProbabilityWith(w []float64, f Features) float64 {
	z := w[NFeatures]
	if f[FWhoLoose] != 0 {
		z = 0
	}
	for i, x := range f {
		z += w[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// tier says how the rules reached a proposal, for its features: a set
// of the ways it fell short of a strict candidate's.
type tier uint8

const (
	tierStrict tier = 0         // a candidate that covers MinCoverage of the question and passes every gate
	tierLoose  tier = 1 << iota // none covered enough: the best of the rest (FLoose)
	tierDenied                  // a yes/no question no sentence answers as asked: "No" from one denying it in other words (FDenied)
)

// looseIf is tierLoose when loose is set, else tierStrict.
func looseIf(loose bool) tier {
	if loose {
		return tierLoose
	}
	return tierStrict
}

// features describes proposal ans to question qu, reached as t says.
func (a *Answerer) features(qu Question, ans corpus.Answer, t tier, ws *whoProposal) Features {
	var f Features
	if ws != nil && ws.loose {
		return a.whoFeatures(qu, ans, ws)
	}
	loose := t&tierLoose != 0
	if loose {
		f[FLoose] = 1
	}
	if t&tierDenied != 0 {
		f[FDenied] = 1
	}
	groups := a.idx.Analyze(qu.Rest(qu.Body))
	// Names are checked by the rules that proposed the answer; what is
	// left is the topic.
	var topic []index.Group
	for _, g := range groups {
		if !qu.upper(g.Word) {
			topic = append(topic, g)
		}
	}
	if len(topic) == 0 {
		f[FNoTopic] = 1
		f[FCovText], f[FCovArticle] = 1, 1
	} else {
		text := a.stemSet(ans.Quote)
		f[FCovText] = covered(topic, text)
		if art, ok := a.articleOf.find(ans.File); ok {
			f[FCovArticle] = a.articleCoverage(art, topic)
		}
		unknown := 0
		for _, g := range topic {
			if !g.Known() {
				unknown++
			}
		}
		f[FUnknown] = float64(unknown) / float64(len(topic))
	}
	if ans.QuoteN >= 0 {
		f[FQuote] = 1
	}
	if valueKinds(qu) != nil {
		f[FValue] = 1
	}
	f[FSources] = math.Log1p(float64(len(ans.Sources)))
	f[FNames] = 1
	if art, ok := a.articleOf.find(ans.File); ok {
		text := index.Fold(a.c.Articles[art].Text)
		n, in := 0, 0
		for i, w := range qu.Words {
			if i == 0 || !w.Upper || index.IsStop(w.Fold) {
				continue
			}
			n++
			if strings.Contains(text, dropPossessive(w.Fold)) {
				in++
			}
		}
		if n > 0 {
			f[FNames] = float64(in) / float64(n)
		}
	}
	fr := qu.Frame() // the tagger's reading: once
	f[FPredicate] = 1
	if pred := fr.Predicate; pred != "" && qu.Kind != KindSaid && qu.Kind != KindWhoSaid && !(publishes(pred) && a.outletAnswer(qu, ans)) {
		// "which paper carried the mayor's remarks": the outlet's running
		// them is the article itself, whose text need not say so.
		stems := a.stemSet(ans.Quote)
		if !a.holdsPredicate(pred, stems) && !a.holdsPredicate(phrasalOf(qu, pred), stems) && !holdsAction(pred, ans.Quote) && !spokeAsAsked(qu, pred, ans.Quote) {
			f[FPredicate] = 0
		}
	}
	if loose && f[FPredicate] == 0 {
		// "Lund met the minister" for "when did Lund call the minister":
		// the people are there, the deed is another.
		f[FLooseOther] = 1
	}
	f[FType] = a.typeAgrees(qu, ans)
	f[FRoles] = 1
	if fr.Agent != "" || fr.Patient != "" {
		var roles []index.Group
		for _, g := range a.idx.Analyze(fr.Agent + " " + fr.Patient) {
			if !qu.upper(g.Word) || qu.Kind == KindWho {
				roles = append(roles, g)
			}
		}
		if len(roles) > 0 {
			f[FRoles] = covered(roles, a.stemSet(ans.Quote))
		}
	}
	f[FThing] = a.holdsThing(qu, ans.Quote)
	if art, ok := a.articleOf.find(ans.File); ok {
		f[FAbsent] = a.absentFrom(qu, art)
	}
	f[FMargin] = 1
	if len(ans.Alternatives) > 0 && ans.Score > 0 {
		f[FMargin] = max(0, 1-ans.Alternatives[0].Score/ans.Score)
	}
	return f
}

// thingOf is the noun that names what question qu asks for, besides its
// form: the counted thing of "how many girls" or "how much tax", the
// kind of "what church does X lead"; "" when there is none.
func thingOf(qu Question) string {
	switch {
	case qu.Kind == KindHowMany && !qu.Age && !qu.Share:
		return qu.Unit
	case qu.Kind == KindWhat && !qu.Define && !qu.Bare && qu.Body > 0 && qu.Body < len(qu.Words):
		if w := qu.Words[qu.Body-1].Fold; w != "what" && w != "which" {
			return ""
		}
		head := countedHead(qu, qu.Body)
		if !lex.Known(lex.Lemma(head, lex.Noun), lex.Noun) {
			return ""
		}
		return head
	}
	return ""
}

// holdsThing is 1 when text names the thing asked (thingOf), as written,
// in another form or as a WordNet synonym or derivation, or when the
// question names none; 0 otherwise: "what does the levy raise a year"
// is not answered by a sentence on another tax that shares its other
// words.
func (a *Answerer) holdsThing(qu Question, text string) float64 {
	thing := thingOf(qu)
	if thing == "" || text == "" {
		return 1
	}
	if covered([]index.Group{a.withForms(a.expand(thing))}, a.stemSet(text)) > 0 {
		return 1
	}
	return 0
}

// absentFrom is the share of the words of question qu that can name a
// thing or an action (informs.go: nouns, verbs, numbers; not fillers, not
// names, which the rules check) and that the corpus writes somewhere,
// which are nowhere in article art, not in another form nor as a WordNet
// synonym. A question's constraint (the group polled, the place of the
// event, the action timed) that the whole article leaves out says the
// article answers another question: "what share of left-handed voters"
// is not answered by an article on right-handed ones, however many of
// its other words it shares. A word the corpus never writes is the
// asker's own (slang, a word said otherwise), and says nothing.
func (a *Answerer) absentFrom(qu Question, art int) float64 {
	tags := questionTags(qu)
	n, absent := 0, 0
	for i := qu.Body; i < len(qu.Words); i++ {
		w := qu.Words[i]
		f := dropPossessive(w.Fold)
		if w.Upper && i > 0 || index.IsStop(f) || pronounVerb(f) || qu.Kind == KindHowMany && f == "many" || qu.Light(i) || planned(qu, i) {
			continue // names are checked by the rules that proposed the answer
		}
		if informs(qu, tags, i) < 1 {
			continue
		}
		if !a.idx.Expand(f).Known() {
			continue
		}
		n++
		if a.articleCoverage(art, []index.Group{a.expand(f)}) == 0 {
			absent++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(absent) / float64(n)
}

// typeAgrees is 1 when the answer line is of the kind asked for: a
// person or party for who, a place that is no person, party or outlet for
// where, a speaker for a quotation, a sum of money where one is asked
// (sumasked.go); 0 otherwise. Other values are of their kind by
// construction.
func (a *Answerer) typeAgrees(qu Question, ans corpus.Answer) float64 {
	line := strings.TrimPrefix(ans.Answer, "the ")
	if sumMissing(qu, ans) {
		return 0
	}
	switch qu.Kind {
	case KindWho:
		if thingKind(qu.Type) {
			// "which flight": the thing's name (thing.go), no party.
			if p, ok := a.lookupRun(line); ok && p.Kind == corpus.KindPerson {
				return 0
			}
			return 1
		}
		if ans.QuoteN >= 0 || ans.Speaker != "" || a.outletAnswer(qu, ans) {
			return 1
		}
		if _, ok := a.lookupRun(line); ok {
			return 1
		}
		if strings.Contains(ans.Answer, ",") || len(strings.Fields(line)) > 5 {
			return 0 // a clause, not a party
		}
		return 0.5 // a name the corpus does not list as a party
	case KindWhere:
		if qu.Medium != "" {
			return 1 // "on what show": a programme or an outlet is what is asked
		}
		if p, ok := a.lookupRun(line); ok && p.Kind == corpus.KindPerson {
			return 0
		}
		if _, ok := a.outletNames[strings.ToLower(line)]; ok {
			return 0 // "told the BBC": an outlet is no place
		}
		return 1
	case KindSaid, KindWhoSaid:
		if ans.Speaker == "" {
			return 0
		}
	}
	return 1
}

// outletAnswer reports whether qu asks for an outlet and the answer line
// names a publisher of the corpus.
func (a *Answerer) outletAnswer(qu Question, ans corpus.Answer) bool {
	if !qu.asksOutlet() {
		return false
	}
	_, ok := a.outletNames[strings.ToLower(strings.TrimPrefix(ans.Answer, "the "))]
	return ok
}

// coverLemmas are the lemmas of coverVerbs: what an outlet does with a
// story, as a frame's predicate reads it ("ran" is "run").
var coverLemmas = func() map[string]bool {
	m := map[string]bool{}
	for w := range coverVerbs {
		m[lex.Lemma(w, lex.Verb)] = true
	}
	return m
}()

// publishes reports whether a frame's predicate is an outlet's act of
// publishing.
func publishes(pred string) bool { return coverVerbs[pred] || coverLemmas[pred] }

// phrasalOf is the phrasal verb the question writes with predicate pred
// and a small word after it ("brought up": "bring up", whose senses
// include "mention"), or "" when there is none. One word of the phrase
// says little of what was done.
func phrasalOf(qu Question, pred string) string {
	for i := qu.Body; i+1 < len(qu.Words); i++ {
		w, p := qu.Words[i], qu.Words[i+1]
		if w.Upper || p.Upper || !index.IsStop(p.Fold) || lex.Lemma(w.Fold, lex.Verb) != pred {
			continue
		}
		if phrase := pred + " " + p.Fold; lex.Known(phrase, lex.Verb) {
			return phrase
		}
	}
	return ""
}

// maxPredicateWords bounds the WordNet synonyms and derivations tried
// for a predicate.
const maxPredicateWords = 24

// holdsPredicate reports whether stems hold the predicate, a form of it,
// a WordNet synonym or a derivation ("resignation" for resign).
func (a *Answerer) holdsPredicate(pred string, stems map[string]bool) bool {
	if pred == "" {
		return false
	}
	words := append([]string{pred}, lex.Related(pred)...)
	words = append(words, lex.Synonyms(pred, lex.Verb)...)
	for k, w := range words {
		if k == maxPredicateWords {
			break
		}
		if strings.Contains(w, " ") {
			continue // "step down": one word of it says nothing
		}
		if stems[a.stemOf(w)] {
			return true
		}
	}
	return false
}

// covered is the share of the groups' weight (unknown words weighing
// little, see lowWeight) whose words or synonyms are in stems.
func covered(groups []index.Group, stems map[string]bool) float64 {
	return coveredBy(groups, func(term string) bool { return stems[term] })
}

// coveredBy is covered with has telling which stems are there.
func coveredBy(groups []index.Group, has func(string) bool) float64 {
	var total, got float64
	low := lowWeight(groups)
	for _, g := range groups {
		w := g.Weight
		if !g.Known() {
			w = low
		}
		total += w
		best := 0.0
		for _, alt := range g.Alts {
			if alt.Factor > best && has(alt.Term) {
				best = alt.Factor
			}
		}
		got += w * best
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// decide gives proposal ans, or "not found" when the fitted score says it
// is more likely wrong than right.
func (a *Answerer) decide(ctx context.Context, qu Question, ans corpus.Answer) corpus.Answer {
	return a.decideLoose(ctx, qu, ans, tierStrict)
}

// decideLoose is decide for a proposal that may come from a candidate
// covering less than MinCoverage (loose).
func (a *Answerer) decideLoose(ctx context.Context, qu Question, ans corpus.Answer, t tier) corpus.Answer {
	return a.decideFull(ctx, qu, ans, t, nil)
}

// decideFull is decideLoose for a proposal described further by ws, when
// it is a quotation proposed for a whosaid fragment.
func (a *Answerer) decideFull(ctx context.Context, qu Question, ans corpus.Answer, t tier, ws *whoProposal) corpus.Answer {
	if ans.Found && !writesWord(ans.Answer) {
		// A line cut down to a bracket or a dash (")") tells the asker
		// nothing, whatever its sentence holds: the rules proposed no
		// answer.
		ans.Found = false
	}
	if ans.Found {
		if asked, put := a.substitutes(qu, ans); asked != "" {
			// The sentence tells of another thing than the one asked
			// ("Camp Alder" where the question names Camp Birch, which
			// its article never writes): the rules proposed no answer.
			ans.Found = false
			ans.Suggestions = append([]string{fmt.Sprintf("a sentence names %q where the question names %q: %s", put, asked, clip(oneLine(ans.Quote), 120))}, ans.Suggestions...)
		}
	}
	if !ans.Found {
		if rec, ok := ctx.Value(recordKey{}).(*Record); ok && rec != nil {
			*rec = Record{Proposed: ans}
		}
		return final(ans)
	}
	rec, recording := ctx.Value(recordKey{}).(*Record)
	if Threshold <= 0 && t == tierStrict && !recording && !explaining(ctx) {
		// Every proposal is given: the features (an article's words, the
		// question's tags) would cost time and change nothing.
		return final(ans)
	}
	f := a.features(qu, ans, t, ws)
	p := Probability(f)
	th := Threshold
	if f[FWhoLoose] != 0 {
		th = ThresholdWhoLoose
	}
	if recording && rec != nil {
		*rec = Record{Proposed: ans, Features: f, P: p}
	}
	if ans.Explain != nil || explaining(ctx) {
		fr := &corpus.Explanation{Message: "question frame: " + qu.Frame().String()}
		e := &corpus.Explanation{Value: p, Message: fmt.Sprintf("fitted probability that the answer is right (given when ≥ %.2f):", th)}
		for i, x := range f {
			e.Children = append(e.Children, &corpus.Explanation{Value: x * Weights[i], Message: fmt.Sprintf("%s = %.2f × weight %.2f", FeatureNames[i], x, Weights[i])})
		}
		root := &corpus.Explanation{Value: ans.Score, Message: "answer", Children: []*corpus.Explanation{e, fr}}
		if ans.Explain != nil {
			root.Children = append(root.Children, ans.Explain)
		}
		ans.Explain = root
	}
	if p < th {
		sugg := []string{fmt.Sprintf("a likely answer scored %.2f, below %.2f: %s", p, th, clip(oneLine(ans.Answer+" — "+ans.Quote), 120))}
		ans.Found = false
		ans.Suggestions = append(sugg, ans.Suggestions...)
	}
	return final(ans)
}

// writesWord reports whether line holds a letter or a digit.
func writesWord(line string) bool {
	for _, r := range line {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
