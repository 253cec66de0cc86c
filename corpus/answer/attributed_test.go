package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestAttributedTo: a figure told in reported speech names its source,
// whether the sentence opens with them, closes with them after a comma,
// says "according to" them, or goes on to say it in the next sentence;
// a clause of its own about someone speaking does not.
func TestAttributedTo(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"}, "harbour master")
	lund := f.person("Ola Lund", []string{"Lund"})
	moe := f.person("Siri Moe", []string{"Moe"})
	text := "About 40 boats were lost in the storm, Berg said.\n" +
		"Ola Lund of the Halden Pilots Guild in Tromvik, said he had towed more than 12 boats.\n" +
		"The pier sank 3 feet overnight, according to Siri Moe of the coastguard.\n" +
		"Nine ferries were cancelled, the harbour master said on Monday.\n" +
		"The gauge at Tromvik rose 9 feet in an hour. It stopped at 14 feet, said Moe.\n" +
		"The ferry returned on May 3, the day after Lund spoke at the quay.\n" +
		"Moe parked 30 cars on the deck.\n" +
		"Lund said more than 200 people were searching the shore. Six boats and two planes are helping.\n" +
		"Lund said the search would go on. \"Seven divers are ready,\" a sergeant added.\n" +
		"Lund spoke on Monday. Four roads are closed.\n" +
		"Lund said the search would go on.\nEight boats are helping.\n" +
		"Siri Moe, who runs the rescue centre and the ferry office on the island of Tromvik for the county, told reporters that 11 boats were missing.\n" +
		"Berg, who met Ola Lund on the quay at dawn, said 15 crews were out.\n"
	a := f.article("a.txt", "Harbour Post", "2026-03-02", text)
	f.mention(berg, a, "Berg")
	f.mention(lund, a, "Ola Lund")
	f.mention(moe, a, "Siri Moe")
	type tc struct {
		name, sentence, value, want string
	}
	cases := []tc{
		{"a closing clause", "About 40 boats were lost in the storm, Berg said.", "40", "Ann Berg"},
		{"an opening speaker with a description", "Ola Lund of the Halden Pilots Guild in Tromvik, said he had towed more than 12 boats.", "12", "Ola Lund"},
		{"according to", "The pier sank 3 feet overnight, according to Siri Moe of the coastguard.", "3", "Siri Moe"},
		{"a role the article gives one person", "Nine ferries were cancelled, the harbour master said on Monday.", "Nine", "Ann Berg"},
		{"the next sentence goes on and closes with the source", "The gauge at Tromvik rose 9 feet in an hour.", "9", "Siri Moe"},
		{"a clause of its own", "The ferry returned on May 3, the day after Lund spoke at the quay.", "May 3", ""},
		{"no verb of saying", "Moe parked 30 cars on the deck.", "30", ""},
		{"the paragraph goes on with the account its first sentence opens", "Six boats and two planes are helping.", "Six", "Ola Lund"},
		{"a quotation of another's, not the account going on", "\"Seven divers are ready,\" a sergeant added.", "Seven", ""},
		{"the sentence before tells no account", "Four roads are closed.", "Four", ""},
		{"a new paragraph", "Eight boats are helping.", "Eight", ""},
		{"a long relative clause describes the speaker", "Siri Moe, who runs the rescue centre and the ferry office on the island of Tromvik for the county, told reporters that 11 boats were missing.", "11", "Siri Moe"},
		{"a person named in the relative clause is not the speaker", "Berg, who met Ola Lund on the quay at dawn, said 15 crews were out.", "15", "Ann Berg"},
	}
	ids := make([]int, len(cases))
	for i, c := range cases {
		ids[i] = f.fact(a, c.sentence, nil, num(c.value, c.value))
	}
	an := f.build()
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := an.c.Facts[ids[i]].Values()[0]
			p := an.attributedTo(factDoc(an, ids[i]), candidate{value: &v, line: c.value})
			if c.want == "" {
				assert.Nil(t, p)
				return
			}
			require.NotNil(t, p)
			assert.Equal(t, c.want, p.Name)
		})
	}
}

// TestAttributedAnswerNamesItsSource: the reply to a value question
// drawn from reported speech names the one who told it.
func TestAttributedAnswerNamesItsSource(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Harbour Post", "2026-03-02",
		"Berg said the coastguard had sent 14 patrol boats to the fjord.\n")
	f.mention(berg, a, "Berg")
	f.fact(a, "Berg said the coastguard had sent 14 patrol boats to the fjord.", []int{berg}, corpus.Value{Kind: corpus.ValueNumber, Text: "14", Norm: "14", Unit: corpus.UnitOf("boats")})
	ans := f.build().Ask(t.Context(), "how many patrol boats did the coastguard send to the fjord")
	require.True(t, ans.Found)
	assert.Contains(t, ans.Answer, "14")
	assert.Equal(t, "Ann Berg", ans.Speaker)
}
