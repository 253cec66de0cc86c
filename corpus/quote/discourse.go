package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// ment is one mention of a person outside quotations, in text order.
type ment struct {
	pos  int
	id   int
	subj bool // it is the subject of its clause, so a later "he" likely means it
	// sub: that clause follows "that" ("Vell said that Strand was"),
	// so a main clause's subject before it in its sentence is likelier.
	sub bool
	// g is the gender the pronoun that named it says (-1 "she", +1
	// "he"), 0 for a name: a person whose given name says nothing is
	// still a woman where "she" meant her.
	g int8
}

// genderAt is the gender of the person mention m names: the one the
// articles give them, else the one its pronoun says.
func (d *discourse) genderAt(m ment) int {
	if g := d.r.Gender(m.id); g != 0 {
		return g
	}
	return int(m.g)
}

// discourse is what an article has said so far: who was named, who spoke.
type discourse struct {
	a     *corpus.Article
	r     *person.Resolver
	ments []ment
	// pending are names of the current paragraph not yet reached.
	pending []ment
	// words is the paragraph's words, a buffer reused by addNames.
	words []segment.Token
	// title are the people the headline names, once titleRead.
	title     []int
	titleRead bool
}

func (d *discourse) add(m ment) {
	if n := len(d.ments); n == 0 || d.ments[n-1].pos <= m.pos {
		d.ments = append(d.ments, m)
		return
	}
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].pos > m.pos })
	d.ments = append(d.ments, ment{})
	copy(d.ments[i+1:], d.ments[i:])
	d.ments[i] = m
}

// prepositionWords before a name make it an object.
const prepositionWords = `of in on at by with to from for about into over under after before between
via per through against among upon toward towards`

// prepositions are prepositionWords and the rarer ones, which make a name
// after them an object ("beyond American reach", "without Vell present")
// but, after a name, often open a phrase set between it and its verb
// ("Vell during a stop thanked them").
var prepositions = segment.WordSet(prepositionWords + ` beyond within without across behind beside near
around throughout despite during amid inside outside onto beneath unlike`)

// notVerb follow a name that is not the subject of a verb: the
// prepositions and the conjunctions.
var notVerb = segment.WordSet(prepositionWords + ` and or but if that who which whose as than because while
when where nor since until`)

// addNames queues the names of paragraph p that lie outside quotations
// (sorted, as scan returns them); they join the discourse as reading
// reaches them (see upTo), so that adding a speaker stays an append.
func (d *discourse) addNames(p corpus.Span, quoted []corpus.Span) {
	d.upTo(len(d.a.Text) + 1)
	text := d.a.Text
	q := 0
	for _, n := range d.r.NamesIn(d.a, p) {
		for q < len(quoted) && quoted[q].End <= n.Span.Start {
			q++
		}
		if q < len(quoted) && quoted[q].Start <= n.Span.Start && n.Span.End <= quoted[q].End {
			continue
		}
		subj := isSubject(text, n.Span, p.End) || frontedTopic(text, n.Span)
		d.pending = append(d.pending, ment{pos: n.Span.Start, id: n.ID, subj: subj, sub: subj && (afterThat(text, n.Span.Start) || afterReport(text, n.Span.Start))})
	}
	// "… he outlined that …": a pronoun that is a clause's subject
	// outside quotations stands for the person it resolves to when
	// reading reaches it, so a later "he" can follow the chain.
	var pros []ment
	q = 0
	d.words = segment.AppendWords(d.words[:0], text, p)
	for _, w := range d.words {
		if len(w.Text) > 8 || w.Text[0]|0x20 != 'h' && w.Text[0]|0x20 != 's' {
			continue // most words: no pronoun, and no lower-casing
		}
		pw := pronounOf(w.Text)
		if pw == "" || pw == "they" {
			continue
		}
		for q < len(quoted) && quoted[q].End <= w.Span.Start {
			q++
		}
		if q < len(quoted) && quoted[q].Start <= w.Span.Start {
			continue
		}
		rest := strings.TrimLeft(text[w.Span.End:min(p.End, w.Span.End+30)], " ")
		if nx := firstWord(rest); nx == "" || isCap(nx) || segment.LowerIn(notVerb, nx) {
			continue
		}
		pros = append(pros, ment{pos: w.Span.Start, id: proMarker, subj: pw == "she"})
	}
	if len(pros) > 0 {
		d.pending = mergeMents(d.pending, pros)
	}
}

// topicOpeners open a sentence with the person whose view or lot it
// gives: "To Ida Brandt, the crowd looked tired", "For Ida Brandt, …".
var topicOpeners = map[string]bool{"To": true, "For": true}

// frontedTopic reports whether the name at s ends a phrase that opens its
// sentence with a topicOpener and closes with a comma ("To harbour
// historian Ida Brandt, the stare seemed sad."). The name is then what
// the sentence is about, the one a "she said" after it most likely
// means, though no verb follows it.
func frontedTopic(text string, s corpus.Span) bool {
	st := sentenceStart(text, s.Start)
	head := text[st:s.Start]
	sp := strings.IndexByte(head, ' ')
	if sp < 0 || !topicOpeners[head[:sp]] || strings.ContainsAny(head, ",.;:!?()\"\u201c\u201d") {
		return false
	}
	rest := text[s.End:]
	return strings.HasPrefix(rest, ",")
}

// proMarker marks a pending pronoun (subj tells "she" from "he"), resolved
// when reading reaches it.
const proMarker = -2

