package answer

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
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
	phrases phraseList         // stems of each phrase
	owner   []int32            // the person of each phrase
	byStem  map[string][]int32 // stem → phrases holding it
	// own is each phrase's weight, its stems' idf summed once: find
	// reads it for thousands of phrases in a large archive.
	own []float64
	// stems are byStem's keys in order, for the words a clipped one
	// may stand for (clipped).
	stems []string
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
	return math.Log(1 + float64(ri.phrases.len())/float64(1+len(ri.byStem[st])))
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
			f := strings.TrimSuffix(dropPossessive(index.Fold(w)), ".")
			if st := stemIn(v, f); st != "" && !slices.Contains(stems, st) {
				stems = append(stems, st)
			}
			if full, ok := titleWords[f]; ok {
				if st := stemIn(v, full); !slices.Contains(stems, st) {
					stems = append(stems, st)
				}
			}
		}
		if len(stems) == 0 {
			return
		}
		n := int32(ri.phrases.len())
		ri.phrases.add(stems)
		ri.owner = append(ri.owner, int32(id))
		for _, st := range stems {
			ri.byStem[st] = append(ri.byStem[st], n)
		}
	}
	named := namedBefore(c)
	for _, p := range c.People {
		for _, r := range p.Roles {
			add(p.ID, strings.Fields(r))
		}
		for k, m := range p.Mentions {
			if k == mentionsPerRole {
				break
			}
			if m.Article < 0 || int(m.Article) >= len(c.Articles) {
				continue
			}
			text := c.Articles[m.Article].Text
			if m.Span().Start < 0 || m.Span().End > len(text) || m.Span().Start >= m.Span().End {
				continue
			}
			b := wordsBefore(text, m.Span().Start)
			if len(b) > 0 {
				add(p.ID, b)
			} else if ab := appositionBefore(text, m.Span().Start); len(ab) > 0 && p.Kind == corpus.KindPerson {
				// A person's role: an organisation after a comma is
				// mostly the next item of a list, or whom it belongs to.
				add(p.ID, ab)
			}
			// "Berg thanked his lawyer, Ann Lund,": Lund is Berg's
			// lawyer, the person named last before the pronoun.
			if role, at, pron := pronounRole(text, m.Span().Start); len(role) > 0 {
				if owner := c.Person(named.last(c, int(m.Article), at, p.ID, pron)); owner != nil {
					add(p.ID, append([]string{cmp.Or(surname(owner.Name), owner.Name)}, role...))
				}
			}
			// "the Harbour Trust, founded by Ann Berg,": she is its
			// founder.
			if ph := passiveHead(text, m.Span().Start); len(ph) > 0 {
				add(p.ID, ph)
			}
			// "Rep. Ann Berg (D-Ohio)": the title and the bracket
			// describe her together.
			if br := bracketAfter(text, m.Span().End); len(br) > 0 {
				add(p.ID, append(slices.Clip(b), br...))
			}
			if a := apposition(text, m.Span().End); len(a) > 0 {
				add(p.ID, a)
			}
			if a := asRole(text, m.Span().End); len(a) > 0 {
				add(p.ID, a)
			}
			if a := copulaRole(text, m.Span().End); len(a) > 0 {
				add(p.ID, a)
			}
			if a := appointedRole(text, m.Span().End); len(a) > 0 {
				add(p.ID, a)
			}
		}
	}
	// "Ann Berg chairs the board. She is also a partner in a law firm":
	// a role given after a pronoun opening a sentence is the role of the
	// person it stands for.
	for art, a := range c.Articles {
		for _, pr := range pronounCopulas(a.Text) {
			if role := copulaRole(a.Text, pr.at); len(role) > 0 {
				if id := named.last(c, art, pr.at, -1, pr.pron); id >= 0 {
					add(id, role)
				}
			}
		}
	}
	for i := range c.Quotes {
		q := &c.Quotes[i]
		// "said the Russian diplomat": the mention itself describes.
		if mention := c.QuoteMention(q); q.SpeakerID >= 0 && strings.Contains(strings.TrimSpace(mention), " ") && !isUpperWord(mention) {
			add(int(q.SpeakerID), strings.Fields(mention))
		}
	}
	return ri.weigh()
}

// weigh sets each phrase's own weight from the phrases and their stems,
// once they are built or restored from a snapshot.
func (ri *roleIndex) weigh() *roleIndex {
	ri.stems = slices.Sorted(maps.Keys(ri.byStem))
	ri.own = make([]float64, ri.phrases.len())
	for i := range ri.own {
		for _, w := range ri.phrases.at(int32(i)) {
			ri.own[i] += ri.idf(w)
		}
	}
	return ri
}

// roleBuf holds the tokens of the role readers' passages (at most 160
// bytes) on the stack: they are read once and none is kept.
const roleBuf = 40

