package person

import (
	"cmp"
	"factdesk/corpus/internal/pack"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// build turns the candidates into people: full names first, then the lone
// words that are their surnames, aliases or misspellings.
func (r *Resolver) build(arts []*corpus.Article, cands []candidate) {
	byKey := map[string]int{}       // Key(full name or org) -> id
	byFirst := map[string]int{}     // first+surname key -> id, to join "Donald J. Trump" and "Donald Trump"
	ofPrefix := map[string]int{}    // Key of an organisation's name before " of " -> id
	sameFirst := map[string][]int{} // Key of a first name -> the people of that first name
	sameSkel := map[string][]int{}  // a surname's consonants -> the people of such a surname (variantOf)
	var variants []variantSurname
	var singles []int
	runOn(arts, cands)
	// The most frequent spelling of a full name decides its canonical form.
	count := map[string]int{}
	names, keys := make([]string, len(cands)), make([]string, len(cands))
	for i, c := range cands {
		if c.org || len(c.words) >= 2 {
			names[i] = c.name()
			keys[i] = Key(names[i])
			count[keys[i]]++
		}
	}
	respelt := respellings(cands, keys, count)
	var respeltAt []int
	// Surnames written with a particle inside a longer name ("Ruud van
	// Nistelrooy"): the same two words alone are that surname even when the
	// particle is also a given name ("Van Nistelrooy"), while "Al From"
	// and "Al Gore", never written so, are given name and surname.
	particled := map[string]bool{}
	for _, c := range cands {
		for i := 2; !c.org && i < len(c.words); i++ {
			if w := c.words[i-1]; particles[w] {
				particled[Key(w+" "+c.words[i])] = true
			}
		}
	}
	// Longer names first, so "Donald J. Trump" becomes the canonical name
	// that "Donald Trump" joins.
	order := byWordsDesc(cands)
	idOf := make([]int, len(cands))
	for i := range idOf {
		idOf[i] = corpus.NoPerson
	}
	for _, i := range order {
		c := cands[i]
		if !c.org && (len(c.words) < 2 || len(c.words) == 2 && segment.LowerIn(particles, c.words[0]) && (!IsGivenName(c.words[0]) || particled[Key(c.name())])) {
			// A lone surname, "De Blasio" included.
			singles = append(singles, i)
			continue
		}
		name, k := names[i], keys[i]
		if _, ok := respelt[k]; ok && !c.org {
			respeltAt = append(respeltAt, i) // its spelling's person is made first
			continue
		}
		id, ok := byKey[k]
		if !ok && !c.org {
			first, sn := Key(c.words[0]), Key(surnameOf(c.words))
			fk := first + " " + sn
			if id, ok = byFirst[fk]; !ok {
				if id = r.slipOf(sameFirst[first], sn); id == corpus.NoPerson {
					if id = r.variantOf(sameSkel[skeleton(sn)], first, sn, len(c.words)); id != corpus.NoPerson && sn != Key(surnameOf(strings.Fields(r.people[id].Name))) {
						// "Grynchuk" alone is hers too.
						variants = append(variants, variantSurname{id, sn})
					}
				}
				if id == corpus.NoPerson {
					kind := r.kindFor(name, c.org)
					if c.titled && (kind == corpus.KindOutlet || kind == corpus.KindOrg) {
						kind = corpus.KindPerson // "Mayor Don Guardian": a title before the name is a person's
					}
					id = r.add(name, kind)
					sameFirst[first] = append(sameFirst[first], id)
					sameSkel[skeleton(sn)] = append(sameSkel[skeleton(sn)], id)
				}
				byFirst[fk] = id
			}
			byKey[k] = id
		} else if !ok {
			id = r.orgOf(arts, c, k, ofPrefix)
			if id == corpus.NoPerson {
				id = r.add(name, r.kindFor(name, c.org))
				// "the National Board" after "the National Board of
				// Port Safety" is it.
				if i := strings.Index(k, " of "); i > 0 {
					if _, seen := ofPrefix[k[:i]]; seen {
						ofPrefix[k[:i]] = corpus.NoPerson // two of them: neither
					} else {
						ofPrefix[k[:i]] = id
					}
				}
			}
			byKey[k] = id
		}
		idOf[i] = id
		if c.org && c.art >= 0 && c.art < len(arts) && arts[c.art] != nil {
			// "the National Board of Port Safety (NBPS)": the
			// acronym is the organisation's other name.
			if acr := acronymAfter(arts[c.art].Text, c.span.End); acr != "" {
				r.addForm(id, acr, Key(acr), false)
			}
		}
		if name != r.people[id].Name {
			r.addForm(id, name, k, count[r.nameKey(id)] < count[k] && len(strings.Fields(name)) >= len(strings.Fields(r.people[id].Name)))
		}
	}
	for _, i := range respeltAt {
		// "Greta Sandmarc" once, "Greta Sandmark" in other articles:
		// the spelling most articles use owns the mention.
		id, ok := byKey[respelt[keys[i]]]
		if !ok {
			continue
		}
		idOf[i] = id
		r.addForm(id, names[i], keys[i], false)
	}
	products := productWords(arts, cands)
	named := r.givenSurnames(products)
	for id, p := range r.people {
		if p.Kind == corpus.KindPerson && productName(p.Name, products, named) {
			// "Boeing Starliner" is a spacecraft: it keeps its own
			// names, but "Boeing" alone is no first name of it.
			p.Kind = corpus.KindProduct
		}
		if p.Kind == corpus.KindPerson {
			r.forms[r.surname[id]] = append(r.forms[r.surname[id]], id)
			// "Erik ten Hag" is "Ten Hag" and "Hag"; "Ruud van
			// Nistelrooy" is "Nistelrooy" as well.
			if i := strings.LastIndexByte(r.surname[id], ' '); i >= 0 {
				r.forms[r.surname[id][i+1:]] = append(r.forms[r.surname[id][i+1:]], id)
			}
		}
	}
	for _, v := range variants {
		if r.people[v.id].Kind == corpus.KindPerson && !slices.Contains(r.forms[v.sn], v.id) {
			r.forms[v.sn] = append(r.forms[v.sn], v.id)
		}
	}
	// Each person's mentions of full names, counted first, fill an array
	// of their size instead of growing one by one.
	full := make([]int, len(r.people))
	for _, id := range idOf {
		if id != corpus.NoPerson {
			full[id]++
		}
	}
	for id, p := range r.people {
		p.Mentions = make([]corpus.Mention, 0, full[id])
	}
	for i, c := range cands {
		if idOf[i] != corpus.NoPerson {
			r.mention(arts, c, idOf[i])
		}
	}
	r.sortRefs()
	// Lone words: surnames of people named in the same article first.
	sort.Ints(singles)
	made := map[string]int{}
	ids, singleKeys := make([]int, len(singles)), make([]string, len(singles))
	single := func(c candidate) string {
		if len(c.words) == 2 {
			return c.words[0] + " " + c.words[1]
		}
		return c.words[0]
	}
	hs := make([]int8, len(singles))
	for n, i := range singles {
		c := cands[i]
		singleKeys[n] = Key(single(c))
		if c.titled && c.art >= 0 && c.art < len(arts) && arts[c.art] != nil {
			hs[n] = int8(honorific(arts[c.art].Text, c.span.Start)) // "Mrs. Vell" is no man
		}
	}
	r.learnTitled(cands, singles, singleKeys, hs)
	// A surname two people of an article share is recorded as soon as it
	// is resolved, so that principal, for the next one, counts it among
	// the article's mentions of the one it goes on writing about
	// ("Fiorina" of Carly, page after page, after her husband Frank
	// Fiorina was named once): full names alone fell out of its reach.
	noted := make([]bool, len(singles))
	for n, i := range singles {
		c := cands[i]
		ids[n] = r.resolveTitled(c.art, singleKeys[n], c.span.Start, int(hs[n]))
		if id := ids[n]; id != corpus.NoPerson && r.people[id].Kind == corpus.KindPerson && r.sharedIn(c.art, singleKeys[n]) {
			r.offsetsIn(c.art)
			r.noteRef(c.art, newRef(c.span, id))
			noted[n] = true
		}
	}
	for n, i := range singles {
		c := cands[i]
		k := singleKeys[n]
		id := ids[n]
		if id == corpus.NoPerson && (c.titled || !c.start) && len(c.words) == 1 {
			// "Sir Laurie" after "Sir Laurie Magnus": a first name alone
			// is the one person of the article named so before.
			id = r.firstNamed(c.art, k, c.span.Start)
		}
		if id == corpus.NoPerson && (c.titled || len(c.words) == 2) {
			if m, ok := made[k]; ok {
				id = m
			} else {
				id = r.add(single(c), corpus.KindPerson)
				r.forms[k] = append(r.forms[k], id)
				made[k] = id
			}
		}
		if id == corpus.NoPerson {
			continue
		}
		r.addForm(id, single(c), k, false)
		if noted[n] && id == ids[n] {
			r.mentionNoted(arts, c, id)
		} else {
			r.mention(arts, c, id)
		}
	}
	r.typeByContext(arts)
	r.sortRefs()
	r.finish()
}

// runOn cuts the words run onto a person's name off it: "Harbour
// Authority Ann Vell", "Kentuckian Ann Vell", "Moderator Ann Vell" are
// Ann Vell, when the corpus names her so elsewhere. The last two words
// must be a name written alone in the corpus, opening with a given name,
// or with a word no dictionary knows whose surname is written alone too
// ("Svetla Vell", "Vell"; not "Rights Watch", "Watch"); the words before
// must be words a dictionary knows or acronyms, and hold no given name,
// initial or lower-case word, which keeps "Tom Ann Vell", "Tom A. Vell",
// "Board of Ann Vell" and "Oktay Svetla Vell" whole.
func runOn(arts []*corpus.Article, cands []candidate) {
	var two, one map[string]bool
	for i := range cands {
		c := &cands[i]
		if len(c.words) < 3 || c.art < 0 || c.art >= len(arts) || arts[c.art] == nil {
			continue
		}
		n := len(c.words) - 2
		if slices.ContainsFunc(c.words[:n], func(w string) bool {
			return IsGivenName(w) || !isCap(w) || initial(w) || segment.LowerIn(particles, w) || !allCaps(w) && classOf(w)&clStopCap == 0 && !lex.Known(strings.ToLower(w), 0)
		}) {
			continue
		}
		if two == nil {
			two, one = map[string]bool{}, map[string]bool{}
			for _, d := range cands {
				switch {
				case d.org:
				case len(d.words) == 1:
					keySet(one, d.words[0])
				case len(d.words) == 2:
					if !pairIn(two, d.words[0], d.words[1]) {
						two[Key(d.words[0]+" "+d.words[1])] = true
					}
				}
			}
		}
		first, sn := c.words[n], c.words[n+1]
		if !pairIn(two, first, sn) || initial(first) || segment.LowerIn(particles, first) || !IsGivenName(first) && (!keyIn(one, sn) || lex.Known(strings.ToLower(first), 0)) {
			continue
		}
		// Where the name starts: past each word before it.
		text := c.span.Of(arts[c.art].Text)
		at := 0
		for k, w := range c.words[:n+1] {
			m := strings.Index(text[at:], w)
			if m < 0 {
				at = -1
				break
			}
			at += m
			if k < n {
				at += len(w)
			}
		}
		if at < 0 {
			continue
		}
		c.span.Start += at
		c.words = c.words[n:]
		c.text = c.span.Of(arts[c.art].Text)
		c.org = false
	}
}

// respellings maps the key of a person's full name written once to the
// key of the same name spelt one letter otherwise (a letter dropped,
// added, changed or two swapped) in more articles, or more often in
// that article: "Greta Sandmarc" once, "Greta Sandmark" in nine
// articles; "Osvada Kirn" for "Osvalda Kirn". The names must have as
// many words and differ in one: a given name of four letters or more,
// not both known given names ("Maria", "Mario"; "Eric", "Erica"), or a
// surname of five or more, not one the other's plural ("Edward",
// "Edwards"). A name near two others is neither's.
func respellings(cands []candidate, keys []string, count map[string]int) map[string]string {
	nArts, last := map[string]int{}, map[string]int{}
	for i, c := range cands {
		if c.org || len(c.words) < 2 {
			continue
		}
		k := keys[i]
		if a, ok := last[k]; !ok || a != c.art {
			nArts[k]++
			last[k] = c.art
		}
	}
	// Every one-letter deletion of a rare name, to find the names one
	// edit from it without comparing every pair.
	del := map[string][]string{}
	var buf []byte
	for k, n := range nArts {
		if n != 1 || count[k] != 1 {
			continue // a slip is written once
		}
		for at := 0; at < len(k); {
			_, size := utf8.DecodeRuneInString(k[at:])
			if k[at] != ' ' {
				buf = append(append(buf[:0], k[:at]...), k[at+size:]...)
				del[string(buf)] = append(del[string(buf)], k)
			}
			at += size
		}
	}
	if len(del) == 0 {
		return nil
	}
	out := map[string]string{}
	probe := func(rare, common string) {
		if rare == common || !(nArts[common] > 1 || last[common] == last[rare] && count[common] > count[rare]) {
			return
		}
		if !respelling(rare, common) {
			return
		}
		if was, ok := out[rare]; ok && was != common {
			out[rare] = "" // near two names: neither's
			return
		}
		out[rare] = common
	}
	for k := range nArts {
		for _, rare := range del[k] { // k is rare less a letter
			probe(rare, k)
		}
		for at := 0; at < len(k); {
			_, size := utf8.DecodeRuneInString(k[at:])
			if k[at] != ' ' {
				buf = append(append(buf[:0], k[:at]...), k[at+size:]...)
				for _, rare := range del[string(buf)] {
					probe(rare, k)
				}
				if nArts[string(buf)] == 1 && count[string(buf)] == 1 { // rare with a letter added
					probe(string(buf), k)
				}
			}
			at += size
		}
	}
	for k, v := range out {
		if v == "" {
			delete(out, k)
		}
	}
	return out
}

// respelling reports whether full names a and b, as keys, are one name
// spelt one letter otherwise in one word, as respellings asks.
func respelling(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	at := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	if at < 0 {
		return false
	}
	x, y := wa[at], wb[at]
	if d := levenshtein.ComputeDistance(x, y); d != 1 && !swapped(x, y) {
		return false
	}
	n := min(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
	switch {
	case at == 0:
		return n >= 4 && !(IsGivenName(x) && IsGivenName(y))
	case at == len(wa)-1:
		if at > 1 && particles[wa[at-1]] {
			n += len(wa[at-1]) + 1 // "ten Hag": the particle is the surname's
		}
		return n >= 5 && x+"s" != y && y+"s" != x
	}
	return false // a middle name or an initial
}

// swapped reports whether a and b differ by two neighbouring letters
// written the other way round.
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i+1 < len(a); i++ {
		if a[i] != b[i] {
			return a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
		}
	}
	return false
}

// initial reports whether w is a letter and a period ("J."), or a
// single letter.
func initial(w string) bool {
	r := []rune(strings.TrimSuffix(w, "."))
	return len(r) == 1
}

// sharedIn reports whether two or more people the article art names share
// the form k.
func (r *Resolver) sharedIn(art int, k string) bool {
	ids := r.forms[k]
	if len(ids) < 2 {
		return false
	}
	m, n := r.offsetsIn(art), 0
	for _, id := range ids {
		if len(m[int32(id)]) > 0 && r.people[id].Kind == corpus.KindPerson {
			if n++; n > 1 {
				return true
			}
		}
	}
	return false
}

// byWordsDesc orders the candidates by their number of words, most
// first, keeping their order among equals: the stable sort it replaces,
// done as a counting sort, since a name has a handful of words.
func byWordsDesc(cands []candidate) []int {
	most := 0
	for _, c := range cands {
		most = max(most, len(c.words))
	}
	// next[b] is where the next candidate of bucket b goes; bucket 0
	// holds the longest names.
	next := make([]int, most+2)
	for _, c := range cands {
		next[most-len(c.words)+1]++
	}
	for b := 1; b < len(next); b++ {
		next[b] += next[b-1]
	}
	order := make([]int, len(cands))
	for i, c := range cands {
		b := most - len(c.words)
		order[next[b]] = i
		next[b]++
	}
	return order
}

func kindOf(org bool) corpus.EntityKind {
	if org {
		return corpus.KindOrg
	}
	return corpus.KindPerson
}

// leadingParticle reports whether w, a name's first word, is a particle of
// a surname ("De Blasio" at a sentence's start), not a given name the
// table holds ("Al From", "Al Gore": "al" is a particle too).
func leadingParticle(w string) bool {
	return segment.LowerIn(particles, w) && !IsGivenName(w)
}

// surnameOf is the last word of a name that is not a suffix like "Jr.".
func surnameOf(words []string) string {
	for i := len(words) - 1; i >= 0; i-- {
		if !has(nameSuffixes, words[i]) {
			// "Bill de Blasio" is "De Blasio" at the start of a sentence.
			if i > 1 && segment.LowerIn(particles, words[i-1]) || i == 1 && leadingParticle(words[0]) {
				return words[i-1] + " " + words[i]
			}
			return words[i]
		}
	}
	return words[len(words)-1]
}

// add makes a new person.
func (r *Resolver) add(name string, kind corpus.EntityKind) int {
	id := len(r.people)
	r.people = append(r.people, &corpus.Person{ID: id, Name: name, Kind: kind})
	words := strings.Fields(name)
	sn := ""
	if len(words) > 0 && kind == corpus.KindPerson {
		sn = Key(surnameOf(words))
	}
	r.surname = append(r.surname, sn)
	r.forms[Key(name)] = append(r.forms[Key(name)], id)
	return id
}

// addForm records a written form of person id; canonical makes it the name.
// k is Key(form).
func (r *Resolver) addForm(id int, form, k string, canonical bool) {
	p := r.people[id]
	if form == p.Name {
		return // the commonest case: the name as first seen
	}
	nameKey := r.nameKey(id)
	if canonical && nameKey != k {
		p.Aliases = appendUniq(p.Aliases, p.Name)
		p.Name, nameKey = form, k
	}
	if nameKey != k {
		p.Aliases = appendUniq(p.Aliases, form)
	}
	if !contains(r.forms[k], id) {
		r.forms[k] = append(r.forms[k], id)
	}
}

// nameKey is Key of person id's name, kept while the name stays: the
// same few names are keyed again for each of their mentions otherwise.
func (r *Resolver) nameKey(id int) string {
	for len(r.nameKeys) <= id {
		r.nameKeys = append(r.nameKeys, nameKey{})
	}
	nk := &r.nameKeys[id]
	if name := r.people[id].Name; !nk.ok || nk.name != name {
		*nk = nameKey{name: name, key: Key(name), ok: true}
	}
	return nk.key
}

// nameKey is a name and its Key.
type nameKey struct {
	name, key string
	ok        bool
}

func appendUniq(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	k := Key(s)
	for _, x := range list {
		if Key(x) == k {
			return list
		}
	}
	return append(list, s)
}

func contains(ids []int, id int) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// mention records where candidate c names person id, and its roles.
func (r *Resolver) mention(arts []*corpus.Article, c candidate, id int) {
	r.noteRef(c.art, newRef(c.span, id))
	r.mentionNoted(arts, c, id)
}

// mentionNoted is mention for a mention already in the article's offsets.
func (r *Resolver) mentionNoted(arts []*corpus.Article, c candidate, id int) {
	p := r.people[id]
	r.byArt[c.art] = append(r.byArt[c.art], newRef(c.span, id))
	p.Mentions = append(p.Mentions, corpus.NewMention(c.art, c.span))
	for _, role := range c.roles {
		r.addRole(id, role)
	}
}

// addRole adds role to person id's roles, as appendUniq would: not when
// one of them has its Key. The roles' keys are kept beside them while the
// people are built, not worked out again for each new role.
func (r *Resolver) addRole(id int, role string) {
	p := r.people[id]
	if slices.Contains(p.Roles, role) {
		return // the common case: a role written the same way again
	}
	for len(r.roleKeys) <= id {
		r.roleKeys = append(r.roleKeys, nil)
	}
	if len(r.roleKeys[id]) != len(p.Roles) { // roles that came another way
		r.roleKeys[id] = r.roleKeys[id][:0]
		for _, x := range p.Roles {
			r.roleKeys[id] = append(r.roleKeys[id], Key(x))
		}
	}
	k := Key(role)
	if slices.Contains(r.roleKeys[id], k) {
		return
	}
	p.Roles = append(p.Roles, role)
	r.roleKeys[id] = append(r.roleKeys[id], k)
}

func (r *Resolver) sortRefs() {
	for _, refs := range r.byArt {
		if !slices.IsSortedFunc(refs, compareStart) { // most are: names are read in order
			slices.SortStableFunc(refs, compareStart)
		}
	}
}

func compareStart(a, b ref) int { return cmp.Compare(a.start, b.start) }

// finish indexes roles and nationalities for descriptions.
func (r *Resolver) finish() {
	r.roleKeys, r.nameKeys = nil, nil // only building needs them
	r.packPeople()
	r.packMentions()
	r.roles = roleTab{}
	for id := range r.people {
		r.indexRoles(id)
	}
}

func (r *Resolver) indexRoles(id int) {
	var words, nations []string
	for _, role := range r.people[id].Roles {
		for _, w := range roleWords(role) {
			words = append(words, w)
			if b, _ := stripPossessive(w); b != w {
				words = append(words, b)
			}
		}
		for _, w := range strings.Fields(role) {
			if _, poss := stripPossessive(w); poss {
				continue // "Putin's aide" says nothing of the aide's nation
			}
			if isCap(w) || allCaps(strings.Trim(w, ".")) {
				if k := nationKey(w); k != "" {
					nations = append(nations, k)
				}
			}
		}
	}
	r.roles.set(id, words, nations)
}

// resolveIn finds the person a lone word k names at offset off of article
// art: people named in that article first (the nearest mention before off),
// then the whole corpus; exact surnames and aliases before misspellings.
func (r *Resolver) resolveIn(art int, k string, off int) int {
	if ids := r.forms[k]; len(ids) > 1 {
		// A surname several people of the article share means the one
		// it introduced first while it goes on writing about them, not
		// the one named last: after "Heidi Cruz" once, "Cruz called Trump
		// a liar" is still Ted Cruz.
		if id := r.principal(art, ids, off); id != corpus.NoPerson {
			return id
		}
	}
	if id := r.inArticle(art, r.forms[k], off); id != corpus.NoPerson {
		return id
	}
	if placeWord(k) {
		// "Washington", "Houston": a word WordNet reads first as a place
		// names a person only where the article names that person; in
		// another it is the place, its government or its newspaper.
		return corpus.NoPerson
	}
	if id, ok := r.pick(r.forms[k]); ok {
		return id
	}
	// Misspellings are looked for only when no exact form answers, which
	// is most words: misspelt depends on the people alone, so asking
	// later gives what asking first would have.
	// A misspelling means someone the article names ("Ushkov" after
	// "Yuri Ushakov"); one whom only other articles name is more likely
	// another person ("Haines" here, "Bruce Haynes" there), unless a main
	// actor of the corpus, spelt as another outlet spells it.
	ids := r.misspelt(k)
	if id := r.inArticle(art, ids, off); id != corpus.NoPerson {
		return id
	}
	if id, ok := r.pick(ids); ok && r.prominent(id) {
		return id
	}
	return corpus.NoPerson
}

// placeWord reports whether the lone word k is, in WordNet, first a
// place.
func placeWord(k string) bool {
	return !strings.Contains(k, " ") && lex.FirstClass(k, lex.Noun).Has(lex.NounLocation)
}

// prominentShare: a person named in at least one article in this many is
// a main actor of the corpus.
const prominentShare = 20

// prominent reports whether person id is named in many of the corpus's
// articles: its name as another outlet transliterates it ("Grinchuk",
// "Hrynchuk") is the same person even where the full name is missing,
// while a name found in two articles of hundreds is more likely another
// person's ("Haines", "Haynes").
func (r *Resolver) prominent(id int) bool {
	need := (r.articles + prominentShare - 1) / prominentShare
	seen := map[int]bool{}
	for _, m := range r.people[id].Mentions {
		if !seen[int(m.Article)] {
			seen[int(m.Article)] = true
			if len(seen) >= need {
				return true
			}
		}
	}
	return false
}

// resolveAmong picks one of the people ids for a word at offset off of
// article art, as resolveIn does for each of its lists.
func (r *Resolver) resolveAmong(art int, ids []int, off int) (int, bool) {
	if id := r.inArticle(art, ids, off); id != corpus.NoPerson {
		return id, true
	}
	return r.pick(ids)
}

// inArticle is the one of ids that article art names nearest before
// offset off, else nearest after it; NoPerson when it names none.
func (r *Resolver) inArticle(art int, ids []int, off int) int {
	if len(ids) == 0 {
		return corpus.NoPerson
	}
	best, after := r.nearest(art, ids, off)
	if best == corpus.NoPerson {
		best = after
	}
	return best
}

// principal returns, of the people ids, the one article art mentions
// first, when it mentions two or more of them before off and mentions the
// first again within principalReach before off; NoPerson otherwise. News
// introduces its subject first and calls relatives by their first name;
// a live blog that moved on to another story has left its subject far
// behind.
func (r *Resolver) principal(art int, ids []int, off int) int {
	m := r.offsetsIn(art)
	first, firstAt := corpus.NoPerson, int32(0)
	for _, id := range ids {
		s := m[int32(id)]
		if len(s) == 0 || int(s[0]) >= off {
			continue
		}
		if first == corpus.NoPerson || s[0] < firstAt {
			first, firstAt = id, s[0]
		}
	}
	if first == corpus.NoPerson {
		return corpus.NoPerson
	}
	others := false
	for _, id := range ids {
		if s := m[int32(id)]; id != first && len(s) > 0 && int(s[0]) < off {
			others = true
			break
		}
	}
	s := m[int32(first)]
	last := int(s[before(s, off)-1])
	if !others || off-last > principalReach {
		return corpus.NoPerson
	}
	return first
}

// principalReach is how far back, in bytes, an article must last have
// named its subject for a shared surname to still mean it.
const principalReach = 1500

// nearest returns, of the people ids, the one article art mentions last
// before off and the one it mentions first at or after it (NoPerson when
// none); on the same offset the earlier of ids wins. Each person's
// offsets are searched, not the article's every mention.
func (r *Resolver) nearest(art int, ids []int, off int) (best, after int) {
	best, after = corpus.NoPerson, corpus.NoPerson
	bestAt, afterAt := int32(-1), int32(0)
	m := r.offsetsIn(art)
	for _, id := range ids {
		s := m[int32(id)]
		i := before(s, off)
		if i > 0 && s[i-1] > bestAt {
			best, bestAt = id, s[i-1]
		}
		if i < len(s) && (after == corpus.NoPerson || s[i] < afterAt) {
			after, afterAt = id, s[i]
		}
	}
	return best, after
}

// misspelt returns the people whose surname is a likely misspelling of k.
// Guards keep distinct people apart: short names may differ by one edit
// and must share their first two letters; longer ones by two, sharing
// their first two or last three letters; a word that is itself somebody's
// surname is never a misspelling.
func (r *Resolver) misspelt(k string) []int {
	if strings.Contains(k, " ") {
		f := strings.Fields(k)
		k = f[len(f)-1]
	}
	n := utf8.RuneCountInString(k)
	if n < 5 {
		return nil
	}
	// Lookup may run on many goroutines at once (the bot): the cache is
	// the only state it changes.
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.missCache == nil || r.missPeople != len(r.people) {
		r.indexSurnames()
	}
	if ids, ok := r.missCache[k]; ok {
		return ids
	}
	ids := r.misspeltUncached(k, n)
	if len(ids) == 0 && n >= 6 && (k[0] == 'g' || k[0] == 'h') {
		// "Grinchuk" for "Hrynchuk": the first letter transliterated
		// the other way (variant).
		ids = r.misspeltUncached(string('g'+'h'-k[0])+k[1:], n)
	}
	if r.missKept > 0 && len(r.missCache) >= max(maxMissCache, 2*r.missKept) {
		// Questions keep asking new words: a bot answering for months
		// starts the cache afresh rather than let it grow without end.
		// (A build's own lookups are bounded by its words.)
		r.missCache = make(map[string][]int, maxMissCache/8)
	}
	r.missCache[k] = ids
	return ids
}

// maxMissCache bounds the misspelling cache, once the corpus is built,
// at this or twice what the build left in it.
const maxMissCache = 1 << 16

// indexSurnames files the surnames by their first two and last three
// bytes: a misspelling must share one or the other (see misspelt).
// People added since the last call are filed; the cache of answers starts
// afresh, as a new surname may change them.
func (r *Resolver) indexSurnames() {
	if r.byPrefix == nil {
		r.byPrefix, r.bySuffix = map[string][]int{}, map[string][]int{}
	}
	from := r.missPeople
	r.missCache, r.missPeople = map[string][]int{}, len(r.people)
	for id := from; id < len(r.surname); id++ {
		sn := r.surname[id]
		if sn == "" || r.people[id].Kind != corpus.KindPerson {
			continue
		}
		r.byPrefix[head(sn, len(sn))] = append(r.byPrefix[head(sn, len(sn))], id)
		r.bySuffix[tail(sn, len(sn))] = append(r.bySuffix[tail(sn, len(sn))], id)
	}
}

// head and tail are bucket keys: the first two or last three bytes of a
// surname and its length in bytes, so that at 100,000 articles a lookup
// reads only surnames of about its own length, not every "Ma…".
func head(s string, n int) string { return s[:min(2, len(s))] + string(rune(min(n, 255))) }
func tail(s string, n int) string { return s[max(0, len(s)-3):] + string(rune(min(n, 255))) }

func (r *Resolver) misspeltUncached(k string, n int) []int {
	for _, id := range r.forms[k] {
		if r.surname[id] == k && r.people[id].Kind == corpus.KindPerson {
			return nil // a word that is somebody's surname is not a misspelling
		}
	}
	var out []int
	best := 3
	// Each person is compared once, though filed under both its head and
	// its tail: a stamp per person marks this call's.
	if len(r.seenIn) < len(r.people) {
		r.seenIn = append(r.seenIn, make([]int32, len(r.people)-len(r.seenIn))...)
	}
	r.seenRound++
	// A misspelling is at most two bytes longer or shorter (checked below).
	var lists [10][]int
	for i, l := 0, max(0, len(k)-2); l <= len(k)+2; i, l = i+2, l+1 {
		lists[i], lists[i+1] = r.byPrefix[head(k, l)], r.bySuffix[tail(k, l)]
	}
	for _, list := range lists {
		for _, id := range list {
			if r.seenIn[id] == r.seenRound {
				continue
			}
			r.seenIn[id] = r.seenRound
			sn := r.surname[id]
			if abs(len(sn)-len(k)) > 2 {
				continue
			}
			// The cheap guard first: most names filed beside k fail it,
			// and need no edit distance.
			m := utf8.RuneCountInString(sn)
			if !(prefix(k, sn, 2) || (m >= 7 && suffix(k, sn, 3))) {
				continue
			}
			// slip allows one rune more or less, and vowels changed: it
			// turns most names away before the dearer edit distance.
			if abs(m-n) > 1 || !slip(k, sn) {
				continue
			}
			d := levenshtein.ComputeDistance(k, sn)
			limit := 1
			if m >= 7 && n >= 7 {
				limit = 2
			}
			if d == 0 || d > limit {
				continue
			}
			if d < best {
				best, out = d, nil
			}
			if d == best {
				out = append(out, id)
			}
		}
	}
	sort.Ints(out)
	return out
}

// slipReach bounds how many people of one first name a new full name is
// compared with.
const slipReach = 64

// slipOf returns the one person among ids whose surname is a slip of
// surname sn ("Volodymyr Zelensky", "Volodymyr Zelenskyy": one
// individual), or NoPerson. Both surnames must be six letters or more,
// as the scorers require: short ones differ between people.
func (r *Resolver) slipOf(ids []int, sn string) int {
	if utf8.RuneCountInString(sn) < 6 {
		return corpus.NoPerson
	}
	found := corpus.NoPerson
	for n, id := range ids {
		if n >= slipReach {
			break
		}
		other := Key(surnameOf(strings.Fields(r.people[id].Name)))
		if other == sn || utf8.RuneCountInString(other) < 6 || !slip(other, sn) {
			continue
		}
		if found != corpus.NoPerson {
			return corpus.NoPerson // two such: neither
		}
		found = id
	}
	return found
}

// variantSurname is a surname written another way than a person's own,
// joined to them by variantOf.
type variantSurname struct {
	id int
	sn string
}

// variantOf returns the one person among ids, named with n words, whose
// given name and surname are each first and sn or written another way
// (slip, or transliterated: "Yuliia" and "Yulia", "Hrynchuk" and
// "Grynchuk", "Herman" and "German"), or NoPerson. A given name must
// have five letters or more, a surname six: short ones differ between
// people; and two given names that are both known as names are never
// one.
func (r *Resolver) variantOf(ids []int, first, sn string, n int) int {
	found := corpus.NoPerson
	for k, id := range ids {
		if k >= slipReach {
			break
		}
		p := r.people[id]
		ws := strings.Fields(p.Name)
		if p.Kind != corpus.KindPerson || len(ws) != n {
			continue
		}
		of, osn := Key(ws[0]), Key(surnameOf(ws))
		// Two given names both known as names are two people's ("Maria",
		// "Mario"), however close.
		if !(of == first || variant(of, first, 5) && !(IsGivenName(of) && IsGivenName(first))) || !(osn == sn || variant(osn, sn, 6)) {
			continue
		}
		if found != corpus.NoPerson && found != id {
			return corpus.NoPerson // two such: neither
		}
		found = id
	}
	return found
}

// variant reports whether names a and b, each at least min letters long,
// differ as one name misspelt or transliterated from another alphabet
// does: a slip, or an "h" first where the other has "g" (the one letter
// of the Cyrillic "Г" written either way) and a slip or nothing else.
func variant(a, b string, min int) bool {
	if a == b || utf8.RuneCountInString(a) < min || utf8.RuneCountInString(b) < min {
		return false
	}
	if slip(a, b) {
		return true
	}
	if a[0] != b[0] && (a[0] == 'h' && b[0] == 'g' || a[0] == 'g' && b[0] == 'h') {
		return a[1:] == b[1:] || slip(a[1:], b[1:])
	}
	return false
}

// skeleton is a surname's consonants, each once where it is doubled and
// a first "h" read as "g": the names variant may join share it.
func skeleton(sn string) string {
	var b strings.Builder
	var last rune
	for i, c := range sn {
		if i == 0 && c == 'h' {
			c = 'g'
		}
		if vowel(c) || c == last {
			continue
		}
		b.WriteRune(c)
		last = c
	}
	return b.String()
}

// slip reports whether a and b differ the way a name is misspelt or
// transliterated: vowels swapped, dropped or added ("Ushakov", "Ushkov",
// "Oshokov"), or a doubled letter ("Witkoff", "Witkof"; "Zelenskyy",
// "Zelensky") — not a consonant changed, as between Merkley and Berkeley
// or Ellis and Ellie.
func slip(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		return vowelSwaps(ra, rb) >= 0
	case 1:
		for i := range ra {
			if !vowel(ra[i]) && !(i > 0 && ra[i-1] == ra[i]) && !(i+1 < len(ra) && ra[i+1] == ra[i]) {
				continue // only a vowel or a doubled letter may be the extra one
			}
			if n := vowelSwapsWithout(ra, i, rb); n >= 0 && n <= 1 {
				return true
			}
		}
	}
	return false
}

