package answer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWhoHeadsAnOrganisation: "who heads / chairs / founded / runs X"
// finds the person written beside their name as X's head, chairman,
// founder or director, and not X's spokesman.
func TestWhoHeadsAnOrganisation(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Per Lund", []string{"Lund"})
	holm := f.person("Kari Holm", []string{"Holm"})
	vik := f.person("Tor Vik", []string{"Vik"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg, the head of the Dock Workers Guild, said the strike would go on.\n"+
			"Per Lund, a spokesman for the Dock Workers Guild, would not comment.\n"+
			"The Fjord Rescue Fund, founded by shipowner Kari Holm, paid for the boats.\n"+
			"Tor Vik, chairman of the Halden Ferry Board, called it a shame.\n")
	for id, name := range map[int]string{berg: "Ann Berg", lund: "Per Lund", holm: "Kari Holm", vik: "Tor Vik"} {
		f.mention(id, a, name)
	}
	f.fact(a, "Ann Berg, the head of the Dock Workers Guild, said the strike would go on.", []int{berg})
	f.fact(a, "Per Lund, a spokesman for the Dock Workers Guild, would not comment.", []int{lund})
	f.fact(a, "The Fjord Rescue Fund, founded by shipowner Kari Holm, paid for the boats.", []int{holm})
	f.fact(a, "Tor Vik, chairman of the Halden Ferry Board, called it a shame.", []int{vik})
	checkAsks(t, f.build(), []askCase{
		{"heads", "who heads the dock workers guild", "Ann Berg"},
		{"runs", "who runs the dock workers guild", "Ann Berg"},
		{"chairs", "who chairs the halden ferry board", "Tor Vik"},
		{"founded, by a participle", "who founded the fjord rescue fund", "Kari Holm"},
	})
}

// TestRoleAfterAPronoun: "his lawyer, Kari Holm," makes Holm the lawyer
// of the man named last before it, not of a woman named nearer.
func TestRoleAfterAPronoun(t *testing.T) {
	f := newFixture(t)
	dahl := f.person("Erik Dahl", []string{"Dahl"})
	nora := f.person("Nora Sand", []string{"Sand"})
	holm := f.person("Kari Holm", []string{"Holm"})
	text := "Erik Dahl met Nora Sand at the court, and his lawyer, Kari Holm, spoke for him.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(dahl, a, "Erik Dahl")
	f.mention(nora, a, "Nora Sand")
	f.mention(holm, a, "Kari Holm")
	f.fact(a, "Erik Dahl met Nora Sand at the court, and his lawyer, Kari Holm, spoke for him.", []int{dahl, nora, holm})
	checkAsks(t, f.build(), []askCase{
		{"his lawyer", "who is dahl's lawyer", "Kari Holm"},
	})
}

func TestPronounRole(t *testing.T) {
	for _, c := range []struct {
		name, text, before string
		want               []string
		pron               string
	}{
		{"his role", "Dahl thanked his lawyer, Kari Holm, on Friday.", "Kari Holm", []string{"lawyer"}, "his"},
		{"two words of role", "She sent her campaign manager, Per Lund, home.", "Per Lund", []string{"campaign", "manager"}, "her"},
		{"no person noun", "He left his home, Halden, in May.", "Halden", nil, ""},
		{"no pronoun", "The lawyer, Kari Holm, spoke.", "Kari Holm", nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			at := strings.Index(c.text, c.before)
			role, _, pron := pronounRole(c.text, at)
			assert.Equal(t, c.want, role)
			assert.Equal(t, c.pron, pron)
		})
	}
}

func TestPassiveHead(t *testing.T) {
	for _, c := range []struct {
		name, text, before string
		want               []string
	}{
		{"founded by", "The Fjord Rescue Fund, founded by shipowner Kari Holm, paid.", "Kari Holm", []string{"founder", "The", "Fjord", "Rescue", "Fund"}},
		{"led by", "a union led by Per Lund struck", "Per Lund", []string{"leader", "a", "union"}},
		{"no participle of heading", "a plan backed by Per Lund", "Per Lund", nil},
		{"another clause", "The Fund was founded by then, said Per Lund", "Per Lund", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			at := strings.Index(c.text, c.before)
			assert.Equal(t, c.want, passiveHead(c.text, at))
		})
	}
}
