package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The question's word found capitalised within a sentence is part of a
// name, not the action: the first name before it is not who did it.
func TestActorSkipsANamesOwnWord(t *testing.T) {
	tests := []struct {
		name, text, q, notWant string
	}{
		{"a surname is no action", "The council appointed Ann Berg as the new harbour master on Monday.",
			"who will be berg's deputy harbour master", "Ann"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			berg := f.person("Ann Berg", []string{"Berg"})
			art := f.article("a.txt", "Harbour Wire", "2025-05-05", tt.text+"\n")
			f.fact(art, tt.text, []int{berg})
			a := f.build()
			got := a.Ask(context.Background(), tt.q)
			if got.Found {
				assert.NotEqual(t, tt.notWant, got.Answer)
			}
		})
	}
}
