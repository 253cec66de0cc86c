package lex

import (
	"slices"
	"strings"
	"sync"
)

// Lemma returns the dictionary form of word for the part of speech, lower
// case: WordNet's morphy (its exception lists, then its suffix rules, each
// result checked against the lemmas WordNet knows), plus an undoubled final
// consonant (stopped → stop) that morphy leaves to the exception lists.
//
// pos 0 picks the most likely reading: the candidate lemma whose senses
// SemCor tagged most often (said → say, not the adjective "said"). A word
// WordNet does not know comes back lower-cased.
func Lemma(word string, pos POS) string {
	w := stripPossessive(normWord(word))
	if w == "" {
		return ""
	}
	if pos != 0 {
		if c := morphy(w, pos); len(c) > 0 {
			return c[0]
		}
		return w
	}
	if l, _ := bestLemma(w); l != "" {
		return l
	}
	return w
}

// bestLemma is Lemma for pos 0, with the part of speech it chose (0 when
// WordNet knows no reading).
func bestLemma(w string) (string, POS) {
	t := tab()
	best, bestPOS, bestCount := "", POS(0), -1
	for _, p := range [...]POS{Noun, Verb, Adj, Adv} {
		for _, c := range morphy(w, p) {
			n := 0
			if id := t.find(c); id >= 0 {
				for _, s := range t.senses(id) {
					if t.pos(s.syn) == p {
						n += s.count
					}
				}
			}
			// Ties (both unseen in SemCor) go to the word as written, then to
			// the earlier part of speech.
			if n > bestCount || n == bestCount && c == w && best != w {
				best, bestPOS, bestCount = c, p, n
			}
		}
	}
	return best, bestPOS
}

// morph is one of morphy's detachment rules: a suffix and its replacement.
type morph struct{ suffix, repl string }

