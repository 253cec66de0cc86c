// Package index is factdesk's inverted index over quotations, facts and
// sentences: an analyzer chain, postings and a BM25 scorer that can explain
// itself.
package index

import "factdesk/corpus"

// Index is built once per corpus and read concurrently.
type Index struct {
	c *corpus.Corpus
}

// Build indexes c.
func Build(c *corpus.Corpus) *Index {
	// TODO(answer helper)
	return &Index{c: c}
}
