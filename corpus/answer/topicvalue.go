package answer

import (
	"slices"

	"factdesk/corpus"
	"factdesk/corpus/fact"
)

// A question typed after its topic ("the harbour levy - how large
// a sum", "the night call - how long") is read twice: as typed, where the
// words before the dash lead and the reader does not see what is asked,
// and with the topic put into the question after the dash, which asks a
// value. When only the first finds something and what it gives holds no
// value of the kind asked (a sentence that shares the topic's words, a
// name), it does not answer: the reading that knows what is asked found
// nothing, and "not found" stands.

// noValueAsked reports whether topic, the question read with its topic
// put in, asks a value (a time, a length, a count, an amount) and answer
// ans writes none of that kind.
func noValueAsked(topic string, ans corpus.Answer) bool {
	qu := Parse(topic)
	vk := valueKinds(qu)
	if vk == nil {
		return false
	}
	if qu.Kind == KindHowLong {
		// A date answers "how long" only after "since", which a
		// sentence given for its words does not say.
		vk = []corpus.ValueKind{corpus.ValueDuration}
	}
	for _, v := range fact.Values(ans.Answer, corpus.Span{End: len(ans.Answer)}, corpus.Date{}) {
		if slices.Contains(vk, v.Kind) {
			return false
		}
	}
	return true
}
