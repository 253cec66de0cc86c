package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// harbour10 is a small invented corpus for the tenth round: two people
// who share a surname, a name given without its thing, a flood in an
// earlier year.
func harbour10(t *testing.T) *Answerer {
	f := newFixture(t)
	eric := f.person("Eric Holm", []string{"Holm"}, "harbour pilot")
	dana := f.person("Dana Berg", []string{"Berg"}, "port director")
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"“The ferry was late,” said Eric Holm, a harbour pilot.\n\n"+
			"“The levy is a farce,” Berg told reporters.\n\n"+
			"Berg called the fishing levy a stitch-up.\n\n"+
			"The flood of 1998 swept away 12 boats from the harbour.\n\n"+
			"“The papers that leaked are private and we will not talk about them,” Berg said.\n\n"+
			"She also said the papers had been leaked to “embarrass” the port.\n")
	f.quote(art, "The ferry was late,", eric)
	f.quote(art, "The levy is a farce,", dana)
	f.quote(art, "The papers that leaked are private and we will not talk about them,", dana)
	f.quote(art, "embarrass", dana)
	f.fact(art, "Berg called the fishing levy a stitch-up.", []int{dana})
	f.fact(art, "The flood of 1998 swept away 12 boats from the harbour.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "12 boats", Norm: "12"})
	return f.build()
}

func TestANameNoOneBearsIsNotFound(t *testing.T) {
	a := harbour10(t)
	tests := []struct {
		name, q string
		found   bool
	}{
		{"a given name of one, the surname of another", "who is dana holm", false},
		{"the same, capitalised", "Who is Dana Holm?", false},
		{"what a stranger said", "what did dana holm say", false},
		{"the person by full name", "who is eric holm", true},
		{"the person by surname", "who is holm", true},
		{"what the person said", "what did eric holm say", true},
		{"the other person by full name", "who is dana berg", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.Equal(t, tt.found, got.Found, got.Answer)
		})
	}
}

func TestStrangerKeepsNicknamesAndSurnamesFirst(t *testing.T) {
	a := harbour10(t)
	tests := []struct {
		name  string
		words []string
		want  bool
	}{
		{"another's given name", []string{"dana", "holm"}, true},
		{"a nickname sharing two letters", []string{"erin", "holm"}, false},
		{"the bearer's own name", []string{"eric", "holm"}, false},
		{"a surname the corpus lacks", []string{"dana", "strand"}, false},
		{"a surname first", []string{"berg", "holm"}, false},
		{"one word", []string{"holm"}, false},
		{"an adverb is no surname", []string{"dana", "before"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.stranger(tt.words, true))
		})
	}
}

func TestSceneSetTypedFirstMovesBehindTheQuestion(t *testing.T) {
	tests := []struct{ name, q, want string }{
		{"a phrase before how many", "in the 1998 flood how many boats were lost", "how many boats were lost in the 1998 flood"},
		{"with a comma and a question mark", "after the storm, who closed the port?", "who closed the port after the storm?"},
		{"the question word after a comma, not one inside the scene", "in the poll where lund led, who came second", "who came second in the poll where lund led"},
		{"a question word leading in is Parse's", "in which year did the flood come", "in which year did the flood come"},
		{"no question word: as typed", "in the 1998 flood boats were lost", "in the 1998 flood boats were lost"},
		{"a question as usual", "who closed the port", "who closed the port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, frontedContext(tt.q))
		})
	}
}

func TestTenthRoundKindsAnswerWhatWasAsked(t *testing.T) {
	a := harbour10(t)
	tests := []struct{ name, q, want string }{
		{"what did X call it: the verb's object is the thing", "what did berg call it", "stitch-up"},
		{"what X said about why: the words said with their purpose", "what did berg say about why the papers were leaked", "embarrass"},
		{"a scene set first", "in the 1998 flood how many boats were swept away", "12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			require.True(t, got.Found, got.Suggestions)
			assert.Contains(t, got.Answer, tt.want)
		})
	}
}

func FuzzFrontedContext(f *testing.F) {
	for _, s := range []string{"in the flood how many died", "after, who", "on ,, what", "in which year", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		out := frontedContext(q)
		if out != q {
			assert.Equal(t, len(q) > 0, len(out) > 0)
		}
	})
}
