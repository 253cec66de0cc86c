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
