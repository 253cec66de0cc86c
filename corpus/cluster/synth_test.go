package cluster_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/engine"
	"factdesk/corpus/synth"
)

// TestSynth clusters generated corpora, where every event is retold by
// four outlets in different wordings, and checks that what one event's
// outlets report lands in one cluster and nothing joins two events.
func TestSynth(t *testing.T) {
	tests := []struct {
		name     string
		articles int
		seed     uint64
	}{
		{"small", 40, 1},
		{"larger", 400, 7},
		{"wide", 1200, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := synth.Generate(synth.Options{Articles: tt.articles, Seed: tt.seed})
			e, err := engine.Open(g.FS, "synth", engine.Options{})
			require.NoError(t, err)
			c := e.Corpus()
			event := map[string]int{}
			for i, ev := range g.Events {
				for _, f := range ev.Files {
					event[f] = i
				}
			}
			// The generator draws officials from a pool, so two events may
			// share one: then "X said Y should be fired" is the same claim
			// in both, and nothing in the text can tell them apart. Events
			// with no official in common must never share a cluster.
			related := func(a, b int) bool {
				ea, eb := g.Events[a], g.Events[b]
				return a == b || ea.A == eb.A || ea.A == eb.B || ea.B == eb.A || ea.B == eb.B
			}
			t.Run("no cluster joins unrelated events", func(t *testing.T) {
				check := func(kind string, cls []corpus.Cluster) {
					for k, cl := range cls {
						var evs []int
						for _, a := range cl.Articles() {
							evs = append(evs, event[c.Articles[a].File])
						}
						for _, x := range evs {
							for _, y := range evs {
								if !related(x, y) {
									assert.Fail(t, "unrelated events", "%s cluster %d spans articles %v", kind, k, cl.Articles())
									return
								}
							}
						}
					}
				}
				check("fact", c.FactClusters)
				check("quote", c.QuoteClusters)
			})
			t.Run("the day of each call is one fact cluster", func(t *testing.T) {
				for _, ev := range g.Events {
					day := ev.Date.Format("2006-01-02")
					clusters := map[int]bool{}
					for _, f := range c.Facts {
						if event[c.Articles[f.Article].File] != event[ev.Files[0]] {
							continue
						}
						for _, v := range f.Values() {
							if v.Kind == corpus.ValueDate && v.Norm == day {
								clusters[int(f.Cluster)] = true
							}
						}
					}
					assert.Len(t, clusters, 1, "event of %s reported in %v", day, ev.Files)
				}
			})
			t.Run("each envoy quotation is one cluster", func(t *testing.T) {
				for _, ev := range g.Events {
					clusters := map[int]bool{}
					for _, q := range c.Quotes {
						// The critic may be the envoy himself; his "should
						// be fired" is another quotation.
						if q.Speaker == ev.A && event[q.File] == event[ev.Files[0]] && q.Text != "should be fired" {
							clusters[int(q.Cluster)] = true
						}
					}
					assert.Len(t, clusters, 1, "quotations of %s in %v", ev.A, ev.Files)
				}
			})
		})
	}
}
