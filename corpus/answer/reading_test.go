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

// TestWithheldReadingStands: when no reading has answered, the record is
// of a reading that proposed something the score withheld (what a lower
// threshold would give), not of one that proposed nothing.
func TestWithheldReadingStands(t *testing.T) {
	none := &Record{}
	proposed := &Record{Proposed: corpus.Answer{Found: true, Answer: "Vestby Timber"}, P: 0.4}
	tests := []struct {
		name    string
		kept, r *Record
		want    bool
	}{
		{"a proposal over nothing", none, proposed, true},
		{"a proposal over no record", nil, proposed, true},
		{"nothing over a proposal", proposed, none, false},
		{"a proposal over a proposal: the first stands", proposed, &Record{Proposed: corpus.Answer{Found: true}}, false},
		{"no record", none, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, withheld(tt.kept, tt.r))
		})
	}
}
