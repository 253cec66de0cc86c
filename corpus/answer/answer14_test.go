package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// "which A B <verb>": the kind asked is the last noun before the verb,
// whatever the verb's tense, and the words before it say which one: the
// sentence that answers need not repeat them.
func TestWhichKindAndTheWordsThatSayWhich(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"which nordby pilot wants the quay closed", "pilot"},
		{"which coastal rescue team arrived first", "team"},
		{"which old ferry company did lund buy", "company"},
		{"which outlet published it", "outlet"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, Parse(tt.q).Type)
		})
	}
	f := newFixture(t)
	voss := f.person("Mira Voss", []string{"Voss"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Mira Voss, who has steered ships into Nordby for twenty years, said the new quay \"should be closed\" before winter.\n")
	f.quote(art, "should be closed", voss)
	f.fact(art, "Mira Voss, who has steered ships into Nordby for twenty years, said the new quay \"should be closed\" before winter.", []int{voss})
	checkAsks(t, f.build(), []askCase{
		{"a present verb after the kind", "which nordby pilot wants the quay closed", "Mira Voss"},
	})
}

// Words describing a person right before the name the question gives
// ("port inspector Tove Falk") name her with it.
func TestDescriptionBeforeAName(t *testing.T) {
	f := newFixture(t)
	falk := f.person("Tove Falk", []string{"Falk"})
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Tove Falk resigned on Friday, May 2, after the audit.\n\n"+
			"Erik Lund founded the Halden Rowing Club in 2019 with two friends.\n")
	f.mention(falk, art, "Tove Falk")
	f.mention(lund, art, "Erik Lund")
	f.fact(art, "Tove Falk resigned on Friday, May 2, after the audit.", []int{falk}, date("Friday, May 2", "2025-05-02"))
	f.fact(art, "Erik Lund founded the Halden Rowing Club in 2019 with two friends.", []int{lund}, date("2019", "2019"))
	checkAsks(t, f.build(), []askCase{
		{"a description before the name", "when did port inspector tove falk resign", "May 2, 2025"},
		{"a verb before the name is no description", "when did the board sack tove falk", ""},
	})
}
