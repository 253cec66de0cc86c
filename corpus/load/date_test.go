package load

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

func TestNextDate(t *testing.T) {
	tests := []struct {
		in         string
		want       string
		start, end int
	}{
		{"Updated: 2025-11-26 11:56", "2025-11-26", 9, 19},
		{"Updated: 26-11-2025 11:56 IST", "2025-11-26", 9, 19},
		{"26.11.2025", "2025-11-26", 0, 10},
		{"posted 11/26/2025", "2025-11-26", 7, 17},
		{"posted 26/11/2025", "2025-11-26", 7, 17}, // no month 26: day first
		{"Nov. 26, 2025", "2025-11-26", 0, 13},
		{"November 26 2025", "2025-11-26", 0, 16},
		{"Sept. 3rd, 2016", "2016-09-03", 0, 15},
		{"26 November 2025", "2025-11-26", 0, 16},
		{"on 3 Feb 2024.", "2024-02-03", 3, 13},
		{"2025-13-01", "", 0, 0},
		{"2025-02-30", "", 0, 0},
		{"November 2025", "", 0, 0},
		{"May 5", "", 0, 0},
		{"a12-11-2025", "", 0, 0},
		{"Phone: +91-720-6444012", "", 0, 0},
		{"", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, start, end := nextDate(tt.in, 0)
			assert.Equal(t, tt.want, d.String())
			if tt.want != "" {
				assert.Equal(t, tt.start, start)
				assert.Equal(t, tt.end, end)
			}
		})
	}
}

func TestPublishedFromText(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the marker", " date 2025-11-26 " + goodArticle, "2025-11-26"},
		{"a marker with a day that does not exist", " date 2025-02-30 " + goodArticle, ""},
		{"created wins over updated", "Desk | Moscow | Updated: 27-11-2025 | Created: 26-11-2025\n\n" + goodArticle, "2025-11-26"},
		{"updated alone", "Desk | Updated: 27-11-2025 09:00\n\n" + goodArticle, "2025-11-27"},
		{"a bare dateline", "By Ana Brandt\nNov. 26, 2025\n\n" + goodArticle, "2025-11-26"},
		{"a labelled date in a long line", "Published on March 3, 2024 by the newsroom after a long night of work on a story that took many weeks to report and check.\n\n" + goodArticle, "2024-03-03"},
		{"a date in prose is an event", "The court ruled on Nov. 26, 2025 that the law was valid, ending a dispute that began when parliament passed it by a narrow vote.\n\n" + goodArticle, ""},
		{"none", goodArticle, ""},
		{"a byline and a time", mustRead("testdata/shortpage.txt"), "2025-12-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Parse("a.txt", tt.text).Published.String())
		})
	}
}

func TestDateMarker(t *testing.T) {
	tests := []struct {
		name, in string
		end      int
		date     corpus.Date
	}{
		{"leading space", " date 2025-11-26 The", 16, corpus.Date{Year: 2025, Month: 11, Day: 26}},
		{"BOM and colon", "\ufeffDate: 2024-01-02\nText", 19, corpus.Date{Year: 2024, Month: 1, Day: 2}},
		{"not a real day: stripped, no date", "date 2025-13-45 x", 15, corpus.Date{}},
		{"the word date in prose", "date night was cancelled", 0, corpus.Date{}},
		{"digits run on", "date 2025-11-260 x", 0, corpus.Date{}},
		{"too short", "date 2025", 0, corpus.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, d := dateMarker(tt.in)
			assert.Equal(t, tt.end, end)
			assert.Equal(t, tt.date, d)
		})
	}
}
