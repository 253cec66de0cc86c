package bot

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"factdesk/corpus/engine"
)

// latencyBuckets are the histogram's upper bounds in seconds: autocomplete
// must answer in well under a second, commands within Discord's 3 s.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2.5, 5, 10}

// Metrics counts interactions and their latency, and writes them in the
// Prometheus text format (by hand: one small writer is not worth a
// dependency).
type Metrics struct {
	stats func() engine.Stats
	// gateway reports whether the gateway session is ready; nil in HTTP
	// mode. Set before the metrics are served.
	gateway func() (string, bool)

	mu     sync.Mutex
	counts map[[3]string]uint64 // kind, command, outcome
	hist   map[[2]string]*histogram
	votes  map[[2]string]uint64 // command, "up" or "down"
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	n      uint64
}

// NewMetrics returns empty metrics; stats, when not nil, reports the
// corpus size at each scrape.
func NewMetrics(stats func() engine.Stats) *Metrics {
	return &Metrics{stats: stats, counts: map[[3]string]uint64{}, hist: map[[2]string]*histogram{}, votes: map[[2]string]uint64{}}
}

// Observe counts one interaction.
func (m *Metrics) Observe(kind Kind, command, outcome string, d time.Duration) {
	command = labelName(command)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.counts[[3]string{kind.String(), command, outcome}]++
	k := [2]string{kind.String(), command}
	h := m.hist[k]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets))}
		m.hist[k] = h
	}
	s := d.Seconds()
	for i, b := range latencyBuckets {
		if s <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += s
	h.n++
}

// Vote counts one 👍 ("up") or 👎 ("down") under an answer of command.
func (m *Metrics) Vote(command, vote string) {
	m.mu.Lock()
	if vote != "up" && vote != "down" {
		vote = "other"
	}
	m.votes[[2]string{labelName(command), vote}]++
	m.mu.Unlock()
}

// labelName keeps label values to names we registered: anything odd is
// "other", so a forged interaction cannot blow up the series count. A
// message command's name is lowered and its spaces become '_' ("Who said
// this?" is who_said_this).
func labelName(s string) string {
	if !knownCommands()[s] {
		return "other"
	}
	return strings.ReplaceAll(strings.TrimRight(strings.ToLower(s), "?"), " ", "_")
}

// knownCommands are the names a command label may take: the registered
// commands, /add, and the prefixes of the buttons' custom ids. Any other
// name a signed request sends is "other", so the label's values stay
// bounded.
var knownCommands = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"add": true}
	for _, c := range Commands() {
		m[c.Name] = true
	}
	for _, b := range buttonPrefixes {
		m[b] = true
	}
	return m
})

// buttonPrefixes name the buttons' routes (the custom id before '|').
var buttonPrefixes = []string{"more", "vote", "del", "quotes", "sources"}

// WriteTo writes the metrics in the Prometheus text exposition format.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	m.mu.Lock()
	b.WriteString("# HELP factdesk_interactions_total Interactions handled, by kind, command and outcome.\n# TYPE factdesk_interactions_total counter\n")
	for _, k := range sortedKeys(m.counts, func(k [3]string) []string { return k[:] }) {
		fmt.Fprintf(&b, "factdesk_interactions_total{kind=%q,command=%q,outcome=%q} %d\n", k[0], k[1], k[2], m.counts[k])
	}
	b.WriteString("# HELP factdesk_interaction_duration_seconds Time to compute a reply.\n# TYPE factdesk_interaction_duration_seconds histogram\n")
	for _, k := range sortedKeys(m.hist, pair) {
		h := m.hist[k]
		var cum uint64
		for i, le := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(&b, "factdesk_interaction_duration_seconds_bucket{kind=%q,command=%q,le=%q} %d\n", k[0], k[1], strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(&b, "factdesk_interaction_duration_seconds_bucket{kind=%q,command=%q,le=\"+Inf\"} %d\n", k[0], k[1], h.n)
		fmt.Fprintf(&b, "factdesk_interaction_duration_seconds_sum{kind=%q,command=%q} %s\n", k[0], k[1], strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(&b, "factdesk_interaction_duration_seconds_count{kind=%q,command=%q} %d\n", k[0], k[1], h.n)
	}
	b.WriteString("# HELP factdesk_feedback_total Votes under answers, by command and vote (up or down).\n# TYPE factdesk_feedback_total counter\n")
	for _, k := range sortedKeys(m.votes, pair) {
		fmt.Fprintf(&b, "factdesk_feedback_total{command=%q,vote=%q} %d\n", k[0], k[1], m.votes[k])
	}
	m.mu.Unlock()
	if m.gateway != nil {
		up := 0
		if _, ok := m.gateway(); ok {
			up = 1
		}
		fmt.Fprintf(&b, "# HELP factdesk_gateway_up 1 while the gateway session is ready, 0 while it connects, is down or closed.\n# TYPE factdesk_gateway_up gauge\nfactdesk_gateway_up %d\n", up)
	}
	if m.stats != nil {
		st := m.stats()
		for _, g := range []struct {
			name, help string
			v          int
		}{
			{"factdesk_corpus_articles", "Articles in the corpus.", st.Articles},
			{"factdesk_corpus_bytes", "Bytes of article text in the corpus.", st.Bytes},
			{"factdesk_corpus_quotes", "Attributed quotations in the corpus.", st.Quotes},
			{"factdesk_corpus_facts", "Facts in the corpus.", st.Facts},
			{"factdesk_corpus_people", "People and organisations in the corpus.", st.People},
		} {
			fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", g.name, g.help, g.name, g.name, g.v)
		}
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// sortedKeys are m's label tuples in order, so each scrape lists the
// series alike.
func sortedKeys[K comparable, V any](m map[K]V, labels func(K) []string) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int { return slices.Compare(labels(a), labels(b)) })
	return keys
}

func pair(k [2]string) []string { return k[:] }

// Handler serves /metrics.
func (m *Metrics) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		m.WriteTo(w)
	})
}
