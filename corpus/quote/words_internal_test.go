package quote

import (
	"strings"
	"testing"

	"factdesk/corpus/person"

	"github.com/stretchr/testify/assert"
)

// The name readers' words made without a slice or a copy are
// strings.Fields' and strings.ToLower's, for any text; plausibleName
// reads an ASCII name with no string made.
func TestWordsOnTheStack(t *testing.T) {
	for _, s := range []string{"", "  ", "Vell", " Ola  Brenn ", "the\tHarbour\nPort Authority", "Åsa\u00a0Lindqvist", "a\u2003b ", "one two three four five six seven eight"} {
		t.Run(s, func(t *testing.T) {
			want := strings.Fields(s)
			got := person.AppendFieldsUpTo([]string{}, s, 7)
			assert.Equal(t, want[:min(len(want), 7)], got)
			last := ""
			if len(want) > 0 {
				last = want[len(want)-1]
			}
			assert.Equal(t, last, lastField(s))
			var buf [32]byte
			assert.Equal(t, strings.ToLower(s), lowerOnStack(&buf, s))
		})
	}
	allocs := testing.AllocsPerRun(100, func() {
		if !plausibleName("Ola Brenn") || plausibleName("They") {
			t.Fatal("wrong reading")
		}
	})
	assert.Zero(t, allocs)
}