func mergeMents(a, b []ment) []ment {
	out := make([]ment, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i].pos <= b[j].pos {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// upTo adds the queued names before offset pos.
func (d *discourse) upTo(pos int) {
	i := 0
	for i < len(d.pending) && d.pending[i].pos < pos {
		m := d.pending[i]
		i++
		if m.id == proMarker {
			w, g := "he", int8(1)
			if m.subj {
				w, g = "she", -1
			}
			if m.id = d.pronounIn(m.pos, w); m.id == corpus.NoPerson {
				continue
			}
			m.subj, m.g = true, g
		}
		d.add(m)
	}
	d.pending = d.pending[i:]
}

// isSubject guesses whether the name at s is a clause subject: the next
// word (after an apposition) is a lower-case word that is not a
// preposition or conjunction, as in "Witkoff answered", not "with
// Witkoff by phone".
func isSubject(text string, s corpus.Span, end int) bool {
	// "a call from Putin would go well": the object of a preposition is
	// no subject, whatever follows it.
	// "the Nordline hierarchy": a name after a determiner
	// modifies a noun. "with Sporting boss Rui Amaral expected to":
	// the preposition may stand before a role.
	if objectBefore(text, s.Start) || verbObject(text, s.Start) {
		return false
	}
	rest := text[s.End:min(end, s.End+200)]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s") {
		return false
	}
	if strings.HasPrefix(rest, " (") {
		if i := strings.IndexByte(rest, ')'); i >= 0 {
			rest = rest[i+1:] // "McCaskill (D-Mo.) scolded him"
		}
	}
	if invertedSubject(text, s.Start) {
		return true // '"…," said Ann Vell, the port's chief.'
	}
	rest = skipPlace(skipAge(rest))
	if apposed(text, s.Start) && strings.HasPrefix(rest, ", ") {
		// "The port's chief, Ann Vell, said": a name set off as an
		// apposition itself is the subject of the verb after it.
		if w := firstWord(rest[2:]); verbForms[w] != "" || !isCap(w) && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	if strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ") || strings.HasPrefix(rest, ", the ") || strings.HasPrefix(rest, ", who ") {
		if i := strings.Index(rest[2:], ","); i >= 0 {
			rest = rest[2+i+1:]
		}
		// "Vell, the host of the show "Harbour Nights," said": the
		// comma inside a quoted title closes the apposition too.
		rest = strings.TrimLeft(rest, "\"\u201d")
		// "Vell, a welder in Dunmore, Ore., said": a state after the
		// town closes the apposition.
		if n := stateAbbrev(strings.TrimLeft(rest, " ")); n > 0 {
			rest = strings.TrimLeft(rest, " ")[n:]
		}
		// "Vell, the organist at the chapel, which stands by the quay,
		// said": a relative clause set off after the apposition closes
		// at its own comma.
		if w := firstWord(rest); relativeOpeners[w] && strings.HasPrefix(rest, " "+w+" ") {
			if i := strings.IndexByte(rest, ','); i >= 0 && !strings.ContainsAny(rest[:i], ".;:!?\"\u201c\u201d\n") {
				rest = rest[i+1:]
			}
		}
	} else if r, ok := skipApposition(rest); ok {
		rest = r
	}
	rest = strings.TrimLeft(rest, " \t\u00a0")
	w := rest
	if i := strings.IndexAny(rest, " \t\n"); i >= 0 {
		w = rest[:i]
	}
	if w == "" {
		return false
	}
	if isCap(w) || strings.ContainsAny(w[:1], ",.;:!?\"'()\u201c\u201d") {
		return false
	}
	return !notVerb[strings.Trim(w, ",.;:")]
}

// relativeOpeners open a relative clause set off by commas.
var relativeOpeners = segment.WordSet(`which who whose where`)

// invertedSubject reports whether the name at off follows a reporting
// verb that follows a comma or a quotation mark: '"…," said Vell' puts
// the verb's subject after it.
func invertedSubject(text string, off int) bool {
	w, start := wordBefore(text, off)
	if w == "" || off-start > 20 || verbForms[w] == "" {
		return false
	}
	prev, _ := wordBefore(text, start)
	return closesPhrase(prev)
}

// closesPhrase reports whether a word ends in a comma or a closing
// quotation mark, after which a reporting verb's subject follows it
// ('"…," said Vell').
func closesPhrase(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r == ',' || r == '"' || r == '\'' || r == '\u201d' || r == '\u2019'
}

// skipApposition reads past an apposition set off by commas that the
// article-led forms do not cover: one that opens with a lower-case word
// ("Vell, chairman of the port board, replied", "Vell, however,
// replied"), an owner ("Vell, Strand's deputy, said") or a party and
// state ("Vell, R-Ore., said"), maybe followed
// by a short place ("…, a welder in Dunmore, Ore., said"). It returns
// the text after the last comma, when a lower-case word follows it.
func skipApposition(rest string) (string, bool) {
	if len(rest) < 4 || rest[0] != ',' || rest[1] != ' ' {
		return rest, false
	}
	first := firstWord(rest[2:])
	if first == "" || isCap(first) && !partyCode(first) && !strings.HasSuffix(first, "'s") && !strings.HasSuffix(first, "\u2019s") {
		return rest, false // "Vell, Strand and Lund", but not "Vell, Strand's deputy,"
	}
	// "Harbour Watch, she said, is": a clause between commas; "Vell,
	// and Strand" is no apposition either.
	if lf := strings.ToLower(first); pronouns[lf] || lf == "and" || lf == "or" || lf == "but" {
		return rest, false
	}
	r := rest[2:]
	for n := 0; n < 3; n++ {
		i := strings.IndexByte(r, ',')
		if i < 0 || i > 120 || strings.ContainsAny(r[:i], ";:?!\"\u201c\u201d()") || strings.Contains(r[:i], ". ") {
			return rest, false
		}
		r = r[i+1:]
		nx := firstWord(strings.TrimLeft(r, " "))
		if nx == "" {
			return rest, false
		}
		if !isCap(nx) {
			// "…, retired general Vell, late last month, prompting":
			// a participle after an object's apposition is no verb of it.
			return r, !strings.HasSuffix(nx, "ing")
		}
		if len(strings.Fields(r[:min(len(r), strings.IndexByte(r+",", ','))])) > 2 {
			return rest, false // "…, Strand said": a clause, no place
		}
	}
	return rest, false
}

// skipPlace reads past where a person is from, after their name ("Vell
// of Ohio said", "Vell of Dunmore, Ore., said", "Vell of Ohio, the
// party's chair, said"): "of" and up to three capitalised words, and a
// state's abbreviation after a comma.
func skipPlace(rest string) string {
	if !strings.HasPrefix(rest, " of ") {
		return rest
	}
	r := rest[len(" of "):]
	n := 0
	for n < 3 {
		w := r
		if i := strings.IndexAny(r, " ,\n"); i >= 0 {
			w = r[:i]
		}
		if w == "" || !isCap(w) || segment.LowerIn(function, w) {
			break
		}
		r = r[len(w):]
		n++
		if !strings.HasPrefix(r, " ") {
			break
		}
		if nx := firstWord(r); nx == "" || !isCap(nx) {
			break
		}
		r = r[1:]
	}
	if n == 0 {
		return rest
	}
	// ", Ore., said": the state closes the place.
	if strings.HasPrefix(r, ", ") {
		if n := stateAbbrev(r[2:]); n > 0 {
			return r[2+n:]
		}
	}
	return r
}

// apposed reports whether the name at off follows a comma: it is set off
// as an apposition to what stands before it.
func apposed(text string, off int) bool {
	w, _ := wordBefore(text, off)
	return strings.HasSuffix(w, ",")
}

// partyCode reports whether w is a party and state ("R-Ore.", "D-Ill.,").
func partyCode(w string) bool {
	return len(w) > 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-'
}

// pronoun resolves "he", "she" or "they" at offset pos: the most recent
// subject before it, else the most recent person named.
func (d *discourse) pronoun(pos int, w string) int {
	d.upTo(pos)
	return d.pronounIn(pos, w)
}

// pronounIn is pronoun with the mentions before pos already added.
func (d *discourse) pronounIn(pos int, w string) int {
	wantOrg := strings.EqualFold(w, "they")
	want := 1
	if strings.EqualFold(w, "she") {
		want = -1
	}
	any := corpus.NoPerson
	start := sentenceStart(d.a.Text, pos)
	if want < 0 {
		// "she": a woman named lately beats anyone of unknown gender,
		// but for the subject of the pronoun's own sentence (Ann Lund
		// said "…," she said), a woman, or a person of unknown gender,
		// named in that sentence when none there is its subject ("a line
		// from Ann Lund, who laughed when she called it …"), and a
		// person of unknown gender who is the
		// subject last named, in the pronoun's paragraph or the one
		// before, when the woman is named before that person's paragraph
		// (a given name the table lacks: "Zorya Pask is in debt.\n"…,"
		// she said").
		near := paragraphsBack(d.a.Text, pos, 2)
		inSentence, unknown, unknownPara := corpus.NoPerson, corpus.NoPerson, 0
		for i, n := len(d.ments)-1, 0; i >= 0 && n < 20; i-- {
			if m := d.ments[i]; m.pos < pos {
				n++
				if m.pos < start && inSentence != corpus.NoPerson {
					return inSentence
				}
				g := d.genderAt(m)
				p := d.r.Person(m.id)
				isPerson := p != nil && p.Kind == corpus.KindPerson
				unsexed := g == 0 && isPerson && givenFirst(p.Name)
				if m.subj && g < 0 {
					if unknown != corpus.NoPerson && m.pos < unknownPara {
						return unknown
					}
					return m.id
				}
				if m.subj && g == 0 && m.pos >= start && isPerson {
					return m.id
				}
				if g <= 0 && isPerson && givenFirst(p.Name) && m.pos >= start && inSentence == corpus.NoPerson {
					inSentence = m.id
				}
				if m.subj && unsexed && m.pos >= near && unknown == corpus.NoPerson {
					unknown, unknownPara = m.id, paragraphsBack(d.a.Text, m.pos, 1)
				}
			}
		}
		if inSentence != corpus.NoPerson {
			return inSentence
		}
	}
	// "In Sir Laurie's letter, he outlined": a person named earlier in
	// the pronoun's own sentence, when none there is a subject, beats
	// the subjects of sentences before.
	same := corpus.NoPerson
	// Only the last pronounReach mentions are read: an article of many
	// thousand names stays linear.
	for i := len(d.ments) - 1; i >= 0 && i >= len(d.ments)-pronounReach; i-- {
		m := d.ments[i]
		if m.pos >= pos {
			continue
		}
		if m.pos < start && same != corpus.NoPerson {
			return same
		}
		p := d.r.Person(m.id)
		if p == nil || !p.Kind.Speaks() || p.Kind.Org() != wantOrg {
			continue
		}
		if g := d.genderAt(m); !wantOrg && g == -want {
			continue // "she" is not the last man named
		}
		if !wantOrg && pluralName(p.Name) {
			continue // "he" is no "Young Latinos"
		}
		if m.subj && m.sub {
			if id := d.mainSubject(i, want, wantOrg); id != corpus.NoPerson {
				return id
			}
		}
		if m.subj {
			return m.id
		}
		if m.pos >= start && same == corpus.NoPerson {
			same = m.id
		}
		if any == corpus.NoPerson {
			any = m.id
		}
	}
	if same != corpus.NoPerson {
		return same
	}
	if any == corpus.NoPerson && !wantOrg {
		any = d.headlined(want)
	}
	return any
}

// pluralName reports whether a name reads as a group in the plural, not
// one person: its last word is the plural of a noun WordNet knows
// ("Latinos", "Operations") and its first is no given name ("Bernie
// Sanders" keeps his "he").
func pluralName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || person.IsGivenName(f[0]) {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	lemma := lex.Lemma(last, lex.Noun)
	return lemma != last && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && lex.Known(lemma, lex.Noun)
}

// mainSubject is the subject of a main clause before mention i in its
// sentence ("Lund pledged that Strand really is …": Lund), of the
// pronoun's gender and kind, or NoPerson: the speaker a later "he" goes
// on about, rather than the one a that-clause talks of.
func (d *discourse) mainSubject(i, want int, wantOrg bool) int {
	start := sentenceStart(d.a.Text, d.ments[i].pos)
	for j := i - 1; j >= 0 && i-j <= 12 && d.ments[j].pos >= start; j-- {
		m := d.ments[j]
		if !m.subj || m.sub || m.id == d.ments[i].id {
			continue
		}
		p := d.r.Person(m.id)
		if p == nil || !p.Kind.Speaks() || p.Kind.Org() != wantOrg {
			continue
		}
		if g := d.genderAt(m); !wantOrg && g == -want {
			continue
		}
		return m.id
	}
	return corpus.NoPerson
}

// afterThat reports whether the name at off opens a clause after "that",
// maybe behind capitalised words of a role ("that President Vell").
func afterThat(text string, off int) bool {
	end := off
	for n := 0; n < 4; n++ {
		w, start := wordBefore(text, end)
		if w == "" || off-start > 60 {
			return false
		}
		switch {
		case w == "that":
			return true
		case !isCap(w) || strings.ContainsAny(w, ",;:!?()\"\u201c\u201d"):
			return false
		}
		end = start
	}
	return false
}

// headlined is the first person of the given gender (or of unknown
// gender) whom the article's headline names, its subject, for a pronoun
// before the body names anyone ("Scandal fells deputy PM Ann Holt" …
// "“I regret it,” she said"); NoPerson when none is.
func (d *discourse) headlined(want int) int {
	if !d.titleRead {
		d.titleRead = true
		for _, p := range d.a.Paragraphs {
			if p.Kind != corpus.ParaTitle || p.Span().End > len(d.a.Text) || p.Span().Start < 0 || p.Span().Start > p.Span().End {
				continue
			}
			toks := tokens(d.a.Text, p.Span())
			for k := 0; k < len(toks) && len(d.title) < 8; k++ {
				n, ok := nameAt(toks, k)
				if !ok || n.to-n.from < 2 {
					continue // a full name: a lone capitalised word of a headline is any word
				}
				k = n.to - 1
				id := d.r.Resolve(d.a, n.span.Of(d.a.Text), n.span.Start)
				if pp := d.r.Person(id); pp != nil && pp.Kind == corpus.KindPerson && !slices.Contains(d.title, id) {
					d.title = append(d.title, id)
				}
			}
		}
	}
	for _, id := range d.title {
		if d.r.Gender(id) != -want {
			return id
		}
	}
	return corpus.NoPerson
}

// pronounReach bounds how many mentions back a pronoun or a description
// looks.
const pronounReach = 500

// describe resolves a description at offset pos ("the Russian diplomat")
// to the person it fits best among those named before, the most recent
// first; failing that, to the one person in the corpus whose roles it
// names.
func (d *discourse) describe(pos int, desc string) int {
	d.upTo(pos)
	best, bestFit := corpus.NoPerson, -1
	seen := map[int]bool{}
	fit := d.r.Fitter(desc)
	for i := len(d.ments) - 1; i >= 0 && i >= len(d.ments)-pronounReach; i-- {
		m := d.ments[i]
		if m.pos >= pos || seen[m.id] {
			continue
		}
		seen[m.id] = true
		if f := fit(m.id); f > bestFit {
			best, bestFit = m.id, f
		}
	}
	if best != corpus.NoPerson {
		return best
	}
	if p, ok := d.r.Lookup(desc); ok && !commonAsSurname(desc, p.Name) && !pluralPeople(desc) {
		return p.ID
	}
	return d.anaphor(pos, desc)
}

// pluralPeople reports whether a description's head is a person noun in
// the plural ("the authors", "the writers"): several people, whom no
// one's role in another article names ("one of the paper's authors").
func pluralPeople(desc string) bool {
	f := strings.Fields(desc)
	if len(f) == 0 {
		return false
	}
	head := strings.ToLower(strings.Trim(f[len(f)-1], ".,"))
	if isCap(f[len(f)-1]) {
		return false
	}
	l := lex.Lemma(head, lex.Noun)
	return l != head && personNoun(l)
}

// commonAsSurname reports whether a description's head noun, in lower
// case, found a person only as the last word of their name: "the man"
// is nobody called Man (a film's "Serious Man" took every "a man said",
// "Real Woman" every "the woman").
func commonAsSurname(desc, name string) bool {
	f := strings.Fields(desc)
	if len(f) == 0 {
		return false
	}
	head := strings.Trim(f[len(f)-1], ".,")
	if head == "" || isCap(head) {
		return false
	}
	if person.IsOrg(head) || groupNoun(head) {
		// "the company", "the group": an organisation's word is its
		// name's too ("Columbia Gas Company"), but alone it is nobody's
		// name: "Company", from a sentence that opened with the word
		// somewhere in the archive, took every "the company said".
		return strings.EqualFold(strings.TrimSpace(name), head)
	}
	if lw := strings.ToLower(head); lex.Lemma(lw, lex.Noun) != lw {
		return false // "the members wrote": a group in the plural keeps its words
	}
	n := strings.Fields(name)
	return len(n) > 0 && strings.EqualFold(n[len(n)-1], head)
}

// anaphorReach bounds, in bytes, how far back a definite description
// nobody's roles fit looks for its subject.
const anaphorReach = 800

// anaphor resolves a definite description that fits nobody's known roles
// ("the Kremlin spokesman added", "said the San Diego native") to the
// subject the text spoke of last, when it is near, a person, and of no
// other nation. An indefinite one ("a Boeing executive") brings in someone
// new.
func (d *discourse) anaphor(pos int, desc string) int {
	f := strings.Fields(desc)
	if len(f) < 2 || !strings.EqualFold(f[0], "the") {
		return corpus.NoPerson
	}
	// "the agencies announced": a group noun is the organisation the
	// text spoke of last, as a person noun is the person.
	kind := corpus.KindPerson
	if !personNoun(f[len(f)-1]) {
		if !groupNoun(f[len(f)-1]) {
			return corpus.NoPerson
		}
		kind = corpus.KindOrg
	}
	for i := len(d.ments) - 1; i >= 0; i-- {
		m := d.ments[i]
		if m.pos >= pos {
			continue
		}
		if pos-m.pos > anaphorReach {
			break
		}
		p := d.r.Person(m.id)
		if !m.subj || p == nil || p.Kind != kind && !(kind == corpus.KindOrg && orgLike(d.r, m.id)) {
			continue
		}
		if d.r.NationClash(m.id, desc) {
			return corpus.NoPerson
		}
		return m.id
	}
	return corpus.NoPerson
}

// resolve turns a cue's mention into a person id.
func (d *discourse) resolve(m mention) int {
	text := m.span.Of(d.a.Text)
	if m.kind != mPronoun && !d.r.TypeOf(text).Speaks() {
		return corpus.NoPerson // "the rally", "the Iowa Caucuses", "the clip"
	}
	switch m.kind {
	case mPronoun:
		return d.pronoun(m.span.Start, text)
	case mDesc:
		if indefinite(text) {
			// "one Trump confidant said", "a senior aide said", "A
			// top Trump adviser": an indefinite brings in someone new,
			// whom the article keeps unnamed; never a person it named
			// before, nor the one its words name.
			return corpus.NoPerson
		}
		if id := d.ownOffice(m.span.Start, text); id != corpus.NoPerson {
			return id // "his office said": the statement is his
		}
		if id := d.r.Resolve(d.a, text, m.span.Start); id != corpus.NoPerson && !commonAsSurname(text, d.r.Person(id).Name) {
			return id // "the White House"
		}
		if possessed(text) && !speakingHead(text) {
			// "his opening speech called": a thing of someone's.
			return corpus.NoPerson
		}
		if id := d.organisation(m.span, text); id != corpus.NoPerson {
			return id
		}
		return d.describe(m.span.Start, text)
	case mName:
		if segment.LowerIn(function, text) {
			return d.r.Resolve(d.a, text, m.span.Start) // "From said": only someone named so
		}
		if id := d.ofPlace(m, text); id != corpus.NoPerson {
			return id // "Ann Lord of Dunmore, Harbour State, says"
		}
		text = stripNickname(text)
		if !plausibleName(text) && !d.namedLikeAThing(m, text) || d.modifier(m, text) {
			return corpus.NoPerson
		}
		if d.opener(m, text) {
			return d.subjectAfter(m.span)
		}
		if d.dateline(m, text) || d.conjunctionOpens(m, text) {
			// "DUNMORE, Ore. — Vell said …", "Even as Vell spoke, …",
			// "Although …, Vell said": the clause's subject after it,
			// when there is one; else the word goes on as before.
			if id := d.subjectWithin(m.span.End); id != corpus.NoPerson {
				return id
			}
			if d.dateline(m, text) {
				return corpus.NoPerson // a place filed from speaks for nobody
			}
		}
		if d.functionWordOpens(m, text) {
			// "Nor, he said, …", "Later that week, she wrote …",
			// "Only 52 percent of voters agreed": an adverb or a
			// conjunction speaks for nobody; the subject of the clause
			// its opening phrase precedes does, when there is one.
			return d.subjectAfter(m.span)
		}
		if d.commonWordOpens(m, text) {
			// "Reprising one of her lines, the mayor …": the clause's
			// subject after the opening phrase, or nobody.
			return d.subjectAfter(m.span)
		}
		return d.r.Ensure(d.a, text, m.span)
	}
	return corpus.NoPerson
}

// ownOffice resolves "his office" or "her campaign" as a cue's subject to
// the person the pronoun means: an office or a campaign speaks for its
// one holder, as news credits it. Other owned things ("his aide") are
// someone else.
func (d *discourse) ownOffice(pos int, desc string) int {
	f := strings.Fields(desc)
	if len(f) != 2 || !segment.LowerIn(ownedOffices, f[1]) {
		return corpus.NoPerson
	}
	id := corpus.NoPerson
	switch strings.ToLower(f[0]) {
	case "his":
		id = d.pronoun(pos, "he")
	case "her":
		id = d.pronoun(pos, "she")
	}
	if p := d.r.Person(id); p == nil || p.Kind != corpus.KindPerson {
		return corpus.NoPerson
	}
	return id
}

var ownedOffices = segment.WordSet(`office campaign`)

// possessed reports whether a description opens with an owner: "his",
// "its", "their", "her" or a name's ("Vell's").
func possessed(desc string) bool {
	f := strings.Fields(desc)
	if len(f) < 2 {
		return false
	}
	if segment.LowerIn(possessivePronouns, f[0]) {
		return true
	}
	_, poss := possessive(f[0])
	return poss && isCap(f[0])
}

// speakingHead reports whether a description's head can speak: a
// person, a group, an organisation or a title ("the spokesman", "the
// agencies", "the club"), or a capitalised word, not a thing ("his
// speech", "its analysis").
func speakingHead(desc string) bool {
	f := strings.Fields(desc)
	if len(f) == 0 {
		return false
	}
	head := f[len(f)-1]
	for i, w := range f {
		if i > 0 && strings.EqualFold(w, "of") {
			head = f[i-1] // "the head of state"
			break
		}
	}
	return isCap(head) || personNoun(head) || groupNoun(head) || person.IsOrg(head)
}

// namedLikeAThing reports whether a name that reads like a law's or a
// group's ("Law", "Dan Law") is a person the article introduced by
// full name, as the resolver knows them.
func (d *discourse) namedLikeAThing(m mention, name string) bool {
	f := strings.Fields(name)
	// Only a law's or a group's last word ("Law", "Act"): party words
	// ("Republican") stay nobody's names.
	if len(f) == 0 || !person.NotAName([]string{"A", f[len(f)-1]}) {
		return false
	}
	p := d.r.Person(d.r.Resolve(d.a, name, m.span.Start))
	return p != nil && p.Kind == corpus.KindPerson && strings.Contains(p.Name, " ")
}

// stripNickname drops a quoted nickname from a name: Maria "Mia" Lang is
// Maria Lang.
func stripNickname(name string) string {
	i := strings.IndexAny(name, "\"\u201c")
	if i < 0 {
		return name
	}
	_, n := utf8.DecodeRuneInString(name[i:])
	j := strings.IndexAny(name[i+n:], "\"\u201d")
	if j < 0 {
		return name
	}
	_, n2 := utf8.DecodeRuneInString(name[i+n+j:])
	return strings.Join(strings.Fields(name[:i]+" "+name[i+n+j+n2:]), " ")
}

// organisation resolves a description whose head is an organisation word:
// "Clinton's campaign" and "the Trump campaign" name one ("Clinton
// campaign"); "the campaign" means the one named last.
func (d *discourse) organisation(s corpus.Span, desc string) int {
	f := strings.Fields(desc)
	if len(f) < 2 || !person.IsOrg(f[len(f)-1]) {
		return corpus.NoPerson
	}
	head := f[len(f)-1]
	var owner []string
	for _, w := range f[:len(f)-1] {
		if w, _ := possessive(w); isCap(w) && !segment.LowerIn(determiners, w) {
			owner = append(owner, w)
		}
	}
	if len(owner) > 0 {
		return d.r.Ensure(d.a, strings.Join(owner, " ")+" "+head, s)
	}
	d.upTo(s.Start)
	for i := len(d.ments) - 1; i >= 0; i-- {
		m := d.ments[i]
		if p := d.r.Person(m.id); m.pos < s.Start && p != nil && p.Kind.Org() &&
			strings.HasSuffix(strings.ToLower(p.Name), strings.ToLower(head)) {
			return m.id
		}
	}
	if name, ok := orgByFunction(f); ok {
		return d.r.Ensure(d.a, name, s) // "the interior ministry": the Interior Ministry
	}
	return corpus.NoPerson
}

// plausibleName rejects capitalised words that start sentences without
// naming anyone.
func plausibleName(s string) bool {
	var fb [7]string // on the stack: a seventh word makes it no name
	f := person.AppendFieldsUpTo(fb[:0], s, len(fb))
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	var wb [32]byte
	w := lowerOnStack(&wb, strings.Trim(f[0], ".,"))
	if w == "the" && len(f) > 1 && isCap(f[1]) {
		return true // "The White House"
	}
	if person.NotAName(f) {
		return false // "Democratic claims", "the Crime Bill"
	}
	return !function[w] && !pronouns[w] && w != "i" && w != "we" && w != "you"
}

// skipAge drops an age set off by commas after a name ("Elinor Lester,
// 13, said"): what follows is the name's verb.
func skipAge(rest string) string {
	if !strings.HasPrefix(rest, ", ") {
		return rest
	}
	i := 2
	for i < len(rest) && i < 5 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i > 2 && strings.HasPrefix(rest[i:], ", ") {
		return rest[i+1:]
	}
	return rest
}

// personNoun reports whether a description's head noun names a person
// ("spokesman", "coroner", "native", "Argentinian"), not a thing or an
// event ("the spot", "the election"): a title, or a noun whose commonest
// WordNet sense is noun.person; a word WordNet lacks, by an agent's
// ending.
func personNoun(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".,"))
	if person.IsTitle(lw) || personNouns[lw] {
		return true
	}
	if lex.Known(lw, lex.Noun) {
		return lex.FirstClass(lw, lex.Noun).Has(lex.NounPerson)
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "man", "woman", "person"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// groupNoun reports whether w's commonest WordNet sense is a group of
// people ("agency", "ministry", "company"), in any number.
func groupNoun(w string) bool {
	lw := lex.Lemma(strings.ToLower(strings.Trim(w, ".,")), lex.Noun)
	return lex.Known(lw, lex.Noun) && lex.FirstClass(lw, lex.Noun).Has(lex.NounGroup)
}

// personNouns name people though their commonest sense is another
// ("head", "chief", "source").
var personNouns = segment.WordSet(`head chief source`)

// wordBefore is the word that ends at end, past spaces, and where it
// starts, read backwards without splitting the text; start is end when
// there is none.
func wordBefore(text string, end int) (string, int) {
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t' || nbspBefore(text, end)) {
		if text[end-1] == 0xa0 {
			end--
		}
		end--
	}
	start := end
	for start > 0 && text[start-1] != ' ' && text[start-1] != '\t' && text[start-1] != '\n' && !nbspBefore(text, start) {
		start--
	}
	return text[start:end], start
}

