// Package cluster groups the same quotation, or the same fact, reported by
// several articles in whatever wording.
package cluster

import "factdesk/corpus"

// Build fills c.QuoteClusters and c.FactClusters and sets the Cluster field
// of every quote and fact. Every quote and fact ends in exactly one cluster.
func Build(c *corpus.Corpus) {
	// TODO(fact helper): real clustering; for now each item is alone.
	c.QuoteClusters = c.QuoteClusters[:0]
	for i := range c.Quotes {
		c.Quotes[i].Cluster = len(c.QuoteClusters)
		c.QuoteClusters = append(c.QuoteClusters, corpus.Cluster{ID: len(c.QuoteClusters), Members: []int{i}, Articles: []int{c.Quotes[i].Article}})
	}
	c.FactClusters = c.FactClusters[:0]
	for i := range c.Facts {
		c.Facts[i].Cluster = len(c.FactClusters)
		c.FactClusters = append(c.FactClusters, corpus.Cluster{ID: len(c.FactClusters), Members: []int{i}, Articles: []int{c.Facts[i].Article}})
	}
}
