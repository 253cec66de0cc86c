package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStemmedWords: a remembered fragment is compared by stems, a
// contraction as its two words.
func TestStemmedWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"the ferries shouldn't sail", []string{"the", "ferri", "should", "not", "sail"}},
		{"I'm saying it won't work", []string{"i", "am", "say", "it", "will", "not", "work"}},
		{"we can't, they’ve gone", []string{"we", "can", "not", "they", "have", "gone"}},
		{"the harbour's master", []string{"the", "harbour", "master"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, stemmedWords(tt.in), tt.in)
	}
}

// TestClitic: the contractions English writes, and words that only end
// like one.
func TestClitic(t *testing.T) {
	tests := []struct {
		in         string
		base, tail string
		ok         bool
	}{
		{"shouldn't", "should", "not", true},
		{"won't", "will", "not", true},
		{"cannot", "can", "not", true},
		{"you'd", "you", "would", true},
		{"ferry", "", "", false},
		{"'m", "", "", false},
	}
	for _, tt := range tests {
		base, tail, ok := clitic(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.base, base, tt.in)
		assert.Equal(t, tt.tail, tail, tt.in)
	}
}

// TestLooseGroups: a fragment's filler weighs a quarter, a word WordNet
// gives no noun or verb sense half, a noun its own weight; a verb finds
// its irregular form (the index's own group for it holds it already).
func TestLooseGroups(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	art := f.article("a.txt", "Harbour", "", "\"I felt the ferry crew cared for the island,\" Brenvik said.\n")
	f.quote(art, "I felt the ferry crew cared for the island,", ola)
	a := f.build()

	frag := "basically i feel the ferry crew cares"
	groups := a.idx.Analyze(frag)
	got, _ := a.looseGroups(frag, groups)
	require.Len(t, got, len(groups))
	byWord := map[string]int{}
	for i, g := range got {
		byWord[g.Word] = i
	}
	require.Contains(t, byWord, "basically")
	require.Contains(t, byWord, "ferry")
	require.Contains(t, byWord, "feel")
	assert.InDelta(t, groups[byWord["basically"]].Weight*fillerFactor, got[byWord["basically"]].Weight, 1e-9, "an adverb")
	assert.InDelta(t, groups[byWord["ferry"]].Weight, got[byWord["ferry"]].Weight, 1e-9, "a noun")
	var felt bool
	for _, alt := range got[byWord["feel"]].Alts {
		felt = felt || alt.Term == "felt"
	}
	assert.True(t, felt, "feel finds felt: %v", got[byWord["feel"]].Alts)
	assert.NotEqual(t, got[byWord["basically"]].Weight, groups[byWord["basically"]].Weight, "the groups given are left as they were")
}

// TestWhoSaidLooseForms: a fragment remembered with a filler, another
// tense and a contraction for the quotation's two words is proposed by
// the loose tier for the one who said it, not for a speaker whose
// quotation holds its words in their written forms but says another
// thing.
func TestWhoSaidLooseForms(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	tam := f.person("Tamsin Orrey", []string{"Orrey"})
	art := f.article("a.txt", "Harbour", "", "\"I felt that the ferry crew should not be blamed for the storm damage to the pier,\" Brenvik said.\n\n"+
		"\"Nobody could feel safe on the crew's ferry in such a storm,\" Orrey said.\n")
	f.quote(art, "I felt that the ferry crew should not be blamed for the storm damage to the pier,", ola)
	f.quote(art, "Nobody could feel safe on the crew's ferry in such a storm,", tam)
	a := f.build()

	ans, ws := a.whoSaidLoose(context.Background(), "", "honestly i feel the ferry crew shouldn't take the fall for the pier", true)
	require.True(t, ans.Found, "suggestions %q", ans.Suggestions)
	assert.Equal(t, "Ola Brenvik", ans.Answer)
	assert.True(t, ws.loose, "proposed by the loose tier")
	assert.Greater(t, ws.cov, 0.0)
}
