package load

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCueSet(t *testing.T) {
	cs := newCueSet("ccording to", " per ", "Per ", "report", "published")
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"empty", "", false},
		{"none", "The minister resigned on Monday.", false},
		{"at the start", "Per the AP, it rained.", true},
		{"at the end", "as the outlet reported", true},
		{"anchor before the cue could start", "b published", true},
		{"whole string is the cue", "report", true},
		{"cut short", "repor", false},
		{"anchor byte without its cue", "pepper", false},
		{"inside a word", "According to him", true},
		{"case matters", "ACCORDING TO HIM", false},
		{"needs its spaces", "super", false},
		{"with spaces", "a per day", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cs.in(tt.s))
		})
	}
}

// FuzzCueSet checks the set against strings.Contains, cue by cue.
func FuzzCueSet(f *testing.F) {
	cues := []string{"ccording to", " per ", "Per ", "citing ", "report", "obtained by", "wrote", "©", "x"}
	cs := newCueSet(cues...)
	f.Add("according to the report")
	f.Add("obtained byx")
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, c := range cues {
			want = want || strings.Contains(s, c)
		}
		if got := cs.in(s); got != want {
			t.Fatalf("in(%q) = %v, want %v", s, got, want)
		}
	})
}
