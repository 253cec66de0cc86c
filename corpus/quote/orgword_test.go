package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

// An organisation's word alone ("the company said") is nobody's name: a
// "Company" split off "Henry Vale and Company" in another article of the
// archive must not take the statement, while a company named with the
// word still does.
func TestOrgWordAloneIsNoName(t *testing.T) {
	archive := "Her memoir, published Tuesday by Henry Vale and Company, tells of her childhood.\n"
	cases := []struct {
		name, text string
		want       []string // acceptable speakers
	}{
		{"the word alone: unknown, or the company named before",
			"Brightline closed old accounts this week.\n\n\"Our rules apply to everyone,\" the company added.\n",
			[]string{"", "Brightline"}},
		{"the word ending a name the article gave",
			"The Brightline Company closed old accounts this week.\n\n\"Our rules apply to everyone,\" the company added.\n",
			[]string{"Brightline Company"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*corpus.Article{article(0, archive), article(1, tc.text)}
			arts[1].File = "b.txt"
			qs := quote.Extract(arts, person.Build(arts))
			var got []corpus.Quote
			for _, q := range qs {
				if q.Article == 1 {
					got = append(got, q)
				}
			}
			require.Len(t, got, 1)
			assert.Contains(t, tc.want, got[0].Speaker)
		})
	}
}
