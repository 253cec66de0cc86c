package answer

import (
	"strings"
	"testing"

	"factdesk/corpus"

	"github.com/stretchr/testify/assert"
)

// TestNameAskedLast: "name" typed after a person's description with no
// mark between asks who the described person is, as after a dash; a
// question's own form, a thing's name or "name" alone does not.
func TestNameAskedLast(t *testing.T) {
	for _, c := range []struct{ name, q, want string }{
		{"role, then name", "brekke lifeboat coxswain name", "who is the brekke lifeboat coxswain"},
		{"possessive typed without its mark", "brekke harbour wardens name", "who is the brekke harbour wardens"},
		{"possessive", "brekke harbour warden's name", "who is the brekke harbour warden"},
		{"whats his name with no mark", "tarvik lock keeper whats his name", "who is the tarvik lock keeper"},
		{"a thing's name", "brekke ferry company name", ""},
		{"a question's own form", "who did the board name", ""},
		{"an auxiliary first", "did the harbour board name a chair", ""},
		{"name alone", "whats his name", ""},
		{"the name is not last", "harbour chair name change", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			who, _ := personNameAsked(c.q)
			assert.Equal(t, c.want, who)
		})
	}
}

// TestNameAskedLastIsAnsweredByThePerson: the description and "name"
// typed with no mark are answered by the person the role names, where
// the words read bare were matched by a sentence that names no one.
func TestNameAskedLastIsAnsweredByThePerson(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	text := "Brekke harbour warden Kari Holm gave the count of the missing boats on Friday.\n" +
		"The Brekke harbour warden's name was on every notice at the quay overnight.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(holm, a, "Kari Holm")
	f.fact(a, "Brekke harbour warden Kari Holm gave the count of the missing boats on Friday.", []int{holm})
	f.fact(a, "The Brekke harbour warden's name was on every notice at the quay overnight.", nil)
	checkAsksBy(t, f.build(), []askCase{
		{"role, then name", "brekke harbour warden name", "Kari Holm"},
		{"possessive typed without its mark", "brekke harbour wardens name", "Kari Holm"},
	}, func(got corpus.Answer) string { line, _, _ := strings.Cut(got.Answer, " — "); return line })
}
