// Package quote extracts attributed quotations from articles: marked
// quotations, dash attribution, fragments inside reported speech and
// continuations, each with its speaker resolved through person.Resolver.
package quote

import (
	"factdesk/corpus"
	"factdesk/corpus/person"
)

// Extract returns the quotations of every article, with IDs in order and
// Cluster unset.
func Extract(arts []*corpus.Article, r *person.Resolver) []corpus.Quote {
	// TODO(quote helper)
	return nil
}
