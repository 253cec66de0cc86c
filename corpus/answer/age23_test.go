package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestAgeBesideAName: "Marlin, 64, a mother of three" gives Marlin's
// age, not a count of her children, however the question names her; a
// name after "the" that a noun follows ("the Skarnes Inn owner") says
// whose owner, not whose relative is asked.
func TestAgeBesideAName(t *testing.T) {
	f := newFixture(t)
	text := "Tove Marlin, 64, a mother of three and the owner of the Skarnes Inn, died in the storm.\n" +
		"Eli Strand, 41, came with 12-year-old Oda Vik to the quay.\n"
	a := f.article("a.txt", "Fjord Courier", "2026-03-04", text)
	marlin := f.person("Tove Marlin", []string{"Marlin"})
	inn := f.person("Skarnes Inn", nil)
	f.fact(a, "Tove Marlin, 64, a mother of three and the owner of the Skarnes Inn, died in the storm.", []int{marlin, inn},
		num("64", "64"), num("three", "3"))
	eli := f.person("Eli Strand", []string{"Strand"})
	oda := f.person("Oda Vik", nil)
	f.fact(a, "Eli Strand, 41, came with 12-year-old Oda Vik to the quay.", []int{eli, oda},
		num("41", "41"), corpus.Value{Kind: corpus.ValueNumber, Text: "12-year-old", Norm: "12", Unit: corpus.UnitOf("year old")})
	an := f.build()
	for _, tt := range []struct{ q, want string }{
		{"how old was the skarnes inn owner", "64"},
		{"how old was the skarnes inn owner who died in the storm", "64"},
		{"how old was Tove Marlin", "64"},
		// Of two ages in one sentence, the one beside the name asked.
		{"how old is Oda Vik", "12"},
		{"how old is Eli Strand", "41"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			ans := an.Ask(t.Context(), tt.q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, tt.want)
		})
	}
}
