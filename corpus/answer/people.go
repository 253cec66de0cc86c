package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/internal/pack"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

// personWords are the folded words that name a person in text: the words
// of the canonical name and of every alias ("steve", "witkoff", "ushkov").
func personWords(p *corpus.Person) map[string]bool {
	m := map[string]bool{}
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		for _, t := range index.Words.Tokenize(n) {
			if f := index.Fold(t.Term); len(f) > 2 && !index.IsStop(f) {
				m[f] = true
			}
		}
	}
	return m
}

// names is what the answerer knows of people's names, precomputed so that
// finding the people a question names costs a few map look-ups.
type names struct {
	forms map[string][]int // folded full name, alias or surname → people
	near  *index.Vocab     // the same forms, for misspellings
	words *index.Vocab     // every folded word of names, aliases and roles
	roles map[string][]int // role word → people
	// sounds maps the sound key of each name form (see soundKey) to
	// people, for misspellings by ear that are more than a slip away
	// ("Chafets" for Chaffetz).
	sounds map[string][]int
}

func newNames(c *corpus.Corpus, v *index.Vocab) *names {
	n := &names{forms: map[string][]int{}, near: index.NewVocab(), words: index.NewVocab(), roles: map[string][]int{}, sounds: map[string][]int{}}
	// How articles refer to a speaker they have named before ("the
	// American diplomat", "the Russian negotiator") describes them too.
	describe := func(text string, id int) {
		if id < 0 || strings.IndexByte(text, ' ') < 0 && strings.IndexByte(text, '\t') < 0 && !strings.Contains(text, "\u00a0") {
			return // one word describes no one ("Witkoff", "he")
		}
		// Most mentions repeat a description already in: its key is made
		// on the stack, and a string only for a new one.
		var buf [96]byte
		k, words, ok := appendDescriptionKey(buf[:0], text)
		if !ok {
			f := descriptionKey(text)
			k, words = []byte(f), len(strings.Fields(f))
		}
		if words < 2 {
			return
		}
		if ids, had := n.forms[string(k)]; had {
			if more := appendID(ids, id); len(more) != len(ids) {
				n.forms[string(k)] = more
			}
			return // its words are in already: stemming them again is most of the cost
		}
		f := string(k)
		n.forms[f] = appendID(nil, id)
		for w := range contentWordsIn(f, v) {
			n.words.Add(w, w)
		}
	}
	for i := range c.Quotes {
		q := &c.Quotes[i]
		describe(c.QuoteMention(q), int(q.SpeakerID))
	}
	for _, p := range c.People {
		for _, m := range p.Mentions {
			describe(c.MentionText(m), p.ID)
		}
	}
	roleWords := map[string][]string{} // many people share a role
	for _, p := range c.People {
		for _, f := range append([]string{p.Name, surname(p.Name)}, p.Aliases...) {
			f = strings.Join(strings.Fields(index.Fold(f)), " ")
			if f == "" {
				continue
			}
			_, had := n.forms[f]
			n.forms[f] = appendID(n.forms[f], p.ID)
			n.near.Add(f, f)
			if k := soundKey(f); k != "" {
				n.sounds[k] = appendID(n.sounds[k], p.ID)
			}
			if had {
				continue
			}
			for w := range contentWordsIn(f, v) {
				n.words.Add(w, w)
			}
		}
		if f := strings.Fields(index.Fold(p.Name)); p.Kind == corpus.KindPerson && len(f) > 1 {
			// "Kate" may be typed for Katherine (nameish).
			g := person.FullGiven(f[0])
			n.words.Add(g, g)
		}
		for _, r := range p.Roles {
			ws, ok := roleWords[r]
			if !ok {
				for w := range contentWordsIn(r, v) {
					ws = append(ws, w)
					n.words.Add(w, w)
				}
				roleWords[r] = ws
			}
			for _, w := range ws {
				n.roles[w] = appendID(n.roles[w], p.ID)
			}
		}
	}
	n.near.Finish()
	n.words.Finish()
	// Kept for as long as the corpus: the keys and lists made again
	// together, out of the pages they shared with this function's garbage.
	var ar pack.Strings
	n.forms, n.roles, n.sounds = pack.Lists(n.forms, &ar), pack.Lists(n.roles, &ar), pack.Lists(n.sounds, &ar)
	return n
}

