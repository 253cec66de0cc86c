package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

func TestSieveBeforeGroup(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"a capitalised word before a group's noun is no speaker, and a group is nobody to name",
			"The trade talks went on for a week. Weber spoke to reporters after them. Trade ministry officials said the plan was \"a fair start\" for both sides.",
			nil},
	})
}

// A day before a verb ("on a call Friday, criticized", "released Thursday
// accuses") is nobody: no quotation is given to it.
func TestDayIsNoSpeaker(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"a day after a noun, before the verb", "The aides, on a press call Friday, criticized Kowalska for \"bending what had happened.\""},
		{"a day after a participle", "An ad released Thursday accuses Kowalska of trading favours \"in a pattern of deals stretching back years.\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*corpus.Article{article(0, intro+tc.text)}
			r := person.Build(arts)
			qs, _ := quote.ExtractTrace(arts, r)
			for _, q := range qs {
				if p := r.Person(int(q.SpeakerID)); p != nil {
					assert.NotContains(t, []string{"Friday", "Thursday"}, p.Name)
				}
			}
		})
	}
}

// The subject of the verb before a quotation: not a name that closes a
// clause set off by commas after a preposition (that preposition's
// object), not the words of a phrase set off by commas between subject
// and verb, and the whole of a name that ends in a noun spelt like a
// reporting verb.
func TestSieveBeforeSubject(t *testing.T) {
	runSieveCases(t, []sieveCase{
		{"an apposition ending in a name",
			"Polish envoy Kowalska, an early ally of Weber, calls the plan \"a fair start for both sides.\"",
			[]traced{{"a fair start for both sides.", "Anna Kowalska", "before"}}},
		{"an adjunct opening with a preposition between the subject and its verb",
			"Vienna Courier columnist Anna Kowalska, in a letter to the board, wrote, \"The harbour plan was never put to a vote.\"",
			[]traced{{"The harbour plan was never put to a vote.", "Anna Kowalska", "before"}}},
		{"an outlet whose name ends in a noun that is also a reporting verb",
			"The Vienna Post last week printed an essay that noted Weber's \"plan would help the rich far more than the poor.\"",
			[]traced{{"plan would help the rich far more than the poor.", "Vienna Post", "before"}}},
		{"a relative clause ending in a place",
			"The lawsuit, which was filed in a court in Vienna, alleged that the ministry \"lost every record it was given.\"",
			nil},
	})
}
