// Package answer turns a question into a ranked corpus.Answer that lists
// every outlet reporting the matched quotation or fact.
//
// A question is parsed for its kind (who said, what did X say, when, how
// long, how many, who, did, what) and the people it names; its other
// meaning-bearing words are searched in the index; the kind and the people
// decide which documents can answer (a "when" needs a fact with a date, a
// "what did X say" a quotation by X); and an answer is given only when the
// match covers enough of the question's weight. Otherwise the reply is "not
// found", with the closest things the corpus does know.
package answer

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus"
	"factdesk/corpus/clean"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
)

// Answerer answers questions over one corpus.
type Answerer struct {
	c        *corpus.Corpus
	idx      *index.Index
	r        *person.Resolver
	quotesBy idLists    // speaker id → quotation ids
	quotesIn idLists    // article → quotation ids
	nm       *names     // names, aliases and roles, for resolving questions
	roles    *roleIndex // what articles call people beside their names
	// quotedNames are the quoted people's names, split once, for
	// finding one person written two ways.
	quotedNames []nameParts
	surnames    surnames  // finds quotedNames by surname, or one slip from it
	articleOf   fileIndex // file → article
	// outletNames are the publishers' names, lower-cased: one lookup, not a
	// pass over every article, tells an outlet from a place.
	outletNames map[string]struct{}
	// outletList are the publishers' and the cited sources' names as
	// written, longest first (cited.go).
	outletList []string
	// forms keeps each question word's synonym and derivation stems
	// (formStems), up to maxFormWords words counted in formWords.
	forms     sync.Map
	formWords atomic.Int32
	// spelled keeps, for each short question word, the corpus words of
	// the names it stands for that the corpus writes in full (speltOut).
	spelled *index.Memo[[]string]
	// initials are the ids of the corpus's names by their initials
	// (initials.go).
	initials map[string][]int
	// nameNext are the words that follow each word of the corpus's names
	// (nameclip.go), made once by nameNextOf when a question first needs
	// them.
	nameNextOnce sync.Once
	nameNext     map[string]map[string]int
}

// New prepares an Answerer. r may be nil: people are then resolved from
// c.People alone.
func New(c *corpus.Corpus, idx *index.Index, r *person.Resolver) *Answerer {
	if idx == nil {
		idx = index.Build(c)
	}
	return newAnswerer(c, idx, r, newNames(c, idx.Vocab()), newRoleIndex(c, idx.Vocab()).compact())
}

// newAnswerer assembles an Answerer around its name and role tables,
// built (New) or restored from a snapshot (Restore).
func newAnswerer(c *corpus.Corpus, idx *index.Index, r *person.Resolver, nm *names, roles *roleIndex) *Answerer {
	a := &Answerer{c: c, idx: idx, r: r, nm: nm, roles: roles}
	a.spelled = index.NewMemo(maxSpelled, a.speltOut)
	a.initials = initialNames(c.People)
	lex.PrepareNarrower() // for the words a step away in meaning (stepAway)
	a.quotesIn = groupIDs(len(c.Quotes), func(i int) int { return int(c.Quotes[i].Article) })
	a.quotesBy = groupIDs(len(c.Quotes), func(i int) int { return int(c.Quotes[i].SpeakerID) })
	a.quotedNames = quotedNames(c, a.quotesBy)
	a.surnames = newSurnames(a.quotedNames)
	a.articleOf = newFileIndex(c.Articles)
	a.outletNames = map[string]struct{}{}
	for _, art := range c.Articles {
		if art.Outlet != "" {
			a.outletNames[strings.ToLower(art.Outlet)] = struct{}{}
		}
	}
	var outlets, cites [][]string
	for _, art := range c.Articles {
		outlets = append(outlets, []string{art.Outlet})
		cites = append(cites, art.Cites)
	}
	// Outlets the articles name ("told Harbour FM") besides those that
	// published them or that they cite.
	var named []string
	for _, p := range c.People {
		if p.Kind == corpus.KindOutlet {
			named = append(named, p.Name)
		}
	}
	cites = append(cites, named)
	a.outletList = knownOutlets(outlets, cites)
	return a
}

// Thresholds of confidence: the share of a question's meaning-bearing
// weight (its words' IDF) that a match must cover.
const (
	// MinCoverage holds for questions and quotation fragments.
	MinCoverage = 0.5
	// MinTopicCoverage holds for the topic of "what did X say about …",
	// which the quotation itself rarely repeats.
	MinTopicCoverage = 0.3
	// paraWeight scales matches in the paragraph around a document.
	paraWeight = 0.4
)

type explainKey struct{}

// WithExplain asks Ask and WhoSaid, through ctx, to fill Answer.Explain.
// Explanations cost time, so they are built only when asked for.
func WithExplain(ctx context.Context) context.Context {
	return context.WithValue(ctx, explainKey{}, true)
}

func explaining(ctx context.Context) bool {
	v, _ := ctx.Value(explainKey{}).(bool)
	return v
}

func blank(q, kind string) corpus.Answer {
	return corpus.Answer{Question: q, Kind: kind, SpeakerID: corpus.NoPerson, QuoteN: -1, FactN: -1, Sources: []corpus.Source{}}
}

// NotFound is the answer line of a reply the corpus cannot give.
const NotFound = "Not found in the corpus."

// Ask answers a free question ("When did Lund and Voss meet?").
func (a *Answerer) Ask(ctx context.Context, q string) corpus.Answer {
	q = clean.String(q) // pasted zero-width characters, fullwidth letters, curly quotes
	// "per the AP, who …": the outlet prefers articles, it is no word to
	// find (credited.go).
	body, outlet := creditClause(q)
	if outlet == "" {
		body, outlet = a.knownCredit(q) // "the toll reported by Nordwire" (cited.go)
	}
	// A name's later word typed short, "Pell co" for Pell County
	// (nameclip.go); "the yard - whats it called" (called.go); "who got
	// the manager job" (gotjob.go).
	body = gotPost(calledAsked(a.nameClipped(body)))
	ans, kept := a.reading(ctx, body, outlet)
	if tally := tallyFirst(body); tally != body && !ans.Found {
		// "score in the cup final", read as typed, is a figure asked by
		// its noun, whose sentence must write every other word; when
		// none does, it is asked as "what was the score in …"
		// (tallyfirst.go).
		if alt, r := a.reading(ctx, tally, outlet); alt.Found {
			ans, kept = alt, r
		} else if withheld(kept, r) {
			kept = r
		}
	}
	// A reading of part of the question may drop the noun that asks for
	// a figure ("score in the cup final" read as the cup final): its
	// answer must still give one (figure.go).
	var fig *figure // parsed again only when another reading answers
	gives := func(alt corpus.Answer) bool {
		if fig == nil {
			f := Parse(body).Figure
			fig = &f
		}
		return *fig == noFigure || fig.in(alt.Answer)
	}
	if topic, cx := topicContext(body); topic != body {
		// "the mayor's remarks - which paper ran them": the question
		// asked of the topic typed first (cited.go), when it finds more.
		// A question read without its form ("guccifer plea - how many
		// …", "the actress - where were her parents sent" as bare
		// words) does not know what is asked; the reading after the
		// dash does, and its answer is of the kind asked: a value, a
		// place, a party.
		if alt, r := a.reading(withContext(ctx, cx), topic, outlet); alt.Found && gives(alt) && (!ans.Found || alt.Score >= ans.Score || Parse(body).Bare && Parse(topic).Kind != KindWhat) {
			ans, kept = alt, r
		} else if !ans.Found && withheld(kept, r) {
			kept = r
		} else if !alt.Found && ans.Found && noValueAsked(topic, ans) {
			// "the quay meeting - how long": the value asked is in no
			// sentence; the words' own reading gave one that holds none
			// (topicvalue.go).
			ans, kept = alt, r
		}
	}
	if pq, ok := a.pronounTopic(body); ok {
		// "berg on the port strike - when did she call it off": the
		// question asked of the person the topic names (speakerfirst.go).
		if alt, r := a.reading(ctx, pq, outlet); alt.Found && gives(alt) && (!ans.Found || alt.Score >= ans.Score) {
			ans, kept = alt, r
		} else if !ans.Found && withheld(kept, r) {
			kept = r
		}
	}
	if sq, ok := a.speakerFirst(body); ok {
		alt, r := a.reading(ctx, sq, outlet)
		// "the mayor at the hearing - what did she tell the board": what the person
		// the topic names said (speakerfirst.go). The question's form
		// asks for her words, which the readings above, with no speaker
		// known, matched only as bare words.
		if alt.Found {
			ans, kept = alt, r
		} else if !ans.Found && withheld(kept, r) {
			kept = r
		}
	}
	if front := frontedContext(body); front != body {
		// The scene set first is a constraint, or what the question asks
		// about ("on the ferry, what did X tell the crew"): of the two
		// readings, the answer found that the question's words score
		// higher.
		if alt, r := a.reading(ctx, front, outlet); alt.Found && gives(alt) && (!ans.Found || alt.Score >= ans.Score) || !ans.Found {
			if alt.Found || withheld(kept, r) {
				kept = r
			}
			ans = alt
		}
	}
	if late := phraseLast(body); late != body {
		// "the mayor says she has served how long": asked as typed,
		// the question is read by its first words (phraselast.go); the
		// reading with the phrase first is kept when the first was not
		// of the kind the phrase asks.
		if alt, r := a.reading(ctx, late, outlet); alt.Found && (!ans.Found || Parse(body).Kind != Parse(late).Kind) {
			ans, kept = alt, r
		} else if !ans.Found && withheld(kept, r) {
			kept = r
		}
	}
	if rec, ok := ctx.Value(recordKey{}).(*Record); ok && rec != nil && kept != nil {
		*rec = *kept // the proposal of the answer kept, not of the reading tried last
	}
	// "the harbour master - whats his name": who the described person
	// is (namedperson.go).
	ans = a.askPersonNamed(ctx, body, outlet, ans)
	ans.Question = q
	return ans
}

