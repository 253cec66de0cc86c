package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestParseValueAsked: the value a question asks, where it is typed in
// other ways than a question form: "%" for "percentage", the question
// words in place of the answer, a time word that says how much of a
// date is asked.
func TestParseValueAsked(t *testing.T) {
	tests := []struct {
		q, kind, unit, grain string
		much, share          bool
		words                []string // the words left to match, from Body
	}{
		{"what % cut did the pilots take", KindHowMany, "", "", false, true, []string{"cut", "did", "the", "pilots", "take"}},
		{"what % of the fee went to Lund", KindHowMany, "fee", "", false, true, nil},
		{"the harbour board paid how much for the crane", KindHowMany, "", "", true, false, []string{"the", "harbour", "board", "paid", "for", "the", "crane"}},
		{"the tide gauge rose how many feet overnight", KindHowMany, "feet", "", false, false, []string{"the", "tide", "gauge", "rose", "feet", "overnight"}},
		{"the ferry strike lasted how many days", KindHowLong, "", "", false, false, nil},
		{"berg lease - it ran till what year", KindWhen, "", "year", false, false, []string{"berg", "lease", "it", "ran", "till"}},
		{"what month did Berg sell the cabin", KindWhen, "", "month", false, false, nil},
		{"which day did Berg sell the cabin", KindWhen, "", "day", false, false, nil},
		{"what date did Berg sell the cabin", KindWhen, "", "day", false, false, nil},
		{"berg cabin price", KindHowMany, "", "", true, false, nil},
		{"the crane, how much did the board spend", KindWhat, "", "", false, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, tt.kind, q.Kind)
			assert.Equal(t, tt.unit, q.Unit)
			assert.Equal(t, tt.grain, q.Grain)
			assert.Equal(t, tt.much, q.Much, "much")
			assert.Equal(t, tt.share, q.Share, "share")
			if tt.words != nil {
				var got []string
				for _, w := range q.Words[q.Body:] {
					got = append(got, w.Text)
				}
				assert.Equal(t, tt.words, got)
			}
		})
	}
}

func TestHasGrain(t *testing.T) {
	for _, tt := range []struct {
		norm, grain string
		want        bool
	}{
		{"2025-05", "month", true},
		{"2025-05-03", "month", true},
		{"--05-03", "month", true},
		{"2025", "month", false},
		{"2025", "year", true},
		{"--05-03", "year", false},
		{"next week", "year", false},
		{"next week", "", true},
		{"2025-05-03", "day", true},
		{"--05-03", "day", true},
		{"2025-05", "day", false},
		{"--05", "day", false},
		{"2025", "day", false},
		{"saturday", "day", false},
	} {
		assert.Equal(t, tt.want, hasGrain(tt.norm, tt.grain), "%s %s", tt.norm, tt.grain)
	}
}

// TestValueAskedAnswers: the answer line holds the value of the kind
// asked, from the sentence that gives it, not the year for "what month"
// nor a count for "what %".
func TestValueAskedAnswers(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	text := "Berg sold the harbour cabin earlier this year, the registry shows.\n" +
		"Records show Berg sold the harbour cabin in May to a buyer from Tromvik.\n" +
		"The 40 pilots of the guild took a 12% pay cut after the merger.\n" +
		"The guild signed a lease on the quay that runs until 2031.\n"
	a := f.article("a.txt", "Harbour Post", "2026-09-02", text)
	f.mention(berg, a, "Berg")
	f.fact(a, "Berg sold the harbour cabin earlier this year, the registry shows.", []int{berg}, corpus.Value{Kind: corpus.ValueRelative, Text: "earlier this year", Norm: "2026"})
	f.fact(a, "Records show Berg sold the harbour cabin in May to a buyer from Tromvik.", []int{berg}, date("May", "2026-05"))
	f.fact(a, "The 40 pilots of the guild took a 12% pay cut after the merger.", nil, num("40", "40"), corpus.Value{Kind: corpus.ValuePercent, Text: "12%", Norm: "12"})
	f.fact(a, "The guild signed a lease on the quay that runs until 2031.", nil, date("2031", "2031"))
	an := f.build()
	for _, tt := range []struct{ name, q, want string }{
		{"what month", "what month did berg sell the harbour cabin", "May"},
		{"what %", "what % pay cut did the guild pilots take", "12%"},
		{"in place, what year", "guild quay lease - it runs till what year?", "2031"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ans := an.Ask(t.Context(), tt.q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, tt.want)
		})
	}
}

// TestWhatDayWantsADay: "what day" is answered by a date that names the
// day, not by the month a sentence that matches the question better
// gives, nor by a weekday no date pins down.
func TestWhatDayWantsADay(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	month := "Berg sold the harbour cabin in May, the Tromvik registry shows, to a buyer from the harbour."
	weekday := "Berg sold the harbour cabin on Saturday to a buyer from the harbour, her office said."
	day := "Records show the cabin was sold by Berg on May 3."
	a := f.article("a.txt", "Harbour Post", "", month+"\n"+weekday+"\n"+day+"\n")
	f.mention(berg, a, "Berg")
	f.fact(a, month, []int{berg}, date("May", "2026-05"))
	f.fact(a, weekday, []int{berg}, corpus.Value{Kind: corpus.ValueRelative, Text: "on Saturday", Norm: "saturday"})
	f.fact(a, day, []int{berg}, date("May 3", "2026-05-03"))
	an := f.build()
	for _, tt := range []struct{ q, want string }{
		{"what day did berg sell the harbour cabin", "May 3"},
		{"what month did berg sell the harbour cabin", "May"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			ans := an.Ask(t.Context(), tt.q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, tt.want)
		})
	}
}
