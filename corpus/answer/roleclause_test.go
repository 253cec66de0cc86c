package answer

import (
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
	text := "Erik Dahl, the party's political director, spoke at the rally on Monday.\n" +
		"Siri Moen, the union's political director, stayed home.\n" +
		"Moen walked the delegates through a slide show on the budget.\n" +
		"Harbour sheriff Kari Holm gave the count of the missing on Friday.\n" +
		"Tove Falk, the harbour treasurer, left in the spring.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(dahl, a, "Erik Dahl")
	f.mention(moen, a, "Siri Moen")
	f.mention(moen, a, "Moen")
	f.mention(holm, a, "Kari Holm")
	f.mention(falk, a, "Tove Falk")
	f.fact(a, "Erik Dahl, the party's political director, spoke at the rally on Monday.", []int{dahl})
	f.fact(a, "Siri Moen, the union's political director, stayed home.", []int{moen})
	f.fact(a, "Moen walked the delegates through a slide show on the budget.", []int{moen})
	f.fact(a, "Harbour sheriff Kari Holm gave the count of the missing on Friday.", []int{holm})
	f.fact(a, "Tove Falk, the harbour treasurer, left in the spring.", []int{falk})
	checkAsks(t, f.build(), []askCase{
		{"relative clause", "who is the political director who ran the slide show for the delegates", "Siri Moen"},
		{"the other one", "who was the political director who spoke at the rally", "Erik Dahl"},
		{"participle ends the role", "whos the harbour sheriff giving the count of the missing", "Kari Holm"},
		{"clipped word", "who is the harbour treas", "Tove Falk"},
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
