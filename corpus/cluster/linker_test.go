package cluster

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/fact"
	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/synth"
)

// The linker keeps one fact's terms and its article's names marked and
// walks only the other fact's lists: it must find what comparing both
// lists finds (stats.compareTerms, stories.same), to the last bit of every
// weight, whatever the order of rows.
func TestLinkerAgreesWithMergeWalks(t *testing.T) {
	synthetic := func(t *testing.T) *corpus.Corpus {
		g := synth.Generate(synth.Options{Articles: 60, Seed: 3})
		c, err := load.Load(g.FS, "synth", load.Options{})
		require.NoError(t, err)
		r := person.Build(c.Articles)
		c.People = r.People()
		c.Facts = fact.Extract(c.Articles, r)
		return c
	}
	seeds := func(t *testing.T) *corpus.Corpus {
		return factCorpus(t, corpus.Date{Year: 2025, Month: 11, Day: 26},
			"Trump envoy Steve Witkoff, according to a transcript of the Oct. 14 call published by the news service, advised Putin's foreign policy adviser Yuri Ushakov that Putin should call Trump.",
			"It is noted that during the conversation on October 14, which lasted just over five minutes, Witkoff told his Russian counterpart that he deeply respected Putin.",
			"American outlet Bloomberg published a transcript from the phone call between US envoy Steve Witkoff and Yuri Ushakov that was held on the 14th of October. Ushakov called Witkoff on October 29.",
			"According to Bloomberg News, the call, which took place on October 14, focused on the possibility of a ceasefire plan for Ukraine.")
	}
	tests := []struct {
		name   string
		corpus func(t *testing.T) *corpus.Corpus
		rows   func(n int) []int32 // the order in which first facts come
	}{
		{"hand-built, rows in order", seeds, ascending},
		{"hand-built, rows backwards", seeds, descending},
		{"generated, rows in order", synthetic, ascending},
		{"generated, rows backwards", synthetic, descending},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.corpus(t)
			an := newAnalyzer()
			fs := newFactSet(c, an, analyzeFacts(c, an))
			l := fs.newLinker()
			n := len(c.Facts)
			require.Greater(t, n, 3)
			compared, stories := 0, 0
			for _, i := range tt.rows(n) {
				for j := int32(0); j < int32(n); j++ {
					if j == i {
						continue
					}
					l.row(i)
					want := fs.st.compareTerms(&fs.docs[i], &fs.docs[j])
					if !assert.Equal(t, want, l.compare(j), "facts %d and %d", i, j) {
						return
					}
					compared++
					if fs.head[i].art != fs.head[j].art {
						wantSame := fs.sto.same(fs.head[i].art, fs.head[j].art, fs.names[i], fs.names[j])
						if !assert.Equal(t, wantSame, l.sameStory(j), "facts %d and %d", i, j) {
							return
						}
						if wantSame {
							stories++
						}
					}
				}
			}
			assert.Positive(t, compared)
			assert.Positive(t, stories, "some pairs tell one story")
		})
	}
}

func ascending(n int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(i)
	}
	return out
}

func descending(n int) []int32 {
	out := ascending(n)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
