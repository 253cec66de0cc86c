package index

import (
	"slices"
	"strings"

	"factdesk/corpus/lex"
)

// synonymGroups are words a reporter and a reporter's source use for the
// same thing in news about talks and statements. They are stems, as the
// analyzer leaves them. A question word matches its group's other members
// at a lower weight (SynonymFactor); it never replaces the word itself.
var synonymGroups = [][]string{
	{"speak", "spoke", "talk", "call", "phone", "convers", "discuss", "telephon"},
	{"say", "said", "tell", "told", "state", "note", "remark", "add", "comment"},
	{"publish", "releas", "report", "print", "leak", "obtain"},
	{"fire", "dismiss", "sack", "oust", "remov", "resign"},
	{"visit", "travel", "trip", "go", "meet"},
	{"disput", "deni", "question", "contest", "challeng", "reject"},
	{"propos", "plan", "deal", "agreement"},
	{"last", "durat", "long", "minut", "hour"},
	{"transcript", "record"},
	{"stori", "report", "articl"},
	{"fake", "fabric", "lie", "fals"},
	{"win", "won", "victori", "beat"},
	{"rise", "rais", "increas", "hike", "boost", "grow"},
	{"cut", "reduc", "lower", "decreas", "drop", "fall"},
	{"cost", "loss", "lost", "lose"},
	{"run", "oper", "manag"},
	{"negoti", "broker", "mediat"},
	// Who someone is, as articles and readers word it.
	{"boss", "manag", "coach"},
	{"spokesman", "spokeswoman", "spokesperson"},
	// The post someone starts, leaves or takes over.
	{"job", "role", "post", "posit"},
	// What a poll did to the people it counts.
	{"survey", "poll"},
	// Members of a parliament: WordNet knows "MP" only as military police.
	{"lawmak", "legisl", "mp", "mps", "parliamentarian", "deputi"},
}

// SynonymFactor is the weight of a synonym against the word itself.
const SynonymFactor = 0.7

var synonyms = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range synonymGroups {
		for _, w := range g {
			for _, o := range g {
				if o != w {
					m[w] = append(m[w], o)
				}
			}
		}
	}
	return m
}()

// Synonyms returns the other stems of term's group.
func Synonyms(term string) []string { return synonyms[term] }

// synonymVocab lets a misspelt word find its synonyms even when the
// corpus never uses the word itself ("speek" → speak → call).
var synonymVocab = func() *Vocab {
	v := newVocab()
	for w := range synonyms {
		v.add(w, w)
	}
	v.finish()
	return v
}()

// maxLexical bounds the WordNet words one question word brings.
const maxLexical = 12

// Lexical returns the stems of the words WordNet gives for a word of a
// question, beyond the groups above: the synonyms of its most frequent
// sense ("buy": purchase) and the words derived from it ("resign": resignation; "dismissal":
// dismiss). Multi-word synonyms and the word's own stem are left out.
// They match as synonyms do, at SynonymFactor; a word WordNet does not
// know brings none.
func Lexical(word string) []string { return lexicalMemo.Get(word) }

// Lexical's results are kept, for the words of questions recur; up to
// maxLexicalCache words, after which new ones are worked out each time.
var lexicalMemo = NewMemo(maxLexicalCache, lexical)

const maxLexicalCache = 1 << 16

func lexical(word string) []string {
	lemma := lex.Lemma(word, 0)
	if lemma == "" || IsStop(word) {
		return nil
	}
	own := Stem(word)
	var out []string
	seen := map[string]bool{own: true}
	add := func(w string) {
		if len(out) >= maxLexical || strings.ContainsAny(w, " -_") || IsStop(w) {
			return
		}
		st := Stem(strings.ToLower(w))
		if !seen[st] {
			seen[st] = true
			out = append(out, st)
		}
	}
	add(lemma)
	for _, w := range lex.Related(lemma) {
		add(w)
	}
	// The synonyms of the sense most often meant, in whichever part of
	// speech: other senses bring words of other things ("die": dice).
	var best *lex.Sense
	senses := lex.Senses(lemma, 0)
	for i := range senses {
		if senses[i].POS != lex.Verb && senses[i].POS != lex.Noun {
			continue // "next": following, a word of order, not of the event
		}
		if best == nil || senses[i].Count > best.Count {
			best = &senses[i]
		}
	}
	if best != nil {
		for _, w := range best.Synonyms {
			if best.POS == lex.Noun && stemIsVerb(w) {
				continue
			}
			add(w)
		}
		// And what is derived from them: "answer" is "respond", whose
		// noun is "response".
		for _, w := range best.Synonyms {
			if best.POS == lex.Noun && stemIsVerb(w) {
				continue
			}
			for _, r := range lex.Related(w) {
				add(r)
			}
		}
	}
	return out
}

