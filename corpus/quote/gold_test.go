package quote_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"factdesk/corpus"
	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
	"factdesk/seeds"
)

// goldQuote is one entry of testdata/seeds-quotes.yaml (a copy of
// ../shared/eval/seeds-quotes.yaml).
type goldQuote struct {
	File     string `yaml:"file"`
	Key      string `yaml:"key"`
	Speaker  string `yaml:"speaker"`
	Optional bool   `yaml:"optional"`
}

var spaces = regexp.MustCompile(`\s+`)

// norm compares as score.py does: lower case, straight quotes, '-' dashes,
// one space.
func norm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
		"\u2013", "-", "\u2014", "-", "\u00a0", " ").Replace(strings.ToLower(s))
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

func surname(name string) string {
	f := strings.Fields(strings.ReplaceAll(norm(name), ".", ""))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func extractSeeds(t testing.TB) (*corpus.Corpus, *person.Resolver) {
	t.Helper()
	c, err := load.Load(seeds.FS, "seeds", load.Options{})
	require.NoError(t, err)
	r := person.Build(c.Articles)
	c.Quotes = quote.Extract(c.Articles, r)
	c.People = r.People()
	return c, r
}

func TestSeedGold(t *testing.T) {
	b, err := os.ReadFile("testdata/seeds-quotes.yaml")
	require.NoError(t, err)
	var gold []goldQuote
	require.NoError(t, yaml.Unmarshal(b, &gold))
	require.NotEmpty(t, gold)
	c, _ := extractSeeds(t)

	found := map[int]bool{}
	right := 0
	for _, q := range c.Quotes {
		hit := -1
		for i, g := range gold {
			if g.File == q.File && strings.Contains(norm(q.Text), norm(g.Key)) {
				hit = i
				break
			}
		}
		if hit >= 0 && q.Speaker != "" && surname(q.Speaker) == surname(gold[hit].Speaker) {
			right++
			found[hit] = true
			continue
		}
		t.Logf("extra or wrong: %s: %q by %q", q.File, q.Text, q.Speaker)
	}
	required, got := 0, 0
	for i, g := range gold {
		if g.Optional {
			continue
		}
		required++
		if found[i] {
			got++
		} else {
			t.Logf("missed: %s: %q (%s)", g.File, g.Key, g.Speaker)
		}
	}
	recall := float64(got) / float64(required)
	precision := float64(right) / float64(max(1, len(c.Quotes)))
	assert.GreaterOrEqual(t, recall, 0.95, "recall with speakers")
	assert.GreaterOrEqual(t, precision, 0.95, "precision with speakers")
}

func TestSeedScareQuotesAreNotQuotations(t *testing.T) {
	c, _ := extractSeeds(t)
	for _, scare := range []string{"peace agreement", "leaked", "sell", "peace plan"} {
		t.Run(scare, func(t *testing.T) {
			for _, q := range c.Quotes {
				assert.NotEqual(t, scare, strings.Trim(norm(q.Text), `.,"`), "%s: %q taken as a quotation", q.File, q.Text)
			}
		})
	}
}

func TestSeedQuotesAreVerbatim(t *testing.T) {
	c, _ := extractSeeds(t)
	require.NotEmpty(t, c.Quotes)
	for i, q := range c.Quotes {
		a := c.Articles[q.Article]
		assert.Equal(t, i, int(q.ID))
		assert.Equal(t, a.Text[q.Span().Start:q.Span().End], q.Text)
		assert.Equal(t, a.File, q.File)
		assert.NotEqual(t, corpus.ParaBoilerplate, a.Paragraphs[q.Paragraph].Kind)
		assert.True(t, a.Paragraphs[q.Paragraph].Span().Contains(q.Span()), "quote %d outside its paragraph", i)
		if q.SpeakerID != corpus.NoPerson {
			assert.Equal(t, c.People[q.SpeakerID].Name, q.Speaker)
		}
	}
}
