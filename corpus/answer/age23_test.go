package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAgeBesideAName: "Marlin, 64, a mother of three" gives Marlin's
// age, not a count of her children, however the question names her; a
// name after "the" that a noun follows ("the Skarnes Inn owner") says
// whose owner, not whose relative is asked.
func TestAgeBesideAName(t *testing.T) {
	f := newFixture(t)
	text := "Tove Marlin, 64, a mother of three and the owner of the Skarnes Inn, died in the storm.\n"
	a := f.article("a.txt", "Fjord Courier", "2026-03-04", text)
	marlin := f.person("Tove Marlin", []string{"Marlin"})
	inn := f.person("Skarnes Inn", nil)
	f.fact(a, "Tove Marlin, 64, a mother of three and the owner of the Skarnes Inn, died in the storm.", []int{marlin, inn},
		num("64", "64"), num("three", "3"))
	an := f.build()
	for _, q := range []string{"how old was the skarnes inn owner", "how old was the skarnes inn owner who died in the storm", "how old was Tove Marlin"} {
		t.Run(q, func(t *testing.T) {
			ans := an.Ask(t.Context(), q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, "64")
		})
	}
}
