package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestYesNoLineNamesWhomItsPronounMeans: a yes/no answer resting on a
// sentence that opens with "he" names the person asked about, who is the
// subject of the sentence before though another is named after him.
func TestYesNoLineNamesWhomItsPronounMeans(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Per Holm", []string{"Holm"})
	lund := f.person("Ola Lund", []string{"Lund"})
	text := "Harbour Secretary Per Holm dismissed talk of a crisis, insisting Lund had the strongest team. " +
		"He ruled out a snap vote amid claims of splits.\n"
	art := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mentionAll(holm, art, "Per Holm")
	f.mentionAll(lund, art, "Lund")
	f.fact(art, "Harbour Secretary Per Holm dismissed talk of a crisis, insisting Lund had the strongest team.", []int{holm, lund})
	f.fact(art, "He ruled out a snap vote amid claims of splits.", nil)
	a := f.build()
	got := a.Ask(context.Background(), "did per holm rule out a snap vote")
	assert.True(t, got.Found)
	assert.Equal(t, "Yes — Per Holm ruled out a snap vote amid claims of splits", got.Answer)
	// Asked of the other man, the sentence is not his.
	got = a.Ask(context.Background(), "did ola lund rule out a snap vote")
	assert.NotContains(t, got.Answer, "Ola Lund ruled out")
}

func TestNamePronoun(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Yes — he ruled out a vote", "Yes — Per Holm ruled out a vote"},
		{"No — She never said so", "No — Per Holm never said so"},
		{"The port reopened", "The port reopened"},
		{"Yes — hence the delay", "Yes — hence the delay"},
	} {
		assert.Equal(t, c.want, namePronoun(c.line, "Per Holm"), c.line)
	}
}