// nbspBefore reports whether a no-break space ends at i: some outlets
// put one between words ("nominee\u00a0on Facebook").
func nbspBefore(text string, i int) bool {
	return i >= 2 && text[i-1] == 0xa0 && text[i-2] == 0xc2
}

// verbObject reports whether the name starting at off is a verb's
// object: the verb of an infinitive ("to kill Vell", "to call Strand",
// a reporting verb too) or a past form of a verb that does not report
// ("the rifle he bought to scare Vell", "Lund hired Strand"). A reporting
// verb's finite form before a name is left alone: '"…," said Vell'
// puts its subject after it.
func verbObject(text string, off int) bool {
	w, start := wordBefore(text, off)
	if w == "" || off-start > 30 || isCap(w) || strings.ContainsAny(w, ",.;:!?()\"'\u201c\u201d\u2019") {
		return false
	}
	if to, _ := wordBefore(text, start); to == "to" {
		return lex.Known(w, lex.Verb) && !function[w]
	}
	if addressVerbs[w] {
		// "Vell told Strand", not '"…," told Strand': the person
		// after a verb that addresses someone is spoken to.
		prev, _ := wordBefore(text, start)
		return prev != "" && !closesPhrase(prev)
	}
	if verbForms[w] != "" || namingVerbs[w] || !strings.HasSuffix(w, "ed") {
		return false
	}
	l := lex.Lemma(w, lex.Verb)
	return l != w && lex.Known(l, lex.Verb)
}

