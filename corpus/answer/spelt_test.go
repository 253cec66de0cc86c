package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// TestShortNameSpeltOut: a short question word that stands for a name
// ("nh" for New Hampshire) is searched with the word of the name the
// corpus writes least often, as a synonym, when the corpus writes the
// name in full; a name it never writes in full brings nothing, and the
// question is answered from the sentence that spells it out.
func TestShortNameSpeltOut(t *testing.T) {
	f := newFixture(t)
	text := "Orla Brennick won the New Hampshire straw ballot on Tuesday, ahead of three rivals.\n" +
		"The United Farmers Guild backed Pell Harrow for the county seat.\n"
	art := f.article("a.txt", "Valley Ledger", "2025-03-04", text)
	f.fact(art, "Orla Brennick won the New Hampshire straw ballot on Tuesday, ahead of three rivals.", nil)
	f.fact(art, "The United Farmers Guild backed Pell Harrow for the county seat.", nil)
	a := f.build()
	spelt := func(word string) []string {
		var out []string
		for _, alt := range a.expand(word).Alts {
			if strings.HasSuffix(alt.Why, "spelt out") {
				assert.Equal(t, index.SynonymFactor, alt.Cover)
				out = append(out, alt.Term)
			}
		}
		return out
	}
	for _, c := range []struct {
		name, word string
		want       []string
	}{
		{"written in full", "nh", []string{index.Stem("hampshire")}},
		{"never written in full: its words apart are other things", "un", nil},
		{"a word in its own right", "farm", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, spelt(c.word))
		})
	}
	t.Run("answered from the name spelt out", func(t *testing.T) {
		ans := a.Ask(context.Background(), "who won the nh straw ballot")
		assert.True(t, ans.Found)
		assert.Contains(t, ans.Answer, "Orla Brennick")
	})
}
