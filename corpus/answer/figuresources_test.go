package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/fact"
)

// TestFigureSources: a score asked by its noun, answered by the sentence
// that writes it, is reported by an outlet that writes the same score
// beside another of the question's words in an article that names the
// person asked; not by one on another match, nor by one whose sentence
// shares nothing with the question but the number.
func TestFigureSources(t *testing.T) {
	lead := "The last game of Ann Berg at Tromvik ended in a 3-1 defeat to Halden on Sunday, and the club sacked her."
	score := func(text string) corpus.Value {
		for _, v := range fact.Values(text, corpus.Span{End: len(text)}, corpus.Date{}) {
			if v.Text == "3-1" {
				return v
			}
		}
		require.FailNow(t, "no 3-1 in "+text)
		return corpus.Value{}
	}
	for _, c := range []struct {
		name, text, sentence string
		reports              bool
	}{
		{"the same score, the same side, Berg in the article",
			"Ann Berg was sacked by Tromvik.\n\nTromvik fell to a 3-1 loss at Halden two days earlier.\n",
			"Tromvik fell to a 3-1 loss at Halden two days earlier.", true},
		{"the same score, another article's match",
			"Norvik beat Lysaker on Saturday.\n\nNorvik won 3-1 at home against Lysaker in front of a full ground.\n",
			"Norvik won 3-1 at home against Lysaker in front of a full ground.", false},
		{"the same number, nothing else of the question",
			"Ann Berg was sacked by Tromvik.\n\nHer assistant signed a 3-1 split of the bonus pool with the board.\n",
			"Her assistant signed a 3-1 split of the bonus pool with the board.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			berg := f.person("Ann Berg", []string{"Berg"})
			a := f.article("a.txt", "Harbour Wire", "2025-08-02", lead+"\n")
			f.mention(berg, a, "Ann Berg")
			f.fact(a, lead, []int{berg}, score(lead))
			b := f.article("b.txt", "Coast Post", "2025-08-03", c.text)
			f.fact(b, c.sentence, nil, score(c.sentence))
			got := f.build().Ask(t.Context(), "score in berg's last game v halden")
			require.True(t, got.Found, "suggestions: %v", got.Suggestions)
			assert.Contains(t, got.Answer, "3-1")
			files := map[string]bool{}
			for _, s := range got.Sources {
				files[s.File] = true
			}
			assert.Equal(t, c.reports, files["b.txt"], "the other outlet among the sources")
		})
	}
}