var rules = [...][]morph{
	Noun: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	Verb: {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	Adj:  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	Adv:  nil,
}

// maxMorphLen bounds the words morphy tries; no English word form is longer,
// and a longer token (a URL, a run of letters) is returned as written.
const maxMorphLen = 64

// morphy returns the lemmas of w (normalised) for pos that WordNet knows,
// most likely first: exceptions, then w itself, then suffix rules.
func morphy(w string, pos POS) []string {
	if pos < Noun || pos > Adv || len(w) > maxMorphLen {
		return nil
	}
	return cached(&morphCache, morphKey{w, pos}, func() []string {
		c := morphyUncached(w, pos)
		// The word may be a slice of a whole article; the cache must not pin it.
		for i := range c {
			c[i] = strings.Clone(c[i])
		}
		return c
	})
}

// cached returns (*m)[k], computing and keeping it on a miss, under
// morphMu. At maxMorphCache entries the map is emptied: a bound, not an
// eviction policy, for news repeats its words. The key's word is cloned,
// so that the cache does not pin the article it was sliced from.
func cached[V any](m *map[morphKey]V, k morphKey, compute func() V) V {
	morphMu.RLock()
	v, ok := (*m)[k]
	morphMu.RUnlock()
	if ok {
		return v
	}
	v = compute()
	morphMu.Lock()
	if len(*m) >= maxMorphCache {
		clear(*m)
	}
	(*m)[morphKey{strings.Clone(k.w), k.pos}] = v
	morphMu.Unlock()
	return v
}

// The morphy cache: a corpus repeats its words, and a lookup that misses
// costs a dozen binary searches of the table.
type morphKey struct {
	w   string
	pos POS
}

const maxMorphCache = 1 << 16

var (
	morphMu    sync.RWMutex
	morphCache = make(map[morphKey][]string)
)

// ForgetCache empties the morphy cache and gives back its memory (a map
// keeps its buckets after clear): once a corpus is built, the words its
// build looked up are not the few a question asks, and the full cache
// would be served beside the corpus for as long as it runs.
func ForgetCache() {
	morphMu.Lock()
	morphCache = make(map[morphKey][]string)
	lookupCache = make(map[morphKey]int)
	synonymsCache = make(map[morphKey][]string)
	morphMu.Unlock()
}

func morphyUncached(w string, pos POS) []string {
	t := tab()
	var out []string
	add := func(c string) {
		for _, o := range out {
			if o == c {
				return
			}
		}
		out = append(out, c)
	}
	known := func(c string) bool {
		if pos == Verb && newVerbs[c] != 0 {
			return true
		}
		id := t.find(c)
		return id >= 0 && t.hasPOS(id, pos)
	}
	if id := t.find(w); id >= 0 {
		_, _, excs := t.record(id)
		for _, e := range excs {
			if e.pos == pos {
				add(t.word(e.base))
			}
		}
	}
	if known(w) {
		add(w)
	}
	for _, r := range rules[pos] {
		if !strings.HasSuffix(w, r.suffix) || len(w) <= len(r.suffix) {
			continue
		}
		c := w[:len(w)-len(r.suffix)] + r.repl
		if known(c) {
			add(c)
		}
	}
	// Doubled final consonant before -ed, -ing, -er, -est (stopped, running,
	// bigger), which morphy leaves to the exception lists.
	for _, suf := range [...]string{"ed", "ing", "er", "est"} {
		if pos == Adj && (suf == "ed" || suf == "ing") || pos == Verb && (suf == "er" || suf == "est") || pos == Noun || pos == Adv {
			continue
		}
		stem, ok := strings.CutSuffix(w, suf)
		if ok && len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] && isConsonant(stem[len(stem)-1]) {
			if c := stem[:len(stem)-1]; known(c) {
				add(c)
			}
		}
	}
	// A phrase ("stepped down", "chief executives"): the verb's first word
	// or the noun's last word takes the inflection.
	if len(out) == 0 && strings.IndexByte(w, ' ') > 0 {
		if pos == Verb {
			head, rest, _ := strings.Cut(w, " ")
			for _, h := range morphy(head, Verb) {
				if c := h + " " + rest; known(c) {
					add(c)
				}
			}
		} else if pos == Noun {
			i := strings.LastIndexByte(w, ' ')
			for _, h := range morphy(w[i+1:], Noun) {
				if c := w[:i+1] + h; known(c) {
					add(c)
				}
			}
		}
	}
	return out
}

// stripPossessive takes the possessive off a word given whole ("minister's",
// "ministers'"), unless WordNet has it so (o'clock is not o'clock's).
func stripPossessive(w string) string {
	if !strings.HasSuffix(w, "'") && !strings.HasSuffix(w, "'s") || tab().find(w) >= 0 {
		return w
	}
	if s, ok := strings.CutSuffix(w, "'s"); ok && s != "" {
		return s
	}
	if s, ok := strings.CutSuffix(w, "'"); ok && s != "" {
		return s
	}
	return w
}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// lookup finds a lemma of pos (0: any) in the table, lemmatising the word
// first when it is not a lemma itself; -1 when WordNet does not know it.
func lookup(word string, pos POS) int {
	// The sieves ask about the same few thousand words again and again:
	// a map read instead of normalising and two binary searches of the
	// table, each step decoding an entry.
	if len(word) > maxMorphLen {
		return lookupUncached(word, pos)
	}
	return cached(&lookupCache, morphKey{word, pos}, func() int { return lookupUncached(word, pos) })
}

// lookupCache holds lookup's results, under morphMu, emptied with
// morphCache by ForgetCache.
var lookupCache = make(map[morphKey]int)

func lookupUncached(word string, pos POS) int {
	t := tab()
	w := stripPossessive(normWord(word))
	if w == "" {
		return -1
	}
	if id := t.find(w); id >= 0 && t.hasPOS(id, pos) {
		return id
	}
	l := w
	if pos == 0 {
		l, _ = bestLemma(w)
	} else if c := morphy(w, pos); len(c) > 0 {
		l = c[0]
	}
	if id := t.find(l); id >= 0 && t.hasPOS(id, pos) {
		return id
	}
	return -1
}

