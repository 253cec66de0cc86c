package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNYTMarkAfterSpace: the NYT's closing ” with a space before it,
// after a comma or after quoted words inside ('Upper Bay,'  ”), still
// closes the quotation, which is its speaker's.
func TestNYTMarkAfterSpace(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"after quoted words inside",
			"Professor Ann Lowe spoke of the market.\n''There was a backlash against 'Gardens of the Upper Bay,'  '' Ms. Lowe noted, referring to a memoir.",
			"There was a backlash against 'Gardens of the Upper Bay,'", "Ann Lowe"},
		{"after a comma",
			"Aide Dan Reyes spoke of the senator.\n''He built coalitions on both sides of the aisle, '' said Mr. Reyes, who now runs the office.",
			"He built coalitions on both sides of the aisle,", "Dan Reyes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, tt.text)
			got := quoteOf(qs, tt.quote)
			var texts []string
			for _, q := range qs {
				texts = append(texts, q.Text)
			}
			require.NotNil(t, got, "quotations: %q", texts)
			assert.Equal(t, tt.speaker, got.Speaker)
		})
	}
}
