// Package answer turns a question into a ranked corpus.Answer that lists
// every outlet reporting the matched quotation or fact.
package answer

import (
	"context"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/person"
)

// Answerer answers questions over one corpus.
type Answerer struct {
	c   *corpus.Corpus
	idx *index.Index
	r   *person.Resolver
}

// New prepares an Answerer.
func New(c *corpus.Corpus, idx *index.Index, r *person.Resolver) *Answerer {
	return &Answerer{c: c, idx: idx, r: r}
}

// Ask answers a free question ("When did Witkoff and Ushakov speak?").
func (a *Answerer) Ask(ctx context.Context, q string) corpus.Answer {
	// TODO(answer helper)
	return corpus.Answer{Question: q, QuoteN: -1, FactN: -1, Sources: []corpus.Source{}}
}

// WhoSaid finds who said a loosely remembered fragment.
func (a *Answerer) WhoSaid(ctx context.Context, q string) corpus.Answer {
	// TODO(answer helper)
	return corpus.Answer{Question: q, Kind: "whosaid", QuoteN: -1, FactN: -1, Sources: []corpus.Source{}}
}

// SuggestQuotes returns up to n quotation ids that match a fragment as it
// is being typed, best first: the autocomplete of /whosaid.
func (a *Answerer) SuggestQuotes(fragment string, n int) []int {
	// TODO(answer helper)
	return nil
}

// QuotesAbout ranks quotation ids (a speaker's, usually) by how well they
// match a topic; ids that do not match at all are dropped.
func (a *Answerer) QuotesAbout(ids []int, about string) []int {
	// TODO(answer helper)
	return ids
}
