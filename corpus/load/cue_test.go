package load

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCueSet(t *testing.T) {
	cs := new(cueSet).add(cueCite, "ccording to", " per ", "Per ", "report", "published")
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
		{"one byte", "p", false},
		{"anchor as the last byte", "repo", false},
		{"cue at the very end", "it was published", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cs.in(tt.s))
		})
	}
}

func TestCueSetKinds(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want cueKind
	}{
		{"none", "The minister resigned on Monday.", 0},
		{"a cite", "according to Reuters", cueCite},
		{"a signature that is also a cite", "…, reports UNN.", cueSignature | cueCite},
		{"a signature only", "The minister resigned, informs UNN.", cueSignature},
		{"both, apart", "The minister resigned, informs UNN, citing Reuters.", cueSignature | cueCite},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, paragraphCues.find(tt.s))
		})
	}
}

// FuzzCueSet checks each kind's answer against strings.Contains, cue by
// cue.
func FuzzCueSet(f *testing.F) {
	f.Add("according to the report")
	f.Add("obtained byx, informs UNN")
	f.Fuzz(func(t *testing.T, s string) {
		var want cueKind
		for _, c := range signatureWords {
			if strings.Contains(s, c) {
				want |= cueSignature
			}
		}
		for _, c := range citeWords {
			if strings.Contains(s, c) {
				want |= cueCite
			}
		}
		if got := paragraphCues.find(s); got != want {
			t.Fatalf("find(%q) = %b, want %b", s, got, want)
		}
		if got := citeCues.in(s); got != (want&cueCite != 0) {
			t.Fatalf("citeCues.in(%q) = %v", s, got)
		}
	})
}
