package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRoleWithClause: a role several people hold alike ("political
// director", one per campaign) goes to the one a sentence naming them
// says did what the question's clause says; a role ended by a verb the
// tagger reads ("the harbour sheriff giving the count") is read without
// the clause; a time after the role decides nothing.
func TestRoleWithClause(t *testing.T) {
	f := newFixture(t)
	dahl := f.person("Erik Dahl", []string{"Dahl"})
	moen := f.person("Siri Moen", []string{"Moen"})
	holm := f.person("Kari Holm", []string{"Holm"})
	falk := f.person("Tove Falk", []string{"Falk"})
	text := "Erik Dahl, the party's press officer, spoke at the rally on Monday.\n" +
		"Siri Moen, the union's press officer, stayed home.\n" +
		"Moen walked the delegates through a chart of the budget.\n" +
		"Harbour sheriff Kari Holm gave the count of the missing on Friday.\n" +
		"Tove Falk, the harbour treasurer, left in the spring.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(dahl, a, "Erik Dahl")
	f.mention(moen, a, "Siri Moen")
	f.mention(moen, a, "Moen")
	f.mention(holm, a, "Kari Holm")
	f.mention(falk, a, "Tove Falk")
	f.fact(a, "Erik Dahl, the party's press officer, spoke at the rally on Monday.", []int{dahl})
	f.fact(a, "Siri Moen, the union's press officer, stayed home.", []int{moen})
	f.fact(a, "Moen walked the delegates through a chart of the budget.", []int{moen})
	f.fact(a, "Harbour sheriff Kari Holm gave the count of the missing on Friday.", []int{holm})
	f.fact(a, "Tove Falk, the harbour treasurer, left in the spring.", []int{falk})
	checkAsks(t, f.build(), []askCase{
		{"relative clause", "who is the press officer who showed the delegates the chart", "Siri Moen"},
		{"the other one", "who was the press officer who spoke at the rally", "Erik Dahl"},
		{"participle ends the role", "whos the harbour sheriff giving the count of the missing", "Kari Holm"},
		{"clipped word", "who is the harbour treas", "Tove Falk"},
		{"got a post", "who got harbour treasurer in the end", "Tove Falk"},
	})
}

func TestRoleClauseEnd(t *testing.T) {
	for _, c := range []struct {
		name, q string
		from    int
		want    string
	}{
		{"participle after the noun", "who is the harbour sheriff giving the count", 2, "giving"},
		{"participle before the noun", "who is the acting harbour master", 2, ""},
		{"no verb", "who is the new port director", 2, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			qu := Parse(c.q)
			end := roleClauseEnd(qu, c.from, len(qu.Words))
			got := ""
			if end < len(qu.Words) {
				got = qu.Words[end].Fold
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestClipped(t *testing.T) {
	ri := (&roleIndex{byStem: map[string][]int32{"secretari": {0}, "sect": {1}, "foreign": {0}, "se": {2}}}).weigh()
	assert.Equal(t, []string{"secretari", "sect"}, ri.clipped("sec"))
	assert.Equal(t, []string{"secretari"}, ri.clipped("secr"))
	assert.Nil(t, ri.clipped("se"), "too short")
	assert.Nil(t, ri.clipped("mayor"))
}

func TestAppointedRole(t *testing.T) {
	for _, c := range []struct {
		name, text, after string
		want              []string
	}{
		{"has been made", "Ann Berg has also been made harbour secretary, the board said.", "Ann Berg", []string{"harbour", "secretary"}},
		{"was named as the", "Per Lund was named as the new port director on Monday.", "Per Lund", []string{"new", "port", "director"}},
		{"of kept", "Kari Holm was appointed head of the ferry board.", "Kari Holm", []string{"head", "of", "the", "ferry", "board"}},
		{"active: the post is another's", "Ann Berg named Per Lund her deputy.", "Ann Berg", nil},
		{"no post", "Per Lund was named in the report.", "Per Lund", nil},
		{"made to", "Kari Holm was made to wait.", "Kari Holm", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			at := strings.Index(c.text, c.after) + len(c.after)
			assert.Equal(t, c.want, appointedRole(c.text, at))
		})
	}
}

// TestPassiveAgentLater: the agent of a passive named after a "by" later
// in the verb's clause, past a role that opens with where they work; not
// the agent of another passive after it.
func TestPassiveAgentLater(t *testing.T) {
	f := newFixture(t)
	falk := f.person("Tove Falk", []string{"Falk"})
	lund := f.person("Per Lund", []string{"Lund"})
	wire := f.person("Harbour Wire", nil)
	text := "The ferry fund was set up as a trust last year by Harbour Wire writer Tove Falk.\n" +
		"The dock levy was drawn up in secret after the storm was reported by Per Lund.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(falk, a, "Tove Falk")
	f.mention(lund, a, "Per Lund")
	f.mention(wire, a, "Harbour Wire")
	f.fact(a, "The ferry fund was set up as a trust last year by Harbour Wire writer Tove Falk.", []int{falk, wire})
	f.fact(a, "The dock levy was drawn up in secret after the storm was reported by Per Lund.", []int{lund})
	an := f.build()
	checkAsks(t, an, []askCase{
		{"by, later in the clause", "who set up the ferry fund", "Tove Falk"},
	})
	ans := an.Ask(context.Background(), "who drew up the dock levy")
	assert.NotContains(t, ans.Answer, "Lund", "the by of another passive")
}
