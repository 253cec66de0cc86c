package answer

import (
	"context"
	"strings"
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

func TestMediumAskedIsTheProgrammeSaidOn(t *testing.T) {
	tests := []struct{ name, text, noun, want string }{
		{"a quoted programme past a day", "Lund argued the levy was unfair on Tuesday's “Harbour Hour Show.”", "show", "Harbour Hour Show"},
		{"an interview with a station", "Berg said in an interview with Fjord Radio that she would stay.", "station", "Fjord Radio"},
		{"a court is no medium", "Berg said the case was on the Supreme Court's list.", "show", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, medium(tt.text, tt.noun))
		})
	}
	q := Parse("on which show did Lund say the levy was unfair")
	assert.Equal(t, KindWhere, q.Kind)
	assert.Equal(t, "show", q.Medium)
	assert.Equal(t, "medium (show)", q.Frame().Answer)
}

func FuzzMedium(f *testing.F) {
	f.Add("Lund spoke on Tuesday's “Harbour Hour Show.”", "show")
	f.Add("in an interview with", "station")
	f.Add("on", "")
	f.Fuzz(func(t *testing.T, text, noun string) {
		if got := medium(text, noun); got != "" {
			assert.Contains(t, text, strings.Fields(got)[0])
		}
	})
}

func TestPriceAskedIsHowMuch(t *testing.T) {
	tests := []struct {
		name, q string
		much    bool
	}{
		{"the price of a thing", "what is the price of the ferry ticket", true},
		{"typed without the apostrophe", "whats the cost of the new pier", true},
		{"a modifier before the noun", "what was the annual fee for the berth", true},
		{"a price noun inside a longer phrase is not asked", "what is the cost cutting plan", false},
		{"no price", "what is the plan for the pier", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := Parse(tt.q)
			assert.Equal(t, tt.much, q.Kind == KindHowMany && q.Much)
		})
	}
}
