package answer

import (
	"context"
	"strings"
	"testing"

	"factdesk/corpus"

	"github.com/stretchr/testify/assert"
)

// folds is the question's words as the reader takes them.
func folds(q string) string {
	var out []string
	for _, w := range Parse(q).Words {
		out = append(out, w.Fold)
	}
	return strings.Join(out, " ")
}

// TestNowAsAfter: "now" or "now that" before a clause with a subject and
// a verb is read as "after"; "now" as an adverb is left as typed.
func TestNowAsAfter(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool // read as "after"
	}{
		{"who is deputy mayor now lund's out", true},
		{"whos the new harbour master now berg has quit", true},
		{"who runs the ferry firm now that the owner got the boot", true},
		{"who's in charge at the yard now osk is gone", true},
		{"who is in charge now", false},
		{"when are the two divers now coming home", false},
		{"what month are they now due back", false},
		{"ferry fares now is not the time", false},
		{"the minimum fare right now according to the council", false},
	} {
		f := folds(c.q)
		assert.Equal(t, c.want, strings.Contains(f, " after "), "%s: %s", c.q, f)
		assert.NotContains(t, f, "after that", c.q)
	}
}

// TestNowAnsweredAsAfter: the one who took the post once its holder left,
// asked with "now that", is named.
func TestNowAnsweredAsAfter(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Per Lund", nil)
	berg := f.person("Ann Berg", nil)
	osk := f.person("Eva Osk", nil)
	s1 := "Ann Berg was named interim boss of the ferry yard after Per Lund was sacked on Monday."
	s2 := "Eva Osk said the ferry yard was sold before Per Lund was sacked."
	a := f.article("a.txt", "Coast Wire", "2025-05-02", s1+"\n"+s2+"\n")
	f.fact(a, s1, []int{berg, lund})
	f.fact(a, s2, []int{osk, lund})
	got := f.build().Ask(context.Background(), "whos the boss of the ferry yard now that lund is gone")
	assert.Equal(t, "Ann Berg", got.Answer)
}

// TestStrandedAt: "which X … at" asks where when X is a thing or a place,
// and is left a who question when X is a person.
func TestStrandedAt(t *testing.T) {
	for _, c := range []struct {
		q    string
		want string
	}{
		{"which camp were the missing hikers staying at", KindWhere},
		{"which hotel did the mayor meet the envoy at", KindWhere},
		{"which inn are the divers staying at", KindWhere},
		{"which official did the mayor shout at", KindWho},
		{"which camp hosted the hikers", KindWho},
	} {
		assert.Equal(t, c.want, Parse(c.q).Kind, c.q)
	}
}

// TestStrandedAtAnswered: the place the sentence names after "at" answers
// "which camp were they staying at".
func TestStrandedAtAnswered(t *testing.T) {
	f := newFixture(t)
	camp := f.person("Camp Vale", nil)
	f.c.People[camp].Kind = corpus.KindOrg
	s := "The missing hikers had been staying at Camp Vale, a lodge by the river."
	a := f.article("a.txt", "Coast Wire", "2025-05-02", s+"\n")
	f.fact(a, s, []int{camp})
	got := f.build().Ask(context.Background(), "which camp were the missing hikers staying at")
	assert.Contains(t, got.Answer, "Camp Vale")
}

// TestAboutTypedShort: "abt" in "what did X say abt Y" is "about": Y is
// the topic, and the short form is no word the quotation must hold.
func TestAboutTypedShort(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Per Lund", nil, "former harbour master")
	a := f.article("a.txt", "Coast Wire", "2025-05-02",
		"Lund said: \"Dear me, this is a scandal. The decision to give the tender to the yard was wrong.\"\nLund also said: \"The weather was fine all week.\"\n")
	f.quote(a, "Dear me, this is a scandal. The decision to give the tender to the yard was wrong.", lund)
	f.quote(a, "The weather was fine all week.", lund)
	ans := f.build()
	for _, q := range []string{
		"what did lund say about the tender call",
		"what did lund say abt the tender call",
	} {
		got := ans.Ask(context.Background(), q)
		assert.Contains(t, got.Quote, "scandal", q)
	}
}
