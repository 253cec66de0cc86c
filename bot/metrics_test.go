package bot

import (
	"bufio"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
)

func TestMetricsText(t *testing.T) {
	m := NewMetrics(func() engine.Stats { return engine.Stats{Articles: 5, Quotes: 40, Bytes: 12345} })
	m.Observe(KindCommand, "ask", "ok", 3*time.Millisecond)
	m.Observe(KindCommand, "ask", "ok", 700*time.Millisecond)
	m.Observe(KindCommand, "ask", "error", 20*time.Second)
	m.Observe(KindAutocomplete, "quotes", "ok", time.Millisecond)
	m.Observe(KindCommand, `evil"} 1`+"\n", "ok", time.Millisecond)
	var b strings.Builder
	_, err := m.WriteTo(&b)
	require.NoError(t, err)
	out := b.String()

	for _, want := range []string{
		`factdesk_interactions_total{kind="command",command="ask",outcome="ok"} 2`,
		`factdesk_interactions_total{kind="command",command="ask",outcome="error"} 1`,
		`factdesk_interactions_total{kind="command",command="other",outcome="ok"} 1`,
		`factdesk_interaction_duration_seconds_bucket{kind="command",command="ask",le="0.005"} 1`,
		`factdesk_interaction_duration_seconds_bucket{kind="command",command="ask",le="1"} 2`,
		`factdesk_interaction_duration_seconds_bucket{kind="command",command="ask",le="10"} 2`,
		`factdesk_interaction_duration_seconds_bucket{kind="command",command="ask",le="+Inf"} 3`,
		`factdesk_interaction_duration_seconds_count{kind="command",command="ask"} 3`,
		"factdesk_corpus_articles 5",
		"factdesk_corpus_quotes 40",
		"# TYPE factdesk_interaction_duration_seconds histogram",
	} {
		assert.Contains(t, out, want)
	}
	// Every line is a comment or a well-formed sample.
	sample := regexp.MustCompile(`^[a-z_]+(\{([a-z_]+="[^"\\\n]*",?)+\})? [0-9.e+-]+$`)
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# HELP ") || strings.HasPrefix(line, "# TYPE ") {
			continue
		}
		assert.Regexp(t, sample, line)
	}
}
