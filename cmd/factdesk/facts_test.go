package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// jsonFact is one element of `factdesk facts --json`: a fact cluster.
type jsonFact struct {
	Text     string      `json:"text"`
	File     string      `json:"file"`
	Values   []jsonValue `json:"values"`
	People   []string    `json:"people"`
	Reported []string    `json:"reported_by"`
	Wordings []string    `json:"wordings"`
}

// jsonValue is a corpus.Value as JSON has it, kind as a word.
type jsonValue struct {
	Kind string      `json:"kind"`
	Text string      `json:"text"`
	Span corpus.Span `json:"span"`
	Norm string      `json:"norm"`
	Num  float64     `json:"num"`
	Unit string      `json:"unit"`
}

func factsJSON(t *testing.T) []jsonFact {
	t.Helper()
	var out, errw bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"facts", "--json"}, &out, &errw))
	assert.Empty(t, errw.String())
	var facts []jsonFact
	require.NoError(t, json.Unmarshal(out.Bytes(), &facts))
	require.NotEmpty(t, facts)
	return facts
}

// withValue returns the fact clusters whose representative states a value
// of kind with Norm norm.
func withValue(facts []jsonFact, kind, norm string) []jsonFact {
	var out []jsonFact
	for _, f := range facts {
		for _, v := range f.Values {
			if v.Kind == kind && v.Norm == norm {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

func TestFactsCommand(t *testing.T) {
	facts := factsJSON(t)
	seeds := []string{"000_981dd985cbecc03a.txt", "001_25263e0e9f502eb7.txt", "002_2912ca18f64d4cc1.txt", "003_9bbf0a362083fbb8.txt", "004_ea041a958015aa0f.txt"}

	t.Run("the October 14 call is one fact reported by four outlets", func(t *testing.T) {
		got := withValue(facts, "date", "2025-10-14")
		require.Len(t, got, 1, "clusters stating 2025-10-14")
		assert.Subset(t, got[0].Reported, seeds[1:])
		all := strings.Join(got[0].Wordings, "\n")
		for _, w := range []string{"Oct. 14", "October 14", "the 14th of October"} {
			assert.Contains(t, all, w)
		}
	})
	t.Run("the call lasted just over five minutes", func(t *testing.T) {
		got := withValue(facts, "duration", "PT5M")
		require.Len(t, got, 1)
		for _, v := range got[0].Values {
			if v.Kind == "duration" {
				assert.Equal(t, "just over five minutes", v.Text)
				assert.InDelta(t, 300, v.Num, 1e-9)
			}
		}
		assert.Contains(t, got[0].Reported, seeds[2])
	})
	t.Run("the October 29 call is another fact", func(t *testing.T) {
		got := withValue(facts, "date", "2025-10-29")
		require.Len(t, got, 1)
		assert.Equal(t, []string{seeds[3]}, got[0].Reported)
	})
	t.Run("footers and datelines are not facts", func(t *testing.T) {
		for _, f := range facts {
			for _, w := range f.Wordings {
				assert.NotContains(t, w, "Copyright")
				assert.NotContains(t, w, "+91")
				assert.NotContains(t, w, "IST")
			}
		}
	})
}