// descriptionKey is a description folded, without a leading article.
func descriptionKey(s string) string {
	f := strings.Fields(index.Fold(s))
	if len(f) > 0 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// appendDescriptionKey appends descriptionKey(s) to buf, with the number
// of its words, for ASCII s; ok is false, and buf as it was, for other
// text.
func appendDescriptionKey(buf []byte, s string) (key []byte, words int, ok bool) {
	return appendFoldedWords(buf, s, true)
}

// appendFoldedWords appends strings.Join(strings.Fields(index.Fold(s)),
// " ") to buf, without a leading article if dropArticle, with the number
// of its words, for ASCII s; ok is false, and buf as it was, for other
// text.
func appendFoldedWords(buf []byte, s string, dropArticle bool) (key []byte, words int, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return buf, 0, false
		}
	}
	first := true
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		if i == j {
			break
		}
		w := s[i:j]
		i = j
		if first && dropArticle {
			first = false
			if index.FoldIs(w, "the") || index.FoldIs(w, "a") || index.FoldIs(w, "an") {
				continue // a leading article
			}
		}
		if words > 0 {
			buf = append(buf, ' ')
		}
		for b := 0; b < len(w); b++ {
			c := w[b]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		words++
	}
	return buf, words, true
}

// fieldCount is len(strings.Fields(s)), without the slice.
func fieldCount(s string) int {
	n, in := 0, false
	for _, c := range s {
		switch space := unicode.IsSpace(c); {
		case space:
			in = false
		case !in:
			in = true
			n++
		}
	}
	return n
}

// asciiSpace are the ASCII bytes strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func appendID(ids []int, id int) []int {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// nameish reports whether a folded question word can be part of a name
// or a description of someone.
func (n *names) nameish(w string) bool {
	return n.words.Has(w) || n.words.Has(index.Stem(w)) || len(n.words.Near(w)) > 0 ||
		person.IsGivenName(w) && n.words.Has(person.FullGiven(w)) // "Kate" for Katherine
}

// lookup resolves a name as typed: a full name, alias or surname of the
// corpus's people, within a small edit distance; else what the person
// stage's resolver makes of it; else the words of a role ("the Nebraska
// Republican").
// Person resolves a name as questions do: a full name, alias, surname,
// misspelling (by one slip or by ear) or description ("the Nebraska
// Republican").
func (a *Answerer) Person(name string) (*corpus.Person, bool) {
	p, ok := a.lookup(name)
	return p, ok && p != nil
}

func (a *Answerer) lookup(name string) (*corpus.Person, bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, false
	}
	f := strings.Join(strings.Fields(index.Fold(name)), " ")
	if ids := a.nm.forms[f]; len(ids) > 0 {
		return a.mostQuoted(ids), true
	}
	if a.stranger(strings.Fields(f), false) {
		return nil, false // a given name none of the surname's bearers has
	}
	if ids := a.nm.forms[descriptionKey(f)]; len(ids) > 0 {
		return a.mostQuoted(ids), true
	}
	if near := a.nm.near.Near(f); len(near) > 0 {
		return a.mostQuoted(a.nm.forms[near[0].Word]), true
	}
	if ids := a.nm.sounds[soundKey(f)]; len(ids) == 1 {
		// Only one person sounds like it.
		if p := a.c.Person(ids[0]); p != nil {
			return p, true
		}
	}
	if a.r != nil && a.worthResolving(name) {
		if p, ok := a.r.Lookup(name); ok && p != nil {
			if q := a.c.Person(p.ID); q != nil {
				return q, true
			}
			return p, true
		}
	}
	// A name after words that describe its bearer ("the port authority's
	// Ann Berg"), or a full name the corpus writes with a title ("Chief
	// Ann Berg"): its last word is a surname, and its other words must be
	// among the person's.
	if p, ok := a.bySurname(f); ok {
		return p, true
	}
	// A description: every meaning-bearing word of it in one person's
	// roles.
	var cand []int
	first := true
	for w := range contentWords(name) {
		ids := a.nm.roles[w]
		if first {
			cand, first = append([]int(nil), ids...), false
			continue
		}
		cand = slices.DeleteFunc(cand, func(id int) bool { return !slices.Contains(ids, id) })
	}
	if len(cand) > 0 {
		return a.mostQuoted(cand), true
	}
	// A document speaks for whoever issued it, as the statement sieve
	// reads it: "the club statement", "the ministry's letter".
	if words := strings.Fields(name); len(words) > 1 && quote.DocumentNoun(strings.ToLower(words[len(words)-1])) {
		words[len(words)-2] = dropPossessive(words[len(words)-2])
		if issuer := strings.Join(words[:len(words)-1], " "); len(contentWords(issuer)) > 0 {
			return a.lookup(issuer)
		}
	}
	// Else the person the articles describe so beside their name ("the
	// port authority chief").
	return a.byRole(name)
}

