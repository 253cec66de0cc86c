// Package person finds the people (and organisations) that articles name,
// joins their aliases and misspellings into one canonical person each, and
// resolves a name as a user or an article writes it.
package person

import (
	"strings"

	"factdesk/corpus"
)

// Resolver knows every person of a corpus and their written forms.
type Resolver struct {
	people []*corpus.Person
}

// Build finds the people named in the articles' body paragraphs.
func Build(arts []*corpus.Article) *Resolver {
	// TODO(quote helper): real person detection.
	return &Resolver{}
}

// People returns every person, indexed by Person.ID.
func (r *Resolver) People() []*corpus.Person { return r.people }

// Lookup resolves a name as a user types it — a full name, a surname, an
// alias, a misspelling ("Ushkov") or a description ("the Nebraska
// Republican") — to one person.
func (r *Resolver) Lookup(name string) (*corpus.Person, bool) {
	for _, p := range r.people {
		if strings.EqualFold(p.Name, name) {
			return p, true
		}
	}
	return nil, false
}

// PeopleIn returns the ids of the people an article names (by name, alias or
// misspelling) inside span s, in order of first mention, without repeats.
// Facts use it to know who an event involves.
func (r *Resolver) PeopleIn(a *corpus.Article, s corpus.Span) []int {
	// TODO(quote helper)
	return nil
}
