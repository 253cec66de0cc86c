package cluster_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

// TestSeeds runs the whole pipeline over the embedded seeds and checks the
// clusters a reporter relies on: every outlet that reported the words.
func TestSeeds(t *testing.T) {
	e, err := engine.OpenDir("", engine.Options{})
	require.NoError(t, err)
	c := e.Corpus()
	files := func(cl corpus.Cluster) []string {
		var out []string
		for _, a := range cl.Articles() {
			out = append(out, c.Articles[a].File[:3])
		}
		return out
	}
	quoteCluster := func(t *testing.T, speaker, words string) corpus.Cluster {
		t.Helper()
		for _, q := range c.Quotes {
			if q.Speaker == speaker && strings.Contains(q.Text, words) {
				return c.QuoteClusters[q.Cluster]
			}
		}
		require.Failf(t, "no quotation", "%s: %q", speaker, words)
		return corpus.Cluster{}
	}
	factCluster := func(t *testing.T, words string) corpus.Cluster {
		t.Helper()
		for _, f := range c.Facts {
			if strings.Contains(f.Text(c), words) {
				return c.FactClusters[f.Cluster]
			}
		}
		require.Failf(t, "no fact", "%q", words)
		return corpus.Cluster{}
	}
	tests := []struct {
		name string
		cl   func(t *testing.T) corpus.Cluster
		want []string
	}{
		{"really good call, in three wordings", func(t *testing.T) corpus.Cluster {
			return quoteCluster(t, "Steve Witkoff", "really good call")
		}, []string{"001", "002", "003"}},
		{"sell Ukraine to Russia, with and without scare quotes", func(t *testing.T) corpus.Cluster {
			return quoteCluster(t, "Donald Trump", "sell Ukraine to Russia")
		}, []string{"000", "001"}},
		{"Donetsk and a land swap, translated", func(t *testing.T) corpus.Cluster {
			return quoteCluster(t, "Steve Witkoff", "Donetsk")
		}, []string{"002", "003"}},
		{"Bacon alone said he should be fired", func(t *testing.T) corpus.Cluster {
			return quoteCluster(t, "Don Bacon", "should be fired")
		}, []string{"001"}},
		{"the October 14 call", func(t *testing.T) corpus.Cluster {
			return factCluster(t, "Oct. 14 call")
		}, []string{"001", "002", "003", "004"}},
		{"the October 29 call", func(t *testing.T) corpus.Cluster {
			return factCluster(t, "October 29th")
		}, []string{"003"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, files(tt.cl(t)))
		})
	}
}
