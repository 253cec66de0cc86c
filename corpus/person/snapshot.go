package person

import (
	"fmt"
	"slices"

	"factdesk/corpus"
	"factdesk/corpus/internal/pack"
)

// Snapshot is what a built Resolver knows beyond the people themselves,
// as encoding/gob writes it: a snapshot file (see corpus/engine) holds
// one, so that a server starts without reading every name again. Roles
// and nations are worked out again from the people's roles.
type Snapshot struct {
	Forms   map[string][]int
	Surname []string
	// Mentions holds, per article, its mentions as start, end and person
	// id, three numbers each, by offset.
	Mentions map[int][]int32
	Gender   []int
	// Titled is the resolver's honorific evidence per person (see
	// learnTitled), of the people Build had found when it counted: those
	// added after it have none. Absent from older snapshots.
	Titled []int
	// Lower holds the words the corpus writes in lower case, sorted:
	// without them a restored resolver took "Later" opening a sentence
	// for a name (see Common).
	Lower []string
}

// Snapshot returns r's state; its slices are shared, not copied.
func (r *Resolver) Snapshot() *Snapshot {
	s := &Snapshot{Forms: r.forms, Surname: r.surname, Gender: r.gender, Titled: r.titled, Mentions: make(map[int][]int32, len(r.byArt)),
		Lower: make([]string, 0, len(r.lower))}
	for w := range r.lower {
		s.Lower = append(s.Lower, w)
	}
	slices.Sort(s.Lower) // the same corpus, the same bytes
	for a, refs := range r.byArt {
		flat := make([]int32, 0, 3*len(refs))
		for _, x := range refs {
			flat = append(flat, x.start, x.end, x.id)
		}
		s.Mentions[a] = flat
	}
	return s
}

// Restore rebuilds the resolver of people (a corpus's People, which it
// shares) from a snapshot taken of it. Person ids out of range are
// refused.
func Restore(people []*corpus.Person, s *Snapshot) (*Resolver, error) {
	if s == nil {
		return nil, fmt.Errorf("person: empty snapshot")
	}
	n := len(people)
	for i, p := range people {
		if p == nil || p.ID != i {
			return nil, fmt.Errorf("person: person %d out of place", i)
		}
	}
	valid := func(id int) bool { return id >= 0 && id < n }
	for f, ids := range s.Forms {
		for _, id := range ids {
			if !valid(id) {
				return nil, fmt.Errorf("person: form %q names person %d of %d", f, id, n)
			}
		}
	}
	if len(s.Surname) != n || s.Gender != nil && len(s.Gender) != n || len(s.Titled) > n {
		return nil, fmt.Errorf("person: snapshot of %d people for %d", len(s.Surname), n)
	}
	r := newResolver()
	r.people, r.forms, r.surname, r.gender, r.titled = people, s.Forms, s.Surname, s.Gender, s.Titled
	if r.forms == nil {
		r.forms = map[string][]int{}
	}
	for a, flat := range s.Mentions {
		if len(flat)%3 != 0 {
			return nil, fmt.Errorf("person: article %d: mentions cut short", a)
		}
		refs := make([]ref, 0, len(flat)/3)
		for i := 0; i < len(flat); i += 3 {
			if !valid(int(flat[i+2])) || flat[i] > flat[i+1] {
				return nil, fmt.Errorf("person: article %d: mention out of range", a)
			}
			refs = append(refs, ref{start: flat[i], end: flat[i+1], id: flat[i+2]})
		}
		r.byArt[a] = refs
	}
	r.lower = make(map[string]struct{}, len(s.Lower))
	for _, w := range s.Lower {
		r.lower[w] = struct{}{}
	}
	for id := range people {
		r.indexRoles(id)
	}
	r.roles.compact()
	r.missKept = 1 // served: the misspelling cache is bounded (see misspelt)
	return r, nil
}

// ForgetCaches drops what the resolver keeps only to speed up extraction
// (each article's mention offsets per person, see offsetsIn): a served
// corpus reads names through Lookup, which never uses it, and it was a
// twentieth of the heap. It is built again if ever needed.
func (r *Resolver) ForgetCaches() {
	if r != nil {
		r.offs = nil
		// Extraction added mentions and roles as it went, each append
		// copying a list out of the packed arrays with room to grow; none
		// come now.
		r.packMentions()
		r.roles.compact()
		r.packNames()
	}
}

// packNames makes the tables of names again, their keys copied together
// and their lists in one array each: made one by one among extraction's
// garbage, small keys and lists held pages of it in use for as long as
// the corpus is served (0.3 times the text at 10,000 articles, with the
// answerer's). The misspellings looked up while extracting are kept the
// same way: questions ask the corpus's names again.
func (r *Resolver) packNames() {
	var ar pack.Strings
	r.forms = pack.Lists(r.forms, &ar)
	r.byPrefix, r.bySuffix = pack.Lists(r.byPrefix, &ar), pack.Lists(r.bySuffix, &ar)
	r.lower = pack.Keys(r.lower, &ar)
	n := 0
	for _, s := range r.surname {
		n += len(s)
	}
	ar.Reserve(n)
	for i, s := range r.surname {
		r.surname[i] = ar.Copy(s)
	}
	r.surname = slices.Clone(r.surname)
	r.mu.Lock()
	r.missCache = pack.Lists(r.missCache, &ar)
	r.missKept = max(1, len(r.missCache))
	r.mu.Unlock()
}
