package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A signed request may name any command; the command label must stay one
// of the registered names or "other", however many names are sent.
func TestMetricsCommandLabelIsBounded(t *testing.T) {
	tests := []struct {
		name, command, want string
	}{
		{"registered command", "ask", "ask"},
		{"another registered command", "whosaid", "whosaid"},
		{"lower-case name never registered", "deletecorpus", "other"},
		{"empty name", "", "other"},
		{"name with quotes", `ask"}`, "other"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelName(tt.command))
		})
	}
	t.Run("thousands of made-up names make one series", func(t *testing.T) {
		m := NewMetrics(nil)
		for i := 0; i < 5000; i++ {
			m.Observe(KindCommand, fmt.Sprintf("cmd%c%d", 'a'+i%26, i), "ok", time.Millisecond)
		}
		var b strings.Builder
		_, err := m.WriteTo(&b)
		require.NoError(t, err)
		assert.Equal(t, 1, strings.Count(b.String(), "factdesk_interactions_total{"))
		assert.Contains(t, b.String(), `command="other",outcome="ok"} 5000`)
	})
}
