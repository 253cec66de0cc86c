package fact

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// wed is a Wednesday: the seeds' publication day.
var wed = corpus.Date{Year: 2025, Month: 11, Day: 26}

// v is an expected value: kind, text as written, Norm, and optionally Num
// and Unit.
type v struct {
	kind corpus.ValueKind
	text string
	norm string
	num  float64
	unit string
}

func TestValues(t *testing.T) {
	tests := []struct {
		name string
		text string
		pub  corpus.Date
		want []v
	}{
		// Dates in all their forms are one day.
		{"abbreviated month", "a transcript of the Oct. 14 call", wed, []v{{corpus.ValueDate, "Oct. 14", "2025-10-14", 0, ""}}},
		{"month day", "the call, which took place on October 14, focused", wed, []v{{corpus.ValueDate, "October 14", "2025-10-14", 0, ""}}},
		{"day of month", "that was held on the 14th of October, the day after", wed, []v{{corpus.ValueDate, "the 14th of October", "2025-10-14", 0, ""}}},
		{"ordinal after month", "a separate phone call recorded October 29th and obtained", wed, []v{{corpus.ValueDate, "October 29th", "2025-10-29", 0, ""}}},
		{"day month", "they met on 14 October in Moscow", wed, []v{{corpus.ValueDate, "14 October", "2025-10-14", 0, ""}}},
		{"explicit year wins", "signed on October 14, 2019 in Paris", wed, []v{{corpus.ValueDate, "October 14, 2019", "2019-10-14", 0, ""}}},
		{"day month year", "on 3 March 2021 the talks failed", wed, []v{{corpus.ValueDate, "3 March 2021", "2021-03-03", 0, ""}}},
		{"well after publication is last year", "the deal of Dec. 20 collapsed", corpus.Date{Year: 2026, Month: 1, Day: 10}, []v{{corpus.ValueDate, "Dec. 20", "2025-12-20", 0, ""}}},
		{"shortly after publication stays", "the vote on December 5 is next", wed, []v{{corpus.ValueDate, "December 5", "2025-12-05", 0, ""}}},
		{"no publication date", "the Oct. 14 call", corpus.Date{}, []v{{corpus.ValueDate, "Oct. 14", "--10-14", 0, ""}}},
		{"iso date", "released 2025-10-14 by the agency", wed, []v{{corpus.ValueDate, "2025-10-14", "2025-10-14", 0, ""}}},
		{"month and year", "since October 2024 the war", wed, []v{{corpus.ValueDate, "October 2024", "2024-10", 0, ""}}},
		{"bare month after in", "talks began in October", wed, []v{{corpus.ValueDate, "October", "2025-10", 0, ""}}},
		{"year after in", "the plan drafted in 2024 failed", wed, []v{{corpus.ValueDate, "2024", "2024", 0, ""}}},
		{"a span of years is two years, no count", "she chaired the dock board from 1991 to 1996 and left", wed,
			[]v{{corpus.ValueDate, "1991", "1991", 0, ""}, {corpus.ValueDate, "1996", "1996", 0, ""}}},
		{"two years joined by and", "the regatta ran in 2011 and 2013, then stopped", wed,
			[]v{{corpus.ValueDate, "2011", "2011", 0, ""}, {corpus.ValueDate, "2013", "2013", 0, ""}}},
		{"a count after a year is still a count", "the guild grew in 2019 to 2000 members", wed,
			[]v{{corpus.ValueDate, "2019", "2019", 0, ""}, {corpus.ValueNumber, "2000", "2000", 2000, "member"}}},
		{"may the verb is no month", "Putin may call Trump", wed, nil},
		{"in May is the month", "the flat she bought in May", wed, []v{{corpus.ValueDate, "May", "2025-05", 0, ""}}},
		{"a speech by May is no month", "a speech by May and a letter from May", wed, nil},
		{"a range of days is its first day, no count", "the survey ran May 2-4 among 900 voters", wed, []v{{corpus.ValueDate, "May 2", "2025-05-02", 0, ""}, {corpus.ValueNumber, "900", "900", 900, "voter"}}},
		{"the only one is no count", "she is the only one left in the race", wed, nil},
		{"one after a qualifier counts", "only one senator voted against", wed, []v{{corpus.ValueNumber, "only one", "1", 1, "senator"}}},

		// Relative times keep their words and resolve when they can.
		{"on weekday", "the transcript published by Bloomberg on Tuesday", wed, []v{{corpus.ValueRelative, "on Tuesday", "2025-11-25", 0, ""}}},
		{"weekday night", "as he flew to Florida on Tuesday night", wed, []v{{corpus.ValueRelative, "on Tuesday night", "2025-11-25", 0, ""}}},
		{"weekday on publication day", "the minister spoke on Wednesday", wed, []v{{corpus.ValueRelative, "on Wednesday", "2025-11-26", 0, ""}}},
		{"future weekday", "Zelenskyy is coming to the White House on Friday", wed, []v{{corpus.ValueRelative, "on Friday", "2025-11-28", 0, ""}}},
		{"last weekday", "the talks last Friday ended", wed, []v{{corpus.ValueRelative, "last Friday", "2025-11-21", 0, ""}}},
		{"next weekday", "they meet next Wednesday", wed, []v{{corpus.ValueRelative, "next Wednesday", "2025-12-03", 0, ""}}},
		{"arranged future month", "the crew are to return in February", corpus.Date{Year: 2024, Month: 8, Day: 24}, []v{{corpus.ValueDate, "February", "2025-02", 0, ""}}},
		{"blame arranges nothing", "they are to blame for what happened in February", corpus.Date{Year: 2024, Month: 8, Day: 24}, []v{{corpus.ValueDate, "February", "2024-02", 0, ""}}},
		{"that weekday stays words", "before Zelensky visited the White House that Friday", wed, []v{{corpus.ValueRelative, "that Friday", "that friday", 0, ""}}},
		{"last month", "the envoy last month advised an aide", wed, []v{{corpus.ValueRelative, "last month", "2025-10", 0, ""}}},
		{"earlier this month", "the proposal that emerged earlier this month", wed, []v{{corpus.ValueRelative, "earlier this month", "2025-11", 0, ""}}},
		{"last month in January", "prices rose last month", corpus.Date{Year: 2026, Month: 1, Day: 5}, []v{{corpus.ValueRelative, "last month", "2025-12", 0, ""}}},
		{"next week stays words", "a preliminary agreement to visit Moscow next week", wed, []v{{corpus.ValueRelative, "next week", "next week", 0, ""}}},
		{"yesterday", "the ministry said yesterday", wed, []v{{corpus.ValueRelative, "yesterday", "2025-11-25", 0, ""}}},
		{"years ago", "the border moved two years ago", wed, []v{{corpus.ValueRelative, "two years ago", "2023", 0, ""}}},
		{"days ago", "he left 3 days ago", wed, []v{{corpus.ValueRelative, "3 days ago", "2025-11-23", 0, ""}}},
		{"relative without publication", "published on Tuesday and next week", corpus.Date{}, []v{
			{corpus.ValueRelative, "on Tuesday", "tuesday", 0, ""}, {corpus.ValueRelative, "next week", "next week", 0, ""}}},

		// Durations keep their qualifier in the text.
		{"qualified duration", "the conversation, which lasted just over five minutes, was", wed, []v{{corpus.ValueDuration, "just over five minutes", "PT5M", 300, ""}}},
		{"hyphenated duration", "a five-minute call", wed, []v{{corpus.ValueDuration, "five-minute", "PT5M", 300, ""}}},
		{"hours", "talks lasted 2.5 hours", wed, []v{{corpus.ValueDuration, "2.5 hours", "PT2.5H", 9000, ""}}},
		{"years", "a war of nearly four years", wed, []v{{corpus.ValueDuration, "nearly four years", "P4Y", 4 * 31536000, ""}}},
		{"a unit as an adjective", "a weeklong test flight and an hour-long call", wed, []v{
			{corpus.ValueDuration, "weeklong", "P1W", 604800, ""}, {corpus.ValueDuration, "hour-long", "PT1H", 3600, ""}}},
		{"a plural unit says only long", "a months-long trip", wed, nil},
		{"days", "a truce of 30 days", wed, []v{{corpus.ValueDuration, "30 days", "P30D", 30 * 86400, ""}}},

		// Counts, money, percentages, plain numbers.
		{"hyphenated count", "the 28-point peace proposal", wed, []v{{corpus.ValueNumber, "28-point", "28", 28, "point"}}},
		{"a unit whose plural adds -es", "nearly 9 inches of snow settled on the pass", wed, []v{{corpus.ValueNumber, "nearly 9", "9", 9, "inch"}}},
		{"a unit whose plural adds -s", "the ferry carried 40 crates of apples", wed, []v{{corpus.ValueNumber, "40", "40", 40, "crate"}}},
		{"count in words", "a 20-point Trump plan that was 20 points for peace", wed, []v{
			{corpus.ValueNumber, "20-point", "20", 20, "point"}, {corpus.ValueNumber, "20", "20", 20, "point"}}},
		{"money with scale", "a fund of $10 trillion", wed, []v{{corpus.ValueMoney, "$10 trillion", "10000000000000", 1e13, "USD"}}},
		{"money in words", "a loan of 50 million euros", wed, []v{{corpus.ValueMoney, "50 million euros", "50000000", 5e7, "EUR"}}},
		{"qualified money", "more than $1,200 each", wed, []v{{corpus.ValueMoney, "more than $1,200", "1200", 1200, "USD"}}},
		{"money glued to its scale", "a payoff of £10.4million", wed, []v{{corpus.ValueMoney, "£10.4million", "10400000", 10.4e6, "GBP"}}},
		{"money with a short scale", "fees of £40k and a $5bn fund", wed, []v{
			{corpus.ValueMoney, "£40k", "40000", 40000, "GBP"}, {corpus.ValueMoney, "$5bn", "5000000000", 5e9, "USD"}}},
		{"metres are no millions", "a 2m wall and a 5G mast", wed, nil},
		{"percent sign", "100% fake news will be defeated", wed, []v{{corpus.ValuePercent, "100%", "100", 100, "percent"}}},
		{"percent word", "support fell 4.5 percent", wed, []v{{corpus.ValuePercent, "4.5 percent", "4.5", 4.5, "percent"}}},
		{"number words", "twenty-five thousand troops", wed, []v{{corpus.ValueNumber, "twenty-five thousand", "25000", 25000, "troop"}}},
		{"hundred and", "one hundred and five people", wed, []v{{corpus.ValueNumber, "one hundred and five", "105", 105, "people"}}},
		{"digits with commas", "1,200,000 voters", wed, []v{{corpus.ValueNumber, "1,200,000", "1200000", 1200000, "voter"}}},
		{"vote tally", "the council voted 7-2 on Monday", wed, []v{{corpus.ValueNumber, "7-2", "7-2", 7, "score"}, {corpus.ValueRelative, "on Monday", "2025-11-24", 0, ""}}},
		{"a score with an en dash", "the Rovers lost 2–1 at home", wed, []v{{corpus.ValueNumber, "2–1", "2-1", 2, "score"}}},
		{"a range with an en dash is no score", "the board hired 10–15 pilots", wed, []v{{corpus.ValueNumber, "10", "10", 10, ""}, {corpus.ValueNumber, "15", "15", 15, "pilot"}}},
		{"a share range with an en dash is no score", "cuts of 4–3% a year", wed, []v{{corpus.ValueNumber, "4", "4", 4, ""}, {corpus.ValuePercent, "3%", "3", 3, "percent"}}},
		{"twice is two times", "the county has picked the loser twice since 1888", wed, []v{{corpus.ValueNumber, "twice", "2", 2, "time"}, {corpus.ValueDate, "1888", "1888", 0, ""}}},
		{"twice as many is no count", "twice as many pilots came", wed, nil},
		{"twice a week is a rate", "the crews met twice a week", wed, nil},
		{"year before a noun", "his 1995 tax return and the 2000 election", wed, []v{{corpus.ValueDate, "1995", "1995", 0, ""}, {corpus.ValueDate, "2000", "2000", 0, ""}}},
		{"a count is not a year", "2000 troops crossed", wed, []v{{corpus.ValueNumber, "2000", "2000", 2000, "troop"}}},
		{"ratio", "voters backed it 2-to-1", wed, []v{{corpus.ValueNumber, "2-to-1", "2:1", 2, "ratio"}}},
		{"a verb counts nothing", "three replied and two quickly left", wed, []v{{corpus.ValueNumber, "three", "3", 3, ""}, {corpus.ValueNumber, "two", "2", 2, ""}}},
		{"full month name then full stop", "talks began in June. Then", wed, []v{{corpus.ValueDate, "June", "2025-06", 0, ""}}},
		{"two nations", "we have two nations that are having a hard time", wed, []v{{corpus.ValueNumber, "two", "2", 2, "nation"}}},

		// Not facts.
		{"one is a pronoun", "no one should comment, one of them said", wed, nil},
		{"clock time", "Updated: 26-11-2025 11:56 IST", wed, []v{{corpus.ValueDate, "26-11-2025", "2025-11-26", 0, ""}}},
		{"clock am pm", "at 5 p.m. the vote began", wed, nil},
		{"phone number", "Phone: +91-720-6444012", wed, nil},
		{"an event named by a slash", "the families of the 9/11 victims sued", wed, nil},
		{"a habit by a slash", "the shelter stays open 24/7 for 30 families", wed, []v{{corpus.ValueNumber, "30", "30", 30, "family"}}},
		{"copyright year", "© Copyright 2025", wed, nil},
		{"name with digits", "the G7 and COVID-19 rules", wed, nil},
		{"air force one", "aboard Air Force One as he flew", wed, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Put the sentence after some text so offsets are not zero-based.
			pre := "Lead paragraph.\n"
			text := pre + tt.text
			got := Values(text, corpus.Span{Start: len(pre), End: len(text)}, tt.pub)
			require.Len(t, got, len(tt.want), "values: %+v", got)
			from := len(pre)
			for i, w := range tt.want {
				g := got[i]
				assert.Equal(t, w.kind, g.Kind, "kind of %q", g.Text)
				assert.Equal(t, w.text, g.Text)
				assert.Equal(t, w.norm, g.Norm, "norm of %q", g.Text)
				assert.Equal(t, g.Text, text[g.Span().Start:g.Span().End], "span of %q", g.Text)
				// The span is where the wording first occurs from here on.
				at := strings.Index(text[from:], w.text)
				require.GreaterOrEqual(t, at, 0)
				assert.Equal(t, from+at, g.Span().Start, "start of %q", g.Text)
				from = g.Span().End
				if w.num != 0 {
					assert.InDelta(t, w.num, g.Num, 1e-6, "num of %q", g.Text)
				}
				assert.Equal(t, w.unit, g.Unit.String(), "unit of %q", g.Text)
			}
		})
	}
}

