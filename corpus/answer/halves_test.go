package answer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWhoSaidByHalves: a fragment of common words remembered with a
// small word left out or put in is no phrase of the quotation, and many
// shorter quotations holding its few searchable words rank above it; one
// half of it as a phrase finds it.
func TestWhoSaidByHalves(t *testing.T) {
	f := newFixture(t)
	ola := f.person("Ola Brenvik", []string{"Brenvik"})
	tam := f.person("Tamsin Orrey", []string{"Orrey"})
	var text strings.Builder
	var others []string
	for i := range 40 {
		q := fmt.Sprintf("Go early and come back by %d,", i+1)
		others = append(others, q)
		fmt.Fprintf(&text, "\"%s\" Orrey said.\n\n", q)
	}
	said := "We don't go up there, and they don't come down here, not ever, not once in all these years,"
	fmt.Fprintf(&text, "\"%s\" Brenvik said.\n", said)
	art := f.article("a.txt", "Harbour", "", text.String())
	for _, q := range others {
		f.quote(art, q, tam)
	}
	f.quote(art, said, ola)
	a := f.build()
	for _, tt := range []struct{ name, frag string }{
		{"a small word left out", "we dont go up there they dont come down here"},
		{"a small word put in", "we dont go up there and so they dont come down here"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.WhoSaid(context.Background(), tt.frag)
			require.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Equal(t, "Ola Brenvik", got.Answer)
		})
	}
	t.Run("neither half a phrase of it", func(t *testing.T) {
		got := a.WhoSaid(context.Background(), "they go to the market and come to the fair")
		assert.NotEqual(t, "Ola Brenvik", got.Answer)
	})
}