// bySurname resolves folded words whose last is someone's surname and
// whose others, but those before a possessive, are words of that
// person's names.
func (a *Answerer) bySurname(f string) (*corpus.Person, bool) {
	words := strings.Fields(f)
	if len(words) == 0 {
		return nil, false
	}
	for i, w := range words {
		if strings.HasSuffix(w, "'s") {
			words = words[i+1:] // "the port authority's Ann Berg"
			break
		}
	}
	if len(words) == 0 || len(words) > 4 {
		return nil, false
	}
	var fit []int
	for _, id := range a.nm.forms[words[len(words)-1]] {
		p := a.c.Person(id)
		if p == nil || p.Kind != corpus.KindPerson {
			continue
		}
		mine := personWords(p)
		given := ""
		if f := fieldsOf(index.Fold(p.Name)); len(f) > 1 {
			given = f[0]
		}
		// "Jim Holm" for James Holm: a familiar form of the given name.
		if !slices.ContainsFunc(words[:len(words)-1], func(w string) bool {
			return !mine[w] && !titleOf(p, w) && !(person.IsGivenName(w) && person.SameGiven(w, given))
		}) {
			fit = append(fit, id)
		}
	}
	if len(fit) == 0 {
		return nil, false
	}
	return a.mostQuoted(fit), true
}

// titleOf reports whether folded word w is a title the articles give p,
// as written or cut short ("insp" for Inspector, "supt" for Superintendent): the
// first letters, three at least, of a word of p's roles.
func titleOf(p *corpus.Person, w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 3 {
		return false
	}
	for _, r := range p.Roles {
		for _, rw := range strings.Fields(index.Fold(r)) {
			if strings.HasPrefix(rw, w) {
				return true
			}
		}
	}
	return false
}

