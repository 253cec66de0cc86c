package answer

import (
	"strings"
	"testing"

	"factdesk/corpus"

	"github.com/stretchr/testify/assert"
)

// TestNoValueAsked: a question typed after its topic that asks a value
// is not answered by a reply that writes none of that kind; a reply that
// writes one, or a question that asks no value, is left alone.
func TestNoValueAsked(t *testing.T) {
	for _, c := range []struct {
		name, topic, answer string
		want                bool
	}{
		{"a length asked, a sentence with a date", "how long the harbour board call in may", "The harbour board call of May 3 was about the quay.", true},
		{"a length asked, a length given", "how long the harbour board call in may", "The call lasted 40 minutes.", false},
		{"an amount asked, a name given", "how much was it the ferry levy", "Ann Berg", true},
		{"an amount asked, an amount given", "how much was it the ferry levy", "£40,000", false},
		{"a count asked, a count given", "how many boats sank the storm", "12 boats", false},
		{"a party asked", "who tabled it the ferry levy", "Ann Berg", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, noValueAsked(c.topic, corpus.Answer{Found: true, Answer: c.answer}))
		})
	}
}

// TestATopicTypedFirstAskingALengthNoSentenceGives: "<topic> - how long"
// is not answered by a sentence that shares the topic's words and gives
// no length; where a sentence gives it, it is the answer.
func TestATopicTypedFirstAskingALengthNoSentenceGives(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	text := "Ann Berg spoke with Erik Lund by phone on May 3 about the quay.\n\n" +
		"A second harbour call, recorded on June 9, set Berg against the board.\n\n" +
		"The May 3 call between Berg and Lund lasted 40 minutes.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-06-12", text)
	f.mention(berg, a, "Ann Berg")
	f.mention(lund, a, "Erik Lund")
	f.fact(a, "Ann Berg spoke with Erik Lund by phone on May 3 about the quay.", []int{berg, lund})
	f.fact(a, "A second harbour call, recorded on June 9, set Berg against the board.", []int{berg})
	f.fact(a, "The May 3 call between Berg and Lund lasted 40 minutes.", []int{berg, lund})
	// The reply to the second may be the length or the sentence that
	// gives it: either writes it.
	checkAsksBy(t, f.build(), []askCase{
		{"the length no sentence gives", "june 9 harbour call berg board - how long", ""},
		{"the length a sentence gives", "the berg lund call - how long", "40 minutes"},
	}, func(got corpus.Answer) string {
		if strings.Contains(got.Answer, "40 minutes") {
			return "40 minutes"
		}
		return got.Answer
	})
}
