package person

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// A served corpus answers questions for months: every new word a question
// asks about must not stay cached for ever.
func TestMisspellingCacheBounded(t *testing.T) {
	text := "Envoy Ivo Strandberg met the aide Yuri Ushakov in Harlow. Ushakov said the port would close."
	a := &corpus.Article{File: "a.txt", Text: text}
	for _, p := range segment.Paragraphs(text) {
		a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(p, corpus.ParaBody))
	}
	r := Build([]*corpus.Article{a})
	require.NotNil(t, r)
	r.ForgetCaches()
	assert.NotEmpty(t, r.misspelt(Key("Ushkov")), "a misspelt surname still finds its person")
	for i := 0; i < maxMissCache+100; i++ {
		r.misspelt(Key(fmt.Sprintf("Zorblax%06d", i)))
	}
	r.mu.Lock()
	n := len(r.missCache)
	r.mu.Unlock()
	assert.LessOrEqual(t, n, maxMissCache, "cache entries after many new words")
	assert.NotEmpty(t, r.misspelt(Key("Ushkov")), "the person is found again after the cache starts afresh")
}