// Known reports whether WordNet has the lemma (or an inflected form of one)
// in the part of speech (0: any).
func Known(lemma string, pos POS) bool { return lookup(lemma, pos) >= 0 }

// KnownWord reports whether WordNet knows word, lemmatised, as a noun, a
// verb, an adjective or an adverb: an English word, not a name or a
// clipping.
func KnownWord(word string) bool {
	for _, pos := range [...]POS{Noun, Verb, Adj, Adv} {
		if l := Lemma(word, pos); l != "" && Known(l, pos) {
			return true
		}
	}
	return false
}

// Classes is the union of the lexicographer classes of every sense of the
// lemma in the part of speech (0: all of them). An inflected form is
// lemmatised first.
func Classes(lemma string, pos POS) Class {
	t := tab()
	c := newVerbClass(lemma, pos)
	id := lookup(lemma, pos)
	if id < 0 {
		return c
	}
	for _, s := range t.senses(id) {
		if pos == 0 || t.pos(s.syn) == pos {
			c |= 1 << t.class(s.syn)
		}
	}
	return c
}

// VerbClasses is Classes(lemma, Verb).
func VerbClasses(lemma string) Class { return Classes(lemma, Verb) }

// FirstClass is the class of the lemma's most frequent sense in the part of
// speech; pos 0 takes the part of speech Lemma would choose.
func FirstClass(lemma string, pos POS) Class {
	t := tab()
	if pos == Verb {
		if c := newVerbClass(lemma, pos); c != 0 {
			return c
		}
	}
	if pos == 0 {
		_, pos = bestLemma(normWord(lemma))
		if pos == 0 {
			return 0
		}
	}
	id := lookup(lemma, pos)
	if id < 0 {
		return 0
	}
	for _, s := range t.senses(id) {
		if t.pos(s.syn) == pos {
			return 1 << t.class(s.syn)
		}
	}
	return 0
}

// commSenses is how many of a verb's most frequent senses IsCommunication
// reads; TestCueDetector measured 1, 2 and all on PolNeAR's cues (README).
const commSenses = 2

// IsCommunication reports whether word, in any inflection, is a verb whose
// first or second most frequent sense is verb.communication: said, told,
// barked, insisted, but not "walked" or "had".
func IsCommunication(word string) bool { return isCommunication(word, commSenses) }

func isCommunication(word string, k int) bool {
	t := tab()
	if newVerbClass(word, Verb) == VerbCommunication {
		return true
	}
	id := lookup(word, Verb)
	if id < 0 {
		return false
	}
	n := 0
	for _, s := range t.senses(id) {
		if t.pos(s.syn) != Verb {
			continue
		}
		if t.class(s.syn) == classIndex(VerbCommunication) {
			return true
		}
		if n++; k > 0 && n >= k {
			break
		}
	}
	return false
}

func classIndex(c Class) int {
	for i := range 64 {
		if c == 1<<i {
			return i
		}
	}
	return -1
}

// newVerbs are verbs of media younger than WordNet 3.0 (2006), which has
// "tweet" only as a bird's call and no "text" or "livestream" as verbs; in
// news they report speech. This is the only hand list of the package: what
// no resource here knows. Their class comes before WordNet's senses.
var newVerbs = map[string]Class{
	"tweet": VerbCommunication, "retweet": VerbCommunication, "text": VerbCommunication,
	"livestream": VerbCommunication, "vlog": VerbCommunication, "livetweet": VerbCommunication,
}

// newVerbClass is the class of word when it is a form of one of newVerbs
// and pos allows a verb.
func newVerbClass(word string, pos POS) Class {
	if pos != 0 && pos != Verb {
		return 0
	}
	w := normWord(word)
	if c := newVerbs[w]; c != 0 {
		return c
	}
	for _, l := range morphy(w, Verb) {
		if c := newVerbs[l]; c != 0 {
			return c
		}
	}
	return 0
}

