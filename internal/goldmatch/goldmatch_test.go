package goldmatch

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSurnames(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{"Erik Lund", "Lund", true},
		{"Martin Luther King Jr.", "King", true},
		{"Volodymyr Zelensky", "Zelenskyy", true}, // one edit in a long name
		{"Ann Lee", "Leo", false},                 // short names must agree exactly
		{"", "", false},
		{"Clara Voss", "Vos", false},
		{"Karl Weber", "Anna Weber", true},
		{"Karl Weber", "Karl Webb", false},
	}
	for _, c := range cases {
		t.Run(c.a+"~"+c.b, func(t *testing.T) {
			assert.Equal(t, c.same, SameSurname(c.a, c.b))
		})
	}
}

func TestWordsAndHasWord(t *testing.T) {
	assert.Equal(t, []string{"it's", "a", "20", "point", "plan"}, Words("It\u2019s a 20-point  plan"))
	assert.True(t, HasWord("Diamond Reed-Veal", "Reed-Veal"))
	assert.True(t, HasWord("the Nordline boss", "nordline"))
	assert.False(t, HasWord("Nordlines", "Nordline"))
	assert.False(t, HasWord("anyone", " . "))
}

func TestQuotesMatchAsScorePy(t *testing.T) {
	x := NewQuotes()
	x.Add(0, "a.txt", "The harbour will close at noon.")
	x.Add(1, "a.txt", "The harbour will close at noon, the mayor said, and every boat must leave before the tide turns tonight.")
	x.Add(2, "b.txt", "The harbour will close at noon.")
	x.Add(3, "a.txt", "Boats must leave.")
	tests := []struct {
		name, file, gold string
		want             int
	}{
		{"the first of two holding all of it", "a.txt", "the harbour will close at noon", 0},
		{"only in its own file", "b.txt", "the harbour will close", 2},
		{"the one holding most of it", "a.txt", "boats must leave now", 3},
		{"half of the words is enough, the first at a tie", "a.txt", "must leave quickly please", 1},
		{"less than half is no match", "a.txt", "ships and ferries sail away tonight", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, x.Best(tt.file, Words(tt.gold)))
		})
	}
	t.Run("a quotation much longer than the gold it holds is not held", func(t *testing.T) {
		assert.True(t, x.Held(0, 6))
		assert.False(t, x.Held(1, 6))
		assert.False(t, x.Held(0, 0))
	})
}
