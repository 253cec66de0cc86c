package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInforms(t *testing.T) {
	tests := []struct {
		q    string
		word string
		want float64
	}{
		{q: "when did the Varnholt ferry strike actually end", word: "actually", want: fillerFactor},
		{q: "roughly how many pilots did Orsini hire", word: "roughly", want: fillerFactor},
		{q: "when did the Varnholt ferry strike actually end", word: "strike", want: 1},
		{q: "when did the Varnholt ferry strike actually end", word: "end", want: 1},
		{q: "how many pilots did Orsini hire", word: "hire", want: 1},
		{q: "which harbour did the 12 tugs leave", word: "12", want: 1},
		{q: "who won the deadly regatta", word: "deadly", want: modifierFactor},
		{q: "who won the regatta lol", word: "lol", want: modifierFactor},
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.word, func(t *testing.T) {
			qu := Parse(tt.q)
			tags := questionTags(qu)
			for i, w := range qu.Words {
				if w.Fold == tt.word {
					assert.Equal(t, tt.want, informs(qu, tags, i))
					return
				}
			}
			t.Fatalf("no word %q", tt.word)
		})
	}
}
