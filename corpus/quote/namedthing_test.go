package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamedThingsAreNoQuotations: a quotation in headline case that no
// reporting cue reaches and that is the object of a preposition or
// modifies the noun after it names a show, a group or a tour; the speaker
// model must not give it to the person the paragraph is about.
func TestNamedThingsAreNoQuotations(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"a show after host of", "Ann Lee joined the network in 2010. She praised her staff and thanked the viewers for years of support. She is now host of \"The Late Hour with Ann Lee.\""},
		{"a group after founder of", "Tom Fuller gave money to many candidates over the years. In fact, Fuller was the founder of \"Harbour Friends for Ann 2008.\""},
		{"a tour modifying its noun", "Tom Fuller drove across the state last week. Fuller crisscrossed the valley on a three-day \"Fuller Can Fix It\" bus tour."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			assert.Empty(t, got)
		})
	}
}
