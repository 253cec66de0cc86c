package answer

import (
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// A reporter asks for people by what they are ("the Kremlin spokesman",
// "the city manager", "the former league referee") as often as by name.
// Articles say what someone is right beside the name: before it ("Port
// Authority chief Ann Berg said"), or set off by commas after it ("Ann
// Berg, head of the port authority,"). roleIndex keeps those phrases, with
// the people's roles, and finds the person whose phrase best holds the
// words of a description, each word weighted by how rare it is among the
// phrases: a description that matches "chief" alone says little.

// roleIndex holds, per person, the phrases written beside their name.
type roleIndex struct {
	phrases [][]string         // stems of each phrase
	owner   []int              // the person of each phrase
	byStem  map[string][]int32 // stem → phrases holding it
	// own is each phrase's weight, its stems' idf summed once: find
	// reads it for thousands of phrases in a large archive.
	own []float64
	// found keeps find's matches of descriptions already asked (up to
	// maxFound of them): the same few ("the phone", "the minister") come
	// back question after question, and in a large archive one reads
	// thousands of phrases.
	found  sync.Map // stems joined → []roleMatch
	nfound atomic.Int32
}

const maxFound = 4096

// idf is how rare a stem is among the phrases.
func (ri *roleIndex) idf(st string) float64 {
	return math.Log(1 + float64(len(ri.phrases))/float64(1+len(ri.byStem[st])))
}

// Bounds: a phrase is a few words, and a person mentioned a thousand
// times is described by the first few mentions as well as by all.
const (
	roleBefore      = 5  // words before a name
	roleAfter       = 10 // words of an apposition after it
	mentionsPerRole = 32 // mentions read per person
)

func newRoleIndex(c *corpus.Corpus, v *index.Vocab) *roleIndex {
	ri := &roleIndex{byStem: map[string][]int32{}}
	add := func(id int, words []string) {
		var stems []string
		for _, w := range words {
			if st := stemIn(v, strings.TrimSuffix(index.Fold(w), "'s")); st != "" && !slices.Contains(stems, st) {
				stems = append(stems, st)
			}
		}
		if len(stems) == 0 {
			return
		}
		n := int32(len(ri.phrases))
		ri.phrases = append(ri.phrases, stems)
		ri.owner = append(ri.owner, id)
		for _, st := range stems {
			ri.byStem[st] = append(ri.byStem[st], n)
		}
	}
	for _, p := range c.People {
		for _, r := range p.Roles {
			add(p.ID, strings.Fields(r))
		}
		for k, m := range p.Mentions {
			if k == mentionsPerRole {
				break
			}
			if m.Article < 0 || m.Article >= len(c.Articles) {
				continue
			}
			text := c.Articles[m.Article].Text
			if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start >= m.Span.End {
				continue
			}
			if b := wordsBefore(text, m.Span.Start); len(b) > 0 {
				add(p.ID, b)
			}
			if a := apposition(text, m.Span.End); len(a) > 0 {
				add(p.ID, a)
			}
			if a := asRole(text, m.Span.End); len(a) > 0 {
				add(p.ID, a)
			}
		}
	}
	for _, q := range c.Quotes {
		// "said the Russian diplomat": the mention itself describes.
		if q.SpeakerID >= 0 && strings.Contains(strings.TrimSpace(q.Mention), " ") && !isUpperWord(q.Mention) {
			add(q.SpeakerID, strings.Fields(q.Mention))
		}
	}
	return ri.weigh()
}

// weigh sets each phrase's own weight from the phrases and their stems,
// once they are built or restored from a snapshot.
func (ri *roleIndex) weigh() *roleIndex {
	ri.own = make([]float64, len(ri.phrases))
	for i, words := range ri.phrases {
		for _, w := range words {
			ri.own[i] += ri.idf(w)
		}
	}
	return ri
}

// wordsBefore are the words right before offset at in the same clause, at
// most roleBefore of them: "Port Authority chief" of "Port Authority
// chief Ann Berg".
func wordsBefore(text string, at int) []string {
	from := max(0, at-120)
	for from > 0 && from < at && text[from]&0xC0 == 0x80 {
		from++
	}
	seg := text[from:at]
	toks := index.Words.Tokenize(seg)
	var out []string
	for k := len(toks) - 1; k >= 0 && len(out) < roleTitle; k-- {
		end := len(seg)
		if k+1 < len(toks) {
			end = toks[k+1].Start
		}
		if strings.TrimSpace(seg[toks[k].End:end]) != "" {
			break // punctuation: another clause, or a quotation
		}
		// Past roleBefore words only a capitalised title goes on ("EU
		// Commissioner for Trade and Fisheries Policy"),
		// through its small joining words.
		w := toks[k].Term
		if len(out) >= roleBefore && !isUpperWord(w) && !(titleJoin[strings.ToLower(w)] && isUpperWord(out[len(out)-1])) {
			break
		}
		out = append(out, w)
	}
	for len(out) > roleBefore && !isUpperWord(out[len(out)-1]) {
		out = out[:len(out)-1] // a title does not open with "for" or "and"
	}
	slices.Reverse(out)
	return out
}

// roleTitle bounds the words of a capitalised title before a name.
const roleTitle = 12

// titleJoin are the small words inside a capitalised title.
var titleJoin = map[string]bool{"for": true, "and": true, "of": true}

// apposition is what a comma after a name sets off: "head of the port
// authority" of "Ann Berg, head of the port authority, said".
func apposition(text string, at int) []string {
	rest := text[at:min(len(text), at+120)]
	t := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(t, ",") {
		return nil
	}
	t = t[1:]
	if i := strings.IndexAny(t, ",.;:()\"“”\n"); i >= 0 {
		t = t[:i]
	}
	var out []string
	for _, tok := range index.Words.Tokenize(t) {
		if len(out) == roleAfter {
			break
		}
		out = append(out, tok.Term)
	}
	return out
}

// asRole is what "as" names later in the sentence of a name: "interim
// head coach" of "Ann Berg will take charge as interim head coach".
func asRole(text string, at int) []string {
	rest := text[at:min(len(text), at+120)]
	if i := strings.IndexAny(rest, ".;:!?\n\"“”"); i >= 0 {
		rest = rest[:i]
	}
	toks := index.Words.Tokenize(rest)
	for k, t := range toks {
		if index.Fold(t.Term) != "as" || k > 0 && index.Fold(toks[k-1].Term) == "such" {
			continue
		}
		var out []string
		for _, w := range toks[k+1:] {
			f := index.Fold(w.Term)
			if len(out) == 4 || index.IsStop(f) && f != "of" || strings.ContainsAny(rest[t.End:w.Start], ",()") {
				break
			}
			out = append(out, w.Term)
		}
		return out
	}
	return nil
}

// roleMatch is how well one person's phrases hold a description.
type roleMatch struct {
	id        int
	recall    float64 // share of the description's weight in the phrase
	precision float64 // share of the phrase's weight the description asks
}

// MinRoleRecall is the share of a description's weight a phrase beside a
// person's name must hold for the description to name them.
const MinRoleRecall = 0.6

// find ranks the people whose phrases hold most of the description's
// stems (a synonym counts at index.SynonymFactor), best first.
func (ri *roleIndex) find(stems []string) []roleMatch {
	if ri == nil || len(stems) == 0 {
		return nil
	}
	key := strings.Join(stems, " ")
	if ms, ok := ri.found.Load(key); ok {
		return slices.Clone(ms.([]roleMatch))
	}
	ms := ri.match(stems)
	if ri.nfound.Add(1) <= maxFound {
		ri.found.Store(key, slices.Clone(ms))
	}
	return ms
}

// match is find without the memory.
func (ri *roleIndex) match(stems []string) []roleMatch {
	var total float64
	weight := make([]float64, len(stems))
	for i, st := range stems {
		weight[i] = ri.idf(st)
		total += weight[i]
	}
	// The phrases holding any of the words or their synonyms; one list
	// alone holds each phrase once, and needs no set.
	var lists [][]int32
	for _, st := range stems {
		for _, alt := range append([]string{st}, index.Synonyms(st)...) {
			if l := ri.byStem[alt]; len(l) > 0 {
				lists = append(lists, l)
			}
		}
	}
	var cands []int32
	single := len(stems) == 1 && len(lists) == 1 && len(ri.byStem[stems[0]]) > 0
	if len(lists) == 1 {
		cands = lists[0][:min(len(lists[0]), 4096)]
	} else {
		seen := map[int32]bool{}
		for _, l := range lists {
			for _, ph := range l {
				if len(cands) == 4096 {
					break
				}
				if !seen[ph] {
					seen[ph] = true
					cands = append(cands, ph)
				}
			}
		}
	}
	best := map[int]roleMatch{}
	for _, ph := range cands {
		words := ri.phrases[ph]
		var got float64
		own := ri.own[ph]
		for i, st := range stems {
			switch {
			case single:
				// Every phrase of the one word's own list holds it.
				got = weight[0]
			case slices.Contains(words, st):
				got += weight[i]
			case slices.ContainsFunc(index.Synonyms(st), func(s string) bool { return slices.Contains(words, s) }):
				got += weight[i] * index.SynonymFactor
			}
		}
		m := roleMatch{id: ri.owner[ph], recall: got / total, precision: min(1, got/own)}
		if b, ok := best[m.id]; !ok || m.recall > b.recall || m.recall == b.recall && m.precision > b.precision {
			best[m.id] = m
		}
	}
	out := make([]roleMatch, 0, len(best))
	for _, m := range best {
		out = append(out, m)
	}
	slices.SortFunc(out, func(x, y roleMatch) int {
		if x.recall != y.recall {
			if x.recall > y.recall {
				return -1
			}
			return 1
		}
		if x.precision != y.precision {
			if x.precision > y.precision {
				return -1
			}
			return 1
		}
		return x.id - y.id
	})
	return out
}

// byRole resolves a description to the person whose phrases hold it best,
// preferring among equals someone the corpus quotes.
func (a *Answerer) byRole(desc string) (*corpus.Person, bool) {
	var stems []string
	for st := range contentWordsIn(desc, a.idx.Vocab()) {
		stems = append(stems, st)
	}
	slices.Sort(stems)
	ms := a.roles.find(stems)
	if len(ms) == 0 || ms[0].recall < MinRoleRecall {
		return nil, false
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if m.recall < best.recall || m.precision < best.precision {
			break
		}
		if len(a.quotesBy[m.id]) > len(a.quotesBy[best.id]) {
			best = m
		}
	}
	p := a.c.Person(best.id)
	return p, p != nil
}
