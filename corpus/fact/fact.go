// Package fact extracts sentences that state events, dates, numbers and
// durations, with normalized values and the people they name.
package fact

import (
	"factdesk/corpus"
	"factdesk/corpus/person"
)

// Extract returns the facts of every article, with IDs in order and Cluster
// unset.
func Extract(arts []*corpus.Article, r *person.Resolver) []corpus.Fact {
	// TODO(fact helper)
	return nil
}
