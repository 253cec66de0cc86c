package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestSubstitutes: a sentence that puts another name or number where the
// question names one its article never writes answers another question.
func TestSubstitutes(t *testing.T) {
	f := newFixture(t)
	alder := f.article("a.txt", "Valley Post", "",
		"Rescuers said 9 hikers were lost near Lake Alder on Tuesday.\n\n"+
			"The Greens won 14 seats in the 2017 vote, the count showed.\n\n"+
			"Tyrone Pell, who ran the lodge, said the trail had been closed.\n")
	birch := f.article("b.txt", "Hill Times", "",
		"Lake Birch stayed calm on Tuesday, and Lake Alder flooded the lodge road.\n")
	a := f.build()
	tests := []struct {
		name     string
		q        string
		file     string
		sentence string
		asked    string // "" when the sentence substitutes nothing
		put      string
	}{
		{"another lake's name beside the same word", "how many hikers were lost near Lake Birch",
			"a.txt", "Rescuers said 9 hikers were lost near Lake Alder on Tuesday.", "Birch", "Alder"},
		{"typed in lower case, still a name", "how many hikers were lost near lake birch",
			"a.txt", "Rescuers said 9 hikers were lost near Lake Alder on Tuesday.", "birch", "Alder"},
		{"the name asked is the sentence's", "how many hikers were lost near Lake Alder",
			"a.txt", "Rescuers said 9 hikers were lost near Lake Alder on Tuesday.", "", ""},
		{"another year beside the same word", "how many seats did the Greens win in the 2019 vote",
			"a.txt", "The Greens won 14 seats in the 2017 vote, the count showed.", "2019", "2017"},
		{"the article writes the name elsewhere", "did Lake Alder stay calm on Tuesday",
			"b.txt", "Lake Birch stayed calm on Tuesday, and Lake Alder flooded the lodge road.", "", ""},
		{"a clipped name is the same name", "what did Ty Pell say about the trail",
			"a.txt", "Tyrone Pell, who ran the lodge, said the trail had been closed.", "", ""},
		{"a common word said otherwise is no substitution", "how many hikers were lost near the tarn",
			"a.txt", "Rescuers said 9 hikers were lost near Lake Alder on Tuesday.", "", ""},
	}
	require.Equal(t, 0, alder)
	require.Equal(t, 1, birch)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asked, put := a.substitutes(Parse(tt.q), corpus.Answer{Found: true, File: tt.file, Quote: tt.sentence})
			assert.Equal(t, tt.asked, asked)
			assert.Equal(t, tt.put, put)
		})
	}
}

// TestAskSubstitutedName: asked of a lake the articles never name beside
// the word of another's, the answer is "not found", and the reply names
// the sentence it turned down.
func TestAskSubstitutedName(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Valley Post", "2025-05-03",
		"Rescuers said 9 hikers were lost near Lake Alder on Tuesday.\n")
	f.article("b.txt", "Hill Times", "2025-05-04", "Lake Birch stayed calm all week.\n")
	f.fact(art, "Rescuers said 9 hikers were lost near Lake Alder on Tuesday.", nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "9", Norm: "9"})
	a := f.build()
	got := a.Ask(t.Context(), "how many hikers were lost near Lake Alder")
	if assert.True(t, got.Found, "suggestions %q", got.Suggestions) {
		assert.Contains(t, got.Answer, "9")
	}
	got = a.Ask(t.Context(), "how many hikers were lost near Lake Birch")
	assert.False(t, got.Found, "answer %q", got.Answer)
	if assert.NotEmpty(t, got.Suggestions) {
		assert.Contains(t, got.Suggestions[0], `"Alder" where the question names "Birch"`)
	}
}
