package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTheSentenceBeforeCarriesItsSubject: "She vetoed …" goes on from
// the sentence before, whose subject "she" stands for; a yes/no
// question about that person is answered from the pair.
func TestTheSentenceBeforeCarriesItsSubject(t *testing.T) {
	f := newFixture(t)
	moe := f.person("Siri Moe", []string{"Moe"})
	lund := f.person("Per Lund", []string{"Lund"})
	text := "Harbour chief Siri Moe rejected claims the port board was in turmoil, saying Per Lund has the board's trust. She vetoed a fresh tender for the ferry contract.\n" +
		"Per Lund said nothing on Friday.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(moe, a, "Siri Moe")
	f.mention(lund, a, "Per Lund")
	f.fact(a, "Harbour chief Siri Moe rejected claims the port board was in turmoil, saying Per Lund has the board's trust.", []int{moe, lund})
	f.fact(a, "She vetoed a fresh tender for the ferry contract.", nil)
	f.fact(a, "Per Lund said nothing on Friday.", []int{lund})
	an := f.build()
	checkAsks(t, an, []askCase{
		{"the subject before the pronoun", "did siri moe veto a fresh tender for the ferry contract", "Yes — Siri Moe vetoed a fresh tender for the ferry contract"},
	})
	// Lund is named before "she" too, but not as the subject: the
	// sentence does not say he ruled anything out.
	got := an.Ask(context.Background(), "did per lund veto a fresh tender for the ferry contract")
	assert.NotContains(t, got.Answer, "vetoed a fresh tender")
}

// TestThePaperNamedBefore: "told the paper" speaks of the outlet the
// sentence before names; "which outlet said …" of words in the
// article's own voice is the article's outlet.
func TestThePaperNamedBefore(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	text := "According to the Fjord Courier, the night ferry ran aground near the north pier.\n" +
		"Deckhand Kari Holm, 41, told the paper: “We never saw the rocks.”\n" +
		"The grounding is the worst accident at the pier in a decade.\n"
	a := f.article("a.txt", "Halden Radio", "2025-05-02", text)
	f.c.Articles[a].Cites = []string{"Fjord Courier"}
	f.mention(holm, a, "Kari Holm")
	f.fact(a, "According to the Fjord Courier, the night ferry ran aground near the north pier.", nil)
	f.fact(a, "Deckhand Kari Holm, 41, told the paper: “We never saw the rocks.”", []int{holm})
	f.fact(a, "The grounding is the worst accident at the pier in a decade.", nil)
	checkAsks(t, f.build(), []askCase{
		{"the paper named before", "which paper did deckhand kari holm tell about the night ferry", "Fjord Courier"},
		{"the outlet's own words", "which outlet said the grounding was the worst accident at the pier in a decade", "Halden Radio"},
	})
}

// TestWhichTownAsksWhere: "which town", "what city" ask for a place, as
// where does; a compound ("which city council") still asks for a party.
func TestWhichTownAsksWhere(t *testing.T) {
	for _, tt := range []struct {
		q    string
		kind string
	}{
		{"which town is the boathouse in", KindWhere},
		{"what city hosted the ferry summit", KindWhere},
		{"which state did berg win", KindWhere},
		{"which city council approved the levy", KindWho},
		{"which minister approved the levy", KindWho},
		{"what region did berg say the levy would cover", KindWhat},
	} {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.kind, Parse(tt.q).Kind)
		})
	}
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	text := "Ann Berg bought a boathouse in Halden in May.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(berg, a, "Ann Berg")
	f.fact(a, "Ann Berg bought a boathouse in Halden in May.", []int{berg})
	checkAsks(t, f.build(), []askCase{
		{"the place beside the thing", "which town is berg's boathouse in", "Halden"},
	})
}
