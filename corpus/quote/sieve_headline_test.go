package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

func TestSieveHeadline(t *testing.T) {
	body := "\nGerman coach Karl Weber spoke after the match in Vienna on Sunday. Polish captain Anna Kowalska was not there.\n"
	for _, tc := range []struct {
		name, title string
		want        []traced
	}{
		{"a quotation, a dash, the speaker and a verb",
			"\u2018No time to rest\u2019 \u2014 Weber tells his squad",
			[]traced{{"No time to rest", "Karl Weber", "headline"}}},
		{"a quotation, a colon, the speaker and a verb",
			"\"We knew the risk\": Kowalska said after the vote",
			[]traced{{"We knew the risk", "Anna Kowalska", "headline"}}},
		{"a quotation before a clause with no reporting verb is a label",
			"\"Black Friday\": a mosque feels the spotlight",
			nil},
		{"a speaker the corpus does not know",
			"\"We knew the risk\" \u2014 Novak tells the squad",
			nil},
		{"a quotation that does not open the headline",
			"Weber: \"We knew the risk\" \u2014 Weber tells the squad",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.title + "\n" + body
			a := &corpus.Article{File: "a.txt", Text: text, Paragraphs: []corpus.Paragraph{
				corpus.NewParagraph(corpus.Span{Start: 0, End: len(tc.title)}, corpus.ParaTitle),
				corpus.NewParagraph(corpus.Span{Start: len(tc.title) + 2, End: len(text) - 1}, corpus.ParaBody),
			}}
			arts := []*corpus.Article{a}
			qs, by := quote.ExtractTrace(arts, person.Build(arts))
			require.Len(t, by, len(qs))
			var got []traced
			for i, q := range qs {
				got = append(got, traced{q.Text, q.Speaker, by[i]})
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
