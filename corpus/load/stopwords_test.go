package load

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsStopword(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"the", true},
		{"The", true},
		{"THEMSELVES", true},
		{"it's", true},
		{"it\u2019s", true},
		{"It\u2019s", true},
		{"minister", false},
		{"them\u00e9", false},
		{"themselvesx", false},
		{"it\u2019", false},
		{"\u2019s", false},
		{"", false},
		{"a", true},
		{"x", false},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			assert.Equal(t, tt.want, isStopword(tt.w))
		})
	}
}

// The shape filter must let every stopword through, however written.
func TestStopwordShapesKeepEveryStopword(t *testing.T) {
	for w := range stopwords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], strings.ReplaceAll(w, "'", "\u2019")} {
			assert.True(t, mayBeStopword(v), v)
			assert.True(t, isStopword(v), v)
		}
	}
}
