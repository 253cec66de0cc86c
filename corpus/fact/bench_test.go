package fact

import (
	"testing"

	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/seeds"
)

// BenchmarkExtract measures fact extraction over the seeds, in bytes of
// article text per second; "resolver" adds the person resolver's PeopleIn,
// "values" is the value parser alone as a baseline.
func BenchmarkExtract(b *testing.B) {
	c, err := load.Load(seeds.FS, "seeds", load.Options{})
	require.NoError(b, err)
	size := 0
	for _, a := range c.Articles {
		size += len(a.Text)
	}
	r := person.Build(c.Articles)
	b.Run("values", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, a := range c.Articles {
				Values(a.Text, corpus.Span{Start: 0, End: len(a.Text)}, a.Published)
			}
		}
	})
	b.Run("facts", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			Extract(c.Articles, nil)
		}
	})
	b.Run("resolver", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			Extract(c.Articles, r)
		}
	})
}
