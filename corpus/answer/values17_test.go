package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestParseBegun: "since when" and "until when" ask for a date as "when"
// does; "since" and "from" ask when it began.
func TestParseBegun(t *testing.T) {
	for _, tt := range []struct {
		q     string
		begun bool
		body  string // the first word to match
	}{
		{"since when was berg harbour chair", true, "berg"},
		{"since when has the guild been striking", true, "the"},
		{"from when did lund run the port", true, "lund"},
		{"until when will the quay stay shut", false, "the"},
		{"when was berg named harbour chair", false, "berg"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, KindWhen, q.Kind)
			assert.Equal(t, tt.begun, q.Begun)
			require.Less(t, q.Body, len(q.Words))
			assert.Equal(t, tt.body, q.Words[q.Body].Fold)
		})
	}
}

// TestBegunAndTallyAnswers: "since when" takes the date a post began,
// not the day it ended; a vote's tally is also how many voted, with the
// count next to the one asked about when a sentence gives two.
func TestBegunAndTallyAnswers(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Per Lund", []string{"Lund"})
	text := "The council removed Ann Berg as harbour chair on Tuesday, November 4.\n" +
		"Berg had chaired the harbour board from March 2, 2024, the minutes show.\n" +
		"A total of 41 councillors backed Lund's removal, while 37 approved Berg's removal.\n"
	a := f.article("a.txt", "Harbour Post", "2025-11-05", text)
	f.mention(berg, a, "Berg")
	f.mention(lund, a, "Lund")
	f.fact(a, "The council removed Ann Berg as harbour chair on Tuesday, November 4.", []int{berg}, date("November 4", "2025-11-04"))
	f.fact(a, "Berg had chaired the harbour board from March 2, 2024, the minutes show.", []int{berg}, date("March 2, 2024", "2024-03-02"))
	n41 := num("41", "41")
	n41.Unit = corpus.UnitOf("councillor")
	f.fact(a, "A total of 41 councillors backed Lund's removal, while 37 approved Berg's removal.", []int{berg, lund}, n41, num("37", "37"))
	an := f.build()
	for _, tt := range []struct{ name, q, want string }{
		{"since when", "since when had berg chaired the harbour board", "March 2, 2024"},
		{"tally, bare number", "berg removal vote tally?", "37"},
		{"tally, counted voters", "lund removal vote tally?", "41"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ans := an.Ask(t.Context(), tt.q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, tt.want)
		})
	}
}

func TestVotersCounted(t *testing.T) {
	for _, tt := range []struct {
		unit string
		want bool
	}{
		{"votes", true},
		{"lawmakers", true},
		{"people'", true},
		{"", false},
		{"feet", false},
		{"homes", false},
	} {
		v := num("12", "12")
		v.Unit = corpus.UnitOf(tt.unit)
		assert.Equal(t, tt.want, votersCounted(&v), tt.unit)
	}
}
