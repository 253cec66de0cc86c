package bot

import (
	"fmt"
	"io"
	"net/http"
	"sort"
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

	mu     sync.Mutex
	counts map[[3]string]uint64 // kind, command, outcome
	hist   map[[2]string]*histogram
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	n      uint64
}

// NewMetrics returns empty metrics; stats, when not nil, reports the
// corpus size at each scrape.
func NewMetrics(stats func() engine.Stats) *Metrics {
	return &Metrics{stats: stats, counts: map[[3]string]uint64{}, hist: map[[2]string]*histogram{}}
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

// labelName keeps label values to names we registered: anything odd is
// "other", so a forged interaction cannot blow up the series count.
func labelName(s string) string {
	if !knownCommands()[s] {
		return "other"
	}
	return s
}

// knownCommands are the names a command label may take: any other name a
// signed request sends is "other", so the label's values stay bounded.
var knownCommands = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, c := range Commands() {
		m[c.Name] = true
	}
	return m
})

// WriteTo writes the metrics in the Prometheus text exposition format.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	m.mu.Lock()
	b.WriteString("# HELP factdesk_interactions_total Interactions handled, by kind, command and outcome.\n# TYPE factdesk_interactions_total counter\n")
	keys := make([][3]string, 0, len(m.counts))
	for k := range m.counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return strings.Join(keys[i][:], "\x00") < strings.Join(keys[j][:], "\x00") })
	for _, k := range keys {
		fmt.Fprintf(&b, "factdesk_interactions_total{kind=%q,command=%q,outcome=%q} %d\n", k[0], k[1], k[2], m.counts[k])
	}
	b.WriteString("# HELP factdesk_interaction_duration_seconds Time to compute a reply.\n# TYPE factdesk_interaction_duration_seconds histogram\n")
	hk := make([][2]string, 0, len(m.hist))
	for k := range m.hist {
		hk = append(hk, k)
	}
	sort.Slice(hk, func(i, j int) bool { return hk[i][0]+"\x00"+hk[i][1] < hk[j][0]+"\x00"+hk[j][1] })
	for _, k := range hk {
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
	m.mu.Unlock()
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

// Handler serves /metrics.
func (m *Metrics) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		m.WriteTo(w)
	})
}
