package person

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRoleTab checks the shared table of role words: a person holds the
// words and nations of their roles, a word finds the people who hold it,
// and a person whose roles grow keeps their old words and is indexed once.
func TestRoleTab(t *testing.T) {
	var tab roleTab
	tab.set(0, []string{"minister", "finance", "minister"}, []string{"franc"})
	tab.set(1, nil, nil)
	tab.set(2, []string{"harbour", "master"}, nil)
	tab.set(2, []string{"harbour", "master", "deputy"}, []string{"norwa"})
	tab.compact()
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"a word of a role", tab.hasWord(0, "finance"), true},
		{"a word of another's role", tab.hasWord(0, "harbour"), false},
		{"a word no role holds", tab.hasWord(0, "pilot"), false},
		{"no role at all", tab.hasWord(1, "minister"), false},
		{"a person past the end", tab.hasWord(7, "minister"), false},
		{"a nation", tab.has(0, tab.nation("franc")), true},
		{"a nation is no word", tab.hasWord(0, "franc"), false},
		{"no nation", tab.hasNation(1), false},
		{"a nation added with a role", tab.hasNation(2), true},
		{"the people of a word, once each", tab.people("harbour"), []int32{2}},
		{"a word added later", tab.people("deputy"), []int32{2}},
		{"the people of an unknown word", tab.people("pilot"), []int32(nil)},
		{"any word of a class", tab.anyWord(2, func(w string) bool { return w == "deputy" }), true},
		{"nations are not words", tab.anyWord(0, func(w string) bool { return w == nationMark+"franc" }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}
