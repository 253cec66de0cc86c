package answer

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
	"factdesk/internal/goldmatch"
)

// TestTagAroundReadsAsTheSentence checks that the few words tagAround
// tags read a verb of saying as the whole sentence does (finite verb or
// not), on every such word of polnear-dev whose reading needs the tagger
// ("reports", "points", "calls"): the window must not change what is a
// verb of saying.
func TestTagAroundReadsAsTheSentence(t *testing.T) {
	dir := filepath.Join(goldmatch.SharedDir(), "polnear-dev", "corpus")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("skipped: polnear-dev is not at %s (set FACTDESK_SHARED to the shared folder to run it)", dir)
	}
	finite := func(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" }
	n, agree := 0, 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		art := string(raw)
		for _, sp := range segment.Sentences(art, corpus.Span{Start: 0, End: len(art)}) {
			text := art[sp.Start:sp.End]
			toks := index.Words.Tokenize(text)
			var whole []lex.Token
			for k, tk := range toks {
				w := index.Fold(tk.Term)
				if !sayingWord(tk) || !lex.Known(lex.Lemma(w, lex.Noun), lex.Noun) && !lex.Known(w, lex.Adj) {
					continue
				}
				if whole == nil {
					whole = lex.Tag(text)
				}
				read := ""
				for _, tg := range whole {
					if tg.Start == tk.Start {
						read = tg.Tag
					}
				}
				n++
				if finite(read) == finite(tagAround(text, toks, k)) {
					agree++
				}
			}
		}
	}
	require.Greater(t, n, 500, "verbs of saying that need the tagger")
	assert.GreaterOrEqual(t, float64(agree)/float64(n), 0.995, "%d of %d read alike", agree, n)
}

func TestTagAround(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		finite     bool
	}{
		{"The minister claims the figures from the harbour are wrong.", "claims", true},
		{"Her claims about the harbour were dismissed by the board on Monday.", "claims", false},
		{"Berg calls the decision a mistake, adding that it cannot stand.", "calls", true},
		{"The calls from the families went unanswered for most of the night.", "calls", false},
	} {
		toks := index.Words.Tokenize(tc.text)
		k := -1
		for i, tk := range toks {
			if index.Fold(tk.Term) == tc.word {
				k = i
				break
			}
		}
		require.GreaterOrEqual(t, k, 0, tc.text)
		assert.Equal(t, tc.finite, sayingVerb(tc.text, toks, k), tc.text)
	}
}
