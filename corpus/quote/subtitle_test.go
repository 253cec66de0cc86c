package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTitleAndSubtitleAreNoQuotation: a quotation in headline case on
// both sides of a colon names a book, a film or a report, whatever verb
// the sentence has; speech after a colon, or a heading whose second part
// goes on in lower case, stays someone's words.
func TestTitleAndSubtitleAreNoQuotation(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a book's title, the full stop inside the marks",
			"\"We bought the yard in a week,\" Ann Vell said, as her rival Tom Lund recalled in his memoir \"Low Tide: How the Harbour Was Lost and Won.\" The board voted soon after.",
			[]string{"We bought the yard in a week,"}},
		{"a one-word title before the colon",
			"Tom Lund praised the film on Monday. Lund said \"Saltmarsh: A Year on the Dunmore Quay\" was the best work of the decade.",
			nil},
		{"speech after a speaker's colon is no title",
			"Ann Vell spoke to the council on Monday. \"Vell: We Will see the yard reopen by spring,\" she wrote on her page.",
			[]string{"Vell: We Will see the yard reopen by spring,"}},
		{"a quoted sentence with a colon of its own",
			"\"There is one rule: Nobody Leaves Early,\" said Tom Lund, the foreman.",
			[]string{"There is one rule: Nobody Leaves Early,"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			var texts []string
			for _, q := range got {
				texts = append(texts, q.Text)
			}
			require.Len(t, got, len(tc.want), "%q", texts)
			assert.Equal(t, tc.want, texts)
		})
	}
}
