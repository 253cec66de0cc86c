package answer

import (
	"strings"

	"factdesk/corpus"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPersonNameAsked: the name asked of a person's description, typed
// after it or before it, reads as "who is" the description; the name of
// a thing, or a question that asks more than the name, does not.
func TestPersonNameAsked(t *testing.T) {
	for _, c := range []struct{ name, q, want string }{
		{"description, dash, whats his name", "brekke harbour sheriff - whats his name", "who is the brekke harbour sheriff"},
		{"description, dash, name?", "the ferry inspector sacked in the spring - name?", "who is the ferry inspector sacked in the spring"},
		{"colon, her full name", "lifeboat coxswain at Tarvik: her full name", "who is the lifeboat coxswain at Tarvik"},
		{"name of the description", "name of the ferry inspector at Brekke", "who is the ferry inspector at Brekke"},
		{"a relative clause is the deed's", "name of the ferry inspector who resigned", ""},
		{"what is the name of", "what is the name of the lifeboat coxswain", "who is the lifeboat coxswain"},
		{"a thing's name", "name of the harbour inquiry", ""},
		{"a firm's name", "name of the solicitors firm that sold the ferry", ""},
		{"more than the name", "brekke harbour sheriff - what did he say", ""},
		{"no description first", "whats his name", ""},
		{"what's, straight or curly", "what's the name of the lifeboat coxswain", "who is the lifeboat coxswain"},
		{"what’s, curly", "what’s the name of the lifeboat coxswain", "who is the lifeboat coxswain"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, personNameAsked(c.q))
		})
	}
}

// TestPersonNameAskedIsAnsweredByThePerson: asked by its description and
// a dash, the person's name is the answer, not a sentence that holds the
// description's words and names no one.
func TestPersonNameAskedIsAnsweredByThePerson(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	falk := f.person("Tove Falk", []string{"Falk"})
	text := "Brekke harbour sheriff Kari Holm gave the count of the missing boats on Friday.\n" +
		"Photos of the missing boats filled the Brekke harbour sheriff's office page overnight.\n" +
		"Tove Falk, the harbour treasurer, left in the spring.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(holm, a, "Kari Holm")
	f.mention(falk, a, "Tove Falk")
	f.fact(a, "Brekke harbour sheriff Kari Holm gave the count of the missing boats on Friday.", []int{holm})
	f.fact(a, "Photos of the missing boats filled the Brekke harbour sheriff's office page overnight.", nil)
	f.fact(a, "Tove Falk, the harbour treasurer, left in the spring.", []int{falk})
	checkAsksBy(t, f.build(), []askCase{
		{"description, dash, whats his name", "brekke harbour sheriff - whats his name", "Kari Holm"},
		{"name of the description", "name of the harbour treasurer", "Tove Falk"},
	}, func(got corpus.Answer) string { line, _, _ := strings.Cut(got.Answer, " — "); return line })
}