// reading is askParsed with a record of its own when ctx asks for one
// (Recording): Ask tries several readings of a question and keeps one
// answer, and what the fit reads must be the proposal behind the answer
// kept, not the one of the reading tried last.
func (a *Answerer) reading(ctx context.Context, q, outlet string) (corpus.Answer, *Record) {
	if rec, ok := ctx.Value(recordKey{}).(*Record); !ok || rec == nil {
		return a.askParsed(ctx, q, outlet), nil
	}
	r := &Record{}
	return a.askParsed(Recording(ctx, r), q, outlet), r
}

// withheld reports whether the record of reading r should stand for a
// question no reading has answered yet, in place of kept: kept proposed
// nothing and r proposed something the score withheld, which a lower
// threshold would give.
func withheld(kept, r *Record) bool {
	return r != nil && r.Proposed.Found && (kept == nil || !kept.Proposed.Found)
}

// askParsed answers question q, which names no outlet but the one given
// apart ("" for none).
func (a *Answerer) askParsed(ctx context.Context, q, outlet string) corpus.Answer {
	qu := Parse(a.compounds(q))
	qu.Source = outlet
	qu = markContext(ctx, qu) // topicheld.go
	if qu.Kind != KindWhoSaid {
		qu = a.namesAsNames(qu)
	}
	if said, ok := whyBelieved(qu); ok {
		// "why does X think Y": the reason X gives, in what X said about
		// it (believed.go); else the question's own reading.
		if alt := a.askParsed(ctx, said, outlet); alt.Found {
			return alt
		}
	}
	switch qu.Kind {
	case KindWhoSaid:
		ans, ws := a.whoSaidLoose(ctx, q, qu.Rest(qu.Body), true)
		if !ws.inQuote && qu.Body >= 2 {
			// "Who said a proposal was fine-tuned?" may be reported
			// speech, not a quotation: who did the saying. A quotation
			// that holds the words only around it gives way to that.
			who := qu
			who.Kind, who.Body = KindWho, qu.Body-1
			if other := a.ask(ctx, who); other.Found {
				other.Kind = KindWhoSaid
				return a.decide(ctx, qu, other)
			}
		}
		return a.decideWho(ctx, qu, ans, ws)
	case KindSaid:
		if rest := qu.Rest(qu.Subject[0]); a.namesNoOne(qu.SubjectText()) {
			// The words before "say" name no one ("the council's joke
			// post", "independent audits", a clause before a second
			// question): the question is read by its words, as a bare
			// one is, and the fitted score decides.
			if alt := a.askParsed(ctx, rest, outlet); alt.Found {
				return alt
			}
		}
		ans, loose := a.saidLoose(ctx, qu, true)
		out := a.decideLoose(ctx, qu, ans, looseIf(loose))
		if out.Found && out.Quote != "" {
			out.Answer = a.saidLine(qu, out.Speaker, out.Quote) // glance.go
		}
		return out
	}
	if rest, ok := qu.outletsOf(); ok {
		return a.decide(ctx, qu, a.outlets(ctx, qu, rest))
	}
	if qu.counterpartWord() >= 0 {
		if c, ok := a.counterpart(ctx, qu); ok {
			return a.decide(ctx, qu, c) // counterpart.go
		}
	}
	if c, ok := a.contact(ctx, qu); ok {
		return a.decide(ctx, qu, c) // contact.go
	}
	rel := ""
	if qu.Age {
		people, _ := a.findPeople(qu, qu.Body)
		rel = relativeAsked(qu, people) // "how old is Lund's daughter": not Lund's age
	}
	if qu.Age && rel == "" {
		if old, ok := a.howOld(ctx, qu); ok {
			return a.decide(ctx, qu, old) // age.go
		}
	}
	ans, t := a.propose(ctx, qu, true)
	if !ans.Found {
		// An answer may lie across two sentences (previous.go).
		if two, ok := a.across(ctx, qu); ok {
			ans, t = two, tierStrict
		}
	}
	if qu.Age && ans.Found && (!givesAge(ans.Quote, ans.Answer) || rel != "" && !givesAge(beside(ans.Quote, rel), ans.Answer)) {
		// "how old is X", when no age of X is written: a count of
		// something else ("a 12-point plan") is no age.
		miss := blank(qu.Text, qu.Kind)
		miss.Suggestions = []string{"no age given: " + clip(oneLine(ans.Quote), 120)}
		ans, t = miss, tierStrict
	}
	ans.Answer = a.atAGlance(qu, ans.Answer) // glance.go
	if qu.Why && ans.Found && !givesReason(ans.Quote) {
		// "why did X cancel": a sentence that X cancelled, and no more,
		// does not answer it.
		miss := blank(qu.Text, qu.Kind)
		miss.Suggestions = []string{"no reason given: " + clip(oneLine(ans.Quote), 120)}
		ans, t = miss, tierStrict
	}
	return a.decideLoose(ctx, qu, ans, t)
}

// reasonWords say why something happened.
var reasonWords = map[string]bool{"because": true, "cause": true, "caused": true, "due": true, "owing": true,
	"citing": true, "cited": true, "reason": true, "reasons": true, "since": true, "after": true,
	"following": true, "amid": true, "so": true, "therefore": true, "result": true, "blamed": true,
	"explained": true, "order": true, "protest": true}

// givesReason reports whether text gives a reason: a word of cause
// ("because", "citing", "after", "due to").
func givesReason(text string) bool {
	return reasonAt(index.Words.Tokenize(text)) >= 0
}

