package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

// The filter's features are what a reader sees of a quotation: its form,
// its length, how it opens and ends, who speaks and where the cue stands.
func TestFilterFeatures(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		quote      string
		has, lacks []string
	}{
		{"a whole sentence of speech with its cue after it",
			intro + "\"We will not sign this deal,\" Weber said.",
			"We will not sign this deal,",
			[]string{"bias", "form:marked", "w:8", "start:upper", "end:,", "person-word", "spk:name", "cue-side:after", "sent-before:0", "kind:person"},
			[]string{"form:fragment", "title-case", "spk:none", "headline"}},
		{"a few words inside reported speech",
			intro + "Weber said the talks were \"a complete farce\" and left early.",
			"a complete farce",
			[]string{"form:fragment", "w:3", "start:lower", "end:word", "mid-sentence|w:3", "cue-side:before"},
			[]string{"person-word", "sent-before:0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*corpus.Article{article(0, tc.text)}
			qs, by, feats := quote.ExtractFeatures(arts, person.Build(arts))
			require.Len(t, feats, len(qs))
			require.Len(t, by, len(qs))
			i := -1
			for k, q := range qs {
				if q.Text == tc.quote {
					i = k
				}
			}
			require.GreaterOrEqual(t, i, 0, "no quotation %q in %v", tc.quote, qs)
			for _, f := range tc.has {
				assert.Contains(t, feats[i], f)
			}
			for _, f := range tc.lacks {
				assert.NotContains(t, feats[i], f)
			}
		})
	}
}

// With the filter off (no threshold in its weights), extraction keeps what
// the sieves attributed, the same quotations the trainer sees.
func TestFilterOffKeepsEveryQuotation(t *testing.T) {
	text := intro + "\"We will not sign this deal,\" Weber said.\nKowalska called it \"a farce\" on Monday."
	arts := []*corpus.Article{article(0, text)}
	r := person.Build(arts)
	withFeats, _, _ := quote.ExtractFeatures(arts, r)
	plain := quote.Extract(arts, r)
	assert.Equal(t, len(withFeats), len(plain))
}

func TestFilterProb(t *testing.T) {
	for _, tc := range []struct {
		name  string
		w     quote.Weights
		feats []string
		want  float64
	}{
		{"no evidence either way", quote.Weights{"bias": 0}, []string{"bias"}, 0.5},
		{"weights add before the logistic", quote.Weights{"bias": 2, "x": -2}, []string{"bias", "x"}, 0.5},
		{"a feature without a weight counts nothing", quote.Weights{"bias": 0}, []string{"bias", "unseen"}, 0.5},
		{"a strong feature for speech", quote.Weights{"bias": 0, "s": 10}, []string{"bias", "s"}, 0.99995},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, quote.FilterProb(tc.w, tc.feats), 1e-4)
		})
	}
}