// wordsBefore are the words right before offset at in the same clause, at
// most roleBefore of them: "Port Authority chief" of "Port Authority
// chief Ann Berg".
func wordsBefore(text string, at int) []string {
	from := max(0, at-120)
	for from > 0 && from < at && text[from]&0xC0 == 0x80 {
		from++
	}
	seg := text[from:at]
	// The walk back stops at the first punctuation between two words: the
	// words before the last such mark are never read, so they are not
	// tokenised (every mention of every person comes here at build time).
	if i := strings.LastIndexAny(seg, clauseMarks); i >= 0 {
		seg = seg[i+1:]
	}
	var buf [roleBuf]index.Token
	toks := index.AppendWords(buf[:0], seg)
	var out []string
	for k := len(toks) - 1; k >= 0 && len(out) < roleTitle; k-- {
		end := len(seg)
		if k+1 < len(toks) {
			end = toks[k+1].Start
		}
		if gap := strings.TrimSpace(seg[toks[k].End:end]); gap != "" && !(gap == "." && abbreviation(toks[k].Term)) {
			break // punctuation: another clause, or a quotation; not "Rep." or "Dr."
		}
		// Past roleBefore words only a capitalised title goes on ("EU
		// Commissioner for Trade and Fisheries Policy"),
		// through its small joining words.
		w := toks[k].Term
		if roleBreak[index.Fold(w)] {
			break // "… as interim head following Ann Berg's exit": no title of hers
		}
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

// clauseMarks are ASCII marks that are never part of a word and never
// the "." of an abbreviation: wordsBefore reads no words across one.
const clauseMarks = ",;:()\"!?"

// appositionBefore is a role set off by a comma before a name: "the
// port authority's chief engineer" of "The port authority's chief
// engineer, Ann Berg, said". The words must hold a noun WordNet
// classes as a person, and open the clause or hold a possessive, so that
// "after meeting the mayor, Ann Berg said" gives her no role.
func appositionBefore(text string, at int) []string {
	lead := strings.TrimRight(text[max(0, at-2):at], " ")
	if !strings.HasSuffix(lead, ",") {
		return nil
	}
	comma := strings.LastIndexByte(text[:at], ',')
	words := wordsBefore(text, comma)
	if len(words) < 2 {
		return nil
	}
	if !slices.ContainsFunc(words, func(w string) bool {
		return !isUpperWord(w) && personNoun(index.Fold(w))
	}) {
		return nil // "chief of staff": a person; "Halden, Norway": none
	}
	for _, w := range words {
		if possessive(w) {
			return words
		}
	}
	if first := index.Fold(words[0]); roleOpeners[first] || isUpperWord(words[0]) && !index.IsStop(first) {
		return words
	}
	return nil
}

// dropPossessive is a word without its possessive "'s" ("Lund's" →
// "Lund"), or "’s" in text not folded, which Fold writes "'s".
func dropPossessive(w string) string {
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		return s
	}
	return strings.TrimSuffix(w, "’s")
}

// possessive reports whether a word is written with "'s", "’s" (which
// Fold writes "'s") or "s'".
func possessive(w string) bool {
	f := index.Fold(w)
	return strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "s'")
}

// roleOpeners may open a role set before a name ("the club's", "his").
var roleOpeners = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true}

// roleBreak are words that end a title read backwards from a name, or
// forwards after "as": a preposition or a conjunction opens another
// phrase, which describes someone else or nobody. "to" and "of" stay
// ("private secretary to the mayor"). "once" and "until" open a
// clause of time as "after" does ("as caretaker once the chief was
// sacked": the post is "caretaker").
var roleBreak = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`as following after before during including amid despite with by from
		at against alongside behind beside like when while than because since who whom which that said says told once until`) {
		m[w] = true
	}
	return m
}()

// copulaRole is what a name is said to be in its clause: "chair of the
// port's board" of "Berg is now the chair of the port's board, …".
func copulaRole(text string, at int) []string {
	rest := text[at:min(len(text), at+160)]
	rest = rest[:clauseEnd(rest)]
	var buf [roleBuf]index.Token
	toks := index.AppendWords(buf[:0], rest)
	k := 0
	if k >= len(toks) || !copulas[index.Fold(toks[k].Term)] {
		return nil
	}
	k++
	if k < len(toks) && copulaAdverb[index.Fold(toks[k].Term)] {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	if d := index.Fold(toks[k].Term); d != "the" && d != "a" && d != "an" {
		return nil // "is expected to", "was sacked": no description
	}
	var out []string
	for _, t := range toks[k+1:] {
		if len(out) == roleAfter || roleBreak[index.Fold(t.Term)] || index.Fold(t.Term) == "and" {
			break
		}
		out = append(out, t.Term)
	}
	return out
}

// appointAux are the auxiliaries of a passive after a name: "was",
// "has been", "will be".
var appointAux = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "had": true,
	"have": true, "will": true, "would": true, "been": true, "be": true}

// appointedRole is the post a name is said to have been given in its
// clause: "justice secretary" of "Ann Berg has also been made justice
// secretary", "harbour master" of "Berg was named harbour master on
// Monday". The verb of appointing must follow an auxiliary (the passive:
// in "Berg named Lund her deputy" the post is Lund's), and the post
// opens on a word that is no small word ("was named in the report",
// "was made to wait": none); it ends at the first small word but "of"
// and a "the" after it.
func appointedRole(text string, at int) []string {
	rest := text[at:min(len(text), at+160)]
	rest = rest[:clauseEnd(rest)]
	toks := index.Words.Tokenize(rest)
	k, aux := 0, false
	for k < len(toks) && k < 4 {
		f := index.Fold(toks[k].Term)
		if !appointAux[f] && !(aux && copulaAdverb[f]) {
			break
		}
		aux = true
		k++
	}
	if !aux || k >= len(toks) || !appointed[index.Fold(toks[k].Term)] {
		return nil
	}
	k++
	if k < len(toks) && index.Fold(toks[k].Term) == "as" {
		k++
	}
	if k < len(toks) {
		if d := index.Fold(toks[k].Term); d == "the" || d == "a" || d == "an" {
			k++
		}
	}
	var out []string
	for _, t := range toks[k:] {
		f := index.Fold(t.Term)
		after := len(out) > 0 && index.Fold(out[len(out)-1]) == "of"
		if len(out) == roleAfter || roleBreak[f] || index.IsStop(f) && (len(out) == 0 || f != "of" && !(after && f == "the")) {
			break
		}
		out = append(out, t.Term)
	}
	return out
}

// clauseEnd is where the clause opening s ends: at punctuation, or at a
// full stop that does not end an abbreviation ("Mrs.", "D.C.", "Rep.").
func clauseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';', ':', '!', '?', '\n', '"', '(', ')', ',':
			return i
		case '.':
			j := i
			for j > 0 && s[j-1] != ' ' {
				j--
			}
			w := strings.ToLower(s[j:i])
			if strings.Contains(w, ".") || abbreviation(w) {
				continue
			}
			return i
		}
		if strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "”") {
			return i
		}
	}
	return len(s)
}