// reasonAt is the token of toks that opens a reason, or -1: a word of
// cause, or "over" before what someone was blamed for ("sacked over a
// post"), not before a number or a time ("over 40", "over the weekend").
func reasonAt(toks []index.Token) int {
	for i, t := range toks {
		f := index.Fold(t.Term)
		if reasonWords[f] {
			return i
		}
		if f == "over" && i > 0 && i+1 < len(toks) && overReason(toks[i+1:]) {
			return i
		}
	}
	return -1
}

// overReason reports whether the words after "over" name a cause: a
// noun phrase that is no amount and no span of time.
func overReason(rest []index.Token) bool {
	for k, t := range rest {
		if k == 4 {
			return false
		}
		f := index.Fold(t.Term)
		if isNumber(f) || isNumeric(f) {
			return false
		}
		if determiners[f] || possessives[f] || index.IsStop(f) {
			continue
		}
		lemma := lex.Lemma(f, lex.Noun)
		if isUpperWord(t.Term) && !lex.Known(lemma, lex.Noun) && !lex.Known(f, lex.Adj) {
			return false // "over Halden": a place or a name; a headline capitalises every word
		}
		if !lex.Known(lemma, lex.Noun) {
			continue // an adjective before the noun
		}
		return !lex.FirstClass(lemma, lex.Noun).Has(lex.NounTime | lex.NounQuantity)
	}
	return false
}

// maxReasonWords bounds the answer line of a "why" question.
const maxReasonWords = 16

// reasonLine is the reason text gives, from its word of cause to the end
// of its clause ("after sharing a post that …"), or "".
func reasonLine(text string) string {
	toks := index.Words.Tokenize(text)
	k := reasonAt(toks)
	if k < 0 {
		return ""
	}
	return phraseUpTo(text[toks[k].Start:], false, maxReasonWords)
}

// phraseUpTo is rest up to its sentence's end (with comma, up to its
// first comma too), cut to at most max words and trimmed of the
// punctuation and quotation marks around it: the few words an answer
// line shows.
func phraseUpTo(rest string, comma bool, max int) string {
	if i := strings.IndexAny(rest, ".;!?\n"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, ", "); comma && i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	if len(words) > max {
		words = words[:max]
	}
	return strings.Trim(strings.Join(words, " "), " ,:\"“”'")
}

// outlets answers "which outlets reported X" from the sources: X is
// answered as a question of its own, and the answer line names every
// outlet that reports it, in the order of its sources.
func (a *Answerer) outlets(ctx context.Context, qu Question, rest string) corpus.Answer {
	inner := Parse(rest)
	var ans corpus.Answer
	switch inner.Kind {
	case KindWhoSaid:
		ans, _ = a.whoSaid(ctx, rest, inner.Rest(inner.Body))
	case KindSaid:
		ans = a.said(ctx, inner)
	default:
		ans = a.ask(ctx, inner)
	}
	ans.Question, ans.Kind = qu.Text, qu.Kind
	if !ans.Found {
		return ans
	}
	if _, on, _ := qu.outletsOn(); on && inner.Bare || inner.Kind == KindWhat {
		// "reported on the ferry tender": every article about it, not only
		// those printing the sentence that answered; "reported Lund
		// saying the levy was fair": every article that holds the
		// event's words, in whatever wording, not only the answering
		// sentence's cluster.
		ans.Sources = a.coveringTopic(ctx, inner, ans)
	}
	var names []string
	seen := map[string]bool{}
	for _, s := range ans.Sources {
		if s.Outlet == nil || *s.Outlet == "" {
			names = append(names, "unknown outlet ("+s.File+")")
			continue
		}
		if k := strings.ToLower(*s.Outlet); !seen[k] {
			seen[k] = true
			names = append(names, *s.Outlet)
		}
	}
	ans.Answer = strings.Join(names, ", ")
	ans.Speaker = ""
	return ans
}

// WhoSaid finds who said a loosely remembered fragment.
func (a *Answerer) WhoSaid(ctx context.Context, q string) corpus.Answer {
	q = clean.String(q)
	qu := Parse(q)
	frag := q
	if qu.Kind == KindWhoSaid {
		frag = qu.Rest(qu.Body)
	} else {
		qu = Question{Text: q, Kind: KindWhoSaid, Words: qu.Words}
	}
	ans, ws := a.whoSaidLoose(ctx, q, frag, true)
	return a.decideWho(ctx, qu, ans, ws)
}

// final makes a reply that found nothing say so, and hold nothing that
// could pass for an answer.
func final(ans corpus.Answer) corpus.Answer {
	if !ans.Found {
		ans.Answer = NotFound
		ans.Speaker, ans.SpeakerID, ans.Quote, ans.File = "", corpus.NoPerson, "", ""
		ans.QuoteN, ans.FactN = -1, -1
		ans.Sources = []corpus.Source{}
		ans.Alternatives = nil
	}
	return ans
}

func (a *Answerer) mode(ctx context.Context) index.Mode {
	if explaining(ctx) {
		return index.Explain
	}
	return 0
}

// whoSaid is whoSaidLoose without its loose tier.
func (a *Answerer) whoSaid(ctx context.Context, q, frag string) (corpus.Answer, bool) {
	ans, ws := a.whoSaidLoose(ctx, q, frag, false)
	return ans, ws.inQuote
}

