package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An outlet asked for is the answer, but what it ran is someone's words:
// the reply names the person asked when the sentence is theirs, and no
// one when it is another's.
func TestWhichOutletRanSomeonesWordsNamesThem(t *testing.T) {
	f := newFixture(t)
	voss := f.person("Clara Voss", []string{"Voss"})
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Fjord Courier", "2025-05-02",
		"The ferry levy is no matter for the council alone, harbour chief Clara Voss said on Monday.\n")
	b := f.article("b.txt", "Halden Radio", "2025-05-03",
		"Ann Berg told listeners that the tunnel toll would rise in the spring.\n")
	f.fact(a, "The ferry levy is no matter for the council alone, harbour chief Clara Voss said on Monday.", []int{voss})
	f.fact(b, "Ann Berg told listeners that the tunnel toll would rise in the spring.", []int{berg})
	c := f.article("c.txt", "Nordwire", "2025-05-04",
		"Clara Voss said Ann Berg had raised the pier fee twice since March.\n")
	f.fact(c, "Clara Voss said Ann Berg had raised the pier fee twice since March.", []int{voss, berg})
	ans := f.build()
	for _, tt := range []struct {
		name, q, outlet, speaker string
	}{
		{"closing on the teller", "which paper carried voss's remark about the ferry levy and the council", "Fjord Courier", "Clara Voss"},
		{"opening on the teller", "which outlet ran berg's claim that the tunnel toll would rise in the spring", "Halden Radio", "Ann Berg"},
		{"the person asked is not the teller", "which outlet reported berg raising the pier fee twice", "Nordwire", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := ans.Ask(context.Background(), tt.q)
			require.True(t, got.Found, got.Suggestions)
			assert.Equal(t, tt.outlet, got.Answer)
			assert.Equal(t, tt.speaker, got.Speaker)
		})
	}
}
