package answer

import (
	"bytes"
	"context"
	"encoding/gob"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gobRoundTrip takes a's snapshot through encoding/gob, as a snapshot
// file holds it.
func gobRoundTrip(t *testing.T, a *Answerer) *Snapshot {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(a.Snapshot()))
	var s Snapshot
	require.NoError(t, gob.NewDecoder(&buf).Decode(&s))
	return &s
}

// TestRestoreAnswersAsNew checks that an answerer restored from its
// tables answers every question as the one that built them: people by
// name, by a misspelt name and by the phrases written beside them.
func TestRestoreAnswersAsNew(t *testing.T) {
	built := portStrike(t)
	back, err := Restore(built.c, built.idx, built.r, gobRoundTrip(t, built))
	require.NoError(t, err)
	ctx := context.Background()
	for _, q := range []string{
		"What did the port authority chief say?",
		"what did the head of the dockers union say",
		"what did the interim mediator say",
		"What did Marta Halvorsen say?",
		"What did Marta Halvorrsen say?",
		"what did Nygaard say about the talks",
		"Who is the interim mediator?",
		"Who is the fire chief?",
		"how many dockers are still out on strike",
		"who urged residents near the river to leave",
	} {
		t.Run(q, func(t *testing.T) {
			want, _ := json.Marshal(built.Ask(ctx, q))
			got, _ := json.Marshal(back.Ask(ctx, q))
			assert.Equal(t, string(want), string(got))
		})
	}
	t.Run("whosaid", func(t *testing.T) {
		want, _ := json.Marshal(built.WhoSaid(ctx, "both sides must give"))
		got, _ := json.Marshal(back.WhoSaid(ctx, "both sides must give"))
		assert.Equal(t, string(want), string(got))
	})
}

// TestRestoreRefuses checks that tables which do not fit the corpus are
// refused with an error, not read out of range later.
func TestRestoreRefuses(t *testing.T) {
	built := portStrike(t)
	tests := []struct {
		name  string
		spoil func(s *Snapshot)
		want  string
	}{
		{"a name of a person not in the corpus", func(s *Snapshot) { s.Forms["nobody"] = []int{99} }, "names person 99"},
		{"a negative person", func(s *Snapshot) { s.Sounds["x"] = []int{-1} }, "names person -1"},
		{"a phrase of a person not in the corpus", func(s *Snapshot) { s.PhraseOwner[0] = 99 }, "phrase 0 names person 99"},
		{"a stem out of range", func(s *Snapshot) { s.PhraseStems[0] = int32(len(s.Stems)) }, "stem"},
		{"phrases cut short", func(s *Snapshot) { s.PhraseStems = s.PhraseStems[:len(s.PhraseStems)-1] }, "do not fit"},
		{"a stem's phrase out of range", func(s *Snapshot) { s.StemPhrases[0] = 1 << 20 }, "out of range"},
		{"a broken vocabulary", func(s *Snapshot) { s.Near.Stems = s.Near.Stems[:0] }, "names"},
		{"no vocabulary", func(s *Snapshot) { s.Words = nil }, "words of names"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := gobRoundTrip(t, built)
			tt.spoil(s)
			_, err := Restore(built.c, built.idx, built.r, s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := Restore(built.c, built.idx, built.r, nil)
	assert.Error(t, err, "no snapshot")
}