// whoSaidLoose proposes the quotation a fragment recalls, and describes
// the proposal for the fitted score (whoProposal, whoscore.go): whether
// the quotation holds most of the fragment itself, not only in the
// paragraph around it, and whether it came from the loose tier (when
// loose is set and no quotation passes the gates, the best is proposed).
func (a *Answerer) whoSaidLoose(ctx context.Context, q, frag string, loose bool) (corpus.Answer, whoProposal) {
	ans := blank(q, KindWhoSaid)
	frag = a.asPrinted(withoutNote(frag))
	groups := a.idx.Analyze(frag)
	for i := range groups {
		groups[i] = a.soundsLike(groups[i])
	}
	small := len(groups) == 0
	if small {
		// A fragment of small words alone ("to be or not to be") is
		// sought as a phrase only, and scored by its small words among
		// the quotations that hold it.
		groups = a.idx.SmallWords(frag)
	}
	if len(groups) == 0 {
		ans.Suggestions = a.suggest(nil)
		return ans, whoProposal{}
	}
	// A remembered fragment is sought as a phrase first (each word as
	// typed or one slip away, at its distance from the others, small
	// words included): a quotation that holds it comes first, whatever
	// the ranked terms say, for a fragment of common words matches many
	// quotations by its terms alone. What the terms find stays among the
	// sources and alternatives: other outlets' wordings of the same words.
	// A fragment of common words alone is not searched by its terms once
	// the phrase is found: that search scores every quotation holding the
	// rarest of them, and what it adds beyond the phrase is chance.
	sq := index.Query{Groups: groups, Kinds: index.KindQuote, ParaWeight: paraWeight / 2, Limit: 20, Mode: a.mode(ctx)}
	var ok, hits, pok []index.Hit
	words := groups
	if small {
		words = nil // Phrase reads the small words from frag itself
	}
	if docs, pgroups := a.idx.PhraseMatch(frag, words, index.KindQuote, index.MaxPhraseDocs); len(docs) > 0 {
		// Scored by the words the phrase was found with: a slip it
		// allowed counts as the word.
		if !small {
			groups = pgroups
		}
		pq := sq
		pq.Groups, pq.Only = groups, docs
		pok, hits = a.matchQuotes(ctx, pq, frag, groups)
	}
	if len(pok) == 0 && small {
		ans.Suggestions = a.suggest(nil)
		return ans, whoProposal{}
	}
	if len(pok) == 0 || !a.idx.Broad(groups) {
		if len(pok) == 0 {
			// Not found as written: a fragment remembered in other words
			// ("the medal was never the aim" for "the medal was never an
			// end") finds them by WordNet, as a question does.
			for i, g := range sq.Groups {
				if !isNumber(g.Word) {
					sq.Groups[i] = a.lexical(g, g.Word)
				}
			}
		}
		ok, hits = a.matchQuotes(ctx, sq, frag, sq.Groups)
		if len(ok) == 0 && len(pok) == 0 {
			if h, found := a.reordered(frag, sq.Groups, hits); found {
				ok = []index.Hit{h}
			}
		}
	}
	if len(ok) == 0 && len(pok) == 0 && ctx.Err() == nil {
		if hok, hh := a.byHalves(ctx, sq, frag); len(hok) > 0 {
			ok, hits = hok, hh // a word left out or put in
		}
	}
	if len(pok) > 0 {
		rest := pok[1:]
		for _, h := range ok {
			if h.Doc != pok[0].Doc && !slices.ContainsFunc(pok, func(p index.Hit) bool { return p.Doc == h.Doc }) {
				rest = append(rest, h)
			}
		}
		ok = append([]index.Hit{pok[0]}, rest...)
	}
	wasLoose := false
	if len(ok) == 0 && loose && ctx.Err() == nil {
		// Nothing passes the gates: the best quotation is proposed, and
		// the fitted score decides (FWhoLoose and the fragment's features).
		// Its words are read as a question's (looseGroups): a filler
		// weighs little, a verb finds its other forms and first sense.
		lg, changed := a.looseGroups(frag, sq.Groups)
		lhits := hits
		if changed {
			lq := sq
			lq.Groups = lg
			lhits = a.idx.Search(lq)
		}
		if h, found := a.looseQuote(frag, lg, lhits); found {
			ok, wasLoose, groups, hits = []index.Hit{h}, true, lg, lhits
		}
	}
	if len(ok) == 0 {
		ans.Suggestions = a.suggest(hits)
		return ans, whoProposal{}
	}
	best := ok[0]
	others := slices.DeleteFunc(slices.Clone(ok), func(h index.Hit) bool { return h.Doc == best.Doc })
	a.fillQuote(&ans, best, others)
	if name, id, ok := a.outletsSpeaker(best, others); ok {
		// most outlets that print these words name another speaker
		q := a.c.Quotes[a.idx.Doc(best.Doc).Ref]
		q.Speaker, q.SpeakerID = name, int32(id)
		ans.Speaker, ans.SpeakerID = name, id
		ans.Sources = a.sources(a.idx.Doc(best.Doc), a.sameQuote(q, others)...)
	}
	ans.Answer = ans.Speaker
	if ans.Answer == "" {
		ans.Answer = "an unnamed speaker"
	}
	ans.Alternatives = a.alternatives(a.without(others, a.sameQuote(a.c.Quotes[a.idx.Doc(best.Doc).Ref], others)), best, func(h index.Hit) string { return a.speakerOf(h) })
	ws := a.proposal(frag, groups, best, hits, wasLoose)
	ws.inQuote, ws.loose = inText(groups, best, nil) >= MinCoverage, wasLoose
	return ans, ws
}

// A fragment remembered with a word left out or put in ("we do not go
// to them, they do not come to us" for "…, and they do not come to us")
// is no phrase of the quotation, and when its words are common
// ones the quotation may rank past the hits read. Each half of a long
// fragment is sought as a phrase: a quotation that holds one half, and
// the fragment's words mostly in order (matchQuotes), is found so.

// minHalfWords is the least number of words of each half.
const minHalfWords = 4

// byHalves is matchQuotes over the quotations that hold the first half
// of frag as a phrase, else the second; nothing when frag is shorter
// than two halves or neither is a phrase of any quotation.
func (a *Answerer) byHalves(ctx context.Context, sq index.Query, frag string) (ok, hits []index.Hit) {
	toks := index.Words.Tokenize(frag)
	if len(toks) < 2*minHalfWords {
		return nil, nil
	}
	mid := (len(toks) + 1) / 2
	for _, half := range []string{frag[:toks[mid-1].End], frag[toks[mid].Start:]} {
		words := a.idx.Analyze(half)
		if len(words) == 0 {
			continue // small words alone may be anyone's
		}
		docs, _ := a.idx.PhraseMatch(half, words, index.KindQuote, index.MaxPhraseDocs)
		if len(docs) == 0 {
			continue
		}
		q := sq
		q.Only = docs
		if ok, hits = a.matchQuotes(ctx, q, frag, sq.Groups); len(ok) > 0 {
			return ok, hits
		}
	}
	return nil, nil
}

// matchQuotes returns the quotations q finds that match enough of the
// fragment, best first, and every hit (for suggestions).
func (a *Answerer) matchQuotes(ctx context.Context, q index.Query, frag string, groups []index.Group) (ok, hits []index.Hit) {
	hits = a.idx.Search(q)
	words := foldedWords(frag)
	bare := make([]string, len(words)) // "bridge's" typed for "bridge is"
	for i, w := range words {
		bare[i] = dropPossessive(w)
	}
	for _, h := range hits {
		// The index ignores small words; a fragment remembered word for
		// word is told apart by all of them, in order.
		have := foldedWords(a.idx.Text(h.Doc))
		r := inOrder(words, have)
		if len(have) >= 5 && len(have) < len(words) && inOrder(have, bare) >= MinHeldInOrder {
			// The fragment runs on past the quotation into the next
			// ("the bridge's a help to farmers, it is a help to schools
			// too" over two quotations): it holds the quotation.
			r = max(r, MinInOrder)
		}
		if enoughFragment(groups, h, len(words), r) && numbersMatch(groups, h) && ctx.Err() == nil {
			if len(words) >= 5 && r < MinInOrder {
				// "we never asked the port for more" is not "the port
				// asked us to wait", though both say "port" and "asked".
				continue
			}
			h.Score *= 1 + r
			if h.Explain != nil {
				h.Explain = &corpus.Explanation{Value: h.Score, Message: "score × (1 + share of the fragment's words found in order):",
					Children: []*corpus.Explanation{h.Explain, {Value: r, Message: "share of the fragment's words, small ones included, in order in the quotation"}}}
			}
			ok = append(ok, h)
		}
	}
	sort.SliceStable(ok, func(i, j int) bool { return ok[i].Score > ok[j].Score })
	return ok, hits
}

// numbersMatch reports whether every number of the question is in h's
// text as written: "the 12-point plan" is not "a 10-point harbour plan",
// one slip away.
func numbersMatch(groups []index.Group, h index.Hit) bool {
	for i, g := range groups {
		if year(g.Word) {
			// "the March 2019 survey": a year places the event, which a
			// sentence of the article tells without repeating the year;
			// coverage still weighs it.
			continue
		}
		if isNumber(g.Word) && (i >= len(h.Matched) || h.Matched[i] != 2 || i >= len(h.Quality) || h.Quality[i] < 1) {
			return false
		}
	}
	return true
}

// textCoverage is the share of the groups' weight h matches, counting a
// match in the context paragraph at half.
func textCoverage(groups []index.Group, h index.Hit) float64 {
	return coverageOf(groups, h, nil)
}

// coverageOf is the share of the weight of the groups not excluded by
// skip that h matches, each by its quality: a typo or a synonym counts
// less than the word itself, a match in the context paragraph half.
func coverageOf(groups []index.Group, h index.Hit, skip []bool) float64 {
	return weighted(groups, h, skip, false)
}

// inText is coverageOf counting only matches in h's own text, not its
// paragraph.
func inText(groups []index.Group, h index.Hit, skip []bool) float64 {
	return weighted(groups, h, skip, true)
}