// abbreviation reports whether a word before a full stop is an
// abbreviated title or a single letter ("Rep.", "Dr.", "J.").
func abbreviation(w string) bool {
	w = strings.ToLower(w)
	return len(w) == 1 || titleWords[w] != "" || honorific[w]
}

// titleWords are the abbreviated titles written before names and the
// words they stand for, read beside them so a description's word finds
// them ("Rep.": representative, which WordNet gives for congressman).
var titleWords = map[string]string{"rep": "representative", "sen": "senator", "gov": "governor",
	"pres": "president", "gen": "general", "lt": "lieutenant", "col": "colonel", "atty": "attorney",
	"amb": "ambassador", "supt": "superintendent", "insp": "inspector"}

// bracketAfter is a short bracket right after a name: "D Ohio" of "Ann
// Berg (D-Ohio)".
func bracketAfter(text string, at int) []string {
	rest := strings.TrimLeft(text[at:min(len(text), at+40)], " ")
	if !strings.HasPrefix(rest, "(") {
		return nil
	}
	end := strings.IndexByte(rest, ')')
	if end < 0 {
		return nil
	}
	var out []string
	for _, tok := range index.Words.Tokenize(rest[1:end]) {
		if len(out) == roleBefore {
			break
		}
		out = append(out, tok.Term)
	}
	return out
}

// honorific are the abbreviations written before a name.
var honorific = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true, "prof": true}

// copulaAdverb may stand between the copula and a description.
var copulaAdverb = map[string]bool{"now": true, "also": true, "still": true, "currently": true, "formerly": true, "once": true}

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
		// "Ann Berg, 52, a nurse at the clinic,": an age set off first,
		// and the role after it.
		if i < len(t) && t[i] == ',' && ageWord(strings.TrimSpace(t[:i])) {
			return apposition(text, at+len(rest)-len(t)+i)
		}
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

// asRole is what "as" names later in the sentence of a name: "caretaker
// harbour master" of "Ann Berg will take charge as caretaker harbour master".
func asRole(text string, at int) []string {
	rest := text[at:min(len(text), at+120)]
	if i := strings.IndexAny(rest, ".;:!?\n\"“”"); i >= 0 {
		rest = rest[:i]
	}
	if !mayHoldAs(rest) {
		return nil // most mentions: no tokenising, at build time
	}
	var buf [roleBuf]index.Token
	toks := index.AppendWords(buf[:0], rest)
	for k, t := range toks {
		if index.Fold(t.Term) != "as" || k > 0 && index.Fold(toks[k-1].Term) == "such" {
			continue
		}
		var out []string
		after := toks[k+1:]
		if len(after) > 0 {
			if f := index.Fold(after[0].Term); f == "the" || f == "a" || f == "an" {
				after = after[1:] // "as the new foreign minister"
			}
		}
		for _, w := range after {
			f := index.Fold(w.Term)
			if len(out) == 4 || index.IsStop(f) && f != "of" || roleBreak[f] || strings.ContainsAny(rest[t.End:w.Start], ",()") {
				break
			}
			out = append(out, w.Term)
		}
		return out
	}
	return nil
}

// mayHoldAs reports whether s may hold the word "as": it has the letters
// a and s side by side in any case, or a byte beyond ASCII, which Fold
// might write as either.
func mayHoldAs(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i]|0x20 == 'a' && i+1 < len(s) && s[i+1]|0x20 == 's' {
			return true
		}
	}
	return false
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

// roleTerm is one word of a description and the other ways a phrase may
// write it: its synonym group's stems, and WordNet's words for the same
// kind of person, one of several words as all their stems ("pm": prime
// minister; "congressman": representative).
type roleTerm struct {
	stem string
	alts [][]string
	// spelt is the number of alts, first in the list, that the word
	// spells by their initials ("pm": prime minister): the same word
	// written short, which counts as the word itself.
	spelt int
}

// maxRoleAlts bounds the other ways one word is sought.
const maxRoleAlts = 12

// genericPerson are nouns that say only that someone is meant ("the guy
// who …"): no phrase beside a name says them.
var genericPerson = map[string]bool{"guy": true, "man": true, "woman": true, "person": true, "someone": true,
	"somebody": true, "fellow": true, "chap": true, "bloke": true, "lady": true, "gentleman": true}

// roleTerms reads a description into its terms, sorted by stem, each
// once.
func roleTerms(desc string, v *index.Vocab) []roleTerm {
	var out []roleTerm
	for _, t := range index.Words.Tokenize(desc) {
		f := strings.TrimSuffix(dropPossessive(index.Fold(t.Term)), ".")
		st := stemIn(v, f)
		if st == "" || genericPerson[f] || slices.ContainsFunc(out, func(r roleTerm) bool { return r.stem == st }) {
			continue
		}
		rt := roleTerm{stem: st}
		for _, o := range index.Synonyms(st) {
			rt.alts = append(rt.alts, []string{o})
		}
		for _, sense := range lex.Senses(hyphened(lex.Lemma(f, lex.Noun)), lex.Noun) {
			if !sense.Class.Has(lex.NounPerson) {
				continue
			}
			for _, syn := range sense.Synonyms {
				if len(rt.alts) == maxRoleAlts {
					break
				}
				var stems []string
				words := strings.FieldsFunc(syn, func(r rune) bool { return r == ' ' || r == '-' || r == '_' })
				for _, w := range words {
					if s := stemIn(v, index.Fold(w)); s != "" && s != st {
						stems = append(stems, s)
					}
				}
				if len(stems) == 0 {
					continue
				}
				if initials(words) == f {
					// "pm" of "prime minister": the word itself.
					rt.alts = slices.Insert(rt.alts, rt.spelt, stems)
					rt.spelt++
					continue
				}
				rt.alts = append(rt.alts, stems)
			}
		}
		out = append(out, rt)
	}
	slices.SortFunc(out, func(x, y roleTerm) int { return strings.Compare(x.stem, y.stem) })
	return out
}

