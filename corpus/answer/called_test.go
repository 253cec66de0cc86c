package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCalledAsked: "what is X called", typed alone or after a topic,
// asks the name of X; "called" elsewhere, or "what" inside the words,
// is left as typed.
func TestCalledAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"what is the ferry firm called", "what is the name of the ferry firm"},
		{"whats the Tarvik ferry firm called?", "what is the name of the Tarvik ferry firm"},
		{"yard that refitted the ferry - whats it called", "what is the name of the yard that refitted the ferry"},
		{"builders who refitted the ferry, what's the yard called?", "what is the name of the yard of builders who refitted the ferry"},
		{"the harbour board: what was it called", "what is the name of the harbour board"},
		{"who called the ferry sale a disgrace", "who called the ferry sale a disgrace"},
		{"which mayor was called", "which mayor was called"},
		{"the inquiry what is it called", "the inquiry what is it called"},
		{"what is the ferry firm called in Tarvik", "what is the ferry firm called in Tarvik"},
	} {
		assert.Equal(t, c.want, calledAsked(c.q), c.q)
	}
}

// TestNameAskedWithCalled: a yard asked for with "whats it called" after
// the words that say which is answered by its name, not by the sentence
// that writes the question's words.
func TestNameAskedWithCalled(t *testing.T) {
	for _, q := range []string{
		"shipwrights' yard that repaired the ferry - whats it called",
		"shipwrights who repaired the ferry, whats the yard called",
	} {
		f := newFixture(t)
		lead := "The Tarvik council blamed a shipwrights' yard for the ferry repair, which it called a mistake."
		named := "The Tarvik shipwrights' yard Osk Varde, which repaired the ferry, denied any fault."
		art := f.article("a.txt", "Coast Wire", "2025-05-02", lead+"\n"+named+"\n")
		f.fact(art, lead, nil)
		f.fact(art, named, nil)
		got := f.build().Ask(context.Background(), q)
		assert.Equal(t, "Osk Varde", got.Answer, q)
	}
}
