package person_test

import (
	"testing"

	"factdesk/corpus"
	"factdesk/corpus/person"
)

func FuzzBuild(f *testing.F) {
	for _, s := range append(fixture, "Mr. G.K. Butterfield (D-N.C.), a lawmaker, met Butterfeld.", "The White House's", "\u2019s Mr.", "The Arlo Skimmer flew. The Skimmer drone", "Don\u2019t Republicans", "Ann 'Nan' Lee's \u201cBo\u201d Ray ''Jo'' Dee", "Mrs. Lee and Kim Lee. Mr. Lee") {
		f.Add(s, "Butterfield")
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		arts := articles(text)
		r := person.Build(arts)
		people := r.People()
		for i, p := range people {
			if p.ID != i || p.Name == "" {
				t.Fatalf("person %d: id %d, name %q", i, p.ID, p.Name)
			}
			for _, m := range p.Mentions {
				if m.Span().Start < 0 || m.Span().End > len(text) || m.Span().Start > m.Span().End {
					t.Fatalf("mention %v out of %d bytes", m.Span(), len(text))
				}
			}
		}
		if p, ok := r.Lookup(name); ok && (p.ID < 0 || p.ID >= len(people)) {
			t.Fatalf("lookup %q gave id %d", name, p.ID)
		}
		for _, id := range r.PeopleIn(arts[0], corpus.Span{Start: 0, End: len(text)}) {
			if id < 0 || id >= len(people) {
				t.Fatalf("PeopleIn gave id %d", id)
			}
		}
	})
}