// addressVerbs take the person spoken to, or of, as their object: "Vell
// told Strand", "Lund urged Moll to", "Ivo accused Ann of".
var addressVerbs = segment.WordSet(`told tells tell telling asked asks urged urges urging accused accuses accusing
praised praises thanked thanks blamed blames criticized criticised criticizes slammed attacked warned warns
reminded reminds assured assures informed congratulated mocked`)

// clauseVerbs report a clause without "that" after them: "Vell said
// Strand was …", "Lund believes Moll will …", and after an auxiliary
// in their plain form: "Vell does believe Moll is right".
var clauseVerbs = segment.WordSet(`said says say saying claimed claims claiming claim argued argues arguing argue
believes believed believe thinks thought think added adds noted notes insisted insists insisting insist wrote writes
write suggested suggests suggest predicted predicts predict hopes hoped hope acknowledged acknowledge admitted admits
admit conceded concedes concede stressed stresses contended contends contend maintained maintains maintain explained
explains explain`)

// afterReport reports whether the name at off opens a clause after a
// reporting verb without "that" ("Vell said Mr. Strand was …", "Lund
// said having Moll there helps"): up to two lower-case words and any
// capitalised ones between, none across punctuation. '"…," said Vell'
// puts the verb's own subject after it, so a verb after a comma or a
// quotation mark does not count.
func afterReport(text string, off int) bool {
	end, lower := off, 0
	for n := 0; n < 6; n++ {
		w, start := wordBefore(text, end)
		if w == "" || off-start > 80 || strings.ContainsAny(w, ",;:!?()\"\u201c\u201d") {
			return false
		}
		if !isCap(w) {
			if clauseVerbs[w] {
				// "…, saying Vell was committed": a participle is never
				// the inverted verb of '"…," said Vell'.
				prev, _ := wordBefore(text, start)
				return prev != "" && (!closesPhrase(prev) || strings.HasSuffix(w, "ing"))
			}
			if strings.Contains(w, ".") || function[w] && w != "having" {
				return false
			}
			if lower++; lower > 2 {
				return false
			}
		}
		end = start
	}
	return false
}

