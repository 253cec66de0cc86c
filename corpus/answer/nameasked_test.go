package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAsksName: "what is the codename of X", "X nickname?" ask for a
// name; "what's his name" asks who, and "what did they name it" is no
// name noun.
func TestAsksName(t *testing.T) {
	for q, want := range map[string]bool{
		"what is the codename of the harbour inquiry":        true,
		"what is the sunken Tarvik ferry's name":             true,
		"harbour inquiry codename?":                          true,
		"what is the ferry's nickname":                       true,
		"what is its name":                                   true,
		"the Tarvik harbour master - whats his name":         false,
		"what did the port pay for the ferry":                false,
		"what was the inquiry into the ferry sinking called": false,
	} {
		assert.Equal(t, want, asksName(Parse(q)), q)
	}
}

// TestNameAskedAnsweredByTheName: a question for a name is answered by
// the name the article gives (after "dubbed", "code-named", or set right
// after the word for the thing), not by the whole sentence, and a
// sentence that gives no name gives way to one that does.
func TestNameAskedAnsweredByTheName(t *testing.T) {
	for _, c := range []struct{ q, sentence, want string }{
		{"what is the codename of the Tarvik harbour inquiry",
			"Police in Tarvik opened a harbour inquiry into smuggling last spring, dubbed Operation Grey Heron.", "Operation Grey Heron"},
		{"what is the codename of the Tarvik harbour inquiry",
			"Police in Tarvik led a harbour inquiry code-named \"Lantern\" that found forged manifests.", "Lantern"},
		{"name of the Tarvik solicitors' firm that sold the ferry",
			"The Tarvik solicitors' firm Osk & Varde, which sold the ferry, denied any fault.", "Osk & Varde"},
		{"name of the ferry captain's memoir that came out in Tarvik",
			"The ferry captain's memoir, The Long Night on Tarvik Sound, came out in Tarvik on Friday.", "The Long Night on Tarvik Sound"},
	} {
		f := newFixture(t)
		lead := "Police in Tarvik said the harbour inquiry into the ferry sale was still open and the law firm would be questioned."
		art := f.article("a.txt", "Coast Wire", "2025-05-02", lead+"\n"+c.sentence+"\n")
		f.fact(art, lead, nil)
		f.fact(art, c.sentence, nil)
		a := f.build()
		got := a.Ask(context.Background(), c.q)
		assert.Equal(t, c.want, got.Answer, c.q)
	}
}

// TestNameAskedSourcesWriteTheName: a name given for a thing is reported
// by every outlet that writes the name's own word beside the question's
// words, however it writes the rest ("the Heron operation", "called
// Heron"); an outlet that does not write the name does not report it.
func TestNameAskedSourcesWriteTheName(t *testing.T) {
	for _, c := range []struct {
		name, other string
		reports     bool
	}{
		{"the name's own word beside the kind", "Tarvik police said the harbour operation, called Heron, had found forged manifests.", true},
		{"the name as another outlet words it", "The Heron operation at the Tarvik harbour has found forged manifests, police said.", true},
		{"the inquiry without its name", "Tarvik police said the harbour operation had found forged manifests.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			given := "Police in Tarvik began a harbour sweep for smugglers last spring, dubbed Operation Heron."
			a1 := f.article("a.txt", "Coast Wire", "2025-05-02", given+"\n")
			f.fact(a1, given, nil)
			a2 := f.article("b.txt", "Harbour Post", "2025-05-03", c.other+"\n")
			f.fact(a2, c.other, nil)
			got := f.build().Ask(context.Background(), "tarvik harbour operation codename?")
			assert.Contains(t, got.Answer, "Heron")
			files := map[string]bool{}
			for _, s := range got.Sources {
				files[s.File] = true
			}
			assert.True(t, files["a.txt"])
			assert.Equal(t, c.reports, files["b.txt"], "the other outlet among the sources")
		})
	}
}
