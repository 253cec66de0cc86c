package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestParseNounAsked: a noun typed in the question says what value it
// asks, where the question form does not: an age before a clause of
// when, "number of" before the counted noun, "<noun> count" or
// "percentage wise" after a comma.
func TestParseNounAsked(t *testing.T) {
	tests := []struct {
		q, kind, unit string
		age, share    bool
		words         []string // the words left to match, from Body
	}{
		{"ola lund age when his boat sank", KindHowMany, "", true, false, []string{"ola", "lund", "when", "his", "boat", "sank"}},
		{"number of pilots the harbour board laid off", KindHowMany, "pilots", false, false, []string{"pilots", "the", "harbour", "board", "laid", "off"}},
		{"the magic number of votes Lund needs", KindHowMany, "votes", false, false, nil},
		{"how long was the guild's letter to the board, word count?", KindHowMany, "word", false, false, []string{"was", "the", "guild's", "letter", "to", "the", "board"}},
		{"what cut did the pilots take, percentage wise", KindHowMany, "", false, true, []string{"cut", "did", "the", "pilots", "take"}},
		{"what cut did the pilots take, pct", KindHowMany, "", false, true, []string{"cut", "did", "the", "pilots", "take"}},
		{"ferry levy pct the operators paid per ticket", KindHowMany, "", false, true, []string{"ferry", "levy", "the", "operators", "paid", "per", "ticket"}},
		{"how much sick leave do the harbour pilots get", KindHowLong, "", false, false, nil},
		{"how much time did Lund spend at sea", KindHowLong, "", false, false, nil},
		// The noun of asking ends what is asked; a phrase after it says which.
		{"ferry levy repeal - vote count in the harbour board", KindHowMany, "", false, false, []string{"ferry", "levy", "repeal", "vote", "in", "the", "harbour", "board"}},
		{"berg age? the pilots' guild treasurer", KindHowMany, "", true, false, []string{"berg", "the", "pilots", "guild", "treasurer"}},
		{"pilots laid off - total for the winter", KindHowMany, "", false, false, nil},
		// Left as they were: no noun of asking where it would ask.
		{"phone number to reach the harbour office", KindWhat, "", false, false, nil},
		{"count of the ballots in the harbour board", KindWhat, "", false, false, nil},
		{"how long was the guild's strike", KindHowLong, "", false, false, nil},
		{"when did Lund count the votes", KindWhen, "", false, false, nil},
		{"the number plate on Berg's car", KindWhat, "", false, false, nil},
		{"ola lund age", KindHowMany, "", true, false, nil},
		{"how much money did Lund spend at sea", KindHowMany, "money", false, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, tt.kind, q.Kind)
			assert.Equal(t, tt.unit, q.Unit)
			assert.Equal(t, tt.age, q.Age, "age")
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

// TestRangeAnswers: a value that ends or opens a range answers with the
// range ("8–12%", "between 3 and 5"), not one of its ends.
func TestRangeAnswers(t *testing.T) {
	f := newFixture(t)
	text := "Inspectors found the pilots' guild demanded 8–12% cuts from ferry operators.\n" +
		"The harbour board expects to hire between 30 and 40 pilots next year.\n" +
		"The guild's fee rose 4% in May, to 200 crowns.\n"
	a := f.article("a.txt", "Harbour Post", "2026-09-02", text)
	f.fact(a, "Inspectors found the pilots' guild demanded 8–12% cuts from ferry operators.", nil,
		num("8", "8"), corpus.Value{Kind: corpus.ValuePercent, Text: "12%", Norm: "12"})
	f.fact(a, "The harbour board expects to hire between 30 and 40 pilots next year.", nil, num("30", "30"), num("40 pilots", "40"))
	f.fact(a, "The guild's fee rose 4% in May, to 200 crowns.", nil, corpus.Value{Kind: corpus.ValuePercent, Text: "4%", Norm: "4"}, num("200", "200"))
	an := f.build()
	for _, tt := range []struct{ name, q, want string }{
		{"a dash", "what cut did the pilots' guild demand from ferry operators, percentage wise", "8–12%"},
		{"between and", "how many pilots does the harbour board expect to hire", "between 30 and 40"},
		{"no range", "by what percentage did the guild's fee rise in may", "4%"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ans := an.Ask(t.Context(), tt.q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, tt.want)
		})
	}
}

// TestAskedNounThenWhich: a noun of asking typed before the words that
// say which ("vote count in the council", "age? the inn owner") asks
// the value, as it does typed last.
func TestAskedNounThenWhich(t *testing.T) {
	f := newFixture(t)
	text := "Tove Marlin, 64, the owner of the Skarnes Inn, opened the hearing.\n" +
		"The Skarnes Inn owner Tove Marlin has run the inn as a family since 1980.\n" +
		"The vote count in the Vesterby council on the ferry levy repeal was delayed by a storm.\n" +
		"A total of 212 councillors backed the ferry levy repeal in the Vesterby council on Tuesday.\n"
	a := f.article("a.txt", "Fjord Courier", "2026-03-04", text)
	marlin := f.person("Tove Marlin", []string{"Marlin"})
	f.fact(a, "Tove Marlin, 64, the owner of the Skarnes Inn, opened the hearing.", []int{marlin}, num("64", "64"))
	f.fact(a, "The Skarnes Inn owner Tove Marlin has run the inn as a family since 1980.", []int{marlin},
		corpus.Value{Kind: corpus.ValueDate, Text: "1980", Norm: "1980"})
	f.fact(a, "The vote count in the Vesterby council on the ferry levy repeal was delayed by a storm.", nil)
	f.fact(a, "A total of 212 councillors backed the ferry levy repeal in the Vesterby council on Tuesday.", nil,
		num("212 councillors", "212"))
	an := f.build()
	for _, tt := range []struct{ q, want string }{
		{"marlin age? the skarnes inn owner", "64"},
		{"ferry levy repeal - vote count in the vesterby council", "212"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			ans := an.Ask(t.Context(), tt.q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, tt.want)
		})
	}
}
