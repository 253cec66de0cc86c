package person_test

import (
	"bytes"
	"encoding/gob"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
)

// TestRestoreSameAsBuild checks that a resolver restored from its
// snapshot, through encoding/gob as a snapshot file holds it, resolves
// names as the built one does, sentence-opening words the corpus writes
// in lower case included.
func TestRestoreSameAsBuild(t *testing.T) {
	arts := articles(
		"Mira Tallo chairs the port board. Later that week the board met again.\n"+
			"Tallo said the ferries would run later in the year.",
		"Even so, Dr. Osk Varrin disagreed. The fares rose even after the vote.\n"+
			"Varrin said the board had been told.",
	)
	built := person.Build(arts)
	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(built.Snapshot()))
	var snap person.Snapshot
	require.NoError(t, gob.NewDecoder(&buf).Decode(&snap))
	restored, err := person.Restore(built.People(), &snap)
	require.NoError(t, err)

	for _, w := range []string{"Later", "Even", "later", "Tallo", "Varrin", "Board", "Nobody"} {
		t.Run("common "+w, func(t *testing.T) {
			assert.Equal(t, built.Common(w), restored.Common(w))
		})
	}
	assert.True(t, restored.Common("Later"), "the corpus writes later in lower case")
	assert.False(t, restored.Common("Tallo"))

	for _, tc := range []struct {
		art  int
		name string
	}{
		{0, "Tallo"},
		{0, "Mira Tallo"},
		{1, "Varrin"},
		{1, "Dr. Varrin"},
		{0, "Later Tallo"}, // a sentence-opening word before a name
	} {
		t.Run("resolve "+tc.name, func(t *testing.T) {
			a := arts[tc.art]
			at := strings.Index(a.Text, ". ") + 2
			assert.Equal(t, built.Resolve(a, tc.name, at), restored.Resolve(a, tc.name, at))
		})
	}
	// Ensure adds a person when nobody fits; both must add the same one.
	a := arts[0]
	at := strings.Index(a.Text, "Later")
	span := corpus.Span{Start: at, End: at + len("Later that")}
	b1 := person.Build(arts)
	var buf2 bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf2).Encode(b1.Snapshot()))
	var snap2 person.Snapshot
	require.NoError(t, gob.NewDecoder(&buf2).Decode(&snap2))
	r2, err := person.Restore(clonePeople(b1.People()), &snap2)
	require.NoError(t, err)
	id1, id2 := b1.Ensure(a, "Later Tallo", span), r2.Ensure(a, "Later Tallo", span)
	assert.Equal(t, id1, id2, "\"Later Tallo\" opening a sentence")
	assert.Equal(t, len(b1.People()), len(r2.People()), "no new person on one side only")
}

func clonePeople(ps []*corpus.Person) []*corpus.Person {
	out := make([]*corpus.Person, len(ps))
	for i, p := range ps {
		c := *p
		c.Mentions = append([]corpus.Mention(nil), p.Mentions...)
		out[i] = &c
	}
	return out
}