// worthResolving reports whether the person stage's resolver, which is
// thorough and so not cheap, should see name: capitalised words ("Steve
// Witkoff") or a description ("the Nebraska Republican"); lower-case names
// and their misspellings are already covered by the name tables.
func (a *Answerer) worthResolving(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	if l := strings.ToLower(f[0]); l == "the" || l == "a" {
		return true
	}
	// A name as people write one: every word capitalised.
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// mostQuoted picks, of people sharing a name, the one quoted most.
func (a *Answerer) mostQuoted(ids []int) *corpus.Person {
	best := ids[0]
	for _, id := range ids[1:] {
		if len(a.quotesBy.of(id)) > len(a.quotesBy.of(best)) {
			best = id
		}
	}
	return a.c.Person(best)
}

// contentWords are the meaning-bearing words of s, folded, without
// possessives and stemmed, so that "putins aide" meets "Putin's aide".
func contentWords(s string) map[string]bool { return contentWordsIn(s, nil) }

// contentWordsIn is contentWords reading stems from the corpus vocabulary
// v when it knows the word (the same stem, without the stemmer's cost).
func contentWordsIn(s string, v *index.Vocab) map[string]bool {
	m := map[string]bool{}
	for _, t := range index.Words.Tokenize(s) {
		if st := stemIn(v, dropPossessive(index.Fold(t.Term))); st != "" {
			m[st] = true
		}
	}
	return m
}

// soundKey is how a name of five letters or more sounds: its first
// letter, then its consonants, doubled ones once, with "ph" as f, "ck" as
// k and z as s. "Chaffetz" and "Chafets" both sound "chfts". Names of more
// than one word, or shorter, have none: too many would sound alike.
func soundKey(f string) string {
	if len(f) < 5 || strings.ContainsAny(f, " -'") {
		return ""
	}
	r := soundReplacer.Replace(f)
	return r[:1] + skeleton(r[1:])
}

// soundReplacer is built once: built per name, it was a fifth of starting
// from a snapshot.
var soundReplacer = strings.NewReplacer("ph", "f", "ck", "k", "z", "s")

// A Replacer builds its tables on first use: built during a build, among
// its garbage, they kept pages of it part full for the process's life.
func init() { soundReplacer.Replace("") }

func surname(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// mention is a person named in a question: Words[From:To].
type mention struct {
	From, To int
	Person   *corpus.Person
	groups   []int // the question's search groups that name them
}

// namesAsNames marks the words of qu that name someone the corpus knows
// (Word.Name), however they are typed: a frame otherwise takes "ten" in
// "when did van holm leave" or "rusty" in "is rusty back" for the action
// asked, and the tagger's verb "Rose" in "did Rose Hill quit".
func (a *Answerer) namesAsNames(qu Question) Question {
	people, _ := a.findPeople(qu, qu.Body)
	var ws []Word
	for _, m := range people {
		for i := m.From; i < m.To && i < len(qu.Words); i++ {
			if index.IsStop(qu.Words[i].Fold) {
				continue
			}
			if ws == nil {
				ws = slices.Clone(qu.Words) // the parse's words are shared
			}
			ws[i].Name = true
		}
	}
	if ws != nil {
		qu.Words = ws
	}
	return qu
}

// findPeople finds the people a question names in Words[from:], longest
// spans first, and the capitalised words that name nobody and nothing the
// corpus knows ("Biden", "Champions League").
func (a *Answerer) findPeople(q Question, from int) (found []mention, unknown []string) {
	ws := q.Words
	used := make([]bool, len(ws))
	for i := from; i < len(ws); i++ {
		if used[i] {
			continue
		}
		if l := a.strangerAt(ws, i); l > 0 {
			// Someone the corpus does not hold, though each word
			// names someone: what matches the words is about others.
			unknown = append(unknown, q.Text[ws[i].Start:ws[i+l-1].Start+len(ws[i+l-1].Text)])
			for j := i; j < i+l; j++ {
				used[j] = true
			}
			continue
		}
		for l := min(4, len(ws)-i); l >= 1; l-- {
			span := ws[i : i+l]
			if index.IsStop(span[0].Fold) && l == 1 || index.IsStop(span[l-1].Fold) || !a.allNameish(span) {
				continue
			}
			text := q.Text[span[0].Start : span[l-1].Start+len(span[l-1].Text)]
			// "Lund's": the owner is Lund, whose name a slip away from
			// the possessive may be too short to reach.
			text = dropPossessive(text)
			p, ok := a.lookup(text)
			if !ok || !a.plausible(span, p) {
				if q, typed := a.ownerTypedName(span); typed {
					p, ok = q, true // ownertyped.go
				}
			}
			if !ok || !a.plausible(span, p) {
				continue
			}
			if a.otherUse(span, p) {
				// "the deal", "a woman", "iowa": a word the corpus
				// writes far more often than it names this one.
				continue
			}
			if p.Kind.Org() && commonNoun(span, p) && !bodyActs(q, i, span, p) {
				// "in parliament", "the police", "the office": a common
				// noun typed in lower case, though an article
				// capitalises it.
				continue
			}
			found = append(found, mention{From: i, To: i + l, Person: p})
			for j := i; j < i+l; j++ {
				used[j] = true
			}
			break
		}
	}
	for i := max(from, 1); i < len(ws); i++ {
		w := ws[i]
		if used[i] || !w.Upper || index.IsStop(w.Fold) || isNumeric(w.Fold) {
			continue
		}
		v := a.idx.Vocab()
		if v.Has(w.Fold) || len(v.Near(w.Fold)) > 0 || slices.ContainsFunc(index.Synonyms(index.Stem(w.Fold)), a.inCorpus) {
			continue // "MPs" where articles write "lawmakers"
		}
		unknown = append(unknown, w.Text)
	}
	return found, unknown
}

// otherUse reports whether span, one word after an optional article,
// is a word the corpus mostly uses otherwise than to name p: the
// documents holding it far outnumber p's mentions ("deal" for a Nathan
// Deal named twice, "iowa" for the Iowa Democrats). A name that is also
// a word ("Trump", "Sanders") is written about as often as its bearer is
// mentioned.
func (a *Answerer) otherUse(span []Word, p *corpus.Person) bool {
	if len(span) == 2 && determiners[span[0].Fold] {
		span = span[1:]
	}
	if len(span) != 1 {
		return false
	}
	w := dropPossessive(span[0].Fold)
	return a.idx.DF(a.stemOf(w)) > otherUses*(len(p.Mentions)+1)
}

// otherUses is how many times more documents than mentions make a
// one-word name a common word.
const otherUses = 4

// commonNoun reports whether span, typed in lower case, names
// organisation p only as a common noun does: the one word of p's name
// ("in parliament"), or, after an article, the last word of a longer
// name ("the office" for a prosecutor's office).
func commonNoun(span []Word, p *corpus.Person) bool {
	name := strings.Fields(strings.TrimSpace(p.Name))
	if len(span) == 1 && len(name) == 1 {
		return !span[0].Upper
	}
	if index.IsStop(span[0].Fold) {
		span = span[1:]
	}
	// "the office": the last word of a longer name, a head noun.
	return len(span) == 1 && !span[0].Upper && len(name) > 1 && index.Fold(name[len(name)-1]) == span[0].Fold
}

// allNameish reports whether every word of span, but a leading article,
// can belong to a name or a description.
func (a *Answerer) allNameish(span []Word) bool {
	for i, w := range span {
		if i == 0 && (w.Fold == "the" || w.Fold == "a") {
			continue
		}
		if index.IsStop(w.Fold) || !a.nm.nameish(dropPossessive(w.Fold)) {
			return false
		}
	}
	return true
}

// plausible guards against a resolver that is too eager: a one-word span
// must be capitalised or near a word of the person's names, and a longer
// one must share a word with the person's names or roles.
func (a *Answerer) plausible(span []Word, p *corpus.Person) bool {
	names := personWords(p)
	given := ""
	if f := strings.Fields(index.Fold(p.Name)); p.Kind == corpus.KindPerson && len(f) > 1 {
		given = f[0]
	}
	// A name: each word of the span a word of the person's names, as
	// written or slipped; one word alone does not make "berg
	// endorse" someone's name.
	named, all := false, true
	for i, w := range span {
		// A word the corpus itself writes is no slip of a name: in a
		// large archive nearly every common word is one slip from some
		// name ("fired" from a Mr Fire, among 33,000 people).
		// Nor is an English word typed in lower case, which a small
		// corpus may never write ("cost" is not a slip of Post).
		f := dropPossessive(w.Fold)
		slip := !a.idx.Vocab().Has(w.Fold) && (w.Upper || !englishWord(f))
		bare := ""
		if i == len(span)-1 && i > 0 {
			bare = ownerTyped(w.Fold) // ownertyped.go: "ann priests" for Ann Priest's
		}
		hit := false
		for n := range names {
			if w.Fold == n || f == n || bare == n || slip && levenshtein.ComputeDistance(w.Fold, n) <= index.MaxEdits(len([]rune(n))) ||
				n == given && person.IsGivenName(f) && person.SameGiven(f, n) { // "Jim" for James
				hit = true
				break
			}
		}
		named = named || hit
		all = all && hit
	}
	joined := slices.ContainsFunc(span, func(w Word) bool { return index.IsStop(w.Fold) }) // "Ushakov and Dmitriev"
	if named && (all || joined) {
		return true
	}
	// A description: every word of it in the person's roles, and either
	// two words ("the Nebraska Republican") or a capitalised one ("the
	// Kremlin"); "the call" describes no one.
	roles := map[string]bool{}
	for _, r := range p.Roles {
		for w := range contentWords(r) {
			roles[w] = true
		}
	}
	// A description opens with an article or an owner ("the Nebraska
	// Republican", "the club's chief"), or is capitalised: lower-case
	// words without one ("county council candidates") describe a
	// thing asked about, not someone.
	if d := span[0].Fold; !determiners[d] && !possessives[d] && !slices.ContainsFunc(span, func(w Word) bool { return w.Upper }) {
		return false
	}
	n, upper := 0, false
	for _, w := range span {
		f := dropPossessive(w.Fold)
		if index.IsStop(f) {
			continue
		}
		if !roles[index.Stem(f)] {
			return false
		}
		n++
		upper = upper || w.Upper
	}
	return n >= 2 || n == 1 && upper
}

func isNumeric(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// involves reports whether document d (hit h) concerns the person of
// mention m: they said it, the fact stage found them in it, or the words
// the question names them by are in it or in the paragraph around it.
func (a *Answerer) involves(d index.Doc, h index.Hit, m mention) bool {
	if a.isParty(d, m) {
		return true
	}
	for _, g := range m.groups {
		if g < len(h.Matched) && h.Matched[g] > 0 {
			return true
		}
	}
	return a.pronounFor(d, m) || a.roleAnaphor(d, m) // roles.go: "the minister"
}

// pronounBack bounds the text read before a sentence for whom its
// pronoun stands for: a paragraph or two.
const pronounBack = 1500

// pronounFor reports whether fact d speaks of m's person by a pronoun:
// the person named last before its first "she" or "he" is m's. "Ann Berg
// resigned on Monday. The minister admitted she had underpaid £4,000"
// involves Berg.
func (a *Answerer) pronounFor(d index.Doc, m mention) bool {
	if d.Kind != index.KindFact || m.Person == nil {
		return false
	}
	f := &a.c.Facts[d.Ref]
	toks := index.Words.Tokenize(f.Text(a.c))
	at := slices.IndexFunc(toks, func(t index.Token) bool { return index.FoldIn(pronouns, t.Term) }) // ask.go's
	if at < 0 || f.Article < 0 || int(f.Article) >= len(a.c.Articles) {
		return false
	}
	art := a.c.Articles[f.Article]
	end := f.Span().Start + toks[at].Start
	if end > len(art.Text) || f.Span().Start < 0 {
		return false
	}
	before := art.Text[max(0, end-pronounBack):end]
	key := surname(m.Person.Name)
	if key == "" {
		key = m.Person.Name
	}
	if !strings.Contains(before, key) {
		return false // not named before: nothing to tokenize
	}
	p := a.namedLast(before, index.Words.Tokenize(before))
	if p != nil && p.ID == m.Person.ID {
		return true
	}
	// A pronoun opening a sentence stands, as often, for the subject of
	// the sentence before, though another is named after it: "Ann Berg
	// dismissed talk of a crisis, insisting Lund had the board's trust.
	// She ruled out an early ballot."
	if at > 1 {
		return false
	}
	ps, ok := previousSentence(art, f.Span()) // previous.go
	if !ok {
		return false
	}
	prev := art.Text[ps.Start:ps.End]
	p = a.namedFirst(prev, index.Words.Tokenize(prev))
	return p != nil && p.ID == m.Person.ID
}

// namedFirst is the person named first in toks by a name of their own
// (see namedLast): the subject, where a sentence opens with them.
// Capitalised runs that name no one are passed over.
func (a *Answerer) namedFirst(text string, toks []index.Token) *corpus.Person {
	for j := 0; j < len(toks); j++ {
		if !isUpperWord(toks[j].Term) {
			continue
		}
		i := j
		for i+1 < len(toks) && isUpperWord(toks[i+1].Term) && strings.TrimSpace(text[toks[i].End:toks[i+1].Start]) == "" {
			i++
		}
		for k := j; k <= i; k++ {
			// "Harbour Secretary Ann Berg": the name is the run's end.
			if p, ok := a.lookupRun(text[toks[k].Start:toks[i].End]); ok && p.Kind == corpus.KindPerson {
				return p
			}
		}
		j = i
	}
	return nil
}

// namedLast is the person named last in toks by a name of their own: a
// possessive ("Lund's deputy") owns and a title after "the" ("the Deputy
// Minister") describes, so neither is taken for the one a pronoun after
// them stands for; nil when none is known.
func (a *Answerer) namedLast(text string, toks []index.Token) *corpus.Person {
	for i := len(toks) - 1; i >= 0; i-- {
		if !isUpperWord(toks[i].Term) {
			continue
		}
		j := i
		for j > 0 && isUpperWord(toks[j-1].Term) && strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) == "" {
			j--
		}
		last := toks[i].Term
		owner := strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s")
		described := j > 0 && determiners[index.Fold(toks[j-1].Term)]
		if !owner && !described {
			for k := j; k <= i; k++ {
				// "Minister Ann Berg": the name is the run's end.
				if p, ok := a.lookupRun(text[toks[k].Start:toks[i].End]); ok && p.Kind == corpus.KindPerson {
					return p
				}
			}
		}
		i = j
	}
	return nil
}

// isParty reports whether m's person speaks quotation d, or is among the
// people of fact d or speaks the words quoted in it: "He went on, 'Ten
// percent will walk'" is the words of whom extraction credits them to,
// though the sentence names no one.
func (a *Answerer) isParty(d index.Doc, m mention) bool {
	switch d.Kind {
	case index.KindQuote:
		return int(a.c.Quotes[d.Ref].SpeakerID) == m.Person.ID
	case index.KindFact:
		f := &a.c.Facts[d.Ref]
		if slices.Contains(f.People(), int32(m.Person.ID)) {
			return true
		}
		sp := f.Span()
		for _, id := range a.quotesIn.of(int(f.Article)) {
			q := &a.c.Quotes[id]
			if int(q.SpeakerID) == m.Person.ID && q.Span().Start < sp.End && q.Span().End > sp.Start {
				return true
			}
		}
	}
	return false
}

// inCorpus reports whether the corpus holds stem st.
func (a *Answerer) inCorpus(st string) bool { return a.idx.DF(st) > 0 }

// strangerAt is the length of the stranger's name (see stranger) that
// ws[i:] opens with, or 0.
func (a *Answerer) strangerAt(ws []Word, i int) int {
	for l := 3; l >= 2; l-- {
		if i+l > len(ws) {
			continue
		}
		if i+l < len(ws) && ws[i+l].Upper && a.nm.nameish(ws[i+l].Fold) {
			continue // "Dana Holm Berg": the name goes on
		}
		if l == 2 && i+3 <= len(ws) {
			if _, ok := a.nm.forms[ws[i].Fold+" "+ws[i+1].Fold+" "+ws[i+2].Fold]; ok {
				continue // a name of three words someone bears
			}
		}
		f := make([]string, l)
		for k, w := range ws[i : i+l] {
			f[k] = w.Fold
		}
		// A verb typed in lower case is the verb, though it is a given
		// name or someone's surname ("what did Dana call", "did Lund
		// say Holm …").
		if !ws[i].Upper && lex.Known(lex.Lemma(f[0], lex.Verb), lex.Verb) ||
			!ws[i+l-1].Upper && lex.Known(lex.Lemma(f[l-1], lex.Verb), lex.Verb) {
			continue
		}
		// Alone: nothing follows but a small word or a verb ("who is
		// Dana Holm", "what did Dana Holm say").
		alone := i+l == len(ws) || index.IsStop(ws[i+l].Fold) || lex.Known(lex.Lemma(ws[i+l].Fold, lex.Verb), lex.Verb)
		if a.stranger(f, alone) {
			return l
		}
	}
	return 0
}

// stranger reports whether the folded words read as the name of someone
// the corpus does not hold: a given name, perhaps a middle initial, then
// a surname that people of the corpus bear, none of whom has that given
// name. "Dana Holm" where the articles name only Eric Holm and Dana Berg
// is a stranger, not Eric Holm, whatever the words match apart. A given
// name is the bearer's when it is one of their names, a slip from one,
// shares its first two letters ("Mike" for Michael), or is a familiar
// form of it ("Jim" for James, person.SameGiven); a bearer
// whose given name the corpus never writes could be anyone, so the name
// is no stranger.
func (a *Answerer) stranger(words []string, alone bool) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	first, last := words[0], dropPossessive(words[len(words)-1])
	if len(words) == 3 && len(strings.TrimSuffix(words[1], ".")) != 1 {
		return false // a middle word that is no initial: some other phrase
	}
	if len(first) < 3 || index.IsStop(first) || !person.IsGivenName(first) {
		return false
	}
	// A surname is a name or a noun ("Davis", "Baker"); a word that can
	// only be an adverb or an adjective ("before", "late") is none,
	// whoever the person stage took it for.
	if !lex.Known(last, lex.Noun) && (lex.Known(last, lex.Adv) || lex.Known(last, lex.Adj)) {
		return false
	}
	// Someone called by the given name alone ("Dana") may be named
	// beside another's surname ("the Dana Holm debate"), unless the
	// words stand alone as one name.
	if !alone && len(a.nm.forms[first]) > 0 {
		return false
	}
	// A surname first is someone ("what did Holm call it"), whatever
	// the word after it.
	for _, id := range a.nm.forms[first] {
		if p := a.c.Person(id); p != nil && index.Fold(surname(p.Name)) == first {
			return false
		}
	}
	bearers := 0
	for _, id := range a.nm.forms[last] {
		p := a.c.Person(id)
		if p == nil || p.Kind != corpus.KindPerson || index.Fold(surname(p.Name)) != last {
			continue
		}
		bearers++
		if len(strings.Fields(p.Name)) < 2 {
			return false // "Mr Holm": any given name may be theirs
		}
		for n := range personWords(p) {
			if n == last {
				continue
			}
			if n == first || len(n) > 1 && n[:2] == first[:2] || person.SameGiven(n, first) || levenshtein.ComputeDistance(n, first) <= index.MaxEdits(len(n)) {
				return false
			}
		}
	}
	return bearers > 0 && !a.writtenTogether(first, last)
}

// maxTogether bounds the sentences read for a given name written beside
// a surname.
const maxTogether = 20

// writtenTogether reports whether some sentence of the corpus writes the
// given name right before the surname ("Richard 'Dick' Holm"): someone
// the person stage did not list, but the articles name.
func (a *Answerer) writtenTogether(first, last string) bool {
	hits := a.idx.Search(index.Query{Groups: []index.Group{a.idx.Expand(first), a.idx.Expand(last)}, Kinds: index.AnyKind, Limit: maxTogether})
	for _, h := range hits {
		toks := index.Words.Tokenize(a.idx.Text(h.Doc))
		for i, t := range toks {
			if index.Fold(t.Term) != first {
				continue
			}
			for j := i + 1; j < len(toks) && j <= i+2; j++ {
				if dropPossessive(index.Fold(toks[j].Term)) == last {
					return true
				}
			}
		}
	}
	return false
}

// englishWord reports whether WordNet knows w as a noun, a verb or an
// adjective, in any of its forms.
func englishWord(w string) bool {
	for _, pos := range []lex.POS{lex.Noun, lex.Verb, lex.Adj} {
		if lex.Known(lex.Lemma(w, pos), pos) {
			return true
		}
	}
	return false
}

// articleNames reports whether the article of d writes the person or
// thing of mention m: by name, by an alias, by a person's surname, or in
// the words the question names them by.
func (a *Answerer) articleNames(d index.Doc, qu Question, m mention) bool {
	if m.Person == nil || d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return true
	}
	text := a.c.Articles[d.Article].Text
	keys := append([]string{m.Person.Name}, m.Person.Aliases...)
	if m.Person.Kind == corpus.KindPerson {
		// A thing's last word alone ("Assembly") names many things.
		keys = append(keys, surname(m.Person.Name))
	}
	for _, k := range keys {
		if k != "" && strings.Contains(text, k) {
			return true
		}
	}
	var typed []string
	for i := m.From; i < m.To && i < len(qu.Words); i++ {
		typed = append(typed, qu.Words[i].Fold)
	}
	return len(typed) > 0 && strings.Contains(strings.ToLower(text), strings.Join(typed, " "))
}

// fullName reports whether the question types m's person's name in
// full, two of its words or more (a given name and a surname, as
// written in the name or one of its aliases): an asker who types a whole
// name means that person, where one word may be a common word the people
// tables read as a name ("dock" for a charity called Safe Dock).
func fullName(qu Question, m mention) bool {
	forms := append([]string{m.Person.Name}, m.Person.Aliases...)
	for _, f := range forms {
		words := strings.Fields(strings.ToLower(f))
		if len(words) < 2 {
			continue
		}
		n := 0
		for i := m.From; i < m.To && i < len(qu.Words); i++ {
			if slices.Contains(words, qu.Words[i].Fold) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}