// initials are the first letters of words, folded: "pm" of "Prime
// Minister"; "" for fewer than two words.
func initials(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(index.Fold(w))
		b.WriteRune(r)
	}
	return b.String()
}

// hyphened is a noun WordNet does not know written as one that it
// knows with a hyphen ("frontrunner": front-runner), or the noun as it
// was.
func hyphened(n string) string {
	if len(n) < 2*minHyphenPart || lex.Known(n, lex.Noun) || strings.ContainsAny(n, "- ") {
		return n
	}
	for i := minHyphenPart; i <= len(n)-minHyphenPart; i++ {
		if h := n[:i] + "-" + n[i:]; lex.Known(h, lex.Noun) {
			return h
		}
	}
	return n
}

// minHyphenPart is the fewest letters of either part of a word read as
// two written together.
const minHyphenPart = 3

// find ranks the people whose phrases hold most of the description's
// terms (another way of writing one counts at index.SynonymFactor), best
// first.
func (ri *roleIndex) find(terms []roleTerm) []roleMatch {
	if ri == nil || len(terms) == 0 {
		return nil
	}
	var key strings.Builder
	for _, t := range terms {
		key.WriteString(t.stem)
		key.WriteByte(' ')
	}
	if ms, ok := ri.found.Load(key.String()); ok {
		return slices.Clone(ms.([]roleMatch))
	}
	ms := ri.match(terms)
	if ri.nfound.Add(1) <= maxFound {
		ri.found.Store(key.String(), slices.Clone(ms))
	}
	return ms
}