// vowelSwaps counts the positions where two equal-length words differ, or
// -1 when one of them is not a vowel for a vowel.
func vowelSwaps(a, b []rune) int {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		if !vowel(a[i]) || !vowel(b[i]) {
			return -1
		}
		n++
	}
	return n
}

// vowelSwapsWithout is vowelSwaps of a without its rune at skip, and b,
// without making that shorter word.
func vowelSwapsWithout(a []rune, skip int, b []rune) int {
	n := 0
	for k := range b {
		x := a[k]
		if k >= skip {
			x = a[k+1]
		}
		if x == b[k] {
			continue
		}
		if !vowel(x) || !vowel(b[k]) {
			return -1
		}
		n++
	}
	return n
}

func vowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// prefix reports whether a and b start with the same n runes.
func prefix(a, b string, n int) bool {
	if ascii(a) && ascii(b) {
		return len(a) >= n && len(b) >= n && a[:n] == b[:n] // a byte is a rune
	}
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= n && len(rb) >= n && string(ra[:n]) == string(rb[:n])
}

// suffix reports whether a and b end with the same n runes.
func suffix(a, b string, n int) bool {
	if ascii(a) && ascii(b) {
		return len(a) >= n && len(b) >= n && a[len(a)-n:] == b[len(b)-n:]
	}
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= n && len(rb) >= n && string(ra[len(ra)-n:]) == string(rb[len(rb)-n:])
}

