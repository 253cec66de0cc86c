package answer

import (
	"context"
	"testing"

	"factdesk/corpus"

	"github.com/stretchr/testify/assert"
)

// TestTopicContext: a topic typed before a dash is read after the
// question, and given apart as its context; a topic a pronoun or a
// possessive stands for is a role, not a context.
func TestTopicContext(t *testing.T) {
	for _, c := range []struct{ name, q, read, topic string }{
		{"after a dash", "pilot boat tender - how much did the council pay", "how much did the council pay pilot boat tender", "pilot boat tender"},
		{"a pronoun for it", "the ferry fare row - who called it off", "who called the ferry fare row off", ""},
		{"a possessive", "the port strike - who was their spokesman", "who was the spokesman of the port strike", ""},
		{"no topic", "how much did the council pay", "how much did the council pay", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			read, topic := topicContext(c.q)
			assert.Equal(t, c.read, read)
			assert.Equal(t, c.topic, topic)
		})
	}
}

// TestMarkContext: the topic's words are marked where the question read
// ends with them as typed, and nowhere else.
func TestMarkContext(t *testing.T) {
	ctx := withContext(context.Background(), "pilot boat tender")
	qu := markContext(ctx, Parse("how much did the council pay pilot boat tender"))
	assert.Equal(t, "pilot", qu.Words[qu.Context].Fold)
	assert.Zero(t, markContext(ctx, Parse("how much did the council pay for the roof")).Context)
	assert.Zero(t, markContext(context.Background(), Parse("how much did the council pay pilot boat tender")).Context)
}

// TestATopicTypedFirstIsLeftToItsArticle: "<story> - how much did X
// pay" is answered by the sentence that says what X paid in the article
// about the story, though that sentence does not name the story again;
// a sentence of another story that says what X paid is no answer.
func TestATopicTypedFirstIsLeftToItsArticle(t *testing.T) {
	f := newFixture(t)
	text := "Pilot boat tender goes to a yard in Brekke.\n" +
		"The harbour board chose a yard in Brekke for the pilot boat tender on Monday.\n" +
		"In the end the council paid $40,000 after a long row.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.fact(a, "Pilot boat tender goes to a yard in Brekke.", nil)
	f.fact(a, "The harbour board chose a yard in Brekke for the pilot boat tender on Monday.", nil)
	f.fact(a, "In the end the council paid $40,000 after a long row.", nil,
		corpus.Value{Kind: corpus.ValueMoney, Text: "$40,000", Norm: "40000 USD"})
	b := f.article("b.txt", "Coast Post", "2025-06-11", "School roof mended before the winter.\n"+
		"The council paid $9,000 for the school roof.\n")
	f.fact(b, "School roof mended before the winter.", nil)
	f.fact(b, "The council paid $9,000 for the school roof.", nil,
		corpus.Value{Kind: corpus.ValueMoney, Text: "$9,000", Norm: "9000 USD"})
	checkAsksBy(t, f.build(), []askCase{
		{"the story typed first", "pilot boat tender - how much did the council pay", "$40,000"},
		{"another story's payment", "town hall clock - how much did the council pay", ""},
	}, func(got corpus.Answer) string { return got.Answer })
}