// MaxShort is the longest question word Spelt reads as a shortening.
const MaxShort = 4

// named are the noun classes of a name an abbreviation may stand for:
// an organisation, a place, a person's post.
const named = lex.NounGroup | lex.NounLocation | lex.NounPerson

// Spelt returns, for a short question word (four letters or fewer), the
// multi-word lemmas of its noun senses that name an organisation, a place
// or a post, each lemma's words apart: what an abbreviation stands for
// ("gop": republican party; "nh": new hampshire, granite state; "pm":
// prime minister). An article often names the thing in full where a
// reporter types it short; Lexical leaves multi-word synonyms out.
// Lemmas with a digit ("atomic number 61") are left out.
func Spelt(word string) [][]string {
	if len(word) > MaxShort || IsStop(word) || isNumber(word) {
		return nil
	}
	var out [][]string
	for _, s := range lex.Senses(word, lex.Noun) {
		if s.Class&named == 0 {
			continue
		}
		for _, w := range s.Synonyms {
			if f := strings.Fields(strings.ToLower(w)); len(f) > 1 && !strings.ContainsAny(w, "0123456789") {
				out = append(out, f)
			}
		}
	}
	return out
}

// stemIsVerb reports whether noun w's stem is a verb other than w
// itself: "earnings" stems to "earn", so it would find "earned a second
// chance" for a question about a salary. Its matches would be the verb's,
// not the noun's.
func stemIsVerb(w string) bool {
	w = strings.ToLower(w)
	st := Stem(w)
	return st != w && lex.Known(st, lex.Verb) && !lex.Known(st, lex.Noun)
}

// Weighted is a stem that stands for a question word, and how much a
// match of it counts as a match of the word (at most SynonymFactor).
type Weighted struct {
	Stem   string
	Factor float64
}

// maxRarer bounds the words RarerSenses brings for one question word.
const maxRarer = 8

// RarerSenses returns the stems of the synonyms of a noun's senses other
// than its most frequent one, which Lexical leaves out, each weighted by
// how often its sense is meant against the most frequent:
// SynonymFactor × (count+1) / (best+1), with SemCor's counts. A word whose
// first sense is an act can still name a thing ("a fleet of whirlybirds"
// asked about with "choppers"), while a sense SemCor tagged far less often
// than the first brings its words at a small weight, so that a sentence
// matching only them does not cover the question. Multi-word synonyms,
// stop words, the stems Lexical gives and synonyms that mostly mean
// something else (see mostlyMeans) are left out.
func RarerSenses(word string) []Weighted { return rarerMemo.Get(word) }

// RarerSenses' results are kept as Lexical's are: each looks up the
// senses of the word and of every synonym of them, a few hundred
// allocations for one question word, and the words of questions recur.
// A result is clipped, so that a caller's append cannot write into it.
var rarerMemo = NewMemo(maxLexicalCache, func(word string) []Weighted { return slices.Clip(rarerSenses(word)) })

func rarerSenses(word string) []Weighted {
	lemma := lex.Lemma(word, lex.Noun)
	if lemma == "" || IsStop(word) {
		return nil
	}
	senses := lex.Senses(lemma, lex.Noun)
	if len(senses) < 2 {
		return nil
	}
	first := 0
	for i := range senses {
		if senses[i].Count > senses[first].Count {
			first = i
		}
	}
	seen := map[string]bool{Stem(word): true}
	for _, st := range Lexical(word) {
		seen[st] = true
	}
	var out []Weighted
	for i, s := range senses {
		if i == first {
			continue
		}
		f := SynonymFactor * float64(s.Count+1) / float64(senses[first].Count+1)
		for _, w := range s.Synonyms {
			if len(out) >= maxRarer || strings.ContainsAny(w, " -_") || IsStop(w) {
				continue
			}
			st := Stem(strings.ToLower(w))
			if !seen[st] && mostlyMeans(w, lemma, s.Class) && !stemIsVerb(w) {
				seen[st] = true
				out = append(out, Weighted{st, f})
			}
		}
	}
	return out
}

