package person

import (
	"strings"

	"factdesk/corpus"
)

// Resolve finds the person that a name written in article a at offset at
// means ("Ushkov", "Mr. Trump", "Zelenskyy"): people named in the same
// article come first. It returns corpus.NoPerson when nobody fits.
func (r *Resolver) Resolve(a *corpus.Article, name string, at int) int {
	if r == nil || a == nil {
		return corpus.NoPerson
	}
	k := Key(stripTitles(name))
	if k == "" {
		return corpus.NoPerson
	}
	h := nameHonorific(name)
	if h == 0 && at >= 0 && at <= len(a.Text) {
		h = honorific(a.Text, at)
	}
	if id := r.resolveTitled(a.ID, k, at, h); id != corpus.NoPerson {
		return id
	}
	// "Rival Hillary Clinton": a capitalised word before a known name.
	if f := strings.Fields(k); len(f) > 2 {
		for i := 1; i+1 < len(f); i++ {
			if ids := r.forms[strings.Join(f[i:], " ")]; len(ids) > 0 {
				if id := r.resolveIn(a.ID, strings.Join(f[i:], " "), at); id != corpus.NoPerson {
					return id
				}
			}
		}
	}
	if !strings.Contains(k, " ") {
		if id := r.firstNamed(a.ID, k, at); id != corpus.NoPerson {
			return id // "Sir Laurie" after "Sir Laurie Magnus"
		}
	}
	// "Hillary Rodham Clinton" written where the corpus knows "Hillary
	// Clinton": fall back to the surname.
	if f := strings.Fields(k); len(f) > 1 {
		if id := r.resolveIn(a.ID, f[len(f)-1], at); id != corpus.NoPerson {
			p := r.people[id]
			if p.Kind == corpus.KindPerson && strings.EqualFold(strings.Fields(Key(p.Name))[0], f[0]) {
				return id
			}
		}
	}
	return corpus.NoPerson
}

// Ensure returns the person a name means, adding one when the corpus did
// not know it (a speaker named only by surname, "said Caddell"). The name
// is recorded as a mention of article a at span s.
func (r *Resolver) Ensure(a *corpus.Article, name string, s corpus.Span) int {
	if r == nil || a == nil {
		return corpus.NoPerson
	}
	if id := r.Resolve(a, name, s.Start); id != corpus.NoPerson {
		return id
	}
	clean := stripTitles(name)
	if w, poss := stripPossessive(clean); poss {
		clean = w
	}
	the := strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "the ")
	clean = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(clean, "The "), "the "))
	if clean == "" {
		return corpus.NoPerson
	}
	if rest, no := r.notSpeaker(a, clean, s.Start); no {
		if rest == "" {
			return corpus.NoPerson
		}
		if id := r.Resolve(a, rest, s.Start); id != corpus.NoPerson {
			return id // "Both Strand": Strand
		}
		clean = rest // "Even Norland"
	}
	org := theBody(the, clean) // institution.go
	for _, w := range strings.Fields(clean) {
		if has(orgWords, w) {
			org = true
		}
	}
	id := r.add(clean, r.kindFor(clean, org))
	if f := strings.Fields(clean); len(f) > 1 && !org {
		r.forms[r.surname[id]] = append(r.forms[r.surname[id]], id)
	}
	r.people[id].Mentions = append(r.people[id].Mentions, corpus.NewMention(a.ID, s))
	r.byArt[a.ID] = insertRef(r.byArt[a.ID], newRef(s, id))
	r.noteRef(a.ID, newRef(s, id))
	r.indexRoles(id)
	for len(r.gender) <= id {
		r.gender = append(r.gender, 0)
	}
	r.gender[id] = r.namePrior(id)
	return id
}

func insertRef(refs []ref, x ref) []ref {
	i := len(refs)
	for i > 0 && refs[i-1].start > x.start {
		i--
	}
	refs = append(refs, ref{})
	copy(refs[i+1:], refs[i:])
	refs[i] = x
	return refs
}

// IsOrg reports whether a written name is an organisation's ("the White
// House", "Fox News").
func IsOrg(name string) bool {
	for _, w := range strings.Fields(name) {
		if has(orgWords, w) {
			return true
		}
	}
	return false
}

// Fit scores how well a description ("the Russian diplomat", "the Nebraska
// Republican") fits person id: -1 when it cannot be them (another nation,
// a description with no word in common), higher when the head noun or its
// kind appears among their roles.
func (r *Resolver) Fit(id int, desc string) int {
	return r.fit(id, parseDesc(desc))
}

// Fitter is Fit for one description read once, for scoring many people.
func (r *Resolver) Fitter(desc string) func(id int) int {
	d := parseDesc(desc)
	return func(id int) int { return r.fit(id, d) }
}

// description is a description of a person taken apart once for Fit.
type description struct {
	words   []string // content words, lower case
	head    string   // the head noun: "diplomat", "head" (of state)
	nations []string // nation keys of its capitalised words
}

func parseDesc(desc string) description {
	d := description{words: roleWords(desc)}
	if len(d.words) == 0 {
		return d
	}
	d.head = d.words[len(d.words)-1]
	// "the head of state": the head noun comes before "of".
	if i := strings.Index(strings.ToLower(desc), " of "); i > 0 {
		if hw := roleWords(desc[:i]); len(hw) > 0 {
			d.head = hw[len(hw)-1]
		}
	}
	for _, w := range strings.Fields(desc) {
		if (isCap(w) || allCaps(w)) && demonym(w) {
			if k := nationKey(w); k != "" {
				d.nations = append(d.nations, k)
			}
		}
	}
	return d
}

func (r *Resolver) fit(id int, d description) int {
	if r == nil || id < 0 || id >= len(r.people) || 2*id+1 >= len(r.roles.span) || len(d.words) == 0 {
		return -1
	}
	if len(d.nations) > 0 {
		ok := false
		for _, k := range d.nations {
			ok = ok || r.roles.has(id, r.roles.nation(k))
		}
		if !ok {
			return -1
		}
	}
	switch {
	case r.roles.hasWord(id, d.head):
		return 3
	case roleClasses[d.head] != 0 && r.classIn(id, roleClasses[d.head]):
		return 2
	case len(d.nations) > 0:
		return 0
	}
	// Without a nation the description must share a word with a role.
	for _, w := range d.words {
		if r.roles.hasWord(id, w) {
			return 0
		}
	}
	return -1
}

// classIn reports whether a word of person id's roles is of class.
func (r *Resolver) classIn(id, class int) bool {
	return r.roles.anyWord(id, func(w string) bool { return roleClasses[w] == class })
}

// NationClash reports whether a description names a nation ("the Russian
// negotiator") and person id is known to be of another.
func (r *Resolver) NationClash(id int, desc string) bool {
	if r == nil || id < 0 || !r.roles.hasNation(id) {
		return false
	}
	d := parseDesc(desc)
	if len(d.nations) == 0 {
		return false
	}
	for _, k := range d.nations {
		if r.roles.has(id, r.roles.nation(k)) {
			return false
		}
	}
	return true
}