// namingVerbs introduce the name after them, which goes on as the
// subject: "a worker named Ann Vell".
var namingVerbs = segment.WordSet(`named called nicknamed dubbed titled entitled`)

// titleLinks join the capitalised words of a title: "Secretary of
// State", "Minister for Health", "Ambassador to Norway".
var titleLinks = segment.WordSet(`of for to`)

// objectBefore reports whether the name starting at off follows a
// preposition or a determiner, maybe with a role between ("with Sporting
// boss"): four words back at most, none across punctuation.
func objectBefore(text string, off int) bool {
	end := off
	for n := 0; n < 4; n++ {
		w, start := wordBefore(text, end)
		if w == "" || off-start > 60 {
			return false
		}
		if titleAbbrevs[strings.TrimSuffix(w, ".")] && strings.HasSuffix(w, ".") {
			end = start // "with Mr. Vell": a title's period ends no phrase
			continue
		}
		if strings.ContainsAny(w, ",.;:!?()\"\u201c\u201d") {
			return false
		}
		if titleLinks[w] && n > 0 {
			// "Secretary of State Ann Vell said": a preposition between
			// capitalised words is part of a title, not before it.
			if before, _ := wordBefore(text, start); isCap(before) && !strings.ContainsAny(before, ",.;:!?()\"\u201c\u201d") {
				end = start
				continue
			}
		}
		switch {
		case prepositions[w], w == "the", w == "a", w == "an", w == "The", w == "A", w == "An":
			return true
		case segment.LowerIn(prepositions, w):
			return true
		case isCap(w):
		case function[w] || verbForms[w] != "" || !personNoun(w):
			return false
		}
		end = start
	}
	return false
}

