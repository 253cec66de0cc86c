package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWhoSaidPhrase: a remembered fragment is found as a phrase, even when
// it holds only small words, or one of its words is another word the
// corpus has, one slip from the one said.
func TestWhoSaidPhrase(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	tam := f.person("Tamsin Orrey", []string{"Orrey"})
	art := f.article("a.txt", "Harbour", "", "\"It is not what we were to do,\" Brenvik said.\n\n"+
		"\"What we were not to do, it is,\" Orrey replied.\n\n"+
		"\"The harbour crane froze at dawn,\" Brenvik said.\n\n"+
		"\"The harbour crate froze at noon,\" Orrey said.\n")
	f.quote(art, "It is not what we were to do,", ola)
	f.quote(art, "What we were not to do, it is,", tam)
	f.quote(art, "The harbour crane froze at dawn,", ola)
	f.quote(art, "The harbour crate froze at noon,", tam)
	a := f.build()
	tests := []struct {
		name, frag, want string
	}{
		{"small words alone, in their order", "not what we were to", "Ola Brenvik"},
		{"the same small words in another order", "we were not to do", "Tamsin Orrey"},
		{"a word the corpus has, one slip from the one said", "harbour crate froze at dawn", "Ola Brenvik"},
		{"the word as said", "harbour crate froze at noon", "Tamsin Orrey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.WhoSaid(context.Background(), tt.frag)
			require.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Equal(t, tt.want, got.Answer)
		})
	}
	t.Run("two small words are no phrase", func(t *testing.T) {
		got := a.WhoSaid(context.Background(), "we were")
		assert.False(t, got.Found, "%q %q %q", got.Answer, got.Quote, got.Kind)
	})
}

// TestWhoSaidInOtherWords: a fragment remembered with WordNet's words
// for the quotation's ("goal" for "end") is found when no quotation holds
// it as written; one about something else is not.
func TestWhoSaidInOtherWords(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	tam := f.person("Tamsin Orrey", []string{"Orrey"})
	art := f.article("a.txt", "Harbour", "", "\"Winning was never an end in itself,\" Brenvik said.\n\n"+
		"\"The ferry timetable changes in the spring,\" Orrey said.\n")
	f.quote(art, "Winning was never an end in itself,", ola)
	f.quote(art, "The ferry timetable changes in the spring,", tam)
	a := f.build()
	got := a.WhoSaid(context.Background(), "winning was never a goal in itself")
	require.True(t, got.Found, "suggestions %q", got.Suggestions)
	assert.Equal(t, "Ola Brenvik", got.Answer)
	got = a.WhoSaid(context.Background(), "the bridge tolls go up in the autumn")
	assert.False(t, got.Found, "%q %q", got.Answer, got.Quote)
}

// TestSurnamesLike: the names that may be one person written two ways are
// found by surname, the same as reading every name with sameName.
func TestSurnamesLike(t *testing.T) {
	names := []nameParts{
		{id: 0, first: "ann", last: "berg"},
		{id: 1, first: "ann", last: "berg"},
		{id: 2, last: "berg"},
		{id: 3, first: "yulia", last: "svyrydenko"},
		{id: 4, first: "yuliia", last: "svyrydenco"},
		{id: 5, first: "ola", last: "brenvik"},
		{id: 6, first: "ola", last: "brenvek"},
		{id: 7, first: "ola", last: "bren"},
	}
	s := newSurnames(names)
	for _, n := range names {
		t.Run(n.first+" "+n.last, func(t *testing.T) {
			var want, got []int
			for _, m := range names {
				if m.id != n.id && sameName(n, m) {
					want = append(want, m.id)
				}
			}
			for _, i := range s.like(n.last) {
				if m := names[i]; m.id != n.id && sameName(n, m) {
					got = append(got, m.id)
				}
			}
			assert.Equal(t, want, got)
		})
	}
	assert.Equal(t, []int32{5, 6}, s.like("brenvik"), "one slip away, both long")
	assert.Equal(t, []int32{7}, s.like("bren"), "a short surname as written only")
}

