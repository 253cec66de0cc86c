package answer

import (
	"testing"

	"factdesk/corpus"

	"github.com/stretchr/testify/assert"
)

// TestPhraseLast: the asked phrase typed at the end or after what it
// measures is put first; a question that opens with its question word, or
// sets the phrase off after a dash or a comma, is left as typed.
func TestPhraseLast(t *testing.T) {
	for _, c := range []struct{ name, q, want string }{
		{"at the end", "the mayor says she has served how long", "how long the mayor says she has served"},
		{"inside", "brekke ferry fare up how much this year", "how much brekke ferry fare up this year"},
		{"a count", "the harbour fund paid how many pilots", "how many the harbour fund paid pilots"},
		{"opens with it", "how long has the mayor served", "how long has the mayor served"},
		{"an auxiliary first", "did the mayor say how long she served", "did the mayor say how long she served"},
		{"after a dash", "brekke ferry fare - how much this year", "brekke ferry fare - how much this year"},
		{"after a comma", "the ferry fare, how much this year", "the ferry fare, how much this year"},
		{"a topic before a dash", "ferry strike - brekke fare rose how much", "ferry strike - brekke fare rose how much"},
		{"none", "the mayor's ferry fare this year", "the mayor's ferry fare this year"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, phraseLast(c.q))
		})
	}
}

// TestTheAskedPhraseTypedLastIsAnswered: "<who> paid how much" and
// "<who> says he has served how long" are answered with the value, as
// the question with the phrase first would be, not with a sentence that
// holds the words.
func TestTheAskedPhraseTypedLastIsAnswered(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ola Berg", []string{"Berg"})
	text := "Ola Berg said he had served on the harbour board for 12 years.\n" +
		"Berg paid $40,000 for the new pilot boat in May.\n" +
		"Berg says the harbour board will meet again in June.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(berg, a, "Ola Berg")
	f.fact(a, "Ola Berg said he had served on the harbour board for 12 years.", []int{berg}, dur("12 years", "P12Y"))
	f.fact(a, "Berg paid $40,000 for the new pilot boat in May.", []int{berg},
		corpus.Value{Kind: corpus.ValueMoney, Text: "$40,000", Norm: "40000 USD"})
	f.fact(a, "Berg says the harbour board will meet again in June.", []int{berg})
	checkAsksBy(t, f.build(), []askCase{
		{"how long, typed last", "berg says he served on the harbour board how long", "12 years"},
		{"how much, typed inside", "berg paid how much for the pilot boat", "$40,000"},
	}, func(got corpus.Answer) string { return got.Answer })
}
