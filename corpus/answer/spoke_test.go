package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpeakingAskedIsHeldByAnyVerbOfSaying(t *testing.T) {
	tests := []struct {
		name, q, text string
		want          bool
	}{
		{"the outlet spoken to, told", "which paper did Ilse Varga speak to", "Captain Ilse Varga told the Orvik Courier the engines failed twice.", true},
		{"where someone talked, said", "where was Varga talking when she blamed the engines", "At a union dinner in Tarnby, Varga said the engines failed twice.", true},
		{"a sentence with no verb of saying", "which paper did Ilse Varga speak to", "The Orvik Courier ran a photo of the ferry at dawn.", false},
		{"speaking asked by a when question stays its own act", "when did Varga speak to the crew", "Varga told the crew the engines failed twice.", false},
		{"another act asked of an outlet", "which paper did Varga sue", "Varga told the Orvik Courier the engines failed twice.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qu := Parse(tc.q)
			assert.Equal(t, tc.want, spokeAsAsked(qu, qu.Frame().Predicate, tc.text))
		})
	}
}
