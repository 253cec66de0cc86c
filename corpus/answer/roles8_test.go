package answer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

func TestRoleSetOffBeforeTheName(t *testing.T) {
	tests := []struct {
		name, text, before string
		want               []string
	}{
		{"a possessive role", "The mayor's chief of staff, Kari Holm, said no.", "Kari Holm", []string{"The", "mayor's", "chief", "of", "staff"}},
		{"a capitalised owner", "Harbour Board spokesman, Kari Holm, declined.", "Kari Holm", []string{"Harbour", "Board", "spokesman"}},
		{"a clause before the comma is no role", "After meeting the mayor, Kari Holm left.", "Kari Holm", nil},
		{"a list of names", "Sven Dahl, Kari Holm and Per Moen spoke.", "Kari Holm", nil},
		{"a place", "In Halden, Norway, Kari Holm spoke.", "Kari Holm", nil},
		{"no comma", "The mayor's lawyer Kari Holm spoke.", "Kari Holm", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := appositionBefore(tt.text, strings.Index(tt.text, tt.before))
			if len(tt.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestWhoIsSomeonesRole: "who is X's ROLE" finds the person written with
// both X and the role, before the name with or without a comma, and not
// someone else of the same role.
func TestWhoIsSomeonesRole(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	dahl := f.person("Sven Dahl", []string{"Dahl"})
	moen := f.person("Per Moen", []string{"Moen"})
	vik := f.person("Tor Vik", []string{"Vik"})
	a := f.article("a.txt", "Harbour News", "2025-05-02",
		"Dahl's press secretary, Kari Holm, said the mayor would not resign.\n"+
			"Per Moen, a press secretary at the ferry company, declined to comment.\n"+
			"Dahl lawyer Tor Vik said the case was closed.\n")
	f.mention(holm, a, "Kari Holm")
	f.mention(dahl, a, "Dahl")
	f.mention(moen, a, "Per Moen")
	f.mention(vik, a, "Tor Vik")
	firm := f.person("Halden Communications", []string{"Communications"})
	f.c.People[firm].Kind = corpus.KindOrg
	b := f.article("b.txt", "Harbour News", "2025-05-03",
		"Sven Dahl hired Halden Communications last spring.\n"+
			"Lise Berg, the communications director for the ferry company, declined to comment.\n")
	berg := f.person("Lise Berg", []string{"Berg"})
	f.mention(firm, b, "Halden Communications")
	f.mention(berg, b, "Lise Berg")
	checkAsks(t, f.build(), []askCase{
		{"a role whose first word is a word of a firm's name", "who is the communications director for the ferry company", "Lise Berg"},
		{"a possessive role before the name, set off by commas", "who is Sven Dahl's press secretary", "Kari Holm"},
		{"the possessive typed without its apostrophe", "who is dahls press secretary", "Kari Holm"},
		{"the owner as a title before the name", "who is Sven Dahl's lawyer", "Tor Vik"},
		{"a role nobody of theirs holds", "who is Dahl's chauffeur", ""},
	})
}
