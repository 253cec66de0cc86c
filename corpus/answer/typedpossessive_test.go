package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTypedPossessives(t *testing.T) {
	a := portStrike(t)
	tests := []struct{ name, q, want string }{
		{"a surname with its s", "whos erik lunds deputy", "whos erik lund's deputy"},
		{"a name alone", "what did bergs office say", "what did berg's office say"},
		{"after the: a family", "when did the bergs leave", "when did the bergs leave"},
		{"before a small word", "how many lunds are there", "how many lunds are there"},
		{"across a comma", "nygaards, the mediator", "nygaards, the mediator"},
		{"an English word", "what did the docks say", "what did the docks say"},
		{"the apostrophe typed", "whos lund's deputy", "whos lund's deputy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.typedPossessives(tt.q))
		})
	}
}

// A reporter who types a possessive without its apostrophe is answered
// as one who types it: the person whose post is asked is found.
func TestAPossessiveTypedWithoutItsApostrophe(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	vik := f.person("Per Vik", []string{"Vik"}, "Berg's solicitor")
	art := f.article("a.txt", "Harbour News", "2025-05-02",
		"Ann Berg denied taking the harbour fund.\n"+
			"Per Vik, Berg's solicitor, said the case would be dropped.\n")
	f.mention(berg, art, "Ann Berg")
	f.mention(vik, art, "Per Vik")
	a := f.build()
	tests := []struct{ name, q, want string }{
		{"typed with the apostrophe", "who's ann berg's solicitor", "Per Vik"},
		{"typed without it", "whos ann bergs solicitor", "Per Vik"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.True(t, got.Found, got.Answer)
			assert.Equal(t, tt.want, got.Speaker)
		})
	}
}