func TestValuesOutOfRange(t *testing.T) {
	tests := []struct {
		name string
		span corpus.Span
	}{
		{"negative start", corpus.Span{Start: -1, End: 3}},
		{"past the end", corpus.Span{Start: 0, End: 100}},
		{"reversed", corpus.Span{Start: 5, End: 2}},
		{"empty", corpus.Span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, Values("on October 14", tt.span, wed))
		})
	}
}

func FuzzValues(f *testing.F) {
	for _, s := range []string{
		"the Oct. 14 call", "held on the 14th of October", "just over five minutes", "$10 trillion",
		"+91-720-6444012, 14, 15", "11:56 IST", "2025-10-14", "earlier this month", "on Tuesday night",
		"twenty-five thousand and", "a hundred", "26-11-2025", "1,2,3.4.5", "October 31st, 9999",
		"February 29", "the 31st of February", "Oct.", "$", "a 5-", "’ll on Friday", "£10.4million", "$5bn", "2m", "are to", "weeklong", "hour-long", "-long",
	} {
		f.Add(s, 2025, 11, 26)
	}
	f.Fuzz(func(t *testing.T, s string, y, m, d int) {
		pub := corpus.Date{Year: y % 3000, Month: time.Month(1 + ((m%12)+12)%12), Day: 1 + ((d%28)+28)%28}
		if y <= 0 {
			pub = corpus.Date{}
		}
		sp := corpus.Span{Start: 0, End: len(s)}
		for _, v := range Values(s, sp, pub) {
			if v.Span().Start < sp.Start || v.Span().End > sp.End || v.Span().Start >= v.Span().End {
				t.Fatalf("span %v out of %v in %q", v.Span(), sp, s)
			}
			if v.Text != s[v.Span().Start:v.Span().End] {
				t.Fatalf("text %q is not the span %v of %q", v.Text, v.Span(), s)
			}
			if v.Norm == "" {
				t.Fatalf("empty norm for %q in %q", v.Text, s)
			}
		}
	})
}
