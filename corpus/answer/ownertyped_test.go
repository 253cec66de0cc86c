package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestOwnerTyped: the "s" of a possessive typed without its apostrophe
// is read off a plural of a noun for a person; another plural, a word
// that ends otherwise, or one with the apostrophe is no such possessive.
func TestOwnerTyped(t *testing.T) {
	for _, c := range []struct{ w, want string }{
		{"hags", "hag"},
		{"brides", "bride"},
		{"vanbergs", ""},
		{"tables", ""},
		{"hag's", ""},
		{"boss", ""},
		{"its", ""},
		{"hag", ""},
	} {
		assert.Equal(t, c.want, ownerTyped(c.w), c.w)
	}
}

// TestAgeOfANameTypedWithoutApostrophe: "ten bride's age" and "ten brides
// age" ask the same man's age: "brides", an English plural, is his name's
// last word and the possessive, not the brides of a fair another woman
// ran.
func TestAgeOfANameTypedWithoutApostrophe(t *testing.T) {
	f := newFixture(t)
	other := "The 31-year-old Mia Vos ran the brides' fair in the town hall."
	text := "The 58-year-old Joost ten Bride left the club on Monday.\n" + other + "\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	bride := f.person("Joost ten Bride", []string{"ten Bride"})
	f.mention(bride, a, "Joost ten Bride")
	f.fact(a, "The 58-year-old Joost ten Bride left the club on Monday.", []int{bride},
		corpus.Value{Kind: corpus.ValueNumber, Text: "58-year-old", Norm: "58", Unit: corpus.UnitOf("year old")})
	vos := f.person("Mia Vos", []string{"Vos"})
	f.mention(vos, a, "Mia Vos")
	f.fact(a, other, []int{vos},
		corpus.Value{Kind: corpus.ValueNumber, Text: "31-year-old", Norm: "31", Unit: corpus.UnitOf("year old")})
	an := f.build()
	// The question names him by both words; before, by neither, and an
	// article naming him by "ten" alone would have left "brides" a
	// relative of his, whose age was then asked.
	people, _ := an.findPeople(Parse("ten brides age"), 0)
	require.Len(t, people, 1)
	assert.Equal(t, "Joost ten Bride", people[0].Person.Name)
	assert.Equal(t, [2]int{0, 2}, [2]int{people[0].From, people[0].To})
	for _, q := range []string{"ten bride's age", "ten brides age", "how old is ten bride"} {
		t.Run(q, func(t *testing.T) {
			ans := an.Ask(t.Context(), q)
			require.True(t, ans.Found, "suggestions: %v", ans.Suggestions)
			assert.Contains(t, ans.Answer, "58")
		})
	}
}

// A reporter who types a possessive without its apostrophe is answered
// as one who types it: the person whose post is asked is found.
func TestAPossessiveTypedWithoutItsApostrophe(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	vik := f.person("Per Vik", []string{"Vik"}, "Berg's solicitor")
	art := f.article("a.txt", "Harbour News", "2025-05-02",
		"Ann Berg denied taking the harbour fund.\n"+
			"Per Vik, Berg's solicitor, said the case would be dropped.\n")
	f.mention(berg, art, "Ann Berg")
	f.mention(vik, art, "Per Vik")
	a := f.build()
	tests := []struct{ name, q, want string }{
		{"typed with the apostrophe", "who's ann berg's solicitor", "Per Vik"},
		{"typed without it", "whos ann bergs solicitor", "Per Vik"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Ask(context.Background(), tt.q)
			assert.True(t, got.Found, got.Answer)
			assert.Equal(t, tt.want, got.Speaker)
		})
	}
}