// stripTitles drops honorifics and titles before a name as a user types it
// ("Sen. Cruz", "President Trump").
func stripTitles(name string) string {
	var fb [8]string // a name's words, on the stack
	f := appendFields(fb[:0], name)
	if len(f) > 1 && has(orgWords, f[len(f)-1]) && has(titles, f[0]) && !has(orgWords, f[0]) {
		// "Interior Ministry", "Defense Department": the title word
		// names the organisation's field, it is no one's title.
		return name
	}
	i := 0
	for i < len(f)-1 && (has(titles, f[i]) || segment.LowerIn(descStop, f[i])) {
		i++
	}
	return joinedIn(name, f[i:])
}

// joinedIn is strings.Join(f, " ") for words f of text, in order: the
// span of text they cover when one space stands between each two, as it
// does in most names, else a joined copy.
func joinedIn(text string, f []string) string {
	if len(f) == 0 {
		return ""
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	from := int(uintptr(unsafe.Pointer(unsafe.StringData(f[0]))) - base)
	last := f[len(f)-1]
	to := int(uintptr(unsafe.Pointer(unsafe.StringData(last)))-base) + len(last)
	n := len(f) - 1
	for _, w := range f {
		n += len(w)
	}
	if span := text[from:to]; len(span) == n && strings.Count(span, " ") == len(f)-1 {
		return span
	}
	return strings.Join(f, " ")
}

// packMentions moves every person's mentions, and every article's refs,
// into one array each at their exact length: grown by append one at a
// time, they held up to twice their size in scattered small arrays. Each
// list is capped at its length, so a later append copies it out.
func (r *Resolver) packMentions() {
	pack.Slices(pack.Fields(r.people, func(p **corpus.Person) *[]corpus.Mention { return &(*p).Mentions }))
	pack.Map(r.byArt)
}

// packPeople moves the people into one array, with their aliases and
// roles in one array each: made one by one among the garbage of reading
// names, they held heap pages part full for as long as the corpus lives.
// Nobody outside the resolver holds a person yet.
func (r *Resolver) packPeople() {
	ps := make([]corpus.Person, len(r.people))
	for i, p := range r.people {
		ps[i] = *p
		r.people[i] = &ps[i]
	}
	pack.Slices(pack.Fields(ps, func(p *corpus.Person) *[]string { return &p.Aliases }))
	pack.Slices(pack.Fields(ps, func(p *corpus.Person) *[]string { return &p.Roles }))
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// acronymAfter returns the acronym in parentheses right after offset end
// ("… Bureau of Ukraine (NABU)"), or "".
func acronymAfter(text string, end int) string {
	rest := text[min(end, len(text)):]
	if !strings.HasPrefix(rest, " (") {
		return ""
	}
	i := strings.IndexByte(rest, ')')
	if i < 4 || i > 12 {
		return ""
	}
	acr := rest[2:i]
	if !allCaps(acr) || strings.ContainsAny(acr, " .,") {
		return ""
	}
	return acr
}

// firstNameReach bounds how many names back firstNamed looks.
const firstNameReach = 400

// firstNamed returns the one person of article art named before off by a
// full name whose first word is k ("Laurie" for Laurie Magnus), or
// NoPerson when none or several are.
func (r *Resolver) firstNamed(art int, k string, off int) int {
	if _, common := r.lower[k]; common {
		return corpus.NoPerson // "Correction:" is no first name of "Correction Appended"
	}
	refs := r.byArt[art]
	i := sort.Search(len(refs), func(i int) bool { return int(refs[i].start) >= off })
	found := corpus.NoPerson
	for n := 0; i > 0 && n < firstNameReach; n++ {
		i--
		id := int(refs[i].id)
		if id == found || id < 0 || id >= len(r.people) {
			continue
		}
		p := r.people[id]
		if p.Kind != corpus.KindPerson {
			continue
		}
		sp := strings.IndexByte(p.Name, ' ')
		if sp <= 0 || !strings.EqualFold(p.Name[:sp], k) {
			continue
		}
		if found != corpus.NoPerson {
			return corpus.NoPerson // two of that first name: nobody can tell
		}
		found = id
	}
	return found
}

// orgOf returns the organisation already known that candidate c (Key k)
// names under another form: by the acronym in parentheses after it, or as
// the same name without its " of …" ("the Department" is not enough: the
// name must be all of what comes before " of "). NoPerson when none.
func (r *Resolver) orgOf(arts []*corpus.Article, c candidate, k string, ofPrefix map[string]int) int {
	if c.art >= 0 && c.art < len(arts) && arts[c.art] != nil {
		if acr := acronymAfter(arts[c.art].Text, c.span.End); acr != "" {
			for _, id := range r.forms[Key(acr)] {
				if r.people[id].Kind.Org() {
					return id
				}
			}
		}
	}
	if id, ok := ofPrefix[k]; ok && strings.Contains(k, " ") {
		return id
	}
	return corpus.NoPerson
}
