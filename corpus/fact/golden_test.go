package fact

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// goldenFact is what the golden files record of a fact.
type goldenFact struct {
	Text      string         `json:"text"`
	Span      corpus.Span    `json:"span"`
	Paragraph int            `json:"paragraph"`
	Values    []corpus.Value `json:"values,omitempty"`
}

// TestGolden extracts the facts of each testdata article, published on a
// Wednesday, 2025-03-05, and compares them with its golden file. The first
// line is the title; lines without a sentence end are headings.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			a := &corpus.Article{File: filepath.Base(file), Text: string(b), Published: corpus.Date{Year: 2025, Month: 3, Day: 5}}
			for i, p := range segment.Paragraphs(a.Text) {
				k := corpus.ParaBody
				if i == 0 {
					k = corpus.ParaTitle
				}
				a.Paragraphs = append(a.Paragraphs, corpus.NewParagraph(p, k))
			}
			var got []goldenFact
			for _, f := range Extract([]*corpus.Article{a}, nil) {
				got = append(got, goldenFact{f.Text(&corpus.Corpus{Articles: []*corpus.Article{a}}), f.Span(), int(f.Paragraph), f.Values()})
			}
			out, err := json.MarshalIndent(got, "", "  ")
			require.NoError(t, err)
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, append(out, '\n'), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			assert.JSONEq(t, string(want), string(out))
		})
	}
}
