package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPredicateOfMainClause: the action is the main clause's verb, not a
// verb of a clause that describes one of the question's nouns; a
// question whose main clause has none has no action.
func TestPredicateOfMainClause(t *testing.T) {
	tests := []struct {
		name, q, pred string
	}{
		{"reduced relative after a copula", "what year was the old mill fire people remember best", ""},
		{"relative pronoun, then a conjunction before a subject", "title of the ferry report that came out after she resigned", ""},
		{"participle in an apposition", "how many days off does norbank, the firm running the ferries, give new staff", "give"},
		{"according to", "harbour fee today according to the council paper", ""},
		{"a verb after a noun the tagger read as a verb", "which paper did counselor Moe Lund speak to", "speak"},
		{"progressive after a form of be", "who is leading the port talks", "lead"},
		{"a noun with no verb", "Who is the new port director?", "director"},
		{"contact clause: a noun phrase right after another", "how many ferries were among the 40 boats the port counted", ""},
		{"contact clause in a phrase typed first", "of the 40 boats the port counted friday, how many were ferries", ""},
		{"a subject after its auxiliary is no contact clause", "when did the union hire moe", "hire"},
		{"a past verb after a plain subject", "how many boats the port authority counted", "count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.pred, Parse(tt.q).Frame().Predicate)
		})
	}
}

// TestHoldsAction: a predicate is held by its irregular forms, and a
// predicate of saying by any verb of saying; another predicate, or a
// sentence with no verb of saying, is not.
func TestHoldsAction(t *testing.T) {
	tests := []struct {
		name, pred, text string
		want             bool
	}{
		{"claim, told", "claim", "Moe Lund, 41, told the paper the ferry was late.", true},
		{"tell, said", "tell", "Berg said the harbour would close.", true},
		{"say, revealed", "say", "The river rose nine feet in an hour, Voss revealed.", true},
		{"no verb of saying", "tell", "The river rose nine feet in an hour.", false},
		{"not a predicate of saying", "sell", "Berg said she bought the flat in May.", false},
		{"a communication that reports no words", "approve", "Berg said the fee was fair.", false},
		{"an irregular past", "buy", "Berg bought the flat in May.", true},
		{"an irregular past after a prefix", "underpay", "Berg underpaid the tax by £400.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, holdsAction(tt.pred, tt.text))
		})
	}
}
