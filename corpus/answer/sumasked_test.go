package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestSumAskedOfAnotherKind: a question asking for a sum of money (by
// "how much" with a verb or a noun that moves money, or by "what" and a
// possession) is answered, as far as the answer's type goes, by a sum or
// a share, not by a count, an age or a tally from a sentence sharing its
// words; a question asking for no sum is not judged so.
func TestSumAskedOfAnotherKind(t *testing.T) {
	a := newFixture(t).build()
	for _, c := range []struct {
		name, q, line string
		want          float64 // typeAgrees
	}{
		{"a salary answered by a count of games", "what was Berg's salary at the club", "nine games", 0},
		{"a salary answered by a sum", "what was Berg's salary at the club", "1.2 million euros", 1},
		{"what a levy brings in answered by a vote's tally", "how much does the harbour levy bring in per year", "19 to 12", 0},
		{"what a levy brings in answered by a share", "how much does the harbour levy bring in per year", "4 percent", 1},
		{"a price answered by an age", "final sale price of the Holm painting", "17-year-old Holm", 0},
		{"a price answered by a number written as a sum", "final sale price of the Holm painting", "2 million", 1},
		{"earned answered by a count", "how much did Lund earn last year", "three seasons", 0},
		{"a gift asked by what, a clause given", "what gift did the mayor give Lund", "The mayor attended the wedding in 2019", 0},
		{"a rise asked by how much: no sum asked", "how much did the river rise", "26 feet", 1},
		{"a count asked: no sum asked", "how many delegates did Lund win", "40 delegates", 1},
		{"which club: judged as a party the corpus does not list, not as a sum", "which club pays Berg's salary", "Varnholm Rovers", 0.5},
	} {
		t.Run(c.name, func(t *testing.T) {
			ans := corpus.Answer{Found: true, Answer: c.line, Quote: c.line + ".", QuoteN: -1}
			assert.Equal(t, c.want, a.typeAgrees(Parse(c.q), ans))
		})
	}
}

// TestSumAskedNotOfAQuotation: a quotation's speaker answers a said
// question that names a salary; the sum is not what is asked of it.
func TestSumAskedNotOfAQuotation(t *testing.T) {
	qu := Parse("what did Berg say about her salary")
	ans := corpus.Answer{Found: true, Answer: "Ann Berg", Speaker: "Ann Berg", QuoteN: 0}
	assert.False(t, sumMissing(qu, ans))
}
