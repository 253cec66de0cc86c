package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// TestOwnWeighed: a word no quotation holds in its own text weighs as
// little as the fragment's lightest word; the others keep their weight.
func TestOwnWeighed(t *testing.T) {
	groups := []index.Group{{Word: "ferry", Weight: 2}, {Word: "budding", Weight: 9}, {Word: "tyrant", Weight: 7}}
	tests := []struct {
		name string
		hits []index.Hit
		want []float64
	}{
		{"no quotation holds the rare word", []index.Hit{{Matched: []uint8{2, 0, 2}}, {Matched: []uint8{2, 1, 0}}}, []float64{2, 2, 7}},
		{"one quotation holds every word", []index.Hit{{Matched: []uint8{2, 2, 2}}}, []float64{2, 9, 7}},
		{"no hits at all", nil, []float64{2, 2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ownWeighed(groups, tt.hits)
			var w []float64
			for _, g := range got {
				w = append(w, g.Weight)
			}
			assert.Equal(t, tt.want, w)
			assert.Equal(t, 9.0, groups[1].Weight, "the groups given are left as they were")
		})
	}
}

// TestSameWords: two wordings are one quotation when the shorter's words
// are in order in the longer.
func TestSameWords(t *testing.T) {
	tests := []struct {
		x, y string
		want bool
	}{
		{"the ferry will run all winter", "the ferry will run all of the winter", true},
		{"the ferry will run all winter", "winter will see no ferry run", false},
		{"ferry runs", "ferry runs", false}, // too short to tell
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameWords(foldedWords(tt.x), foldedWords(tt.y)), "%q %q", tt.x, tt.y)
	}
}

// TestWhoSaidLooseTier: a fragment said in other words, that no
// quotation matches well enough, is proposed by the loose tier, and
// described to the score; a fragment of words no quotation shares two of
// proposes nothing.
func TestWhoSaidLooseTier(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	tam := f.person("Tamsin Orrey", []string{"Orrey"})
	art := f.article("a.txt", "Harbour", "", "\"The harbour master is a tyrant in the making,\" Brenvik said.\n\n"+
		"\"The ferry timetable changes in the spring,\" Orrey said.\n\n"+
		"\"A tyrant once ruled the island,\" Orrey said.\n")
	f.quote(art, "The harbour master is a tyrant in the making,", ola)
	f.quote(art, "The ferry timetable changes in the spring,", tam)
	f.quote(art, "A tyrant once ruled the island,", tam)
	a := f.build()
	ctx := context.Background()

	ans, ws := a.whoSaidLoose(ctx, "", "harbour master is a budding despot, he acts like one at every single meeting", true)
	require.True(t, ans.Found, "suggestions %q", ans.Suggestions)
	assert.Equal(t, "Ola Brenvik", ans.Answer)
	assert.True(t, ws.loose, "proposed by the loose tier")
	assert.Greater(t, ws.lead, 0.0)
	assert.Greater(t, ws.order, 0.0)

	_, ws = a.whoSaidLoose(ctx, "", "harbour master is a budding despot, he acts like one at every single meeting", false)
	assert.False(t, ws.set, "without the loose tier nothing is proposed")

	ans, _ = a.whoSaidLoose(ctx, "", "the bakery sells bread on sundays", true)
	assert.False(t, ans.Found, "%q", ans.Quote)
}

// TestWhoSaidShortQuotationRecalled: a reporter recalls the few words a
// sentence quotes with the sentence around them; the quotation is found
// over another speaker's longer one that shares more of the fragment's
// words by chance.
func TestWhoSaidShortQuotationRecalled(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	tam := f.person("Tamsin Orrey", []string{"Orrey"})
	art := f.article("a.txt", "Harbour", "", "Brenvik waved off a fisherman's jeering at the quay, promising the man would \"never be thrown out\" of a meeting he chaired.\n\n"+
		"\"We were never thrown a rope by the council. We were never told why the meeting was moved. We shall keep rowing out,\" Orrey said.\n")
	f.quote(art, "never be thrown out", ola)
	f.quote(art, "We were never thrown a rope by the council. We were never told why the meeting was moved. We shall keep rowing out,", tam)
	a := f.build()

	ans, ws := a.whoSaidLoose(context.Background(), "", "the fisherman will never be thrown out of any meeting i chair", true)
	require.True(t, ans.Found, "suggestions %q", ans.Suggestions)
	assert.Equal(t, "Ola Brenvik", ans.Answer)
	assert.InDelta(t, 1.0, ws.order, 1e-9, "the fragment holds the quotation whole")
}

// TestWhoSaidNamedWording: of two outlets' wordings of one quotation,
// one credited to nobody, the named speaker is given.
func TestWhoSaidNamedWording(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	a1 := f.article("a.txt", "Harbour", "", "\"We will keep the ferry running through the whole winter,\" a spokesman said.\n")
	a2 := f.article("b.txt", "Courier", "", "\"We will keep the ferry running through the winter,\" Brenvik said.\n")
	f.quote(a1, "We will keep the ferry running through the whole winter,", int(corpus.NoPerson))
	f.quote(a2, "We will keep the ferry running through the winter,", ola)
	a := f.build()
	got := a.WhoSaid(context.Background(), "keep the ferry running through the whole winter")
	require.True(t, got.Found, "suggestions %q", got.Suggestions)
	assert.Equal(t, "Ola Brenvik", got.Answer)
}

// TestWithoutNote: a note in brackets is taken out of the fragment sought;
// a fragment that is all note, or a bracket left open, stays whole.
func TestWithoutNote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the ferry runs all winter (said at the council, in May)", "the ferry runs all winter"},
		{"the ferry [harbour meeting] runs all winter", "the ferry runs all winter"},
		{"(said at the council)", "(said at the council)"},
		{"the ferry runs (said at", "the ferry runs (said at"},
		{"no note here", "no note here"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, withoutNote(tt.in), tt.in)
	}
}
