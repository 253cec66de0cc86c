package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// TestQuotedWordsAreTheirSpeakers: a sentence that only quotes someone
// ("Then, 'Maybe 30 percent will walk out'") is theirs, for extraction
// credits its words to them, though it names no one; it is not another
// speaker's, and a sentence quoting no one is no one's.
func TestQuotedWordsAreTheirSpeakers(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	text := "Ann Berg spoke to the dockers' union on Friday.\n\n" +
		"Then, \"Maybe 30 percent of the crews will just walk out.\"\n\n" +
		"The ferries ran late all week.\n"
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(berg, art, "Ann Berg")
	f.fact(art, "Ann Berg spoke to the dockers' union on Friday.", []int{berg}, rel("on Friday"))
	quoting := f.fact(art, "Then, \"Maybe 30 percent of the crews will just walk out.\"", nil, pct("30 percent", "30"))
	plain := f.fact(art, "The ferries ran late all week.", nil)
	f.quote(art, "Maybe 30 percent of the crews will just walk out.", berg)
	a := f.build()
	doc := func(ref int) index.Doc { return index.Doc{Kind: index.KindFact, Ref: int32(ref)} }
	m := func(id int) mention { return mention{Person: a.c.People[id]} }
	assert.True(t, a.isParty(doc(quoting), m(berg)), "the speaker of the words it quotes")
	assert.False(t, a.isParty(doc(quoting), m(lund)), "someone else")
	assert.False(t, a.isParty(doc(plain), m(berg)), "a sentence quoting no one")
}