// mostlyMeans reports whether noun w's most frequent sense is lemma's
// sense of class c: "helicopter" means mostly what a chopper may mean,
// while "office", a synonym of one of "post"'s senses, mostly means a
// workplace and would find offices for a post on social media.
func mostlyMeans(w, lemma string, c lex.Class) bool {
	senses := lex.Senses(w, lex.Noun)
	if len(senses) == 0 {
		return false
	}
	first := 0
	for i := range senses {
		if senses[i].Count > senses[first].Count {
			first = i
		}
	}
	return senses[first].Class == c && slices.Contains(senses[first].Synonyms, lemma)
}

// SameThing reports whether stem names what word names, in the words
// this file gives for it: the word's own stem, its synonym group, WordNet's
// synonyms of its most frequent sense (Lexical) or of its other noun
// senses (RarerSenses). "14 whirlybirds" counts what "how many choppers"
// asks for.
func SameThing(word, stem string) bool {
	st := Stem(word)
	if stem == st || slices.Contains(Synonyms(st), stem) || slices.Contains(Lexical(word), stem) {
		return true
	}
	for _, w := range RarerSenses(word) {
		if w.Stem == stem {
			return true
		}
	}
	return false
}

// StepFactor is how much a word a step broader or narrower in meaning
// than a question word counts as it: less than a synonym, for it says
// more or less than the question.
const StepFactor = 0.5

// maxStep bounds the words OneStep brings for one question word, and
// maxStepSense the words a step narrower than one sense that it takes at
// all: a sense with more says too little by itself ("make", "change").
// A caller keeps the likest few that its corpus writes.
// minStep is the least factor a sense's words are taken at.
const (
	minStep      = 0.05
	maxStep      = 64
	maxStepSense = 24
)

// OneStep returns the stems of the words one step away in meaning from a
// verb or an adjective of a question, which Lexical does not give: the
// words a step broader than each of its senses and a step narrower
// ("dispatched" for sent, "started" for founded, "temporary" for
// interim), and the synonyms of its rarer senses, each weighted by
// StepFactor × (count+1) / (best+1) with SemCor's counts for its sense
// (as RarerSenses weighs a noun's). Multi-word lemmas, stop words and the
// stems Lexical gives are left out; the likest first.
func OneStep(word string) []Weighted { return oneStepMemo.Get(word) }

var oneStepMemo = NewMemo(maxLexicalCache, oneStep)

func oneStep(word string) []Weighted {
	if IsStop(word) || isNumber(word) {
		return nil
	}
	seen := map[string]bool{Stem(word): true}
	for _, st := range Lexical(word) {
		seen[st] = true
	}
	best := map[string]float64{}
	for _, pos := range [...]lex.POS{lex.Verb, lex.Adj} {
		lemma := lex.Lemma(word, pos)
		if lemma == "" || !lex.Known(lemma, pos) {
			continue
		}
		seen[Stem(lemma)] = true
		senses := lex.Senses(lemma, pos)
		most, first := 0, -1
		for i, s := range senses {
			if first < 0 || s.Count > most {
				most, first = s.Count, i
			}
		}
		broader, narrower := lex.Broader(lemma, pos), lex.Narrower(lemma, pos)
		for i, s := range senses {
			f := StepFactor * float64(s.Count+1) / float64(most+1)
			if f < minStep {
				continue // a sense too rarely meant to stand for the word
			}
			var words []string
			if i != first {
				words = append(words, s.Synonyms...)
			}
			if i < len(broader) {
				words = append(words, broader[i]...)
			}
			if i < len(narrower) && len(narrower[i]) <= maxStepSense {
				words = append(words, narrower[i]...)
			}
			for _, w := range words {
				if strings.ContainsAny(w, " -_") || IsStop(w) {
					continue
				}
				// A verb's irregular forms are the verb ("sent" for send).
				for _, form := range append([]string{w}, lex.Forms(w)...) {
					st := Stem(strings.ToLower(form))
					if !seen[st] && f > best[st] {
						best[st] = f
					}
				}
			}
		}
	}
	out := make([]Weighted, 0, len(best))
	for st, f := range best {
		out = append(out, Weighted{st, f})
	}
	slices.SortFunc(out, func(x, y Weighted) int {
		if x.Factor != y.Factor {
			if x.Factor > y.Factor {
				return -1
			}
			return 1
		}
		return strings.Compare(x.Stem, y.Stem)
	})
	return out[:min(len(out), maxStep)]
}
