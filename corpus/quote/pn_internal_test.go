package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

func TestPersonNoun(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"spokesman", true}, {"native", true}, {"coroner", true}, {"official", true}, {"boss", true},
		{"Argentinian", true}, {"head", true}, {"narrator", true}, {"counsellor", true},
		{"spot", false}, {"election", false}, {"letter", false}, {"statement", false}, {"ministry", false},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			assert.Equal(t, tt.want, personNoun(tt.w))
		})
	}
}

// TestNotNameStart: adverbs that open a clause start no name; surnames
// that are also English words still do.
func TestNotNameStart(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"ever", true}, {"sometimes", true}, {"thereafter", true}, {"later", false}, {"only", false},
		{"manning", false}, {"young", false}, {"long", false}, {"early", false}, {"little", false},
		{"fleming", false}, {"browning", false}, {"harding", false}, {"downing", false}, {"king", false},
		{"golding", false}, {"still", false}, {"banning", false}, {"hastings", false}, {"cummings", false},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			assert.Equal(t, tt.want, notNameStart(tt.w))
		})
	}
}

// TestQuoteVoice: the speaker model reads a quotation in the first person
// singular as one person's words, in the plural as maybe a group's.
func TestQuoteVoice(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"singular", "I think my plan works", "I"},
		{"contraction", "I\u2019m sure of it", "I"},
		{"plural", "We will publish our own figures", "we"},
		{"both", "I told them we would win", ""},
		{"neither", "The bridge will open in May", ""},
		{"a word holding the letters is no pronoun", "Iowa uses it", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quoteVoice(tt.text, corpus.Span{Start: 0, End: len(tt.text)}))
		})
	}
}

// TestNounHead: a cue word right after a description is the description's
// head noun when the two cannot be subject and verb.
func TestNounHead(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"sent out a fundraising call", true},
		{"won in his home state", true},
		{"spoke of his recent remarks", true},
		{"the spokesman said", false},
		{"the report states", false},
		{"the officials state", false},
		{"the council spokesman notes", false},
		{"the Kremlin says", false},
		{"the veteran city reporter", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokens(tt.text, corpus.Span{Start: 0, End: len(tt.text)})
			k := len(toks) - 1
			m, ok := npBeforeX(toks, k, true)
			assert.Equal(t, tt.want, ok && nounHead(toks, m, k))
		})
	}
}

// TestThingOfSomeones: a description that opens with an owner and ends
// in a thing ("his opening speech", "its memo") names no
// speaker; one whose head is a person, a group or a name does.
func TestThingOfSomeones(t *testing.T) {
	for _, tt := range []struct {
		desc  string
		thing bool
	}{
		{"his opening speech", true},
		{"its memo", true},
		{"Vell's repeated", true},
		{"her spokesman", false},
		{"its board", false},
		{"Vell's lawyer", false},
		{"the Harbour Club's Ines Moll", false},
		{"the spokesman", false},
		{"the ministry", false},
	} {
		t.Run(tt.desc, func(t *testing.T) {
			assert.Equal(t, tt.thing, possessed(tt.desc) && !speakingHead(tt.desc))
		})
	}
}