// Sense is one meaning of a lemma: its part of speech, its class, how often
// SemCor tagged it, and the other lemmas of its synset.
type Sense struct {
	POS      POS
	Class    Class
	Count    int
	Synonyms []string
}

// Senses lists the lemma's senses in the part of speech (0: all), most
// frequent first within each part of speech.
func Senses(lemma string, pos POS) []Sense {
	t := tab()
	id := lookup(lemma, pos)
	if id < 0 {
		return nil
	}
	var out []Sense
	for _, s := range t.senses(id) {
		p := t.pos(s.syn)
		if pos != 0 && p != pos {
			continue
		}
		cls, members := t.synset(s.syn)
		sn := Sense{POS: p, Class: 1 << cls, Count: s.count}
		for _, m := range members {
			if m != id {
				sn.Synonyms = append(sn.Synonyms, t.word(m))
			}
		}
		out = append(out, sn)
	}
	return out
}

// Broader lists, for each of the lemma's senses in the part of speech (0:
// all) in Senses' order, the lemmas one step broader in meaning: a verb
// sense's hypernyms ("cling" → "grasp", "hold on"), but not the roots of
// WordNet's verb tree, which say too little ("win" → "get"); an adjective
// sense's similar ones ("correct" → "accurate"). Nouns and adverbs have
// none here. A paraphrase often says the more general word.
func Broader(lemma string, pos POS) [][]string {
	t := tab()
	return t.oneStep(lemma, pos, t.broaderOf, func(b int) bool {
		// a root of the verbs' tree ("get", "change", "make"): too general to say the same
		return t.pos(b) == Verb && len(t.broaderOf(b, nil)) == 0
	})
}

// Narrower lists, for each of the lemma's senses in the part of speech (0:
// all) in Senses' order, the lemmas one step narrower in meaning: the
// senses whose Broader leads to it (a verb sense's troponyms, "start" →
// "found"; for an adjective, the ones similar to it). An article often
// says the more particular word of what a question asks in the plainer.
func Narrower(lemma string, pos POS) [][]string {
	t := tab()
	return t.oneStep(lemma, pos, t.narrowerOf, nil)
}

// oneStep lists, for each of the lemma's senses in pos (0: all), the
// lemmas of the synsets step leads to from it, leaving out those skip
// (when given) turns away: Broader's and Narrower's walk.
func (t *table) oneStep(lemma string, pos POS, step func(int, []int) []int, skip func(int) bool) [][]string {
	id := lookup(lemma, pos)
	if id < 0 {
		return nil
	}
	var out [][]string
	var syns []int
	for _, s := range t.senses(id) {
		if p := t.pos(s.syn); pos != 0 && p != pos {
			continue
		}
		var words []string
		syns = step(s.syn, syns[:0])
		for _, n := range syns {
			if skip != nil && skip(n) {
				continue
			}
			_, members := t.synset(n)
			for _, m := range members {
				if m != id {
					words = append(words, t.word(m))
				}
			}
		}
		out = append(out, words)
	}
	return out
}

// Synonyms lists the other lemmas of every synset of the lemma in the part
// of speech (0: all), the most frequent sense's first, without repeats. A
// caller that wants only close synonyms takes Senses(lemma, pos)[0].
func Synonyms(lemma string, pos POS) []string {
	if len(lemma) > maxMorphLen {
		return synonyms(lemma, pos)
	}
	return cached(&synonymsCache, morphKey{lemma, pos}, func() []string { return slices.Clip(synonyms(lemma, pos)) })
}

// synonymsCache holds Synonyms' results, under morphMu, emptied with
// morphCache by ForgetCache: answering asks for the synonyms of the same
// verb once for each candidate it judges (is it a verb of saying, does
// the sentence hold it), each a walk of its senses that allocates every
// synonym. A result is clipped, so that a caller's append copies it.
var synonymsCache = make(map[morphKey][]string)

