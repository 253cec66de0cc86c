package answer

import (
	"cmp"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A fragment remembered loosely says a quotation's words in other forms
// and other words: a derivation ("being suspended" for "suspension", "they
// investigate" for "the investigation"), a synonym of a sense other than
// the one most often meant ("probe" for "investigation", "post" for
// "position", "correct" for "right"). The loose tier compares the fragment
// with a quotation word by word (looseOrder, looseHeld); each of the
// fragment's words stands for its kin: its own stem, the stems of its
// lemmas in every part of speech, of the lemmas WordNet derives from them,
// and of the one-word synonyms and, for a verb, the hypernyms of each of
// their senses (a phrasal verb's standing for its verb), each weighed by
// how much it says the same thing (kinOf). The fitted score reads the
// shares these give (FWhoOrder, FWhoPart), so a paraphrase and a chance
// match are told apart by the fit, not by a list of pairs.

// DerivedFactor is how much a word derived from another ("suspension",
// "suspended") counts as the word: the same event, in another part of
// speech.
const DerivedFactor = 0.85

// kin maps stems to how much each counts as the word it was made for.
type kin map[string]float64

// kinMemo keeps the kin of up to maxKinCache words: a fragment's words
// recur across questions.
var kinMemo = index.NewMemo(maxKinCache, makeKin)

const maxKinCache = 1 << 15

// kinOf is the kin of folded word w: its stem at 1; the stems of its
// lemmas at 1; of the lemmas derived from them at DerivedFactor; of the
// one-word synonyms of each sense of a lemma, and of a verb sense's
// hypernyms (a phrasal verb standing for its verb), at index.SynonymFactor for
// the sense most often meant in its part of speech, and less for the
// rarer ones, by their share of the uses WordNet counts (as
// index.RarerSenses weighs them). A small word is only itself.
func kinOf(w string) kin { return kinMemo.Get(w) }

func makeKin(w string) kin {
	k := kin{index.Stem(w): 1}
	if index.IsStop(w) || isNumber(w) {
		return k
	}
	add := func(word string, f float64) {
		if word == "" || strings.ContainsAny(word, " -_") || index.IsStop(word) {
			return
		}
		st := index.Stem(strings.ToLower(word))
		if f > k[st] {
			k[st] = f
		}
	}
	for _, pos := range [...]lex.POS{lex.Noun, lex.Verb, lex.Adj, lex.Adv} {
		lemma := lex.Lemma(w, pos)
		if lemma == "" || !lex.Known(lemma, pos) {
			continue
		}
		add(lemma, 1)
		for _, r := range lex.Related(lemma) {
			add(r, DerivedFactor)
		}
		senses := lex.Senses(lemma, pos)
		most := 0
		for _, s := range senses {
			most = max(most, s.Count)
		}
		broader := lex.Broader(lemma, pos)
		for i, s := range senses {
			f := index.SynonymFactor * float64(s.Count+1) / float64(most+1)
			for _, syn := range s.Synonyms {
				add(syn, f)
				add(particleVerb(syn, pos), f)
			}
			if i < len(broader) && pos == lex.Verb {
				// A verb's hypernym counts as its sense's synonyms do: a
				// paraphrase often says the plainer verb ("clinging" for
				// "hold on").
				for _, b := range broader[i] {
					add(b, f)
					add(particleVerb(b, pos), f)
				}
			}
		}
	}
	return k
}

// particleVerb is the verb of a phrasal verb, a verb and an adverb of
// WordNet's that is a small word ("hold on", "give up", "step down"), for
// a kin's synonym: a quotation that writes it holds its verb; "" for
// anything else.
func particleVerb(lemma string, pos lex.POS) string {
	verb, particle, ok := strings.Cut(lemma, " ")
	if pos != lex.Verb || !ok || strings.Contains(particle, " ") || !index.IsStop(particle) || !lex.Known(particle, lex.Adv) {
		return ""
	}
	return verb
}

// likeness is how much quotation word h, a stem, counts as the fragment
// word whose own stem is own and whose kin is k: 1 for the stem itself or
// one slip of it (four letters or more: "civilised", "civilized"), the
// kin's factor for a word of its kin, else 0.
func likeness(own string, k kin, h string) float64 {
	if h == own || len(own) >= 4 && len(h) >= 4 && abs(len(own)-len(h)) <= 1 && levenshtein.ComputeDistance(own, h) <= 1 {
		return 1
	}
	return k[h]
}

// looseWord is a fragment word as the loose tier compares it.
type looseWord struct {
	stem string
	kin  kin
}

// looseWords are the words of fragment s as the loose tier compares them
// with a quotation: folded, a contraction told as its two words
// (stemmedWords), each with its kin.
func looseWords(s string) []looseWord {
	var out []looseWord
	for _, w := range foldedWords(s) {
		w = strings.ReplaceAll(w, "’", "'")
		if base, tail, ok := clitic(w); ok {
			out = append(out, looseWord{index.Stem(base), kinOf(base)}, looseWord{index.Stem(tail), kinOf(tail)})
			continue
		}
		out = append(out, looseWord{index.Stem(w), kinOf(w)})
	}
	return out
}

// looseOrder is inOrder for the loose tier: the share of the fragment's
// words found in the same order in have (stemmedWords of a quotation),
// each counting by its likeness to the word it is matched with.
func looseOrder(want []looseWord, have []string) float64 {
	if len(want) == 0 || len(have) == 0 {
		return 0
	}
	if len(have) > 400 {
		have = have[:400]
	}
	return orderedLikeness(want, have, true) / float64(len(want))
}

// orderedLikeness is the most that the words of want and have matched in
// the same order add up to, each pair counting by its likeness; with
// join, a word of want may also match two neighbouring words of have
// written as one.
func orderedLikeness(want []looseWord, have []string, join bool) float64 {
	prev := make([]float64, len(have)+1)
	cur := make([]float64, len(have)+1)
	for _, w := range want {
		for j, h := range have {
			cur[j+1] = max(prev[j+1], cur[j])
			if s := likeness(w.stem, w.kin, h); s > 0 {
				cur[j+1] = max(cur[j+1], prev[j]+s)
			}
			if join && j > 0 && joined(w.stem, have[j-1], h) {
				cur[j+1] = max(cur[j+1], prev[j-1]+1)
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(have)]
}

// joined reports whether the fragment word whose stem is own is the
// quotation's two words a, b (stems) written as one: "frontline" for
// "front line", "healthcare" for "health care". Of six letters or more,
// within a slip, for the stem of the word written as one ends otherwise.
func joined(own, a, b string) bool {
	// Checked in every cell of looseOrder's table: the cheap tests
	// first, and no string made.
	if len(own) < 6 || len(a) < 2 || len(b) < 2 || !strings.HasPrefix(own, a) {
		return false
	}
	rest := own[len(a):]
	if rest != b && (abs(len(rest)-len(b)) > 1 || levenshtein.ComputeDistance(rest, b) > 1) {
		return false
	}
	return !index.IsStop(a) && !index.IsStop(b)
}

// looseWithin is looseOrder the other way: the share of a short
// quotation's words (have, its stemmedWords) that fragment want holds in
// the same order, each counting by its likeness. A reporter recalls a
// quotation of a few words with the sentence around it ("the heckler
// would not get hurt at my rally" for a sentence that quotes only "not
// get hurt"): the fragment then holds the quotation, not the quotation
// the fragment. 0 for a quotation of fewer than minWithin words, or of
// more than the fragment's.
func looseWithin(want []looseWord, have []string) float64 {
	if len(have) < minWithin || len(have) > len(want) {
		return 0
	}
	return orderedLikeness(want, have, false) / float64(len(have))
}

// minWithin is the fewest words of a quotation that a longer fragment
// holding them all says is the one recalled: two words ("said no") are
// held by chance.
const minWithin = 3

// looseMatch is the share of the fragment in order in the quotation, or
// of a short quotation in order in the fragment when the fragment holds
// it whole (looseWithin at MinHeldInOrder or more) and the sentence
// around it holds another of the fragment's words (around), whichever is
// more: a fragment that holds "build the dam" and goes on about what the
// sentence around it never says is not recalling it.
func looseMatch(want []looseWord, have []string, around bool) float64 {
	r := looseOrder(want, have)
	if !around {
		return r
	}
	if w := looseWithin(want, have); w >= MinHeldInOrder {
		r = max(r, w)
	}
	return r
}

// looseHeld is heldShare for the loose tier: the share of text's words,
// small ones aside, that a word of the fragment stands for, each counting
// by its best likeness.
func looseHeld(text string, want []looseWord) float64 {
	n, in := 0, 0.0
	for _, w := range foldedWords(text) {
		if index.IsStop(w) {
			continue
		}
		n++
		st, best := index.Stem(w), 0.0
		for _, f := range want {
			best = max(best, likeness(f.stem, f.kin, st))
		}
		in += best
	}
	if n == 0 {
		return 0
	}
	return in / float64(n)
}

// maxKinAlts bounds the words of its kin a fragment word is searched
// with: the likest.
const maxKinAlts = 12

// kinAlts are the stems of folded word w's kin but its own, likest first,
// for the loose tier's search.
func kinAlts(w string) []index.Weighted {
	own := index.Stem(w)
	var out []index.Weighted
	for st, f := range kinOf(w) {
		if st != own {
			out = append(out, index.Weighted{Stem: st, Factor: f})
		}
	}
	slices.SortFunc(out, func(x, y index.Weighted) int {
		if c := cmp.Compare(y.Factor, x.Factor); c != 0 {
			return c
		}
		return strings.Compare(x.Stem, y.Stem)
	})
	return out[:min(len(out), maxKinAlts)]
}