// sentenceStart is where the sentence holding offset pos starts, looked
// for at most 400 bytes back: after the last ". ", "? ", "! " or line end.
func sentenceStart(text string, pos int) int {
	from := max(0, pos-400)
	// One scan back from pos: the first separator met ends the nearest
	// sentence before (a search for each separator read the 400 bytes
	// four times, for every mention the sieves look at).
	for e := pos; e > from; e-- {
		switch text[e-1] {
		case '\n':
			return e
		case ' ':
			if e-2 < from {
				continue
			}
			switch text[e-2] {
			case '?', '!':
				return e
			case '.':
				if !abbrevBefore(text, e-2) { // "Mr. Vell said": no sentence ends there
					return e
				}
			}
		}
	}
	return from
}

// abbrevBefore reports whether the period at dot ends a title's
// abbreviation or an initial ("Mr.", "Sen.", "J."), not a sentence.
func abbrevBefore(text string, dot int) bool {
	w, _ := wordBefore(text, dot)
	return initial(w) || titleAbbrevs[w]
}

var titleAbbrevs = segment.WordSet(`Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev Jr Sr St Adm Cmdr`)

// commonOpening is the lower-case word after mention m when m is one
// capitalised word opening its sentence that the corpus also writes in
// lower case: what modifier and opener read to tell it from a name.
func (d *discourse) commonOpening(m mention, name string) (next string, ok bool) {
	if strings.ContainsRune(name, ' ') || !d.r.Common(name) {
		return "", false
	}
	text := d.a.Text
	if sentenceStart(text, m.span.Start) != m.span.Start {
		return "", false
	}
	rest := text[m.span.End:min(len(text), m.span.End+40)]
	if !strings.HasPrefix(rest, " ") {
		return "", false
	}
	next = firstWord(rest)
	return next, next != "" && !isCap(next)
}

// modifier reports whether a lone capitalised word is a sentence's first
// word modifying the noun after it ("Harbour agency officials said"), not a
// name: the corpus writes it in lower case elsewhere, the next word is a
// lower-case noun, and nobody of the corpus is called so.
func (d *discourse) modifier(m mention, name string) bool {
	next, ok := d.commonOpening(m, name)
	lw := strings.ToLower(next)
	if !ok || function[lw] || verbOf(lw) != "" || isAdverb(lw) || !lex.Known(lw, lex.Noun) {
		return false
	}
	return d.r.Resolve(d.a, name, m.span.Start) == corpus.NoPerson
}

// opener reports whether a lone capitalised word is a sentence's first
// word that opens a phrase before the clause's subject ("Speaking at a
// rally, …", "Later on Sunday, …", "Hours later, …"), not a name: the
// corpus writes it in lower case elsewhere, a preposition or an adverb
// follows it, and nobody of the corpus is called so.
func (d *discourse) opener(m mention, name string) bool {
	next, ok := d.commonOpening(m, name)
	lw := strings.ToLower(next)
	if !ok || !prepositions[lw] && !isAdverb(lw) && !notNameStart(lw) && !d.timeAfter(m, lw) {
		return false
	}
	if c := lex.FirstClass(strings.ToLower(name), lex.Noun); c.Has(lex.NounPerson) || c.Has(lex.NounGroup) {
		return false // "Proponents of the bill say", "People around him said"
	}
	return d.r.Resolve(d.a, name, m.span.Start) == corpus.NoPerson
}

// commonWordOpens reports whether a lone capitalised word that opens its
// sentence is a common English word there, not a name: "Reprising one of
// her lines, the mayor …", "Contrast that with Vell, who called …",
// "Even as Vell spoke, …". It is no given name of the table, WordNet
// knows it (in any part of speech, as a form of its lemma), it names no
// group or person ("Proponents of the bill say" speak), and nobody of the
// corpus is called so. Unlike opener, it needs no lower-case use
// elsewhere in the corpus, which a small corpus lacks.
func (d *discourse) commonWordOpens(m mention, name string) bool {
	if strings.ContainsRune(name, ' ') || person.IsGivenName(name) || sentenceStart(d.a.Text, m.span.Start) != m.span.Start {
		return false
	}
	lw := strings.ToLower(name)
	if determiners[lw] || indefinites[lw] {
		return false // "Another notes", "Someone called it": somebody unnamed
	}
	if !lex.KnownWord(lw) {
		return false
	}
	if c := lex.FirstClass(lex.Lemma(lw, lex.Noun), lex.Noun); c.Has(lex.NounPerson) || c.Has(lex.NounGroup) || c.Has(lex.NounLocation) {
		return false // "Proponents say", "Japan branded": a group or a place speaks
	}
	if lex.Known(lw, lex.Adv) && !lex.Known(lex.Lemma(lw, lex.Verb), lex.Verb) {
		return false // "Only 52 percent of voters agreed": the subject goes on past the adverb
	}
	return d.r.Resolve(d.a, name, m.span.Start) == corpus.NoPerson
}

