package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// TestLikeness: a fragment's word counts as a quotation's word that is
// itself, a slip of it, a derivation of it, or a synonym of one of its
// senses, each by how much it says the same thing; an unrelated word
// counts nothing.
func TestLikeness(t *testing.T) {
	tests := []struct {
		name       string
		frag, have string
		want       float64
	}{
		{"the word itself", "harbour", "harbour", 1},
		{"another form, same stem", "dredging", "dredged", 1},
		{"a spelling slip", "harbour", "harbor", 1},
		{"a derivation", "destroyed", "destruction", DerivedFactor},
		{"a sense other than the most often meant", "probe", "investigation", index.SynonymFactor},
		{"an adjective's synonym", "correct", "right", index.SynonymFactor},
		{"a verb's hypernym, as its sense's synonyms count (cling's third sense of 9, 5, 2 uses)", "clinging", "grasp", index.SynonymFactor * 3 / 10},
		{"a phrasal verb in the hypernyms stands for its verb", "clinging", "hold", index.SynonymFactor * 3 / 10},
		{"a phrasal synonym stands for its verb (resign: step down)", "resigned", "step", index.SynonymFactor},
		{"unrelated", "harbour", "tractor", 0},
		{"a small word is only itself", "the", "a", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := looseWords(tt.frag)[0]
			assert.InDelta(t, tt.want, likeness(w.stem, w.kin, index.Stem(tt.have)), 1e-9)
		})
	}
}

// TestLooseOrder: the share of a fragment in order in a quotation counts
// each word by its likeness, and a word out of order not at all.
func TestLooseOrder(t *testing.T) {
	quote := stemmedWords("The destruction of the harbour was right while the investigation runs")
	tests := []struct {
		name string
		frag string
		want float64
	}{
		{"as written", "the harbour was right", 1},
		{"a derivation and a synonym", "destroying the harbour was correct", (DerivedFactor + 3 + index.SynonymFactor) / 5},
		{"a sense's synonym", "while the probe runs", (3 + index.SynonymFactor) / 4},
		{"out of order", "runs the investigation", 2.0 / 3},
		{"nothing shared", "tractors plough fields", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, looseOrder(looseWords(tt.frag), quote), 1e-9)
		})
	}
}

// TestLooseMatch: a fragment that holds a short quotation whole, with
// the words of the sentence around it, matches it as fully as one the
// quotation holds; a quotation the fragment holds only in part, or one
// too short to tell, keeps the fragment's share in order.
func TestLooseMatch(t *testing.T) {
	tests := []struct {
		name, frag, quote string
		around            bool // the sentence around the quotation holds another word of the fragment
		want              float64
	}{
		{"a short quotation held whole", "the ferryman said the bridge will not get built this decade", "not get built", true, 1},
		{"held whole in other forms", "the ferryman thinks the bridge is never getting built", "never get built", true, 1},
		{"held whole, but nothing around it recalled", "the ferryman said the bridge will not get built this decade", "not get built", false, 3.0 / 11},
		{"held in part: the fragment's share", "the ferryman said the bridge will not get built", "not be built soon", true, 2.0 / 9},
		{"two words are held by chance", "the ferryman said the bridge will not open", "will not", true, 2.0 / 8},
		{"a quotation longer than the fragment", "bridge not built", "the bridge was not built by anyone", true, 1},
		{"two of its words typed as one", "the shipyard needs money", "the ship yard needs more money", false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, looseMatch(looseWords(tt.frag), stemmedWords(tt.quote), tt.around), 1e-9)
		})
	}
}

// TestJoined: a fragment's word may be two of the quotation's words
// typed as one, but not two small words, nor a short word.
func TestJoined(t *testing.T) {
	tests := []struct {
		frag, a, b string
		want       bool
	}{
		{"frontline", "front", "line", true},
		{"healthcare", "health", "care", true},
		{"shipyards", "ship", "yards", true},
		{"frontline", "front", "door", false},
		{"into", "in", "to", false},
		{"cannot", "can", "not", false},
	}
	for _, tt := range tests {
		t.Run(tt.frag+" "+tt.a+" "+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, joined(index.Stem(tt.frag), index.Stem(tt.a), index.Stem(tt.b)))
		})
	}
}

// TestLooseHeld: the share of a quotation's own words, small ones aside,
// that the fragment's words stand for, each by its likeness.
func TestLooseHeld(t *testing.T) {
	got := looseHeld("The destruction of the harbour was right while the investigation runs", looseWords("destroying the harbour was correct"))
	// destruction (derived), harbour, right (synonym); investigation and runs held by none
	assert.InDelta(t, (DerivedFactor+1+index.SynonymFactor)/5, got, 1e-9)
}
