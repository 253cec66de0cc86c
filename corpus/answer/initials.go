package answer

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// A reporter types a name the articles write in full by its initials:
// "cgs" for a Coast Guard Service, "AKL" for a manager whose name has
// three words. WordNet spells the initialisms it knows (index.Spelt);
// the corpus's own people and organisations spell the rest. speltOut reads
// the table below for a short question word the corpus never writes.

// minInitials is the fewest letters read as initials: two letters ("ks",
// "ab") are too often something else.
const minInitials = 3

// initialSkips are the small words of a name its initials leave out:
// "CPR" of the Council for Port Reform.
var initialSkips = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true}

// initialNames maps the initials of every name of the corpus's people,
// organisations, outlets and places to the ids of those it spells.
func initialNames(people []*corpus.Person) map[string][]int {
	out := map[string][]int{}
	for _, p := range people {
		if p == nil || p.Kind > corpus.KindPlace {
			continue
		}
		words := nameWords(p.Name)
		var b strings.Builder
		n := 0
		for _, w := range words {
			f := index.Fold(w)
			if initialSkips[f] {
				continue
			}
			c := f[0]
			if c < 'a' || c > 'z' {
				b.Reset()
				break
			}
			b.WriteByte(c)
			n++
		}
		if n < minInitials || n > index.MaxShort || b.Len() != n {
			continue
		}
		out[b.String()] = append(out[b.String()], p.ID)
	}
	return out
}

// maxInitialed bounds the names one set of initials may spell: more say
// too little to be read as any of them.
const maxInitialed = 2

// initialed are, for a short question word the corpus never writes, the
// names of the corpus that it spells, each as its words.
func (a *Answerer) initialed(word string) [][]string {
	if len(word) < minInitials || a.idx.DF(index.Stem(word)) > 0 {
		return nil
	}
	ids := a.initials[word]
	if len(ids) > maxInitialed {
		return nil
	}
	var out [][]string
	for _, id := range ids {
		var words []string
		for _, w := range nameWords(a.c.People[id].Name) {
			words = append(words, index.Fold(w))
		}
		out = append(out, words)
	}
	return out
}

// nameWords are the words of a name, its hyphened parts apart: each has
// an initial ("Jean-Paul Rook" is "jpr").
func nameWords(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
}