func synonyms(lemma string, pos POS) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range Senses(lemma, pos) {
		for _, w := range s.Synonyms {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// Related lists the lemmas WordNet links to the lemma by derivation, in any
// part of speech (resign → resignation, resigned; announcement → announce,
// announcer), and by pertainym (presidential → president), then the verb's
// noun of action where WordNet lacks the link (appoint → appointment, sack →
// sacking), without repeats.
func Related(lemma string) []string {
	return related(lemma, 0)
}

// Agents lists the nouns for a person who does what the verb says, where
// WordNet links them (announce → announcer, negotiate → negotiator).
func Agents(verb string) []string {
	return related(verb, NounPerson)
}

func related(lemma string, only Class) []string {
	t := tab()
	id := lookup(lemma, 0)
	if id < 0 {
		return nil
	}
	_, derivs, _ := t.record(id)
	var out []string
	seen := map[int]bool{id: true}
	for _, d := range derivs {
		if seen[d.word] || only != 0 && Class(1)<<t.class(d.syn)&only == 0 {
			continue
		}
		seen[d.word] = true
		out = append(out, t.word(d.word))
	}
	if only == 0 {
		for _, w := range actionNouns(t, id) {
			if !seen[w] {
				seen[w] = true
				out = append(out, t.word(w))
			}
		}
	}
	return out
}

// nominal is a suffix that makes a noun of the action from a verb: the
// verb's ending strip is replaced by add (appoint → appointment, alienate →
// alienation, close → closure).
type nominal struct{ strip, add string }

var nominals = []nominal{{"", "ment"}, {"", "ance"}, {"", "ence"}, {"e", "ure"}, {"", "ing"}, {"e", "ing"}, {"ate", "ation"}, {"ss", "ssal"}}

// actionKinds are the noun classes of a noun of action.
const actionKinds = NounAct | NounEvent | NounCommunication | NounProcess

// actionNouns links a verb and the noun of its action where WordNet's
// derivation pointers miss it (it has appoint → appointee but not
// appointment, and few gerunds: sacking, campaigning). Both must be in
// WordNet, the verb attested in SemCor, and the noun a noun of action, so
// that depart does not become department (a group) nor base basement (an
// artifact). Of 80 random pairs among the 1,314 it proposes (WordNet has
// some of them already), all 80 were right; the suffixes and filters were set
// on an earlier sample, where 12 of 80 were wrong (port → portal, mute →
// mutation, rat → rating, supple → supplement).
func actionNouns(t *table, id int) []int {
	w := t.word(id)
	var out []int
	add := func(c int) {
		if c >= 0 && c != id {
			out = append(out, c)
		}
	}
	if t.hasPOS(id, Verb) && attested(t, id, Verb) {
		for _, n := range nominals {
			stem, ok := strings.CutSuffix(w, n.strip)
			if !ok || n.add == "ing" && n.strip == "" && len(w) < 4 { // rat is no rating
				continue
			}
			if c := t.find(stem + n.add); c >= 0 && classesOf(t, c, Noun)&actionKinds != 0 {
				add(c)
			}
		}
	}
	if classesOf(t, id, Noun)&actionKinds != 0 {
		for _, n := range nominals {
			stem, ok := strings.CutSuffix(w, n.add)
			if !ok || stem == "" || n.add == "ing" && n.strip == "" && len(stem) < 4 {
				continue
			}
			if c := t.find(stem + n.strip); c >= 0 && t.hasPOS(c, Verb) && attested(t, c, Verb) {
				add(c)
			}
		}
	}
	return out
}

// attested reports whether SemCor tagged any sense of word id in pos: a
// common word, not a rare homograph (supple, cense).
func attested(t *table, id int, pos POS) bool {
	for _, s := range t.senses(id) {
		if t.pos(s.syn) == pos && s.count > 0 {
			return true
		}
	}
	return false
}

func classesOf(t *table, id int, pos POS) Class {
	var c Class
	for _, s := range t.senses(id) {
		if t.pos(s.syn) == pos {
			c |= 1 << t.class(s.syn)
		}
	}
	return c
}