func weighted(groups []index.Group, h index.Hit, skip []bool, textOnly bool) float64 {
	var total, got float64
	for i, g := range groups {
		if skip != nil && skip[i] {
			continue
		}
		total += g.Weight
		if textOnly && (i >= len(h.Matched) || h.Matched[i] != 2) {
			continue
		}
		if i < len(h.Quality) {
			got += g.Weight * h.Quality[i]
		}
	}
	if total == 0 {
		return 1
	}
	return got / total
}

// MinInOrder is the share of a fragment of five words or more, small
// words included, that a quotation must hold in the same order.
const MinInOrder = 0.5

// MaxUnknownShare bounds the share of a question's meaning-bearing words
// that the corpus does not know at all, not even misspelt: one rare word
// matched must not carry a question about things the corpus never
// mentions ("we will win the war").
const MaxUnknownShare = 0.4

// enough reports whether h matches enough of the groups not skipped.
func enough(groups []index.Group, h index.Hit, skip []bool) bool {
	return enoughAt(groups, h, skip, MinCoverage)
}

// enoughAt is enough with the share of the weight to cover given.
func enoughAt(groups []index.Group, h index.Hit, skip []bool, min float64) bool {
	if coverageOf(groups, h, skip) < min {
		return false
	}
	var n, unknown float64
	for i, g := range groups {
		if skip != nil && skip[i] {
			continue
		}
		n++
		if !g.Known() {
			unknown++
		}
	}
	return n == 0 || unknown <= MaxUnknownShare*n
}

// MinHeldInOrder is the share of a quotation's words, of five or more,
// that a longer fragment must hold in order to hold the quotation.
const MinHeldInOrder = 0.8

// longFragment is the number of words from which a fragment remembered
// in order says by itself which quotation it is.
const longFragment = 8

// MinLongInOrder is the share of a long fragment's words, small ones
// included, that a quotation must hold in order to be taken with less of
// its weight covered (MinLongCoverage): "the core of these talks is …"
// remembered for "the heart of these talks is …", where the words said
// otherwise are the rarest and weigh most.
const (
	MinLongInOrder  = 0.6
	MinLongCoverage = 0.3
)

// enoughFragment is enough for a remembered fragment of words, whose share
// in order in the quotation, small words included, is r.
func enoughFragment(groups []index.Group, h index.Hit, words int, r float64) bool {
	if words >= longFragment && r >= MinLongInOrder {
		return enoughAt(groups, h, nil, MinLongCoverage)
	}
	return enough(groups, h, nil)
}

func (a *Answerer) fillQuote(ans *corpus.Answer, h index.Hit, others []index.Hit) {
	d := a.idx.Doc(h.Doc)
	q := a.c.Quotes[d.Ref]
	ans.Found = true
	ans.Speaker, ans.SpeakerID = q.Speaker, int(q.SpeakerID)
	if p := a.c.Person(int(q.SpeakerID)); p != nil && ans.Speaker == "" {
		ans.Speaker = p.Name
	}
	if name, id, ok := a.wordingSpeaker(&q, others); ok {
		ans.Speaker, ans.SpeakerID = name, id // named by another outlet (inquote.go)
		// this copy now has the speaker the other outlets name, so their
		// wordings are found as the same quotation, for the sources
		q.Speaker, q.SpeakerID = name, int32(id)
	}
	ans.Quote, ans.File, ans.QuoteN, ans.FactN = q.Text, q.File, int(q.ID), -1
	ans.Sources = a.sources(d, a.sameQuote(q, others)...)
	ans.Score = h.Score
	ans.Explain = h.Explain
}

// without drops the hits of docs.
func (a *Answerer) without(hits []index.Hit, docs []index.Doc) []index.Hit {
	if len(docs) == 0 {
		return hits
	}
	skip := map[index.Doc]bool{}
	for _, d := range docs {
		skip[d] = true
	}
	var out []index.Hit
	for _, h := range hits {
		if !skip[a.idx.Doc(h.Doc)] {
			out = append(out, h)
		}
	}
	return out
}

// sameQuote returns, among other hits, the quotations that are q in
// other words: the same speaker, and most of the shorter one's words in
// order in the longer. They count as sources even when clustering missed
// them.
func (a *Answerer) sameQuote(q corpus.Quote, others []index.Hit) []index.Doc {
	var out []index.Doc
	mine := foldedWords(q.Text)
	seen := map[int]bool{}
	for _, h := range others {
		d := a.idx.Doc(h.Doc)
		if d.Kind != index.KindQuote {
			continue
		}
		o := a.c.Quotes[d.Ref]
		if !a.sameSpeaker(int(o.SpeakerID), int(q.SpeakerID)) || o.Cluster == q.Cluster {
			continue
		}
		theirs := foldedWords(o.Text)
		short, long := mine, theirs
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 3 && inOrder(short, long) >= 0.6 {
			out = append(out, d)
			seen[int(o.Cluster)] = true
		}
	}
	// A translation words the line anew ("the conversation will be very
	// good" for "it's going to be a really good call"): the same speaker,
	// a few of the same words, told at the same moment of the same story.
	if q.SpeakerID < 0 {
		return out
	}
	// Its cluster's wordings and surroundings all count.
	members := []int32{int32(q.ID)}
	if q.Cluster >= 0 && int(q.Cluster) < len(a.c.QuoteClusters) {
		members = a.c.QuoteClusters[q.Cluster].Members()
	}
	stems := map[string]bool{}
	arts := map[int]bool{}
	for _, m := range members {
		a.addStems(stems, a.c.Quotes[m].Text)
		arts[int(a.c.Quotes[m].Article)] = true
	}
	var ctxs []map[string]bool
	var theirIDs []int32
	if p := a.c.Person(int(q.SpeakerID)); p != nil {
		for _, t := range a.twins(p) {
			theirIDs = append(theirIDs, a.quotesBy.of(t)...)
		}
	}
	for _, id := range theirIDs {
		o := a.c.Quotes[id]
		if o.Cluster == q.Cluster || arts[int(o.Article)] || seen[int(o.Cluster)] {
			continue
		}
		// Most of its words, not two of a long speech.
		theirStems := a.stemSet(o.Text)
		if n := shared(stems, theirStems); n < 2 || 2*n < len(theirStems) {
			continue
		}
		if ctxs == nil {
			for _, m := range members {
				ctxs = append(ctxs, a.context(a.c.Quotes[m]))
			}
		}
		theirs := a.context(o)
		if slices.ContainsFunc(ctxs, func(c map[string]bool) bool { return a.rareShared(c, theirs) >= sameMoment }) {
			if d := a.idx.QuoteDoc(int(id)); d >= 0 {
				out = append(out, a.idx.Doc(d))
			}
		}
	}
	return out
}

// sameMoment is how many uncommon words two quotations' surroundings must
// share to be told at the same moment of a story.
const sameMoment = 3

// stemSet is the set of meaning-bearing stems of text, read from the
// corpus vocabulary rather than stemmed anew.
func (a *Answerer) stemSet(text string) map[string]bool {
	m := map[string]bool{}
	a.addStems(m, text)
	return m
}

func (a *Answerer) addStems(m map[string]bool, text string) {
	for _, t := range index.Words.Tokenize(text) {
		if st := a.stemOf(t.Term); st != "" {
			m[st] = true
		}
	}
}

// shared counts the stems of theirs that mine holds, itself or a
// synonym ("conversation" for "call").
func shared(mine, theirs map[string]bool) int {
	n := 0
	for w := range theirs {
		if mine[w] || slices.ContainsFunc(index.Synonyms(w), func(s string) bool { return mine[s] }) {
			n++
		}
	}
	return n
}

