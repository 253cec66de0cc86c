package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A person typed first and asked of by a pronoun after the dash is the
// speaker; a topic that names no one, or two people, gives the pronoun
// no speaker and the question stays unanswered by this reading.
func TestSpeakerTypedBeforeTheQuestion(t *testing.T) {
	a := portStrike(t)
	tests := []struct {
		name, q, want string
	}{
		{"the name typed first", "erik lund and the pay talks - what did he say", "Erik Lund: We will not sign this,"},
		{"a surname, a comma before the form", "nygaard mediation, what did he say the sides must do", "Ola Nygaard: Both sides must give a little,"},
		{"after a colon", "Berg on the reopening: what did she say", "Ann Berg: The port reopens on Monday,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Equal(t, tt.want, got.Answer)
		})
	}
	for _, q := range []string{
		"the pay talks - what did he say about the offer",
		"lund and nygaard at the talks - what did he say about the offer",
	} {
		t.Run("no one speaker: "+q, func(t *testing.T) {
			_, ok := a.speakerFirst(q)
			assert.False(t, ok)
		})
	}
}
