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