// TestWhoSaidTypedInformally: a fragment typed as said ("im", "cos",
// "gonna", "w/") meets the quotation's printed words, and still tells one
// speaker's quotation from another's.
func TestWhoSaidTypedInformally(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	tam := f.person("Tamsin Orrey", []string{"Orrey"})
	art := f.article("a.txt", "Harbour", "", "\"I'm staying on because the harbour is going to need every crane,\" Brenvik said.\n\n"+
		"\"We can't sail without the pilot,\" Orrey said.\n\n"+
		"\"The ferry timetable changes with the tides,\" Orrey said.\n")
	f.quote(art, "I'm staying on because the harbour is going to need every crane,", ola)
	f.quote(art, "We can't sail without the pilot,", tam)
	f.quote(art, "The ferry timetable changes with the tides,", tam)
	a := f.build()
	tests := []struct {
		name, frag, want string
	}{
		{"a contraction and a spoken because", "im staying on cos the harbour is gonna need every crane", "Ola Brenvik"},
		{"a contraction that is also a word, and a slash form", "we cant sail w/o the pilot", "Tamsin Orrey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.WhoSaid(context.Background(), tt.frag)
			require.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Equal(t, tt.want, got.Answer)
			// held as written, not only proposed by the loose tier
			_, ws := a.whoSaidLoose(context.Background(), tt.frag, tt.frag, true)
			assert.True(t, ws.inQuote && !ws.loose, "%+v", ws)
		})
	}
}

// TestWhoSaidOutletsSpeaker: one article gives the words to the person
// they praise by name; two other outlets name who said them. Who said it
// is the one the outlets name. Words that hail someone by name stay with
// their own speaker however many outlets give them to the one hailed.
func TestWhoSaidOutletsSpeaker(t *testing.T) {
	f := newFixture(t)
	a1 := f.article("a.txt", "Fjord Courier", "2026-03-04",
		"The mayor backed her deputy, saying that \"nobody on this island, not me, not anyone, knows the harbour better than Ada Quist\" at the hall.\n")
	a2 := f.article("b.txt", "Harbour Post", "2026-03-05",
		"\"I can tell you that nobody on this island knows the harbour better than Ada Quist,\" Mayor Tor Lund said.\n")
	a3 := f.article("c.txt", "Island Daily", "2026-03-05",
		"\"Nobody on this island, not me, knows the harbour better than Ada Quist,\" Lund told the hall.\n")
	a4 := f.article("d.txt", "Fjord Courier", "2026-03-06",
		"Ada Quist said: \"Tor, thank you for the ferry and the years at the hall.\"\n")
	a5 := f.article("e.txt", "Harbour Post", "2026-03-06",
		"\"Tor, thank you for the ferry and the years at the hall,\" Lund said, reading the card aloud.\n")
	a6 := f.article("f.txt", "Island Daily", "2026-03-06",
		"\"Tor, thank you for the ferry and the years at the hall,\" Lund said of the card.\n")
	quist := f.person("Ada Quist", []string{"Quist"})
	lund := f.person("Tor Lund", []string{"Lund"})
	f.quote(a1, "nobody on this island, not me, not anyone, knows the harbour better than Ada Quist", quist)
	f.quote(a2, "I can tell you that nobody on this island knows the harbour better than Ada Quist,", lund)
	f.quote(a3, "Nobody on this island, not me, knows the harbour better than Ada Quist,", lund)
	f.quote(a4, "Tor, thank you for the ferry and the years at the hall.", quist)
	f.quote(a5, "Tor, thank you for the ferry and the years at the hall,", lund)
	f.quote(a6, "Tor, thank you for the ferry and the years at the hall,", lund)
	a := f.build()
	for _, tt := range []struct{ frag, want string }{
		{"nobody on this island, not me, not anyone, knows the harbour better", "Tor Lund"},
		{"tor thank you for the ferry", "Ada Quist"},
	} {
		t.Run(tt.frag, func(t *testing.T) {
			got := a.WhoSaid(context.Background(), tt.frag)
			require.True(t, got.Found, "suggestions: %v", got.Suggestions)
			assert.Equal(t, tt.want, got.Speaker)
		})
	}
}