// context is the stems around quotation q: its paragraph, the quotation
// left out, and the paragraph before, where articles say what led to it.
func (a *Answerer) context(q corpus.Quote) map[string]bool {
	art := a.c.Articles[q.Article]
	m := map[string]bool{}
	add := func(s corpus.Span) {
		if s.Start >= 0 && s.End <= len(art.Text) && s.Start < s.End {
			a.addStems(m, art.Text[s.Start:s.End])
		}
	}
	p := q.Paragraph
	if p < 0 || int(p) >= len(art.Paragraphs) {
		return m
	}
	ps := art.Paragraphs[p].Span()
	add(corpus.Span{Start: ps.Start, End: q.Span().Start})
	add(corpus.Span{Start: q.Span().End, End: ps.End})
	for k := p - 1; k >= 0; k-- {
		if art.Paragraphs[k].Kind == corpus.ParaBody {
			add(art.Paragraphs[k].Span())
			break
		}
	}
	return m
}

// rareShared counts the stems both contexts hold that are not common in
// the corpus: "Gaza" and "congratulate", not "said" or the speaker's name.
func (a *Answerer) rareShared(x, y map[string]bool) int {
	common := max(5, a.idx.N()/5)
	n := 0
	for w := range x {
		if y[w] && a.idx.DF(w) <= common {
			n++
		}
	}
	return n
}

func (a *Answerer) speakerOf(h index.Hit) string {
	d := a.idx.Doc(h.Doc)
	if d.Kind != index.KindQuote {
		return ""
	}
	q := a.c.Quotes[d.Ref]
	if q.Speaker != "" {
		return q.Speaker
	}
	if p := a.c.Person(int(q.SpeakerID)); p != nil {
		return p.Name
	}
	if name, _, ok := a.wordingSpeaker(&q, nil); ok {
		return name
	}
	return "an unnamed speaker"
}

// alternatives are up to three other hits from other clusters that score
// at least half as well as the best.
func (a *Answerer) alternatives(hits []index.Hit, best index.Hit, answer func(index.Hit) string) []corpus.Alternative {
	var out []corpus.Alternative
	seen := map[int64]bool{a.clusterOf(a.idx.Doc(best.Doc)): true}
	for _, h := range hits {
		if len(out) == 3 || h.Score < best.Score/2 {
			break
		}
		d := a.idx.Doc(h.Doc)
		if !firstOf(seen, a.clusterOf(d)) {
			continue
		}
		alt := corpus.Alternative{Answer: answer(h), Quote: a.idx.Text(h.Doc), File: a.c.Articles[d.Article].File, Score: h.Score}
		if d.Kind == index.KindQuote {
			alt.Speaker = a.speakerOf(h)
		}
		if alt.Answer == "" {
			continue
		}
		out = append(out, alt)
	}
	return out
}

// firstOf reports whether cluster k is seen for the first time, and
// marks it seen.
func firstOf(seen map[int64]bool, k int64) bool {
	if seen[k] {
		return false
	}
	seen[k] = true
	return true
}

// suggest names the closest things the corpus knows: the best hits even
// though they fell short, or else its most quoted people.
func (a *Answerer) suggest(hits []index.Hit) []string {
	var out []string
	seen := map[int64]bool{}
	for _, h := range hits {
		if len(out) == 3 {
			break
		}
		d := a.idx.Doc(h.Doc)
		if !firstOf(seen, a.clusterOf(d)) {
			continue
		}
		text := clip(oneLine(a.idx.Text(h.Doc)), 120)
		if d.Kind == index.KindQuote {
			out = append(out, fmt.Sprintf("%s: “%s”", a.speakerOf(h), text))
		} else {
			out = append(out, fmt.Sprintf("%s (%s)", text, a.c.Articles[d.Article].File))
		}
	}
	if len(out) > 0 {
		return out
	}
	return a.quotedPeople(3)
}

// quotedPeople lists the n people with the most quotations.
func (a *Answerer) quotedPeople(n int) []string {
	ids := a.quotesBy.keys()
	sort.Slice(ids, func(i, j int) bool {
		if li, lj := len(a.quotesBy.of(ids[i])), len(a.quotesBy.of(ids[j])); li != lj {
			return li > lj
		}
		return ids[i] < ids[j]
	})
	var out []string
	for _, id := range ids {
		if p := a.c.Person(id); p != nil && len(out) < n {
			out = append(out, fmt.Sprintf("%s (%d quotations)", p.Name, len(a.quotesBy.of(id))))
		}
	}
	return out
}

// foldedWords are all the words of s, small ones included, folded.
func foldedWords(s string) []string {
	toks := index.Words.Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = index.Number(index.Fold(t.Term))
	}
	return out
}

