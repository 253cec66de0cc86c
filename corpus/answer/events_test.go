package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// harbour is a corpus about two calls and a memo, written for these
// tests: the first call is dated by three outlets, the second by one, and
// one sentence dates the call next to another event (a publication).
func harbour(t testing.TB) *Answerer {
	f := newFixture(t)
	roe := f.person("Jane Roe", []string{"Roe"}, "harbour commissioner")
	poe := f.person("Mark Poe", []string{"Poe"}, "port director")
	ray := f.person("Tom Ray", []string{"Ray"}, "mayor")
	lee := f.person("Ann Lee", []string{"Lee"}, "deputy mayor")

	a := f.article("a.txt", "Harbour Ledger", "2025-03-10",
		"The call happened on March 3, according to the Ledger, which published a transcript on Friday.\n"+
			"Mayor Tom Ray said on Monday that he is sending Ann Lee to meet with Mark Poe.\n")
	b := f.article("b.txt", "Coast Times", "2025-03-10",
		"Officials said the call, which took place on March 3, was short.\n"+
			"The memo had not been leaked by Lyon, the port said.\n")
	c := f.article("c.txt", "Bay Radio", "2025-03-11",
		"The call between the two ports took place on March 3.\n"+
			"Jane Roe called Mark Poe on February 9 about the memo.\n"+
			"Critics said the 12-point plan which the mayor offered the board was vague.\n")
	f.fact(a, "The call happened on March 3, according to the Ledger, which published a transcript on Friday.", nil,
		date("March 3", "2025-03-03"), corpus.Value{Kind: corpus.ValueRelative, Text: "on Friday", Norm: "2025-03-07"})
	f.fact(a, "Mayor Tom Ray said on Monday that he is sending Ann Lee to meet with Mark Poe.", []int{ray, lee, poe},
		corpus.Value{Kind: corpus.ValueRelative, Text: "on Monday", Norm: "2025-03-10"})
	f.fact(b, "Officials said the call, which took place on March 3, was short.", nil, date("March 3", "2025-03-03"))
	f.fact(b, "The memo had not been leaked by Lyon, the port said.", nil)
	f.fact(c, "The call between the two ports took place on March 3.", nil, date("March 3", "2025-03-03"))
	f.fact(c, "Jane Roe called Mark Poe on February 9 about the memo.", []int{roe, poe}, date("February 9", "2025-02-09"))
	d := f.article("d.txt", "Pier Weekly", "2025-03-12",
		"The board backed the 12-point harbour plan that emerged this week.\n"+
			"Critics said the 12-point plan which the mayor offered the board was vague.\n"+
			"The rowing team won by 12 points on Sunday.\n")
	f.fact(d, "The board backed the 12-point harbour plan that emerged this week.", nil, num("12-point", "12"))
	f.fact(c, "Critics said the 12-point plan which the mayor offered the board was vague.", nil, num("12-point", "12"))
	f.fact(d, "The rowing team won by 12 points on Sunday.", nil, num("12 points", "12"))
	e := f.article("e.txt", "Pier Weekly", "2025-03-12", "\"The ferry to Lyon sails on Friday,\" Roe said.\n")
	f.quote(e, "The ferry to Lyon sails on Friday,", roe)
	f.fact(e, "\"The ferry to Lyon sails on Friday,\" Roe said.", []int{roe},
		corpus.Value{Kind: corpus.ValueRelative, Text: "on Friday", Norm: "2025-03-14"})
	return f.build()
}

func TestAskEvents(t *testing.T) {
	a := harbour(t)
	tests := []struct {
		name   string
		q      string
		answer string   // the answer line holds this
		files  []string // among the sources
	}{
		{"the date most outlets give for the event", "When did the call happen?", "March 3, 2025", []string{"a.txt", "b.txt", "c.txt"}},
		{"the date next to the action asked about, not the event before it", "when was the transcript published", "March 7, 2025 (on Friday)", []string{"a.txt"}},
		{"what date, as when", "what date was the call", "March 3, 2025", []string{"a.txt", "b.txt", "c.txt"}},
		{"a misspelt question word", "wen did the call take place", "March 3, 2025", []string{"b.txt", "c.txt"}},
		{"whom it was done to", "who did Roe call?", "Mark Poe", []string{"c.txt"}},
		{"he is the last person named before", "who is sending Lee to meet Poe?", "Tom Ray", []string{"a.txt"}},
		{"an irregular past finds the verb", "who met with Poe?", "Ann Lee", []string{"a.txt"}},
		{"the same count of the same thing in other words", "how many points did the harbour plan that emerged this week have?", "12", []string{"d.txt", "c.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, "suggestions: %v", got.Suggestions)
			assert.Contains(t, got.Answer, tt.answer, "quote %q", got.Quote)
			assert.Subset(t, files(got.Sources), tt.files)
		})
	}
	t.Run("a weekday in someone's words is not read as a day", func(t *testing.T) {
		got := a.Ask(context.Background(), "when does the ferry to Lyon sail?")
		require.True(t, got.Found, "suggestions: %v", got.Suggestions)
		assert.Equal(t, "on Friday", got.Answer)
	})
	t.Run("a count of something else is no source", func(t *testing.T) {
		got := a.Ask(context.Background(), "how many points did the harbour plan that emerged this week have?")
		require.True(t, got.Found)
		for _, s := range got.Sources {
			assert.NotContains(t, s.Wording, "rowing")
		}
	})
}

func TestAskEventsNotFound(t *testing.T) {
	a := harbour(t)
	for _, q := range []string{
		"Who leaked the memo?",       // only who did not
		"When will the call happen?", // every date is past
		"whosaid ask not what your country can do for you",
	} {
		t.Run(q, func(t *testing.T) {
			got := a.Ask(context.Background(), q)
			assert.False(t, got.Found, "answer %q, quote %q", got.Answer, got.Quote)
			assert.Empty(t, got.Speaker)
			assert.Empty(t, got.Quote)
		})
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct {
		typed, word string
		same        bool
	}{
		{"trooth", "truth", true},
		{"prevale", "prevail", true},
		{"confidenshal", "confidential", false}, // sh for t is more than vowels
		{"dream", "drum", true},                 // hence five letters at least and the first two shared
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			assert.Equal(t, tt.same, skeleton(tt.typed) == skeleton(tt.word))
		})
	}
}
