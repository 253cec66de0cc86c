package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAbsentFrom: the share of the question's naming words the corpus
// writes that an article leaves out; fillers, names and words the corpus
// never writes do not count.
func TestAbsentFrom(t *testing.T) {
	f := newFixture(t)
	farmers := f.article("a.txt", "Harbour", "", "Among farmers, 40 percent backed the mooring levy, the Fjordpost poll found.\n")
	fishers := f.article("b.txt", "Harbour", "", "Among fishermen, 55 percent backed the mooring levy in the spring poll.\n")
	a := f.build()
	tests := []struct {
		name string
		q    string
		art  int
		want float64
	}{
		{"the group asked is another article's", "what share of fishermen backed the mooring levy", farmers, 0.25},
		{"the article names the group", "what share of fishermen backed the mooring levy", fishers, 0},
		{"a filler the article lacks", "roughly what share of farmers backed the levy", farmers, 0},
		{"a word the corpus never writes", "what share of farmers backed the blorfy levy", farmers, 0},
		{"a synonym in the article", "what share of farmers supported the levy", farmers, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, a.absentFrom(Parse(tt.q), tt.art), 1e-9)
		})
	}
}
