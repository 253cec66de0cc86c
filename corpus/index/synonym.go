package index

import (
	"strings"
	"sync"

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
func Lexical(word string) []string {
	lexicalMu.RLock()
	out, ok := lexicalCache[word]
	lexicalMu.RUnlock()
	if ok {
		return out
	}
	out = lexical(word)
	lexicalMu.Lock()
	if len(lexicalCache) < maxLexicalCache {
		lexicalCache[word] = out
	}
	lexicalMu.Unlock()
	return out
}

// Lexical's results are kept, for the words of questions recur; up to
// maxLexicalCache words, after which new ones are worked out each time.
var (
	lexicalMu    sync.RWMutex
	lexicalCache = map[string][]string{}
)

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
			add(w)
		}
		// And what is derived from them: "answer" is "respond", whose
		// noun is "response".
		for _, w := range best.Synonyms {
			for _, r := range lex.Related(w) {
				add(r)
			}
		}
	}
	return out
}
