package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// TestStemOfCapital checks that a word with a capital, looked up lowered
// on the stack, stems as the fold of it does: names, a sentence's first
// word, a possessive, a number written in words, a stop word, a word
// beyond ASCII and one the corpus never writes.
func TestStemOfCapital(t *testing.T) {
	f := newFixture(t)
	f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Twelve pilots at Velmora Harbour walked out on Tuesday.\n\n"+
			"The harbour master, Ansel Brakwater, said Brakwater's crews would stay.\n\n"+
			"Øster Vik dockers joined the stoppage.\n")
	a := f.build()
	reference := func(w string) string {
		return stemIn(a.idx.Vocab(), index.Number(dropPossessive(index.Fold(w))))
	}
	for _, w := range []string{"Twelve", "Pilots", "Velmora", "HARBOUR", "Harbour", "Walked", "The", "Brakwater's",
		"Crews", "Øster", "Dockers", "Stoppage", "Unwritten", "harbour", "12", "A", "Tuesday"} {
		t.Run(w, func(t *testing.T) {
			assert.Equal(t, reference(w), a.stemOf(w))
		})
	}
	st, ok := a.stemOfCapital("Pilots")
	assert.True(t, ok, "a capitalised word the corpus writes is looked up on the stack")
	assert.Equal(t, reference("pilots"), st)
	_, ok = a.stemOfCapital("Unwritten")
	assert.False(t, ok, "a word the corpus never writes is stemmed as before")
}