// inOrder is the share of want found in have in the same order (the
// longest common subsequence), a word matching when equal or, for words of
// four letters or more, one edit apart.
func inOrder(want, have []string) float64 {
	if len(want) == 0 || len(have) == 0 {
		return 0
	}
	if len(have) > 400 {
		have = have[:400]
	}
	prev := make([]int, len(have)+1)
	cur := make([]int, len(have)+1)
	for _, w := range want {
		for j, h := range have {
			switch {
			case w == h || len(w) >= 4 && len(h) >= 4 && abs(len(w)-len(h)) <= 1 && levenshtein.ComputeDistance(w, h) <= 1:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(have)]) / float64(len(want))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// clip shortens s to about n bytes at a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}

// said answers "what did X say (about Y)".
func (a *Answerer) said(ctx context.Context, qu Question) corpus.Answer {
	ans, _ := a.saidLoose(ctx, qu, false)
	return ans
}

// saidLoose is said; with loose set, when no article of the speaker's
// quotations holds MinArticleTopic of the topic, the one holding most of
// it, at least LooseArticleTopic, answers, and it says so.
func (a *Answerer) saidLoose(ctx context.Context, qu Question, loose bool) (corpus.Answer, bool) {
	ans := blank(qu.Text, KindSaid)
	wasLoose := false
	name := qu.SubjectText()
	p, ok := a.quotedPerson(name)
	if !ok {
		ans.Suggestions = append([]string{fmt.Sprintf("no one called %q is quoted in the corpus; people who are:", name)}, a.quotedPeople(5)...)
		return ans, false
	}
	var ids []int
	for _, id := range a.twins(p) {
		for _, q := range a.quotesBy.of(id) {
			ids = append(ids, int(q))
		}
	}
	groups := unplanned(qu, a.idx.Analyze(qu.Rest(qu.Body)))
	if len(ids) == 0 {
		if len(groups) > 0 && a.reported(ctx, &ans, p, groups) {
			return ans, false
		}
		ans.Suggestions = append([]string{fmt.Sprintf("%s is named in the corpus but not quoted; people who are:", p.Name)}, a.quotedPeople(5)...)
		return ans, false
	}
	var best index.Hit
	var rest []index.Hit
	if len(groups) == 0 {
		// No topic: the quotation most outlets carried.
		bestID := ids[0]
		weight := func(id int) int {
			return a.clusterSize(id)*1000 + min(len(a.c.Quotes[id].Text), 999)
		}
		for _, id := range ids {
			if weight(id) > weight(bestID) {
				bestID = id
			}
		}
		best = index.Hit{Doc: a.idx.QuoteDoc(bestID), Score: 1, Coverage: 1}
		if best.Doc < 0 {
			return ans, false
		}
	} else {
		mine := map[int]bool{}
		for _, id := range ids {
			if d := a.idx.QuoteDoc(id); d >= 0 {
				mine[d] = true
			}
		}
		hits := a.idx.Search(index.Query{Groups: groups, Kinds: index.KindQuote, ParaWeight: paraWeight,
			Filter: func(d int) bool { return mine[d] }, Limit: 10, Mode: a.mode(ctx)})
		var ok []index.Hit
		why := asksWhy(qu)
		for _, h := range hits {
			n := len(strings.Fields(a.idx.Text(h.Doc)))
			given := a.givenWords(qu, a.idx.Doc(h.Doc), n, groups) // describedas.go
			if given || textCoverage(groups, h) >= MinTopicCoverage {
				// A word or two in quotation marks ("hinder") says less of
				// what someone said than a sentence does.
				if !given {
					h.Score *= 0.5 + 0.5*min(1, float64(n)/6)
				}
				// What most outlets carried is what the person said on
				// it, when the topic is only around the quotations.
				h.Score *= 1 + 0.2*float64(min(a.clusterSize(int(a.idx.Doc(h.Doc).Ref)), 6)-1)
				if why {
					// "about why it leaked": the words said with their
					// reason or purpose, before words on it that give none.
					if a.givesWhy(a.idx.Doc(h.Doc), groups) || givesReason(a.idx.Text(h.Doc)) {
						h.Score *= sentenceTopicBoost
					} else {
						h.Score /= sentenceTopicBoost
					}
				}
				if given || inText(groups, h, nil) == 0 && a.sentenceHolds(a.idx.Doc(h.Doc), groups) {
					// The topic only in the paragraph: the quotation whose
					// own sentence names it ("said the calls were leaked to
					// “hinder” ties") is what was said of it.
					h.Score *= sentenceTopicBoost
				}
				ok = append(ok, h)
			}
		}
		sort.SliceStable(ok, func(i, j int) bool { return ok[i].Score > ok[j].Score })
		if len(ok) == 0 {
			if a.reported(ctx, &ans, p, groups) {
				return ans, false
			}
			h, found := a.aboutTopic(ids, groups, MinArticleTopic, false)
			if !found && loose {
				h, found = a.aboutTopic(ids, groups, LooseArticleTopic, asksAbout(qu))
				wasLoose = found
			}
			if found {
				h = a.ownWords(h, hits, groups)
			}
			if !found {
				ans.Suggestions = a.quotesOf(p, 3)
				return ans, false
			}
			ok = append(ok, h)
		}
		best, rest = ok[0], ok[1:]
	}
	a.fillQuote(&ans, best, rest)
	if d := a.idx.Doc(best.Doc); len(groups) > 0 && d.Kind == index.KindQuote && a.givenWords(qu, d, len(strings.Fields(a.idx.Text(best.Doc))), groups) {
		// The description asked, which other outlets quote inside
		// longer words (describedas.go).
		if also := a.describedAlso(d, ids); len(also) > 0 {
			ans.Sources = a.sources(d, append(a.sameQuote(a.c.Quotes[d.Ref], rest), also...)...)
		}
	}
	ans.Answer = ans.Speaker
	ans.Alternatives = a.alternatives(rest, best, func(index.Hit) string { return p.Name })
	return ans, wasLoose
}

// reported answers "what did X say about Y" from reported speech when no
// quotation of X is about Y: a sentence that names X and covers the topic
// ("Lund called the leaked memo a forgery").
func (a *Answerer) reported(ctx context.Context, ans *corpus.Answer, p *corpus.Person, topic []index.Group) bool {
	name := surname(p.Name)
	if name == "" {
		name = p.Name
	}
	groups := append(append([]index.Group(nil), topic...), a.idx.Expand(index.Fold(name)))
	skip := make([]bool, len(groups))
	skip[len(groups)-1] = true
	hits := a.idx.Search(index.Query{Groups: groups, Kinds: index.KindFact | index.KindSentence, Limit: 10, Mode: a.mode(ctx)})
	for _, h := range hits {
		d := a.idx.Doc(h.Doc)
		if !enough(groups, h, skip) {
			continue
		}
		text := a.idx.Text(h.Doc)
		agent := map[string]bool{index.Fold(name): true}
		if h.Matched[len(groups)-1] != 2 {
			// "He also said the calls were leaked to hinder ties": a
			// pronoun that stands for the person, named last before it.
			pr := a.leadingPronoun(d, text)
			if pr == "" || a.namedBefore(d, text) != p.ID {
				continue
			}
			agent = map[string]bool{pr: true}
		}
		// The person must be who speaks in it ("Voss said the offer was
		// fair"), not someone the speaker speaks of ("Lund said Voss had
		// resigned").
		if !a.saidBy(text, index.Words.Tokenize(text), index.Group{}, agent) {
			continue
		}
		a.foundIn(ans, p.Name, text, h, d)
		ans.Speaker, ans.SpeakerID = p.Name, p.ID
		ans.Explain = h.Explain
		return true
	}
	return false
}

// sentenceTopicBoost weighs a quotation whose sentence names the topic
// its own words do not, against one that shares only its paragraph.
const sentenceTopicBoost = 2

// maxSentenceBytes bounds the text read on each side of a quotation for
// the sentence around it.
const maxSentenceBytes = 400

// sentenceTerms is the stems of the sentence around quotation document
// d, from the end of the sentence before to the end of its own.
func (a *Answerer) sentenceTerms(d index.Doc) (map[string]bool, bool) {
	before, after, ok := a.sentenceAround(d)
	if !ok {
		return nil, false
	}
	have := map[string]bool{}
	for _, t := range index.Words.Tokenize(before + " " + after) {
		have[a.stemOf(t.Term)] = true
	}
	return have, true
}

// sentenceHolds reports whether the sentence around document d in its
// article (from the end of the sentence before to the end of its own)
// holds MinCoverage of the groups' weight: a name the sentence shares
// with the topic is not enough.
func (a *Answerer) sentenceHolds(d index.Doc, groups []index.Group) bool {
	have, ok := a.sentenceTerms(d)
	if !ok {
		return false
	}
	var held, all float64
	for _, g := range groups {
		all += g.Weight
		for st := range exactTerms([]index.Group{g}) {
			if have[st] {
				held += g.Weight
				break
			}
		}
	}
	return all > 0 && held >= MinCoverage*all
}

// sentenceAround is the text of document d's sentence in its article
// before and after d itself (from the end of the sentence before to the
// end of its own, at most maxSentenceBytes each side).
func (a *Answerer) sentenceAround(d index.Doc) (before, after string, ok bool) {
	if d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return "", "", false
	}
	art := a.c.Articles[d.Article].Text
	from, to := d.Span.Start, d.Span.End
	if from < 0 || to > len(art) || from >= to {
		return "", "", false
	}
	lo := max(0, from-maxSentenceBytes)
	if i := strings.LastIndexAny(art[lo:from], ".!?\n"); i >= 0 {
		lo += i + 1
	}
	hi := min(len(art), to+maxSentenceBytes)
	if i := strings.IndexAny(art[to:hi], ".!?\n"); i >= 0 {
		hi = to + i
	}
	return art[lo:from], art[to:hi], true
}

// asksAbout reports whether "what did X say" asks about a thing ("about
// the levy"), not after or when something happened.
func asksAbout(qu Question) bool {
	for i := qu.Body; i < len(qu.Words); i++ {
		if qu.Words[i].Fold == "about" {
			return true
		}
	}
	return false
}

// asksWhy reports whether the topic of "what did X say about …" is a
// reason: "about why the ferry was late".
func asksWhy(qu Question) bool {
	for i := qu.Body; i+1 < len(qu.Words); i++ {
		if qu.Words[i].Fold == "about" && qu.Words[i+1].Fold == "why" {
			return true
		}
	}
	return false
}

// givesWhy reports whether the sentence around a quotation of d gives a
// reason or a purpose for the topic: a word of cause, or "to" after one
// of the topic's words ("leaked to “hinder” ties").
func (a *Answerer) givesWhy(d index.Doc, groups []index.Group) bool {
	before, after, ok := a.sentenceAround(d)
	if !ok {
		return false
	}
	terms := exactTerms(groups)
	for _, part := range []string{before, after} {
		toks := index.Words.Tokenize(part)
		if reasonAt(toks) >= 0 {
			return true
		}
		for i := 0; i+1 < len(toks); i++ {
			if terms[a.stemOf(toks[i].Term)] && index.Fold(toks[i+1].Term) == "to" {
				return true
			}
		}
		// "leaked to" right before the quoted word.
		if n := len(toks); part == before && n >= 2 && index.Fold(toks[n-1].Term) == "to" && terms[a.stemOf(toks[n-2].Term)] {
			return true
		}
	}
	return false
}

// unplanned is groups without the words that only say something was
// planned ("was meant to", "is supposed to"; see planned): what someone
// said a thing was meant to do is found by what it does.
func unplanned(qu Question, groups []index.Group) []index.Group {
	var out []index.Group
	for _, g := range groups {
		plan := false
		for i := qu.Body; i < len(qu.Words); i++ {
			plan = plan || qu.Words[i].Fold == g.Word && planned(qu, i) || typedStop(qu.Words[i], g.Word)
		}
		if !plan {
			out = append(out, g)
		}
	}
	return out
}

// leadingPronoun is the subject pronoun ("he", "she") that opens text,
// past a lead-in word or two ("He also said", "Later, she said"), folded,
// or "".
func (a *Answerer) leadingPronoun(d index.Doc, text string) string {
	toks := index.Words.Tokenize(text)
	for i := 0; i < len(toks) && i < 3; i++ {
		if f := index.Fold(toks[i].Term); f == "he" || f == "she" {
			return f
		}
	}
	return ""
}

// namedBefore is the ID of the person named last before document d in
// its article (within pronounBack bytes), or -1: whom a pronoun opening
// it stands for.
func (a *Answerer) namedBefore(d index.Doc, text string) int {
	if d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return -1
	}
	art := a.c.Articles[d.Article].Text
	end := d.Span.Start
	if end <= 0 || end > len(art) {
		return -1
	}
	before := art[max(0, end-pronounBack):end]
	if p := a.namedLast(before, index.Words.Tokenize(before)); p != nil {
		return p.ID
	}
	return -1
}