// functionTags are the Penn tags of words that are never a speaker: adverbs,
// conjunctions, prepositions, determiners, comparatives, modals.
var functionTags = map[string]bool{"RB": true, "RBR": true, "RBS": true, "CC": true, "IN": true, "WRB": true,
	"WDT": true, "DT": true, "PDT": true, "JJR": true, "JJS": true, "MD": true, "EX": true, "TO": true}

// functionWordOpens reports whether a lone capitalised word that opens its
// sentence is, by the tagger's reading of the sentence, an adverb, a
// conjunction, a determiner or the like ("Nor", "Later", "More",
// "Another"), not a name. A given name of the table ("Will", "Even") and
// anyone the corpus knows by the word keep their reading.
func (d *discourse) functionWordOpens(m mention, name string) bool {
	text := d.a.Text
	if strings.ContainsRune(name, ' ') || person.IsGivenName(name) || !startsSentence(text, m.span.Start) {
		return false
	}
	if strings.ToUpper(name) == name && len(name) > 1 {
		return false // an acronym or a dateline, read elsewhere
	}
	// Someone the corpus knows by the word keeps it, whatever its tag: ask
	// the resolver first, as tagging the clause costs far more.
	if d.r.Resolve(d.a, name, m.span.Start) != corpus.NoPerson {
		return false
	}
	toks := lex.Tag(text[m.span.Start:min(len(text), m.span.Start+maxOpenerTag)])
	return len(toks) > 0 && toks[0].End == len(name) && functionTags[toks[0].Tag]
}

// startsSentence reports whether pos starts a sentence, one after a
// quotation that ended the sentence before included ('…material.” Later
// that summer, …'), which sentenceStart does not read as an end.
func startsSentence(text string, pos int) bool {
	if sentenceStart(text, pos) == pos {
		return true
	}
	before := strings.TrimRight(text[max(0, pos-8):pos], " \u00a0")
	for _, end := range []string{".\u201d", "?\u201d", "!\u201d", ".\"", "?\"", "!\""} {
		if strings.HasSuffix(before, end) {
			return len(before) < len(text[max(0, pos-8):pos])
		}
	}
	return false
}

// unnamedOpener reports whether mention m is a lone function word opening
// its sentence, or a dateline, with no named subject after it ("Only 52 percent of voters
// agreed", "Another notes"): somebody unnamed spoke, whose quotation stays.
func (d *discourse) unnamedOpener(m mention) bool {
	name := m.span.Of(d.a.Text)
	return m.kind == mName && (d.functionWordOpens(m, name) || d.dateline(m, name))
}

// maxOpenerTag bounds, in bytes, the text functionWordOpens tags after an
// opening word: enough for the tagger to see the clause it opens.
const maxOpenerTag = 160

// conjunctions open a clause; capitalised at a sentence's start they are
// no one's name.
var conjunctions = segment.WordSet(`although though because unless whereas whether nor as if when whenever while
whilst once since until before after`)

// conjunctionOpens reports whether a lone capitalised word that opens its
// sentence is a conjunction ("Although …") or comes right before one
// ("Even as …", "Even before …": "Even" is a given name of some).
func (d *discourse) conjunctionOpens(m mention, name string) bool {
	text := d.a.Text
	if strings.ContainsRune(name, ' ') || sentenceStart(text, m.span.Start) != m.span.Start {
		return false
	}
	if segment.LowerIn(conjunctions, name) {
		return true
	}
	next := firstWord(text[m.span.End:min(len(text), m.span.End+20)])
	return next != "" && !isCap(next) && conjunctions[next]
}

// dateline reports whether a lone word in capitals opens its paragraph
// before a comma or a dash: the place a story was filed from ("DUNMORE,
// Ore. —", "DUNMORE —"), not a speaker ("VELL: …" is a transcript's). A
// wire's name in brackets after it makes any place so, in any case
// ("WASHINGTON (AP) —", "Mexico City (AFP) –").
func (d *discourse) dateline(m mention, name string) bool {
	text := d.a.Text
	if s := m.span.Start; s > 0 && text[s-1] != '\n' {
		return false
	}
	rest := strings.TrimLeft(text[m.span.End:min(len(text), m.span.End+maxWire+8)], " \u00a0")
	wire := false
	if j := strings.IndexByte(rest, ')'); strings.HasPrefix(rest, "(") && j > 2 && j <= maxWire && isCap(rest[1:j]) && !strings.ContainsAny(rest[1:j], " ,-.") {
		rest, wire = strings.TrimLeft(rest[j+1:], " \u00a0"), true
	}
	if !wire && (strings.ContainsRune(name, ' ') || strings.ToUpper(name) != name || len(name) < 3) {
		return false
	}
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "\u2014") || strings.HasPrefix(rest, "\u2013") || strings.HasPrefix(rest, "- ")
}

// maxWire bounds, in bytes, a wire's name in brackets after a dateline
// ("(Reuters)").
const maxWire = 12

// indefiniteDets open a description of someone new.
var indefiniteDets = segment.WordSet(`a an one another`)

// indefinite reports whether a description opens with an indefinite
// determiner ("a", "one", "another") and names a person by its head noun
// ("one Trump confidant", "a longtime adviser"), not a thing ("a letter").
func indefinite(desc string) bool {
	f := strings.Fields(desc)
	if len(f) == 1 && strings.EqualFold(f[0], "another") {
		return true // "another wrote": someone more, unnamed
	}
	if len(f) < 2 || !segment.LowerIn(indefiniteDets, f[0]) {
		return false
	}
	head := f[len(f)-1]
	if _, poss := possessive(head); poss {
		return false // "an inspector general's report": the report is the head
	}
	return !isCap(head) && personNoun(head)
}

// indefinites are pronouns of somebody unnamed.
var indefinites = segment.WordSet(`someone somebody anyone anybody everyone everybody nobody`)

// timeAfter reports whether the words after an opening word name a time
// ("Earlier this week, …", "Late last year, …"): next is a
// demonstrative or "last"/"next", and a noun of time follows it.
func (d *discourse) timeAfter(m mention, next string) bool {
	switch next {
	case "this", "that", "last", "next":
	default:
		return false
	}
	rest := d.a.Text[m.span.End:min(len(d.a.Text), m.span.End+40)]
	f := strings.Fields(rest)
	if len(f) < 2 {
		return false
	}
	w := lex.Lemma(strings.ToLower(strings.TrimRight(f[1], ",.;:")), lex.Noun)
	return lex.Known(w, lex.Noun) && lex.FirstClass(w, lex.Noun).Has(lex.NounTime)
}

// subjectWithin is the first person after offset from that is a clause's
// subject, in the same sentence (a dateline's period of "Ore." is not its
// end): "DUNMORE, Ore. — Ann Vell said", "Even as Vell spoke". NoPerson
// when there is none.
func (d *discourse) subjectWithin(from int) int {
	return d.firstSubject(from, min(len(d.a.Text), from+openerReach), func(gap string) bool {
		return strings.ContainsAny(gap, "!?\n") || strings.Contains(gap, ". ") && !strings.ContainsAny(gap, "\u2014\u2013")
	})
}

// openerReach bounds, in bytes, how far after an opening phrase's first
// word subjectAfter looks for the clause's subject.
const openerReach = 300

