package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// A fragment typed fast writes words as they are said: each is written
// back as an article prints it, and every other word stays as typed.
func TestInformalForms(t *testing.T) {
	tests := []struct {
		name, typed, want string
	}{
		{"a contraction too short to mend", "im not leaving the quay", "i'm not leaving the quay"},
		{"a contraction that is also a word", "the ferry wont sail and we cant wait", "the ferry won't sail and we can't wait"},
		{"a spoken because", "we stayed cos the tide turned", "we stayed because the tide turned"},
		{"a spoken future", "the mayor is gonna close it tho", "the mayor is going to close it though"},
		{"a slash form", "we sailed w/ the pilot, w/o a map b/c of fog", "we sailed with the pilot, without a map because of fog"},
		{"a capital kept where nothing changes", "Harbour Master Ulla Venn", "Harbour Master Ulla Venn"},
		{"a letter of an abbreviation", "the U.S. fleet", "the U.S. fleet"},
		{"a word ending a sentence", "what did they tell u.", "what did they tell you."},
		{"nothing informal", "the bridge reopens in spring", "the bridge reopens in spring"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, informal(tt.typed))
		})
	}
}

// FuzzInformal: any typed text is written back without a panic, and text
// with no informal form stays as it is.
func FuzzInformal(f *testing.F) {
	for _, s := range []string{"im ok w/ it", "U.S. cos", "w/", "b/c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := informal(s)
		if !slashForm(s) && !hasInformal(s) {
			assert.Equal(t, s, got)
		}
	})
}

func slashForm(s string) bool {
	for _, f := range slashForms {
		if f.re.MatchString(s) {
			return true
		}
	}
	return false
}

func hasInformal(s string) bool {
	for _, tok := range index.Words.Tokenize(s) {
		if _, ok := informalForm(index.Fold(s[tok.Start:tok.End])); ok {
			return true
		}
	}
	return false
}