// match is find without the memory.
func (ri *roleIndex) match(terms []roleTerm) []roleMatch {
	var total float64
	weight := make([]float64, len(terms))
	for i, t := range terms {
		weight[i] = ri.idf(t.stem)
		total += weight[i]
	}
	// The phrases holding any of the words or another way of writing
	// one (by its first word); one list alone holds each phrase once,
	// and needs no set.
	var lists [][]int32
	for i, t := range terms {
		if l := ri.byStem[t.stem]; len(l) > 0 {
			lists = append(lists, l)
		} else if len(t.alts) == 0 {
			// "the foreign sec": no phrase holds the word, which may be
			// one clipped short.
			for _, st := range ri.clipped(t.stem) {
				terms[i].alts = append(terms[i].alts, []string{st})
			}
			t = terms[i]
		}
		for _, alt := range t.alts {
			if l := ri.byStem[alt[0]]; len(l) > 0 {
				lists = append(lists, l)
			}
		}
	}
	var cands []int32
	single := len(terms) == 1 && len(lists) == 1 && len(ri.byStem[terms[0].stem]) > 0
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
		words := ri.phrases.at(ph)
		var got float64
		own := ri.own[ph]
		for i, t := range terms {
			switch {
			case single:
				// Every phrase of the one word's own list holds it.
				got = weight[0]
			case slices.Contains(words, t.stem):
				got += weight[i]
			case slices.ContainsFunc(t.alts[:t.spelt], func(alt []string) bool {
				return !slices.ContainsFunc(alt, func(s string) bool { return !slices.Contains(words, s) })
			}):
				got += weight[i]
			case slices.ContainsFunc(t.alts[t.spelt:], func(alt []string) bool {
				return !slices.ContainsFunc(alt, func(s string) bool { return !slices.Contains(words, s) })
			}):
				got += weight[i] * index.SynonymFactor
			}
		}
		m := roleMatch{id: int(ri.owner[ph]), recall: got / total, precision: min(1, got/own)}
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

// minClipped is the length of a word read as clipped from a longer one.
const minClipped = 3

// clipped are the stems of the phrases that open with st and are longer
// ("secretari" for "sec", "gov" for "governor"), at most maxRoleAlts of
// them: a reporter types "the foreign sec", "the county exec". A word of
// fewer than minClipped letters, or one that opens more stems than that,
// says too little to be read so.
func (ri *roleIndex) clipped(st string) []string {
	if len(st) < minClipped {
		return nil
	}
	i, _ := slices.BinarySearch(ri.stems, st)
	var out []string
	for ; i < len(ri.stems) && strings.HasPrefix(ri.stems[i], st); i++ {
		if ri.stems[i] == st {
			continue
		}
		if len(out) == maxRoleAlts {
			return nil
		}
		out = append(out, ri.stems[i])
	}
	return out
}

// byRole resolves a description to the person whose phrases hold it best,
// preferring among equals someone the corpus quotes.
func (a *Answerer) byRole(desc string) (*corpus.Person, bool) {
	ms := a.roles.find(roleTerms(desc, a.idx.Vocab()))
	if len(ms) == 0 || ms[0].recall < MinRoleRecall {
		return nil, false
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if m.recall < best.recall || m.precision < best.precision {
			break
		}
		if len(a.quotesBy.of(m.id)) > len(a.quotesBy.of(best.id)) {
			best = m
		}
	}
	p := a.c.Person(best.id)
	return p, p != nil
}

// ownedRole answers "who is X's ROLE" ("who is the mayor's chief of
// staff", "who is Berg's lawyer"): the person whose phrases hold both X's
// last word and the role, which articles write as "Berg's lawyer, Ann
// Lund," or "Berg lawyer Ann Lund". X is named in the question, a person
// or an organisation; the role must close on a noun WordNet classes as a
// person. nil when the question is not of that form or no one fits.
// people are the question's names as propose found them, from its body.
func (a *Answerer) ownedRole(qu Question, people []mention) *corpus.Person {
	if qu.Kind != KindWho || qu.Object || qu.Body < 2 || qu.Body >= len(qu.Words) || !copulas[qu.Words[qu.Body-1].Fold] {
		return nil
	}
	i := qu.Body
	if qu.Words[i].Fold == "the" {
		i++
	}
	owner, ok := a.owner(qu, i, people)
	if !ok {
		return nil
	}
	p, _ := a.ownedBy(qu, owner)
	return p
}

// ownedBy is the person who holds the role the question gives after its
// owner ("Berg's lawyer": owner Berg), nil when no one the role table
// knows does; asked reports whether a role closing on a noun WordNet
// classes as a person follows the owner at all.
func (a *Answerer) ownedBy(qu Question, owner mention) (p *corpus.Person, asked bool) {
	to := owner.To
	for to < len(qu.Words) && !roleBreak[qu.Words[to].Fold] && !timePlace[qu.Words[to].Fold] && qu.Words[to].Fold != "for" {
		to++
	}
	if to == owner.To {
		return nil, false
	}
	head := dropPossessive(qu.Words[to-1].Fold)
	if !personNoun(head) {
		return nil, false
	}
	whose := strings.TrimSuffix(dropPossessive(qu.Words[owner.To-1].Fold), "'")
	desc := whose + " " + qu.Text[qu.Words[owner.To].Start:qu.Words[to-1].Start+len(qu.Words[to-1].Text)]
	for _, m := range a.roles.find(roleTerms(desc, a.idx.Vocab())) {
		if m.recall < MinRoleRecall {
			break
		}
		if m.id != owner.Person.ID {
			return a.c.Person(m.id), true
		}
	}
	return nil, true
}

// owner is the person or organisation named at question word i, as the
// question's names are found, or, when a possessive ends the name
// ("Dahl's", which no name table holds), as its words without it.
func (a *Answerer) owner(qu Question, i int, found []mention) (mention, bool) {
	// The possessive first: the name tables may hold "Berg's campaign
	// manager" whole, as a description of the manager.
	for j := i; j < len(qu.Words) && j < i+3; j++ {
		w := qu.Words[j]
		if !strings.HasSuffix(w.Fold, "'s") {
			continue
		}
		name := qu.Text[qu.Words[i].Start:w.Start] + dropPossessive(w.Fold)
		if p, ok := a.lookup(name); ok && p != nil {
			return mention{From: i, To: j + 1, Person: p}, true
		}
		break
	}
	// Else a name typed with its possessive's s and no apostrophe
	// ("carters"), or capitalised: "communications director" names a
	// firm's last word, not whose director.
	k := slices.IndexFunc(found, func(m mention) bool { return m.From == i || m.From == i-1 && qu.Words[m.From].Fold == "the" })
	if k < 0 {
		return mention{}, false
	}
	last := qu.Words[found[k].To-1]
	names := personWords(found[k].Person)
	if last.Upper || !names[last.Fold] && names[strings.TrimSuffix(last.Fold, "s")] {
		return found[k], true
	}
	return mention{}, false
}

// tookRole answers "who took over as interim coach", "who stepped in as
// caretaker after Berg left": the person described with the role after
// "as", as "who became" is answered, but not anyone the question names
// (Berg held the role before). The verb must take, hold or
// be given a role; nil when the question is not of that form or no one
// fits.
func (a *Answerer) tookRole(qu Question) *corpus.Person {
	if qu.Kind != KindWho || qu.Object || qu.Body >= len(qu.Words) {
		return nil
	}
	if v := qu.Words[qu.Body].Fold; copulas[v] || !roleVerbs[lex.Lemma(v, lex.Verb)] {
		return nil
	}
	from := -1
	for k := qu.Body + 1; k < len(qu.Words) && k <= qu.Body+maxBeforeAs; k++ {
		if qu.Words[k].Fold == "as" {
			from = k + 1
			break
		}
		if w := qu.Words[k]; (possessive(w.Fold) || a.ownerBefore(qu, k)) && k+1 < len(qu.Words) && postNouns[qu.Words[k+1].Fold] {
			// "took over Berg's duties as minister": the role is Berg's,
			// and who took the duties is another question ("took over
			// the club's first team as coach" is not).
			return nil
		}
	}
	if from < 0 || from >= len(qu.Words) {
		return nil
	}
	if d := qu.Words[from].Fold; d == "the" || d == "a" || d == "an" || d == "new" {
		from++
	}
	desc := roleSpan(qu, from)
	if desc == "" {
		return nil
	}
	named, _ := a.findPeople(qu, qu.Body)
	for _, m := range a.roles.find(roleTerms(desc, a.idx.Vocab())) {
		if m.recall < MinRoleRecall {
			break
		}
		if !slices.ContainsFunc(named, func(n mention) bool { return n.Person.ID == m.id }) {
			return a.c.Person(m.id)
		}
	}
	return nil
}

// ownerBefore reports whether question word k is a possessive typed
// without its apostrophe ("bergs") of a person or organisation the
// corpus knows.
func (a *Answerer) ownerBefore(qu Question, k int) bool {
	w := qu.Words[k].Fold
	if !strings.HasSuffix(w, "s") || len(w) < 4 || k+1 >= len(qu.Words) {
		return false
	}
	p, ok := a.lookup(strings.TrimSuffix(w, "s"))
	return ok && p != nil && !lex.Known(w, lex.Noun) && !lex.Known(strings.TrimSuffix(w, "s"), lex.Noun)
}

// jobAsked is the person whose post a question asks in words, not by
// "who is": "per holm - whats his real role", "who is Ann Berg,
// what's her role with the trust", "Berg's position?". A noun of
// postNouns (or "title") after "his", "her", "their" (the person named
// last before it), after a name's possessive, or before an auxiliary and
// the pronoun holding it ("which role does she hold"); every other word
// of the question is a name, a small word, one that names nothing
// (informs below 1: "actual", "exactly"), or of a phrase saying where the
// post is held ("at the trust"). nil when the question is not of that
// form.
func (a *Answerer) jobAsked(qu Question, people []mention) *corpus.Person {
	at := -1
	for i := qu.Body; i < len(qu.Words); i++ {
		if f := qu.Words[i].Fold; (postNouns[f] || f == "title") && i > 0 {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	tags := questionTags(qu) // informs.go
	own := at - 1
	for own > qu.Body && !possessives[qu.Words[own].Fold] && !possessive(qu.Words[own].Fold) && informs(qu, tags, own) < 1 {
		own-- // "his actual job"
	}
	prev := qu.Words[own].Fold
	held := -1 // "which role does she hold": the holder after the noun
	if !possessives[prev] && !possessive(prev) {
		held = heldBy(qu, at)
		if held < 0 {
			return nil
		}
		own, prev = held, "his"
	}
	var owner *corpus.Person
	for _, m := range people {
		if m.Person == nil || m.Person.Kind != corpus.KindPerson {
			continue
		}
		if possessives[prev] && m.To <= own || possessive(prev) && m.To == own+1 {
			owner = m.Person // the last named before the pronoun
		}
	}
	if owner == nil {
		return nil
	}
	where := wherePostHeld(qu, at)
	for i := range qu.Words {
		f := qu.Words[i].Fold
		if i == at || index.IsStop(f) || possessives[f] || copulas[f] || f == "who" || f == "what" || f == "whats" || f == "w" {
			continue
		}
		if held >= 0 && i == held+1 || i >= where {
			continue // "does he hold", "at the agency": the post's own
		}
		if slices.ContainsFunc(people, func(m mention) bool { return i >= m.From && i < m.To }) {
			continue
		}
		if informs(qu, tags, i) >= 1 {
			return nil // "what was his job before the merger": more is asked
		}
	}
	return owner
}

// heldBy is, in "which role does she hold", the subject pronoun after
// the post noun at and an auxiliary, whose verb, if any, says only that
// the post is held; -1 when the question is not so.
func heldBy(qu Question, at int) int {
	k := at + 1
	if k+1 >= len(qu.Words) || !auxiliaries[qu.Words[k].Fold] || !subjectPronouns[qu.Words[k+1].Fold] {
		return -1
	}
	if k+2 < len(qu.Words) && !holding(lex.Lemma(qu.Words[k+2].Fold, lex.Verb)) {
		return -1 // "what post does she want": another post
	}
	return k + 1
}

// holding reports whether verb lemma v is "hold" or one of its WordNet
// synonyms ("have", "occupy"): a post held, not one sought.
func holding(v string) bool {
	if v == "hold" {
		return true
	}
	for _, sense := range lex.Senses("hold", lex.Verb) {
		if slices.Contains(sense.Synonyms, v) {
			return true
		}
	}
	return false
}

// wherePostHeld is the first word of a phrase after the post noun at
// that says where the post is held ("his title at the agency", "which
// role does she have in the cabinet office"): a preposition of place or
// of the one served, and no year or word of time after it, which would
// ask for another post than today's. len(qu.Words) when there is none.
func wherePostHeld(qu Question, at int) int {
	for k := at + 1; k < len(qu.Words); k++ {
		if !postPlaces[qu.Words[k].Fold] {
			continue
		}
		for _, w := range qu.Words[k+1:] {
			if len(w.Fold) == 4 && isNumber(w.Fold) || lex.FirstClass(lex.Lemma(w.Fold, lex.Noun), lex.Noun).Has(lex.NounTime) {
				return len(qu.Words)
			}
		}
		return k
	}
	return len(qu.Words)
}

// postPlaces open the phrase that says where a post is held.
var postPlaces = map[string]bool{"at": true, "in": true, "with": true, "for": true}

// postNouns are what someone holds in a post, which another may take
// over: "Berg's duties".
var postNouns = map[string]bool{"duties": true, "job": true, "role": true, "post": true, "position": true,
	"responsibilities": true, "portfolio": true, "seat": true, "place": true, "work": true}

// maxBeforeAs bounds the words between the verb and "as" in tookRole
// ("took over the club's first team as").
const maxBeforeAs = 6

// roleVerbs take, hold or give a role, by lemma: "took over as", "was
// hired as", "stepped in as".
//
// "replaced Berg as mayor" is left to the search: anyone described as the
// mayor, Berg's predecessor too, would answer it.
var roleVerbs = map[string]bool{"take": true, "step": true, "join": true,
	"return": true, "serve": true, "act": true, "stand": true, "install": true, "hire": true, "appoint": true,
	"name": true, "elect": true, "choose": true, "pick": true, "select": true, "tap": true, "come": true}

// ageWord reports whether w is an age set off beside a name: one or two
// digits, or three from 100.
func ageWord(w string) bool {
	if len(w) == 0 || len(w) > 3 || w[0] == '0' {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(w) < 3 || w[0] == '1'
}

// roleAnaphor reports whether fact d speaks of m's person by their role
// after "the", once the article has named them: "Ann Berg was suspended
// on Monday. The cabinet handed the minister's work to her
// deputy" involves Berg, whose roles hold "minister". The role word must
// be a noun WordNet classes as a person, with no name after it ("the
// minister, Ann Lund" names another), and the person must be named
// within pronounBack bytes before the sentence.
func (a *Answerer) roleAnaphor(d index.Doc, m mention) bool {
	if d.Kind != index.KindFact || m.Person == nil || m.Person.Kind != corpus.KindPerson || len(m.Person.Roles) == 0 {
		return false
	}
	f := &a.c.Facts[d.Ref]
	if f.Article < 0 || int(f.Article) >= len(a.c.Articles) {
		return false
	}
	// The person's roles are read only for a noun of a person after
	// "the": most sentences have none, and a person's roles are many words.
	var roles map[string]bool
	text := f.Text(a.c)
	toks := index.Words.Tokenize(text)
	hit := false
	for i := 1; i < len(toks) && !hit; i++ {
		if isUpperWord(toks[i].Term) && i+1 < len(toks) && isUpperWord(toks[i+1].Term) || !index.FoldIs(toks[i-1].Term, "the") {
			continue // folded only after "the": each fold of a capital was a string made
		}
		lemma := lex.Lemma(index.Fold(toks[i].Term), lex.Noun)
		if !lex.FirstClass(lemma, lex.Noun).Has(lex.NounPerson) {
			continue
		}
		if roles == nil {
			roles = roleLemmas(m.Person)
		}
		if !roles[lemma] {
			continue
		}
		if i+1 < len(toks) && isUpperWord(toks[i+1].Term) {
			continue // "the minister Ann Lund"
		}
		if i+2 < len(toks) && strings.TrimSpace(text[toks[i].End:toks[i+1].Start]) == "," && isUpperWord(toks[i+1].Term) {
			continue // "the minister, Ann Lund,"
		}
		hit = true
	}
	if !hit {
		return false
	}
	start := f.Span().Start
	for _, mm := range m.Person.Mentions {
		if mm.Article == f.Article && mm.Span().End <= start && start-mm.Span().End <= pronounBack {
			return true
		}
	}
	return false
}

// roleLemmas are the noun lemmas of the words of p's roles, small words
// aside.
func roleLemmas(p *corpus.Person) map[string]bool {
	roles := map[string]bool{}
	for _, r := range p.Roles {
		for _, w := range strings.Fields(r) {
			if f := index.Fold(w); !index.IsStop(f) {
				roles[lex.Lemma(f, lex.Noun)] = true
			}
		}
	}
	return roles
}

// headPosts are the posts a verb of heading asks for, by the verb's
// lemma: "who chairs the Harbour Trust" asks for the person written
// beside their name as "chairman of the Harbour Trust" or "Harbour
// Trust chair". WordNet's agent nouns are too loose for it ("run":
// runner, "advise": advisee).
var headPosts = map[string][]string{
	"head":    {"head", "chief", "leader", "president", "chairman", "director"},
	"lead":    {"leader", "head", "chief"},
	"chair":   {"chairman", "chairwoman", "chair", "chairperson"},
	"run":     {"head", "chief", "director", "president", "manager", "executive"},
	"found":   {"founder", "co-founder"},
	"cofound": {"co-founder", "founder"},
	"own":     {"owner", "co-owner"},
	"direct":  {"director"},
	"manage":  {"manager"},
	"coach":   {"coach", "manager"},
	"edit":    {"editor"},
	"command": {"commander"},
	"govern":  {"governor"},
	"captain": {"captain", "skipper"},
}

// headOf answers "who heads / chairs / founded / runs X": the person
// whose phrases beside their name hold one of the verb's posts and X
// ("Ann Lund, the head of the Harbour Trust,"). The post word itself
// must be in the phrase, so that a spokesman of X is no answer; nil when
// the question is not of that form or no one fits.
func (a *Answerer) headOf(qu Question) *corpus.Person {
	if qu.Kind != KindWho || qu.Object || qu.Body+1 >= len(qu.Words) {
		return nil
	}
	posts := headPosts[lex.Lemma(qu.Words[qu.Body].Fold, lex.Verb)]
	if len(posts) == 0 {
		return nil
	}
	from := qu.Body + 1
	if qu.Words[from].Fold == "the" {
		from++
	}
	org := roleSpan(qu, from)
	if org == "" {
		return nil
	}
	v := a.idx.Vocab()
	var best roleMatch
	for _, post := range posts {
		st := stemIn(v, post)
		for _, m := range a.roles.find(roleTerms(post+" of "+org, v)) {
			if m.recall < MinRoleRecall {
				break
			}
			if m.recall > best.recall && a.roles.holds(m.id, st) {
				best = m
				break
			}
		}
	}
	if best.recall == 0 {
		return nil
	}
	return a.c.Person(best.id)
}

// holds reports whether one of person id's phrases holds stem st.
func (ri *roleIndex) holds(id int, st string) bool {
	for _, ph := range ri.byStem[st] {
		if int(ri.owner[ph]) == id {
			return true
		}
	}
	return false
}

// pronounRole is a role after "his", "her" or "their" set off by a comma
// before a name: "lawyer" of "Berg thanked his lawyer, Ann Lund,", and
// where the pronoun stands. The role must close on a noun WordNet
// classes as a person ("his home, Halden" gives none).
func pronounRole(text string, at int) ([]string, int, string) {
	lead := strings.TrimRight(text[max(0, at-2):at], " ")
	if !strings.HasSuffix(lead, ",") {
		return nil, 0, ""
	}
	comma := strings.LastIndexByte(text[:at], ',')
	words := wordsBefore(text, comma)
	k := slices.IndexFunc(words, func(w string) bool {
		f := index.Fold(w)
		return f == "his" || f == "her" || f == "their"
	})
	if k < 0 || k+1 >= len(words) {
		return nil, 0, ""
	}
	role := words[k+1:]
	if head := index.Fold(role[len(role)-1]); isUpperWord(role[len(role)-1]) || !personNoun(head) {
		return nil, 0, ""
	}
	// The pronoun stands before the role's words, which hold no name.
	return role, max(0, comma-len(strings.Join(role, " "))-5), index.Fold(words[k])
}

// mentionAt is one mention of a person in an article.
type mentionAt struct {
	start, end int
	id         int
}

// mentionsByArticle are the people's mentions in each article, in the
// order of the text.
type mentionsByArticle map[int][]mentionAt

// namedBefore gathers the mentions of people (not organisations) by
// article.
func namedBefore(c *corpus.Corpus) mentionsByArticle {
	out := mentionsByArticle{}
	for _, p := range c.People {
		if p.Kind != corpus.KindPerson {
			continue
		}
		for _, m := range p.Mentions {
			out[int(m.Article)] = append(out[int(m.Article)], mentionAt{m.Span().Start, m.Span().End, p.ID})
		}
	}
	for _, ms := range out {
		slices.SortFunc(ms, func(x, y mentionAt) int { return x.start - y.start })
	}
	return out
}

// last is the person named last before offset at in the article, within
// pronounBack bytes, other than not, whose given name does not say
// another gender than the pronoun's. When the name says no gender
// ("Kim") and another such person is named before, whose the pronoun is
// is not told: -1, as when there is none.
func (mb mentionsByArticle) last(c *corpus.Corpus, article, at, not int, pron string) int {
	want := map[string]int{"his": 1, "her": -1}[pron]
	ms := mb[article]
	i, _ := slices.BinarySearchFunc(ms, at, func(m mentionAt, at int) int { return m.start - at })
	found := -1
	for i--; i >= 0; i-- {
		m := ms[i]
		if at-m.end > pronounBack {
			break
		}
		if m.end > at || m.id == not || m.id == found {
			continue
		}
		g := 0
		if p := c.Person(m.id); p != nil {
			g = person.GivenGender(strings.Fields(p.Name + " x")[0])
		}
		switch {
		case g != 0 && g != want:
			continue
		case found >= 0:
			return -1 // two people it may stand for
		case g == want:
			return m.id
		}
		found = m.id
	}
	return found
}

// maxByWords bounds the words of description between "by" and a name
// ("founded by billionaire and activist Ann Berg").
const maxByWords = 6

// passiveHead is the post a participle of heading gives the name after
// "by", with what it heads: "founder Harbour Trust" of "the Harbour
// Trust, founded by Ann Berg" or "a group led by Ann Berg". nil when the
// words before the name are not of that form.
func passiveHead(text string, at int) []string {
	seg := text[max(0, at-160):at]
	for len(seg) > 0 && seg[0]&0xC0 == 0x80 {
		seg = seg[1:]
	}
	if !strings.Contains(seg, " by ") {
		return nil // most names: read no further, at build time
	}
	var buf [roleBuf]index.Token
	toks := index.AppendWords(buf[:0], seg)
	k := len(toks) - 1
	for n := 0; k >= 1 && n <= maxByWords; k, n = k-1, n+1 {
		if strings.ContainsAny(seg[toks[k].End:endOf(seg, toks, k)], ",.;:()\"“”") {
			return nil // another clause between "by" and the name
		}
		if index.Fold(toks[k].Term) == "by" {
			break
		}
	}
	if k < 1 || index.Fold(toks[k].Term) != "by" {
		return nil
	}
	part := toks[k-1]
	posts := headPosts[lex.Lemma(index.Fold(part.Term), lex.Verb)]
	if len(posts) == 0 || !strings.HasSuffix(index.Fold(part.Term), "ed") && !irregularParticiple[index.Fold(part.Term)] {
		return nil
	}
	start := len(text[:at]) - len(seg) + part.Start
	if lead := strings.TrimRight(text[:start], " "); strings.HasSuffix(lead, ",") {
		start = len(lead) - 1
	}
	org := wordsBefore(text, start)
	if len(org) == 0 {
		return nil
	}
	return append([]string{posts[0]}, org...)
}

// endOf is where the gap after token k of toks in seg ends.
func endOf(seg string, toks []index.Token, k int) int {
	if k+1 < len(toks) {
		return toks[k+1].Start
	}
	return len(seg)
}

// irregularParticiple are the participles of the verbs of heading that
// do not end in "-ed".
var irregularParticiple = map[string]bool{"led": true, "run": true, "co-led": true}

// roleSpan is the question's text from word from to the first word that
// opens another phrase (a preposition, a time or a place): the role or
// the organisation asked about. "" when there is none.
func roleSpan(qu Question, from int) string {
	to := from
	for to < len(qu.Words) && !roleBreak[qu.Words[to].Fold] && !timePlace[qu.Words[to].Fold] {
		to++
	}
	if to == from {
		return ""
	}
	return qu.Text[qu.Words[from].Start : qu.Words[to-1].Start+len(qu.Words[to-1].Text)]
}

// pronounAt is a personal pronoun opening a sentence and the offset after
// it, with the possessive that says its gender ("his" for "He").
type pronounAt struct {
	at   int
	pron string
}

// pronounCopulas finds "He" and "She" opening a sentence of text and
// followed by a copula ("She is", "He was"): where a role after a pronoun
// may be given.
func pronounCopulas(text string) []pronounAt {
	var out []pronounAt
	for _, pr := range [...]struct{ word, pron string }{{"He ", "his"}, {"She ", "her"}} {
		for from := 0; ; {
			i := strings.Index(text[from:], pr.word)
			if i < 0 {
				break
			}
			i += from
			from = i + len(pr.word)
			if !sentenceStart(text, i) {
				continue
			}
			rest := text[from:min(len(text), from+8)]
			if f := strings.Fields(rest); len(f) == 0 || !copulas[strings.ToLower(f[0])] {
				continue
			}
			out = append(out, pronounAt{at: i + len(pr.word) - 1, pron: pr.pron})
		}
	}
	return out
}

// sentenceStart reports whether offset i of text opens a sentence: at
// the start of the text or a line, or after a full stop, a question or
// exclamation mark and a space, a closing quotation mark between.
func sentenceStart(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == 0 || text[j-1] == '\n' {
		return true
	}
	if j == i {
		return false // "Shoe …": no space before it
	}
	lead := strings.TrimRight(text[max(0, j-4):j], "\"'”’")
	return strings.HasSuffix(lead, ".") || strings.HasSuffix(lead, "?") || strings.HasSuffix(lead, "!")
}

// personNoun reports whether noun w (folded, any number) names a person
// by WordNet's commonest sense: "aide", "coxswains", not "harbour".
func personNoun(w string) bool {
	return lex.FirstClass(lex.Lemma(w, lex.Noun), lex.Noun).Has(lex.NounPerson)
}
