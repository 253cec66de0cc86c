package answer

import (
	"context"
	"math"
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A fragment remembered loosely ("X is a budding tyrant" for "X is a
// tyrant in the making", a note of where it was said in brackets, words
// of the asker's own) often covers less than MinCoverage of its weight in
// any quotation, for the words the quotation never writes are the rarest
// and weigh most. When no quotation passes the gates, whoSaidLoose
// proposes the best one (looseQuote) and the fitted score decides, with
// features that tell a paraphrase from a chance match (whoProposal):
// the share of the fragment's words in order in the quotation, its
// coverage with the asker's own words weighed less, and how far it
// stands ahead of the best quotation of another speaker.

// whoProposal describes a whosaid proposal for the fitted score.
type whoProposal struct {
	set     bool // a quotation was proposed: the features below hold
	inQuote bool // the quotation holds MinCoverage of the fragment itself
	loose   bool // proposed by the loose tier: nothing passed the gates
	order   float64
	cov     float64 // coverage of the fragment in the quotation's own text
	held    float64
	lead    float64
}

// MinLooseWords is the least number of the fragment's words a quotation
// proposed by the loose tier must hold in its own text: one word shared
// says nothing of which quotation it is.
const MinLooseWords = 2

// looseQuote returns the best of hits for a fragment no quotation
// matched well enough: its score raised by its share of the fragment's
// words in order, as matchQuotes does, the words compared by their stems
// (looseOrder), or by the share of a short quotation the fragment holds
// whole (looseMatch).
func (a *Answerer) looseQuote(frag string, groups []index.Group, hits []index.Hit) (index.Hit, bool) {
	words := looseWords(frag)
	best, found := index.Hit{}, false
	for _, h := range hits {
		if a.idx.Doc(h.Doc).Kind != index.KindQuote || !numbersMatch(groups, h) || matchedInText(groups, h) < MinLooseWords {
			continue
		}
		r := looseMatch(words, stemmedWords(a.idx.Text(h.Doc)), heldAround(groups, h))
		h.Score *= 1 + r
		if !found || h.Score > best.Score {
			best, found = h, true
		}
	}
	return best, found
}

// heldAround reports whether the paragraph around hit h's quotation
// holds most of the fragment's words the quotation does not: MinCoverage
// of their weight (groups).
func heldAround(groups []index.Group, h index.Hit) bool {
	var rest, around float64
	for i, g := range groups {
		if i >= len(h.Matched) || h.Matched[i] == 2 {
			continue
		}
		rest += g.Weight
		if h.Matched[i] == 1 {
			around += g.Weight
		}
	}
	return rest > 0 && around >= MinCoverage*rest
}

// stemmedWords are the words of s, folded and stemmed, a contraction
// told as its two words ("shouldn't": should, not): a fragment
// remembered loosely keeps a quotation's words in order but not their
// forms ("saying" for "to say", "working" for "works", "shouldn't" for
// "should not").
func stemmedWords(s string) []string {
	words := foldedWords(s)
	out := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.ReplaceAll(w, "’", "'")
		if base, tail, ok := clitic(w); ok {
			out = append(out, index.Stem(base), tail)
			continue
		}
		out = append(out, index.Stem(w))
	}
	return out
}

// clitic splits a contraction into its word and the small word it
// stands for: "shouldn't" is "should" and "not", "i'm" "i" and "am".
// English has these few; no resource lists them.
func clitic(w string) (string, string, bool) {
	switch {
	case w == "can't" || w == "cannot":
		return "can", "not", true
	case w == "won't":
		return "will", "not", true
	case strings.HasSuffix(w, "n't") && len(w) > 3:
		return strings.TrimSuffix(w, "n't"), "not", true
	}
	for _, c := range [...][2]string{{"'m", "am"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'d", "would"}} {
		if strings.HasSuffix(w, c[0]) && len(w) > len(c[0]) {
			return strings.TrimSuffix(w, c[0]), c[1], true
		}
	}
	return "", "", false
}

// sameWords reports whether two quotations are one in other outlets'
// wordings: of three words or more, the shorter's words are
// MinHeldInOrder in order in the longer.
func sameWords(x, y []string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) >= 3 && inOrder(x, y) >= MinHeldInOrder
}

// proposal gives the features of quotation best proposed for frag, among
// hits. A loose proposal (loose) compares the words in order by their
// stems, as looseQuote chose it.
func (a *Answerer) proposal(frag string, groups []index.Group, best index.Hit, hits []index.Hit, loose bool) whoProposal {
	words := foldedWords(frag)
	order := func(doc int) float64 { return inOrder(words, foldedWords(a.idx.Text(doc))) }
	if loose {
		lw := looseWords(frag)
		around := map[int]bool{best.Doc: heldAround(groups, best)}
		for _, h := range hits {
			around[h.Doc] = around[h.Doc] || heldAround(groups, h)
		}
		order = func(doc int) float64 { return looseMatch(lw, stemmedWords(a.idx.Text(doc)), around[doc]) }
	}
	ws := whoProposal{set: true}
	ws.order = order(best.Doc)
	ws.held = coverageOf(ownWeighed(groups, hits), best, nil)
	ws.cov = inText(groups, best, nil)
	// The lead is taken on the scores matchQuotes gives, raised by the
	// share of the fragment in order, over the quotations that are not
	// best in other words (another outlet's wording, credited to nobody).
	mine := foldedWords(a.idx.Text(best.Doc))
	raised := func(h index.Hit) float64 { return h.Score * (1 + order(h.Doc)) }
	top := raised(best)
	for _, h := range hits {
		if h.Doc == best.Doc {
			top = raised(h) // the search's score, before matchQuotes raised it
		}
	}
	who := a.speakerOf(best)
	second := 0.0
	for _, h := range hits {
		if h.Doc == best.Doc || a.speakerOf(h) == who || sameWords(mine, foldedWords(a.idx.Text(h.Doc))) {
			continue
		}
		second = max(second, raised(h))
	}
	if top > 0 {
		ws.lead = max(0, 1-second/top)
	}
	return ws
}

// ownWeighed returns groups with the weight of each word no quotation
// among hits holds in its own text (the asker's own: a filler, a note of
// where it was said, a word remembered otherwise) lowered to the least
// weight of the fragment's words: a word rare in the corpus is heavy, and
// when no quotation writes it, it tells no quotation from another.
func ownWeighed(groups []index.Group, hits []index.Hit) []index.Group {
	if len(groups) == 0 {
		return groups
	}
	least := groups[0].Weight
	for _, g := range groups {
		least = min(least, g.Weight)
	}
	out := make([]index.Group, len(groups))
	copy(out, groups)
	for i := range out {
		held := false
		for _, h := range hits {
			if i < len(h.Matched) && h.Matched[i] == 2 {
				held = true
				break
			}
		}
		if !held {
			out[i].Weight = least
		}
	}
	return out
}

// whoFeatures describes whosaid proposal ans, ws, to the fitted score.
func (a *Answerer) whoFeatures(qu Question, ans corpus.Answer, ws *whoProposal) Features {
	var f Features
	f[FWhoLoose] = 1
	f[FWhoCov], f[FWhoArticle] = 1, 1
	rest := a.asPrinted(qu.Rest(qu.Body))
	if groups, _ := a.looseGroups(rest, a.idx.Analyze(rest)); len(groups) > 0 {
		f[FWhoCov] = ws.cov // as the search matched it, WordNet's words counting
		f[FWhoArticle] = covered(groups, a.stemSet(ans.Quote))
		if art, ok := a.articleOf.find(ans.File); ok {
			f[FWhoArticle] = a.articleCoverage(art, groups)
		}
	}
	f[FWhoSources] = math.Log1p(float64(len(ans.Sources)))
	f[FWhoOrder], f[FWhoHeld], f[FWhoLead] = ws.order, ws.held, ws.lead
	// A long quotation holds many a fragment's words by chance, scattered
	// over its sentences; of one the fragment recalls, a good part is in
	// the fragment (heldShare, reordered.go).
	f[FWhoPart] = heldShare(ans.Quote, foldedWords(rest))
	if ws.loose {
		f[FWhoPart] = looseHeld(ans.Quote, looseWords(rest))
	}
	return f
}

// asPrinted is fragment frag as an article prints its words: its
// informal forms ("cos", "gonna", "im": informal) and its
// contractions typed without their apostrophe (index.Apostrophes)
// written back, so that they meet the quotation's "because", "going to",
// "I'm" and weigh as those do, not as words the corpus never writes.
func (a *Answerer) asPrinted(frag string) string {
	return a.idx.Apostrophes(informal(frag))
}

// decideWho is decide for a whosaid proposal described by ws.
func (a *Answerer) decideWho(ctx context.Context, qu Question, ans corpus.Answer, ws whoProposal) corpus.Answer {
	return a.decideFull(ctx, qu, ans, looseIf(ws.loose), &ws)
}

// withoutNote is fragment frag without the notes in brackets the asker
// adds of where or when it was said ("fewer boats the better (the harbour
// chief, before the regatta)"): they are no words of the quotation, and
// the fitted score finds them in its article (FWhoArticle, FCovArticle
// read the whole question). A fragment that is all note stays as it is.
func withoutNote(frag string) string {
	var b strings.Builder
	depth := 0
	for _, r := range frag {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
			b.WriteByte(' ')
		case depth == 0:
			b.WriteRune(r)
		}
	}
	if depth > 0 || len(strings.Fields(b.String())) < 2 {
		return frag
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// looseGroups returns groups, the analysis of fragment frag (one group a
// word, in order), read as a question's words are (informs.go): each
// weighs by what its word can name, for a fragment is typed as loosely
// as a question, with fillers ("basically", "tho"), a contraction ("im")
// or an adverb the quotation never wrote, which the corpus knows little
// or not at all and so weigh most by their IDF. A word the tagger reads
// as a verb also stands for its other forms ("feel" for "felt") and for
// the words of its first verb sense ("backing" for "support"), which the
// noun sense WordNet gives most often ("back", the body part) hides.
// changed says whether a group has words it did not have.
func (a *Answerer) looseGroups(frag string, groups []index.Group) (out []index.Group, changed bool) {
	toks := index.Surface().Analyze(frag)
	if len(toks) != len(groups) {
		return groups, false
	}
	tags := map[int]string{}
	for _, t := range lex.Tag(frag) {
		tags[t.Start] = t.Tag
	}
	out = slices.Clone(groups)
	for i, t := range toks {
		if isNumber(t.Term) {
			continue
		}
		tag := tags[t.Start]
		out[i].Weight *= tagInforms(t.Term, tag)
		n := len(out[i].Alts)
		out[i].Alts = slices.Clone(out[i].Alts)
		out[i] = a.addWeighted(out[i], kinAlts(t.Term), "WordNet, a derivation or a sense's synonym")
		changed = changed || len(out[i].Alts) > n
		if !strings.HasPrefix(tag, "VB") {
			continue
		}
		n = len(out[i].Alts)
		if base := irregularVerb(t.Term); base != "" {
			out[i] = a.merge(out[i], base)
		} else {
			out[i] = a.merge(out[i], lex.Forms(lex.Lemma(t.Term, lex.Verb))...)
		}
		if senses := lex.Senses(lex.Lemma(t.Term, lex.Verb), lex.Verb); len(senses) > 0 {
			var stems []string
			for _, w := range senses[0].Synonyms { // the sense most often meant
				if !strings.ContainsAny(w, " -_") {
					stems = append(stems, index.Stem(strings.ToLower(w)))
				}
			}
			out[i] = a.addSynonyms(out[i], stems, "WordNet, the verb's first sense")
		}
		changed = changed || len(out[i].Alts) > n
	}
	return out, changed
}
