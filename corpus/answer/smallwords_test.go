package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAboutTypedShort: "abt" in "what did X say abt Y" is "about": Y is
// the topic, and the short form is no word the quotation must hold.
func TestAboutTypedShort(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Per Lund", nil, "former harbour master")
	a := f.article("a.txt", "Coast Wire", "2025-05-02",
		"Lund said: \"Dear me, this is a scandal. The decision to give the tender to the yard was wrong.\"\nLund also said: \"The weather was fine all week.\"\n")
	f.quote(a, "Dear me, this is a scandal. The decision to give the tender to the yard was wrong.", lund)
	f.quote(a, "The weather was fine all week.", lund)
	ans := f.build()
	for _, q := range []string{
		"what did lund say about the tender call",
		"what did lund say abt the tender call",
	} {
		got := ans.Ask(context.Background(), q)
		assert.Contains(t, got.Quote, "scandal", q)
	}
}
