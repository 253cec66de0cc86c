package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// hasQuoteMark decides whether a paragraph without quotations may carry
// the speech of the next one; it must agree with ContainsAny over the same
// marks, which it replaces for speed.
func TestHasQuoteMark(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"plain prose", "The ferry left Dunmore at nine with forty cars aboard.", false},
		{"a straight mark", `The clerk called it "settled" before noon.`, true},
		{"an opening curly mark alone", "The clerk wrote \u201cnever again and left.", true},
		{"a closing curly mark alone", "and left.\u201d The clerk stayed.", true},
		{"a guillemet", "Le greffier a dit \u00abjamais\u00bb hier.", true},
		{"single curly marks are apostrophes", "The clerk\u2019s \u2018plan\u2019 held.", false},
		{"other punctuation beyond ASCII", "Prices rose \u2014 by 5\u202f% \u2026 again.", false},
		{"invalid bytes", "\xe2\x80 then \xff", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, hasQuoteMark(tt.in))
			assert.Equal(t, strings.ContainsAny(tt.in, "\"\u201c\u201d\u00ab"), hasQuoteMark(tt.in))
		})
	}
}
