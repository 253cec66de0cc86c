package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/quote"
)

func TestWeightsScore(t *testing.T) {
	w := quote.Weights{"none": -1.5, "subject": 2, "side=before": 0.25}
	tests := []struct {
		name  string
		feats []string
		want  float64
	}{
		{"nothing", nil, 0},
		{"unknown features weigh nothing", []string{"never-seen"}, 0},
		{"a sum", []string{"subject", "side=before", "never-seen"}, 2.25},
		{"negative", []string{"none"}, -1.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, w.Score(tt.feats), 1e-9)
		})
	}
}

// TestSpeakerModel: what the learned sieve does with quotations no rule
// attributed, end to end.
func TestSpeakerModel(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string // speaker "" means not a quotation of anyone
	}{
		{"a quotation after a paragraph about its speaker",
			"Mayor Hanna Ludvik spent Monday at the flooded bridge with her engineers.\n\"We will rebuild the whole bridge before the winter comes,\" Ludvik's office quoted her.",
			"We will rebuild the whole bridge before the winter comes,", "Hanna Ludvik"},
		{"a scare quote of two words is nobody's",
			"Hanna Ludvik walked over the \"new bridge\" on Monday.",
			"bold step", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs, _ := extract(t, tt.text)
			got, cue := "", ""
			for _, q := range qs {
				if q.Text == tt.quote {
					got, cue = q.Speaker, q.Cue
				}
			}
			assert.Equal(t, tt.speaker, got)
			if tt.speaker != "" {
				assert.Equal(t, "model", cue, "no rule attributes it")
			}
		})
	}
}

// TestAllSpeakerExamples: the trainer's examples of every quotation hold
// those a rule attributed too, with the speaker among the candidates; the
// cue-less examples hold only what the rules left.
func TestAllSpeakerExamples(t *testing.T) {
	text := "Mayor Hanna Ludvik spent Monday at the flooded bridge with her engineers.\n" +
		"\"We will rebuild the whole bridge before the winter comes,\" Ludvik said.\n" +
		"\"Ok\" was all the foreman added."
	arts, _, r := extract(t, text)
	all := quote.AllSpeakerExamples(arts, r)
	require.Len(t, all, 1, "a quotation of four words or more; the one-word one is left out")
	ex := all[0]
	assert.Equal(t, "We will rebuild the whole bridge before the winter comes,", ex.Quote.Of(arts[0].Text))
	require.NotEmpty(t, ex.Candidates)
	assert.True(t, ex.Candidates[0].Span.IsZero(), "the first choice is nobody")
	var names []string
	for _, c := range ex.Candidates[1:] {
		names = append(names, c.Span.Of(arts[0].Text))
	}
	assert.Contains(t, names, "Ludvik")
	assert.Empty(t, quote.SpeakerExamples(arts, r), "the rules attributed it")
}
