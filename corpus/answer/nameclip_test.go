package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestNameClipped: a name's later word typed short after its first ("co"
// after "tarvik" where the corpus writes Tarvik County) is read as the
// word the name writes; a short word after no such name word, a whole
// word, or a word set off by a hyphen is left as typed.
func TestNameClipped(t *testing.T) {
	f := newFixture(t)
	f.person("Ann Berg", nil, "Tarvik County Sheriff")
	f.c.People = append(f.c.People, &corpus.Person{ID: len(f.c.People), Name: "Harbour United", Kind: corpus.KindOrg})
	art := f.article("a.txt", "Coast Wire", "2025-05-02", "Tarvik County Sheriff Ann Berg closed the quay.\n")
	f.fact(art, "Tarvik County Sheriff Ann Berg closed the quay.", nil)
	a := f.build()
	for _, c := range []struct{ q, want string }{
		{"when did the tarvik co sheriff speak", "when did the tarvik county sheriff speak"},
		{"when did Tarvik Co close the quay?", "when did Tarvik county close the quay?"},
		{"who manages harbour u now", "who manages harbour united now"},
		{"who runs the tarvik cop shop", "who runs the tarvik cop shop"},
		{"who is the tarvik county sheriff", "who is the tarvik county sheriff"},
		{"tarvik co-op board", "tarvik co-op board"},
		{"who is the berg co owner", "who is the berg co owner"},
	} {
		assert.Equal(t, c.want, a.nameClipped(c.q), c.q)
	}
}

// TestNameClippedAnswered: a question that types a name's word short
// finds the sentence that writes it whole.
func TestNameClippedAnswered(t *testing.T) {
	f := newFixture(t)
	text := "Tarvik County officials closed the ferry quay on Monday after the storm."
	art := f.article("a.txt", "Coast Wire", "2025-05-02", text+"\n")
	f.fact(art, text, nil, rel("on Monday"))
	f.person("Ann Berg", nil, "Tarvik County Sheriff")
	got := f.build().Ask(context.Background(), "when did tarvik co officials close the ferry quay")
	assert.Equal(t, "on Monday", got.Answer)
}

// TestNameNextsMadeOnFirstNeed: the table of names' words is made by the
// first question with a short word to read, not by the build, and reads
// a name's words as nameWords splits them.
func TestNameNextsMadeOnFirstNeed(t *testing.T) {
	f := newFixture(t)
	f.person("Ann Berg", []string{"Jean-Paul  Rook"}, "Tarvik County Sheriff")
	a := f.build()
	assert.Nil(t, a.nameNext, "built with the answerer")
	assert.Equal(t, "who spoke for the harbour", a.nameClipped("who spoke for the harbour"))
	assert.Nil(t, a.nameNext, "made for a question with no short word")
	assert.Equal(t, "who is jean paul rook", a.nameClipped("who is jean pa rook"))
	assert.Equal(t, "the tarvik county sheriff", a.nameClipped("the tarvik co sheriff"))
	assert.Equal(t, map[string]map[string]int{"tarvik": {"county": 1}, "county": {"sheriff": 1}, "jean": {"paul": 1}, "paul": {"rook": 1}, "ann": {"berg": 1}},
		a.nameNext)
}
