package cluster

import (
	"fmt"
	"hash/fnv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// The opening key is read from the word key: it must hash what hashing
// the speaker and the first words one by one hashes.
func TestOpeningKey(t *testing.T) {
	// reference hashes the words as openingKey did before word keys.
	reference := func(speaker int, text string) uint64 {
		ws := segment.Words(text, corpus.Span{Start: 0, End: len(text)})
		if len(ws) < minContained {
			return 0
		}
		h := fnv.New64a()
		fmt.Fprintf(h, "%d", speaker)
		for _, w := range ws[:minContained] {
			h.Write([]byte{' '})
			h.Write([]byte(strings.ToLower(strings.ReplaceAll(w.Text, "\u2019", "'"))))
		}
		return h.Sum64()&(1<<62-1) | 1<<62
	}
	tests := []struct {
		name    string
		speaker int
		text    string
		short   bool
	}{
		{"five words exactly", 3, "It is going to be", false},
		{"more words", 12, "From that, it's going to be a really good call,", false},
		{"curly apostrophe and capitals", 0, "That’s What I Think Would Be Great", false},
		{"unknown speaker", corpus.NoPerson, "Donetsk and maybe a land swap somewhere", false},
		{"four words", 3, "Sounds good to me.", true},
		{"no words", 3, "—", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := openingKey(tt.speaker, wordKey(segment.Words(tt.text, corpus.Span{Start: 0, End: len(tt.text)})))
			assert.Equal(t, reference(tt.speaker, tt.text), got)
			assert.Equal(t, tt.short, got == 0)
		})
	}
}