func (a *Answerer) clusterSize(qid int) int {
	c := a.c.Quotes[qid].Cluster
	if c < 0 || int(c) >= len(a.c.QuoteClusters) {
		return 1
	}
	return len(a.c.QuoteClusters[c].Articles())
}

// quotesOf renders up to n of p's quotations as suggestions.
func (a *Answerer) quotesOf(p *corpus.Person, n int) []string {
	out := []string{fmt.Sprintf("nothing %s said matches; what %s is quoted saying:", p.Name, p.Name)}
	seen := map[int]bool{}
	for _, id := range a.quotesBy.of(p.ID) {
		q := a.c.Quotes[id]
		if seen[int(q.Cluster)] || len(out) > n {
			continue
		}
		seen[int(q.Cluster)] = true
		out = append(out, fmt.Sprintf("%s: “%s”", p.Name, clip(oneLine(q.Text), 120)))
	}
	return out
}

// foundIn fills ans with an answer line that search hit h on document d
// gives: the sentence quoted (text), its article, its fact, and every
// source that reports the same.
func (a *Answerer) foundIn(ans *corpus.Answer, line, text string, h index.Hit, d index.Doc) {
	ans.Found = true
	ans.Answer = line
	ans.Quote = text
	ans.File = a.c.Articles[d.Article].File
	ans.Score = h.Score
	if d.Kind == index.KindFact {
		ans.FactN = int(d.Ref)
	}
	ans.Sources = a.sources(d)
}

// year reports whether w is written as a year of news, 1900 to 2099.
func year(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w)
}

// MinOutletTopic is the share of a topic's weight an article must hold to
// count as reporting on it.
const MinOutletTopic = 0.75

// maxTopicArticles bounds the articles read for "which outlets reported
// on X".
const maxTopicArticles = 200

// coveringTopic lists, after ans's own sources, every article holding
// MinOutletTopic of the words of topic question qu.
func (a *Answerer) coveringTopic(ctx context.Context, qu Question, ans corpus.Answer) []corpus.Source {
	groups := a.idx.Analyze(qu.Rest(qu.Body))
	if len(groups) == 0 {
		return ans.Sources
	}
	have := map[string]bool{}
	for _, s := range ans.Sources {
		have[s.File] = true
	}
	out := ans.Sources
	seen := map[int32]bool{}
	for _, h := range a.idx.Search(index.Query{Groups: groups, Kinds: index.AnyKind, Limit: maxTopicArticles, Mode: a.mode(ctx)}) {
		d := a.idx.Doc(h.Doc)
		if seen[d.Article] {
			continue
		}
		seen[d.Article] = true
		art := a.c.Articles[d.Article]
		if have[art.File] || a.articleCoverage(int(d.Article), groups) < MinOutletTopic {
			continue
		}
		have[art.File] = true
		s := art.Source()
		s.Wording, s.Span = d.Span.Of(art.Text), d.Span
		out = append(out, s)
	}
	return out
}

// givesAge reports whether the number of answer line value stands in
// text as an age is written: "52-year-old", "52 years old", "aged 52",
// "age 52", "at 52", or set off by commas ("Berg, 52, said").
func givesAge(text, value string) bool {
	n := strings.TrimFunc(value, func(r rune) bool { return r < '0' || r > '9' })
	if n == "" {
		// an age in words ("a five-year-old"): the number word, found as written
		for _, w := range strings.FieldsFunc(strings.ToLower(value), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if index.Number(w) != w {
				n, text = w, strings.ToLower(text)
				break
			}
		}
	}
	if n == "" || strings.ContainsFunc(n, func(r rune) bool { return (r < '0' || r > '9') && (r < 'a' || r > 'z') }) {
		return false
	}
	for at := 0; ; {
		i := strings.Index(text[at:], n)
		if i < 0 {
			return false
		}
		i += at
		before, after := strings.ToLower(text[:i]), strings.ToLower(text[i+len(n):])
		at = i + len(n)
		if i > 0 && isDigitOrLetter(text[i-1]) || len(after) > 0 && isDigitOrLetter(after[0]) {
			continue
		}
		switch {
		case strings.HasPrefix(after, "-year-old"), strings.HasPrefix(after, " years old"), strings.HasPrefix(after, " year old"),
			strings.HasPrefix(after, "-years-old"):
			return true
		case strings.HasSuffix(before, "aged "), strings.HasSuffix(before, "age "), strings.HasSuffix(before, "at "):
			return true
		case strings.HasSuffix(before, ", ") && strings.HasPrefix(after, ","):
			return true
		}
	}
}

// isDigitOrLetter says whether an ASCII byte continues a number or a word,
// so "5" is not read inside "15" nor "five" inside "fiver".
func isDigitOrLetter(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// compounds writes apart a compound typed as one word ("phonecall",
// "deathtoll"): a word of seven letters or more that neither the corpus
// (as written or one slip away) nor WordNet knows, made of two words of
// three letters or more that both do. Each is then a word of the
// question, matched as the articles write them. The question comes back
// unchanged when it holds none.
func (a *Answerer) compounds(q string) string {
	var b strings.Builder
	last := 0
	for _, t := range index.Words.Tokenize(q) {
		w := index.Fold(t.Term)
		if len(w) < 7 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || a.idx.Vocab().Has(w) || lex.Known(lex.Lemma(w, 0), 0) {
			continue
		}
		for i := 3; i <= len(w)-3; i++ {
			mod, head := w[:i], w[i:]
			if index.IsStop(mod) || index.IsStop(head) || !a.idx.Vocab().Has(mod) || !a.idx.Vocab().Has(head) ||
				!lex.Known(lex.Lemma(mod, 0), 0) || !lex.Known(lex.Lemma(head, 0), 0) {
				continue
			}
			if a.idx.Expand(w).Known() {
				break // a slip of a corpus word, read as that
			}
			b.WriteString(q[last : t.Start+i])
			b.WriteByte(' ')
			last = t.Start + i
			break
		}
	}
	if last == 0 {
		return q
	}
	b.WriteString(q[last:])
	return b.String()
}
