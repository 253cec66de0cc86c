package quote_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPronounMeansTheRightOne: of two people of one gender, a
// quotation's "he" or "she" means the one a reader would name.
func TestPronounMeansTheRightOne(t *testing.T) {
	for _, tc := range []struct {
		name, text, key, speaker string
	}{
		{"a name after a preposition and a title is no subject",
			"Ivo Strand met Karl Lund on Monday. In a letter, Mr. Strand said the talks with Mr. Lund were only about boats. \"I sell to anyone who pays,\" he wrote.",
			"I sell to anyone", "Ivo Strand"},
		{"a participle's reported clause after a comma",
			"Ivo Strand met Karl Lund on Monday. Strand defended the deal on the radio, saying Lund had agreed to the price. \"Both sides gain from it,\" he said.",
			"Both sides gain", "Ivo Strand"},
		{"the main clause's subject, not a reported clause's without that",
			"Ivo Strand says Karl Lund is hiding the figures. He says voters do not need \"more speeches with no numbers in them.\"",
			"more speeches", "Ivo Strand"},
		{"a title's abbreviation ends no sentence",
			"Mr. Strand said having Mr. Lund on the board helps the port.\n\"We trust the board to act,\" he said.",
			"We trust", "Ivo Strand"},
		{"the person spoken to is not the speaker",
			"Ivo Strand met the board on Monday. Strand thanked Karl Lund warmly for the plan.\n\"We start in June,\" he said.",
			"We start", "Ivo Strand"},
		{"an infinitive's object is not the speaker",
			"Ivo Strand repaired the boat he bought to race Karl Lund in the regatta.\n\"The hull was the hard part,\" he told the club newsletter.",
			"The hull was", "Ivo Strand"},
		{"a reporting verb after a quotation keeps its subject after it",
			"\"The port will close,\" said Karl Lund, the harbour master. Ivo Strand disagreed.\n\"It will not,\" he said.",
			"It will not", "Ivo Strand"},
		{"a subject after its reporting verb and an apposition",
			"Ivo Strand runs the port. The port may close, said Karl Lund, director of the harbour board.\n\"We have no money left,\" he said.",
			"no money", "Karl Lund"},
		{"a subject behind an apposition that opens with a common noun",
			"Ivo Strand runs the port. Karl Lund, chairman of the harbour board, replied at once.\n\"We have no money left,\" he said.",
			"no money", "Karl Lund"},
		{"a subject behind a party and state",
			"Ivo Strand runs the port. Rep. Karl Lund, R-Ore., said the vote will come first.\n\"We have no money left,\" he said.",
			"no money", "Karl Lund"},
		{"a subject behind an apposition that opens with an owner",
			"Ivo Strand runs the port. Karl Lund, Strand's deputy, said the money would go to the docks.\n\"It will pay for the cranes,\" he said.",
			"the cranes", "Karl Lund"},
		{"a participle after an object's apposition is no verb of it",
			"Ivo Strand hired a new manager, retired judge Karl Lund, early on Monday, prompting two aides to quit. He thanked them.\n\"We start again,\" he said.",
			"start again", "Ivo Strand"},
		{"a subject behind where they are from",
			"Ivo Strand runs the port. Rep. Karl Lund of Ohio, the party's whip, said the vote will come.\n\"We have the votes,\" he said.",
			"the votes", "Karl Lund"},
		{"a subject set off as an apposition",
			"Ivo Strand runs the port. The board's chief, Karl Lund, said the vote will come.\n\"We have the votes,\" he said.",
			"the votes", "Karl Lund"},
		{"a subject behind an apposition that ends in a town and a state",
			"Ivo Strand runs the port. Karl Lund, 61, a welder in Dunmore, Ore., backed the plan.\n\"We have the votes,\" he said.",
			"the votes", "Karl Lund"},
		{"a title joined by a preposition is no preposition before the name",
			"Ivo Strand spoke first.\nSecretary of State Karl Lund said the crews were close to the end of their shifts. \"We gave up people who were leaving anyway,\" he told Fjord Radio.",
			"leaving anyway", "Karl Lund"},
		{"a relative clause set off after an apposition",
			"Ivo Strand runs the port.\nKarl Lund, the organist at the chapel, which stands by the quay, remembered the old school.\n\"We stay here, and they stay there,\" he said.",
			"We stay here", "Karl Lund"},
		{"the object of 'without' is no subject",
			"Karl Lund said the port had opened without Ivo Strand present.\n\"We could not wait,\" he said.",
			"could not wait", "Karl Lund"},
		{"'she' is the woman the paragraph before makes its subject, past a state's dotted abbreviation",
			"Ann Vell sold her car to pay for school.\n\"I do well,\" said Vell, who graduated in 2009.\nMira Tolk, a Dunmore, N.J., native, is in debt. At 29 years old, she still lives at home.\n\n\"Who wants to live at home?\" she said.",
			"Who wants to live", "Mira Tolk"},
		{"'she' in a relative clause is the woman it hangs on, not the last woman who was a subject",
			"Ann Vell spoke at the rally.\n\"We need change,\" Vell said.\nMy favourite line came from student Zorya Pask, who made me laugh when she called him \"a grumpy uncle.\"",
			"a grumpy uncle", "Zorya Pask"},
		{"'she' after a subject whose given name says nothing, a woman named before that paragraph",
			"Ann Vell considered selling her car to pay for school.\n\"I do well,\" said Vell.\nZorya Pask, a Dunmore native and 2009 Centenary College graduate, is saddled with debt.\n\n\"Who wants to live at home?\" she said.",
			"Who wants to live", "Zorya Pask"},
		{"'he' passes over a person whom 'she' meant, though the name says nothing",
			"Karl Lund spoke first.\nMy favourite line came from student Zorya Pask, who made me laugh when she called him \"a grumpy uncle.\"\n\"We keep the movement alive,\" he told me.",
			"movement alive", "Karl Lund"},
		{"a clause between commas is no apposition",
			"Karl Lund wrote the plan. The trouble with Harbour Watch, he said, is its size. Ivo Strand disagreed on Monday.\n\"It is the right size,\" he said.",
			"right size", "Ivo Strand"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text
			if !strings.Contains(text, "Ivo Strand") {
				text = "Ivo Strand and Karl Lund run the port.\n" + text
			}
			_, qs, _ := extract(t, text)
			var got []string
			for _, q := range qs {
				if strings.Contains(q.Text, tc.key) {
					got = append(got, q.Speaker)
				}
			}
			require.Len(t, got, 1, "one quotation holds %q", tc.key)
			assert.Equal(t, tc.speaker, got[0])
		})
	}
}
