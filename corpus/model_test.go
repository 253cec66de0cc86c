package corpus

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParagraphReasonRoundTrip(t *testing.T) {
	tests := []struct {
		name, why string
	}{
		{"own text", ""},
		{"fixed reason", "short list item"},
		{"repeat with its line", "repeats line 12"},
		{"repeat of line zero", "repeats line 0"},
		{"last of the list", "between boilerplate paragraphs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Paragraph
			require.NoError(t, p.SetWhy(tt.why))
			assert.Equal(t, tt.why, p.Why())
			var q Paragraph
			require.NoError(t, q.SetWhyCode(p.WhyCode()))
			assert.Equal(t, tt.why, q.Why(), "restored from its code")
			b, err := json.Marshal(p)
			require.NoError(t, err)
			if tt.why != "" {
				assert.Contains(t, string(b), `"why":"`+tt.why+`"`, "JSON shows the reason composed")
			}
		})
	}
}

func TestParagraphReasonRefusesUnknown(t *testing.T) {
	tests := []struct {
		name string
		set  func(p *Paragraph) error
	}{
		{"unknown text", func(p *Paragraph) error { return p.SetWhy("looked odd") }},
		{"repeat without a number", func(p *Paragraph) error { return p.SetWhy("repeats line x") }},
		{"code past the list", func(p *Paragraph) error { return p.SetWhyCode(200, 0) }},
		{"line on a reason without one", func(p *Paragraph) error { return p.SetWhyCode(1, 4) }},
		{"negative line", func(p *Paragraph) error { return p.SetWhyCode(reasonRepeatsLine, -1) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Paragraph
			assert.Error(t, tt.set(&p))
			assert.Equal(t, "", p.Why(), "a refused reason leaves none")
		})
	}
}
