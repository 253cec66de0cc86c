package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestFullDate checks that a day's norm is a full date and a month's, a
// week's or a year's is not, as ParseDate says, with the cheap shape
// test in front of it.
func TestFullDate(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"2031-04-17", true},
		{" 2031-04-17 ", true},
		{"2032-02-29", true},
		{"2031-02-29", false}, // no such day
		{"2031-13-01", false},
		{"2031-04", false},
		{"2031-W16", false},
		{"2031", false},
		{"", false},
		{"2031/04/17", false},
		{"20310-4-17", false},
		{"2031-04-17T09", false},
	}
	for _, tt := range tests {
		t.Run(tt.norm, func(t *testing.T) {
			assert.Equal(t, tt.want, fullDate(tt.norm))
			d, err := corpus.ParseDate(tt.norm)
			assert.Equal(t, err == nil && d.Day > 0, fullDate(tt.norm), "as ParseDate says")
		})
	}
}

// FuzzFullDate holds fullDate to ParseDate alone.
func FuzzFullDate(f *testing.F) {
	for _, s := range []string{"2031-04-17", "2031-04", "2031-W16", " 2031-04-17\n", "+031-04-17", "2031-4-017"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := corpus.ParseDate(s)
		if want := err == nil && d.Day > 0; fullDate(s) != want {
			t.Fatalf("fullDate(%q) = %v, ParseDate says %v", s, !want, want)
		}
	})
}
