package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOccasionClauseIsReadApart(t *testing.T) {
	tests := []struct {
		name, q, occasion string
	}{
		{"a passive after 'after'", "who ran the port after Lund was sacked", "after Lund was sacked"},
		{"a pronoun's clause", "who got the keys once she had resigned", "once she had resigned"},
		{"a bare noun phrase is no clause", "who spoke after the vote", ""},
		{"no clause", "who ran the port", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, tt.occasion, q.Frame().Occasion)
		})
	}
}

func TestWhoTookOverIsNamedWhereTheOneDismissedIsNot(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The board dismissed harbour master Erik Lund on Monday.\n\n"+
			"Ann Berg will take charge of the port as interim harbour master.\n\n"+
			"The board assigned the duties of the treasurer to deputy treasurer Ann Berg.\n")
	f.fact(art, "The board dismissed harbour master Erik Lund on Monday.", []int{lund}, rel("on Monday"))
	f.fact(art, "Ann Berg will take charge of the port as interim harbour master.", []int{berg})
	f.fact(art, "The board assigned the duties of the treasurer to deputy treasurer Ann Berg.", []int{berg})
	a := f.build()
	for _, tt := range []struct{ name, q string }{
		{"the one in charge, not the one dismissed", "who took over as interim harbour master after Lund was dismissed"},
		{"duties got are duties assigned to someone", "who got the treasurer's duties after Lund was dismissed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, got.Suggestions)
			assert.Equal(t, "Ann Berg", got.Answer)
		})
	}
	t.Run("the occasion's person must be in the article", func(t *testing.T) {
		got := a.Ask(context.Background(), "who took over as interim harbour master after Berg was dismissed")
		assert.NotEqual(t, "Erik Lund", got.Answer)
	})
}
