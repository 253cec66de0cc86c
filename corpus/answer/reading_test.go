package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestRecordIsTheAnswerKept: Ask reads a question several ways (the
// topic typed before a dash, a scene set first) and keeps one answer;
// the fit's record is the proposal behind that answer, whichever reading
// was tried last, so that the score is fitted on what the reply gives.
func TestRecordIsTheAnswerKept(t *testing.T) {
	f := newFixture(t)
	a := f.article("a.txt", "Harbour Wire", "2026-04-02",
		"The Nordlys ferry strike in Vestby ended on March 30 after eleven days.\n\n"+
			"Dock workers in Vestby had walked out on March 19 over night shifts.\n")
	f.fact(a, "The Nordlys ferry strike in Vestby ended on March 30 after eleven days.", nil,
		corpus.Value{Kind: corpus.ValueDate, Text: "March 30", Norm: "2026-03-30"},
		corpus.Value{Kind: corpus.ValueDuration, Text: "eleven days", Norm: "P11D"})
	f.fact(a, "Dock workers in Vestby had walked out on March 19 over night shifts.", nil,
		corpus.Value{Kind: corpus.ValueDate, Text: "March 19", Norm: "2026-03-19"})
	b := f.article("b.txt", "Vestby Courier", "2026-04-03",
		"Paid notice: Ola Brenne, 91, of Vestby.\n\n"+
			"Ola, a lifelong trader, founded the Vestby Timber Company in 1961 and ran it for forty years.\n")
	f.person("Ola Brenne", nil)
	f.fact(b, "Ola, a lifelong trader, founded the Vestby Timber Company in 1961 and ran it for forty years.", nil,
		corpus.Value{Kind: corpus.ValueDate, Text: "1961", Norm: "1961"},
		corpus.Value{Kind: corpus.ValueDuration, Text: "forty years", Norm: "P40Y"})
	ans := f.build()
	for _, q := range []string{
		"nordlys ferry strike - when did it end",
		"vestby ferry strike - when did the dock workers walk out",
		"in vestby, when did the ferry strike end",
		"when did the nordlys ferry strike end",
		"ola brenne obituary - which company did he found in 1961",
		"ola brenne death notice - which firm did he start in 1961",
	} {
		t.Run(q, func(t *testing.T) {
			var rec Record
			got := ans.Ask(Recording(context.Background(), &rec), q)
			if !assert.True(t, got.Found, "the article answers it") {
				return
			}
			assert.True(t, rec.Proposed.Found, "the record holds a proposal")
			assert.Equal(t, got.Answer, rec.Proposed.Answer, "the record's proposal is the answer given")
			assert.GreaterOrEqual(t, rec.P, Threshold, "the score gave it")
		})
	}
}
