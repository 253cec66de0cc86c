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

// A question typed after its topic that speaks of a person by "he",
// "she", "his" or "her" is asked of the one person the topic names; a
// topic that names no one, or two, and a question with no such pronoun
// give no such reading.
func TestPronounAfterATopicIsThePersonItNames(t *testing.T) {
	a := portStrike(t)
	tests := []struct {
		name, q, want string
		ok            bool
	}{
		{"he", "erik lund and the pay talks - what offer did he reject", "what offer did Erik Lund reject", true},
		{"his", "nygaard mediation - what was his post?", "what was Ola Nygaard's post?", true},
		{"no one named", "the pay talks - what offer did he reject", "", false},
		{"two named", "lund and nygaard at the talks - when did he leave", "", false},
		{"no pronoun", "erik lund - when did the talks end", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := a.pronounTopic(tt.q)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
