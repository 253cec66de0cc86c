package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJobAskedInWords: a person's post asked in words, not by "who is"
// ("Berg - whats her actual job"), is what the articles write beside the
// name; a question that asks more than the post is searched as before.
func TestJobAskedInWords(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"}, "the ferry union's press officer")
	lund := f.person("Per Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The ferry union's press officer, Ann Berg, said the strike would go on.\n"+
			"Per Lund signed the ferry deal on Monday.\n")
	f.mentionAll(berg, art, "Ann Berg")
	f.mentionAll(lund, art, "Per Lund")
	f.fact(art, "The ferry union's press officer, Ann Berg, said the strike would go on.", []int{berg})
	f.fact(art, "Per Lund signed the ferry deal on Monday.", []int{lund})
	a := f.build()
	for _, c := range []struct {
		name, q string
		want    string // "" when the question is not of the form
	}{
		{"after a dash, with a filler", "ann berg - whats her actual job", "Ann Berg"},
		{"after who is, with the one she works for", "who is ann berg, whats her role w/ lund", "Ann Berg"},
		{"a name's possessive", "berg's position exactly?", "Ann Berg"},
		{"more is asked", "what was berg's job before the strike", ""},
		{"a title, and where it is held", "ann berg - whats her title at the ferry union", "Ann Berg"},
		{"the holder after the noun", "ann berg, what post does she hold with the union", "Ann Berg"},
		{"a post held in another year", "ann berg - whats her title at the union in 2019", ""},
		{"a pronoun after the noun that does something else", "ann berg, what post does she want", ""},
		{"no one named", "whats her job", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			qu := Parse(c.q)
			people, _ := a.findPeople(qu, qu.Body)
			p := a.jobAsked(qu, people)
			if c.want == "" {
				assert.Nil(t, p)
				return
			}
			if assert.NotNil(t, p) {
				assert.Equal(t, c.want, p.Name)
			}
		})
	}
	got := a.Ask(context.Background(), "ann berg - whats her actual job")
	assert.True(t, got.Found)
	assert.Contains(t, got.Answer, "press officer")
	// Someone the articles give no post: the question is searched, not
	// answered with the name alone.
	got = a.Ask(context.Background(), "per lund - whats his job")
	assert.NotContains(t, got.Answer, "Per Lund —")
}
