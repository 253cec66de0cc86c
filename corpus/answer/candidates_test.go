package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecordingCandidatesListsWhatCouldBeChosen: the fit's oracle reads
// every candidate the rules left standing, each as the answer it would
// give; the first is the answer given, and recording changes nothing.
func TestRecordingCandidatesListsWhatCouldBeChosen(t *testing.T) {
	f := newFixture(t)
	ilse := f.person("Ilse Brandvik", []string{"Brandvik"}, "mayor of Osterby")
	a := f.article("a.txt", "Coast Wire", "2026-05-10",
		"Mayor Ilse Brandvik opened the Osterby ferry terminal on May 9, after two years of work.\n")
	b := f.article("b.txt", "Harbour Post", "2026-05-11",
		"The Osterby ferry terminal was opened on May 9 by Ilse Brandvik, who cut a ribbon.\n")
	c := f.article("c.txt", "Fjord Daily", "2026-05-12",
		"Brandvik first put forward the Osterby ferry terminal on June 2, 2021.\n")
	f.fact(a, "Mayor Ilse Brandvik opened the Osterby ferry terminal on May 9, after two years of work.", []int{ilse}, date("May 9", "2026-05-09"))
	f.fact(b, "The Osterby ferry terminal was opened on May 9 by Ilse Brandvik, who cut a ribbon.", []int{ilse}, date("May 9", "2026-05-09"))
	f.fact(c, "Brandvik first put forward the Osterby ferry terminal on June 2, 2021.", []int{ilse}, date("June 2, 2021", "2021-06-02"))
	ans := f.build()
	tests := []struct {
		q       string
		atLeast int    // candidates recorded
		other   string // the start of another candidate's sentence
	}{
		{"When did Brandvik open the Osterby terminal?", 2, "The Osterby ferry terminal was opened"},
		{"When was the ferry terminal put forward?", 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			plain := ans.Ask(context.Background(), tt.q)
			var cs Candidates
			got := ans.Ask(RecordingCandidates(context.Background(), &cs), tt.q)
			assert.Equal(t, plain, got, "recording changes no answer")
			require.True(t, got.Found)
			require.NotEmpty(t, cs.Lists)
			list := cs.Lists[len(cs.Lists)-1]
			require.GreaterOrEqual(t, len(list), tt.atLeast)
			assert.Equal(t, got.Quote, list[0].Quote, "the chosen first")
			assert.Equal(t, got.Answer, list[0].Answer)
			var quotes []string
			for _, c := range list {
				assert.True(t, c.Found)
				assert.NotEmpty(t, c.Sources, "each with the articles that report it")
				quotes = append(quotes, c.Quote)
			}
			if tt.other != "" {
				assert.True(t, slices.ContainsFunc(quotes[1:], func(q string) bool { return strings.HasPrefix(q, tt.other) }), "another candidate: %q", quotes)
			}
		})
	}
}