// subjectAfter is the subject of the clause that an opening phrase
// starting at s precedes ("Speaking at a rally in Dunmore, Lund attacked
// Strand"): the first name of the sentence after a comma that is a
// clause's subject and a person; NoPerson when there is none.
func (d *discourse) subjectAfter(s corpus.Span) int {
	text := d.a.Text
	end := min(len(text), s.End+openerReach)
	comma := strings.IndexByte(text[s.End:end], ',')
	if comma < 0 {
		return corpus.NoPerson
	}
	from := s.End + comma
	if i := strings.IndexAny(text[s.End:from], ".!?\n"); i >= 0 {
		return corpus.NoPerson // the sentence ends before any comma
	}
	return d.firstSubject(from, end, func(gap string) bool { return strings.ContainsAny(gap, ".!?\n") })
}

// firstSubject is the first person named between from and end who is a
// clause's subject, before ended says the text from from on has left the
// sentence; NoPerson when there is none. The names of the paragraph are
// in ments once reading reached them, in pending before: both are read,
// neither changed.
func (d *discourse) firstSubject(from, end int, ended func(gap string) bool) int {
	text := d.a.Text
	for _, ms := range [][]ment{d.ments, d.pending} {
		i := sort.Search(len(ms), func(i int) bool { return ms[i].pos > from })
		for ; i < len(ms) && ms[i].pos < end; i++ {
			m := ms[i]
			if ended(text[from:m.pos]) {
				return corpus.NoPerson
			}
			id := m.id
			if id == proMarker {
				// "Nor, he said, …", "Later that day, she wrote": a
				// pronoun reading has not reached yet is a subject too.
				w := "he"
				if m.subj {
					w = "she"
				}
				id = d.pronounIn(m.pos, w)
			} else if !m.subj {
				continue
			}
			if id < 0 {
				continue
			}
			if p := d.r.Person(id); p != nil && p.Kind == corpus.KindPerson {
				return id
			}
		}
	}
	return corpus.NoPerson
}

// orgByFunction names an organisation a description gives by its function
// alone: "the interior ministry" is the Interior Ministry, "the state
// department" the State Department. Only "the", then one or two words
// WordNet knows as nouns that name no person (the field), or a person
// noun's possessive right before the organisation word ("the harbour
// master's office"), then that word.
func orgByFunction(f []string) (string, bool) {
	if len(f) < 3 || len(f) > 4 || f[0] != "the" && f[0] != "The" {
		return "", false
	}
	head := f[len(f)-1]
	if !segment.LowerIn(orgFunctionHeads, head) {
		return "", false
	}
	words := make([]string, 0, len(f)-1)
	for i, w := range f[1:] {
		lw := strings.ToLower(w)
		// "the harbour master's office": an office's owner may be a person
		// noun, right before the organisation word.
		stem, poss := possessive(lw)
		switch {
		case isCap(w):
			return "", false
		case poss && i == len(f)-3 && lex.FirstClass(stem, lex.Noun).Has(lex.NounPerson):
		case poss || !lex.Known(lw, lex.Noun) || lex.FirstClass(lw, lex.Noun).Has(lex.NounPerson):
			return "", false
		}
		words = append(words, strings.ToUpper(lw[:1])+lw[1:])
	}
	return strings.Join(words, " "), true
}

// orgFunctionHeads are the organisation words that a field before them
// makes a name: a government's or a firm's parts.
var orgFunctionHeads = segment.WordSet(`ministry department agency office bureau commission committee council
authority service directorate inspectorate`)

// ofPlace reads a place that ends an apposition of origin: "Ann Lord of
// Dunmore, Harbour State, says" names Lord, not the state. The mention
// must be a place by WordNet's commonest sense of its last word, after
// "of" or "from", capitalised words and a comma, right after a person's
// name.
func (d *discourse) ofPlace(m mention, name string) int {
	last := lastField(name)
	if last == "" || !lex.FirstClass(strings.ToLower(last), lex.Noun).Has(lex.NounLocation) {
		return corpus.NoPerson
	}
	start := max(0, m.span.Start-80)
	seg := d.a.Text[start:m.span.Start]
	j, n := strings.LastIndex(seg, " of "), len(" of ")
	if k := strings.LastIndex(seg, " from "); k > j {
		j, n = k, len(" from ")
	}
	if j < 0 {
		return corpus.NoPerson
	}
	city := strings.TrimSpace(seg[j+n:])
	if !strings.HasSuffix(city, ",") {
		return corpus.NoPerson
	}
	for _, w := range strings.Fields(strings.TrimSuffix(city, ",")) {
		if !isCap(w) {
			return corpus.NoPerson
		}
	}
	end := start + j
	names := d.r.NamesIn(d.a, corpus.Span{Start: max(0, end-60), End: end})
	if len(names) == 0 || names[len(names)-1].Span.End != end {
		return corpus.NoPerson
	}
	if p := d.r.Person(names[len(names)-1].ID); p == nil || p.Kind != corpus.KindPerson {
		return corpus.NoPerson
	}
	return names[len(names)-1].ID
}

// paragraphsBack is the offset where the paragraph n-1 before the one
// holding pos starts (n = 1: pos's own paragraph), or 0.
func paragraphsBack(text string, pos, n int) int {
	e := min(pos, len(text))
	for ; n > 0; n-- {
		i := strings.LastIndexByte(text[:e], '\n')
		if i < 0 {
			return 0
		}
		if n == 1 {
			return i + 1
		}
		for i > 0 && text[i-1] == '\n' {
			i-- // the blank lines between paragraphs
		}
		e = i
	}
	return 0
}

// stateAbbrev is the length of the state's abbreviation and the comma
// that open s ("Ore.,", "N.J.,", "D.C.,": six letters and points at
// most, a capital first, a point and a comma last), or 0: the
// abbreviation closes a town set off after a name ("Vell, a welder in
// Dunmore, N.J., said").
func stateAbbrev(s string) int {
	for i := 0; i < len(s) && i < 7; i++ {
		c := s[i]
		switch {
		case i == 0 && (c < 'A' || c > 'Z'):
			return 0
		case c == ',':
			if i >= 2 && s[i-1] == '.' {
				return i + 1
			}
			return 0
		case c != '.' && (c < 'A' || c > 'Z') && (c < 'a' || c > 'z'):
			return 0
		}
	}
	return 0
}

// givenFirst reports whether name opens with a given name: one the table
// of given names holds, or a capitalised word WordNet does not know
// ("Zorya Pask"); not an English word read as a name's first ("Outside
// Dunmore", "Super Tuesday").
func givenFirst(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || !isCap(first) {
		return false
	}
	if person.IsGivenName(first) {
		return true
	}
	w := strings.ToLower(first)
	for _, pos := range [...]lex.POS{lex.Noun, lex.Verb, lex.Adj, lex.Adv} {
		if lex.Known(lex.Lemma(w, pos), pos) {
			return false
		}
	}
	return true
}

// lastField is the last of strings.Fields(s), "" when there is none.
func lastField(s string) string {
	end := -1
	for i := len(s); i > 0; {
		c, n := utf8.DecodeLastRuneInString(s[:i])
		space := unicode.IsSpace(c)
		switch {
		case end < 0 && !space:
			end = i
		case end >= 0 && space:
			return s[i:end]
		}
		i -= n
	}
	if end < 0 {
		return ""
	}
	return s[:end]
}

// lowerOnStack is strings.ToLower(w) made in buf for a short ASCII word,
// to look up and drop: it lasts only as long as buf.
func lowerOnStack(buf *[32]byte, w string) string {
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) == 0 {
		return ""
	}
	return unsafe.String(&buf[0], len(w))
}
