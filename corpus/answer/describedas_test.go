package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestCashAskedIsTheSumNamed: "how much cash in the kickback scheme" asks
// the sum, which "a £2 million kickback scheme" gives; the kickback is
// the cash itself, not a thing it priced.
func TestCashAskedIsTheSumNamed(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg quit over a £2 million kickback scheme at the Halden harbour board.\n\n"+
			"Investigators said the Halden harbour board took 10% kickbacks from its dredging contractors.\n")
	b := f.article("b.txt", "Coast Post", "2025-05-02",
		"Ann Berg quit over a £2 million kickback scheme at the Halden harbour board, the board said.\n")
	f.mention(berg, a, "Ann Berg")
	f.mention(berg, b, "Ann Berg")
	f.sameFact(
		f.fact(a, "Ann Berg quit over a £2 million kickback scheme at the Halden harbour board.", []int{berg}, money("£2 million", "2000000 GBP")),
		f.fact(b, "Ann Berg quit over a £2 million kickback scheme at the Halden harbour board, the board said.", []int{berg}, money("£2 million", "2000000 GBP")))
	f.fact(a, "Investigators said the Halden harbour board took 10% kickbacks from its dredging contractors.", nil,
		corpus.Value{Kind: corpus.ValuePercent, Text: "10%", Norm: "10"})
	an := f.build()
	// A small corpus scores it under the threshold: the sum proposed,
	// given or offered as the likely answer, is what is checked.
	for _, q := range []string{"how much cash in the halden kickback scheme", "how much money went through the halden harbour kickback scheme"} {
		t.Run(q, func(t *testing.T) {
			got := an.Ask(context.Background(), q)
			reply := got.Answer + " " + strings.Join(got.Suggestions, " ")
			assert.Contains(t, reply, "£2 million")
			assert.NotContains(t, reply, "10%")
		})
	}
}

// TestHowDidXDescribeY: "how did X describe Y" asks the words X gave Y,
// which an article may quote alone in a sentence that names Y; another
// outlet that quotes them inside longer words reported them too.
func TestHowDidXDescribeY(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ann Berg described the new ferry timetable as \"shameful\" on Monday. \"We will fight it in the council and in court if we must,\" Berg said.\n")
	b := f.article("b.txt", "Coast Post", "2025-05-02",
		"\"It is shameful, and the island deserves better,\" Berg said of the timetable.\n")
	c := f.article("c.txt", "Island Radio", "2025-05-03",
		"\"We will fight it in the council and in court if we must,\" said Berg.\n")
	f.mention(berg, a, "Ann Berg")
	f.quote(a, "shameful", berg)
	long := f.quote(a, "We will fight it in the council and in court if we must,", berg)
	f.quote(b, "It is shameful, and the island deserves better,", berg)
	long2 := f.quote(c, "We will fight it in the council and in court if we must,", berg)
	f.sameQuote(long, long2)
	an := f.build()
	tests := []struct {
		name, q, want string
		files         []string
	}{
		{"the description quoted alone", "how did berg describe the ferry timetable", "Ann Berg: shameful", []string{"a.txt", "b.txt"}},
		{"what she said, not how she described it", "what did berg say about the ferry timetable", "Ann Berg: We will fight it in the council and in court if we must,", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := an.Ask(context.Background(), tt.q)
			require.True(t, got.Found)
			assert.Equal(t, tt.want, got.Answer)
			if tt.files != nil {
				var files []string
				for _, s := range got.Sources {
					files = append(files, s.File)
				}
				assert.ElementsMatch(t, tt.files, files)
			}
		})
	}
}
