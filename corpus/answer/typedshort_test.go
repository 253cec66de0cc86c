package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

func TestParseReadsAWordTypedShortWhole(t *testing.T) {
	tests := []struct {
		name, q, typed, want string
	}{
		{"a share typed short", "what pct of the boats sank", "pct", "percent"},
		{"a post typed short", "which gov signed the levy", "gov", "governor"},
		{"a team's name typed short", "who coaches brannock utd", "utd", "united"},
		{"helicopters typed short", "how many helos flew", "helos", "helicopters"},
		{"a lone w is with", "the poll w the mayor", "w", "with"},
		{"a post typed short at the end", "who is the harbour sec", "sec", "secretary"},
		{"a unit typed short after a number", "who paid for a 40 sec advert", "sec", "seconds"},
		{"a w before a full stop is an initial", "what did ann w. velk say", "w", "w"},
		{"a capital W is an initial", "what did Ann W Velk say", "W", "w"},
		{"w and a slash", "who met w/ voss at the quay", "w", "with"},
		{"an acting office", "whos acting fisheries min now", "min", "minister"},
		{"minutes after a number", "how far did the river rise in 45 min", "min", "minutes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qu := Parse(tt.q)
			var got string
			for _, w := range qu.Words {
				if w.Text == tt.typed {
					got = w.Fold
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestAWordTypedShortFindsBothForms: a reporter types "gov", "helos",
// "w/"; the articles print "Gov." before a name and "helicopters" in
// full. Each question finds its sentence, whichever form it prints.
func TestAWordTypedShortFindsBothForms(t *testing.T) {
	f := newFixture(t)
	velk := f.person("Ann Velk", []string{"Velk"}, "governor")
	art := f.article("a.txt", "Brannock Wire", "2025-03-04",
		"Gov. Ann Velk vetoed the ferry levy on Tuesday.\n\n"+
			"Nine helicopters searched the Brannock estuary overnight.\n\n"+
			"Velk met the harbour board on March 2.\n")
	f.fact(art, "Gov. Ann Velk vetoed the ferry levy on Tuesday.", []int{velk})
	f.fact(art, "Nine helicopters searched the Brannock estuary overnight.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "Nine helicopters", Norm: "9"})
	f.fact(art, "Velk met the harbour board on March 2.", []int{velk},
		corpus.Value{Kind: corpus.ValueDate, Text: "March 2", Norm: "2025-03-02"})
	a := f.build()
	tests := []struct{ name, q, want string }{
		{"a post typed short, printed short", "which gov vetoed the ferry levy", "Ann Velk"},
		{"a post typed whole, printed short", "which governor vetoed the ferry levy", "Ann Velk"},
		{"helicopters typed short", "how many helos searched the estuary", "9 helicopters"},
		{"with typed w/", "when did velk meet w/ the harbour board", "March 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, "suggestions %q", got.Suggestions)
			assert.Contains(t, got.Answer, tt.want)
		})
	}
}
