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
	for _, c := range []struct {
		name, q, want string
		deed          bool
	}{
		{"description, dash, whats his name", "brekke harbour sheriff - whats his name", "who is the brekke harbour sheriff", false},
		{"description, dash, name?", "the ferry inspector sacked in the spring - name?", "who is the ferry inspector sacked in the spring", false},
		{"colon, her full name", "lifeboat coxswain at Tarvik: her full name", "who is the lifeboat coxswain at Tarvik", false},
		{"name of the description", "name of the ferry inspector at Brekke", "who is the ferry inspector at Brekke", false},
		{"a relative clause is a deed", "name of the ferry inspector who resigned", "who is the ferry inspector who resigned", true},
		{"whose, a deed too", "quay warden whose letter shut the slipway - name", "who is the quay warden whose letter shut the slipway", true},
		{"comma, whats her name", "Tarvik ferry union chief, whats her name", "who is the Tarvik ferry union chief", false},
		{"comma, name?", "lock keeper who flooded the towpath, name?", "who is the lock keeper who flooded the towpath", true},
		{"a comma inside the description", "the pilot, a Brekke man - name", "who is the pilot, a Brekke man", false},
		{"what is the name of", "what is the name of the lifeboat coxswain", "who is the lifeboat coxswain", false},
		{"a thing's name", "name of the harbour inquiry", "", false},
		{"a firm's name", "name of the solicitors firm that sold the ferry", "", false},
		{"more than the name", "brekke harbour sheriff - what did he say", "", false},
		{"no description first", "whats his name", "", false},
		{"what's, straight or curly", "what's the name of the lifeboat coxswain", "who is the lifeboat coxswain", false},
		{"what’s, curly", "what’s the name of the lifeboat coxswain", "who is the lifeboat coxswain", false},
		{"a person's noun and who: the parser's who-question", "tarvik ferry boss who closed the slipway", "", false},
		{"bare, who says a person whatever the noun", "harbour board chair who shut the quay", "who is the harbour board chair who shut the quay", true},
		{"bare, the party behind it", "brekke patron behind the harbour banner", "who is the brekke patron behind the harbour banner", false},
		{"bare, a thing's noun behind it", "harbour banner behind the quay", "", false},
		{"bare, the relative clause far from the noun", "the boats of the harbour who sailed", "", false},
		{"a question form is no bare description", "when did the ferry boss who closed the slipway resign", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			who, deed := personNameAsked(c.q)
			assert.Equal(t, c.want, who)
			assert.Equal(t, c.deed, deed)
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
		{"description, comma, name?", "brekke harbour sheriff, name?", "Kari Holm"},
		{"a deed, dash, his name", "harbour treasurer who left in the spring - whats her name", "Tove Falk"},
	}, func(got corpus.Answer) string { line, _, _ := strings.Cut(got.Answer, " — "); return line })
}

// TestABareDescriptionAsksWhoItIs: a person described by bare words, with
// no question form ("ferry chair who closed the slipway"), is answered by
// the person the description's role names when the deed's own reading
// names the same one, not by the speaker of a quotation holding the words.
func TestABareDescriptionAsksWhoItIs(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"}, "the Brekke ferry chair")
	falk := f.person("Tove Falk", []string{"Falk"})
	text := "Kari Holm, the Brekke ferry chair, closed the slipway on Friday.\n" +
		"\"We watched the ferry chair close the slipway and said nothing,\" Tove Falk said.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(holm, a, "Kari Holm")
	f.mention(falk, a, "Tove Falk")
	f.fact(a, "Kari Holm, the Brekke ferry chair, closed the slipway on Friday.", []int{holm})
	f.quote(a, "We watched the ferry chair close the slipway and said nothing,", falk)
	checkAsksBy(t, f.build(), []askCase{
		{"bare description with a deed", "brekke ferry chair who closed the slipway", "Kari Holm"},
	}, func(got corpus.Answer) string { line, _, _ := strings.Cut(got.Answer, " — "); return line })
}
