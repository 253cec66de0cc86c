package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A post taken "as" ends where a clause of time opens ("once", "until"):
// the clause says when, and its words describe no one's post. Read into
// the post, they found whoever a phrase beside a name described so (the
// one the clause speaks of, or someone else).
func TestPostTakenAsEndsAtAClauseOfTime(t *testing.T) {
	tests := []struct{ name, q, post string }{
		{"once", "who took charge of the port as caretaker once the harbour master was dismissed", "caretaker"},
		{"until", "who stepped in as acting harbour master until Lund was back", "acting harbour master"},
		{"after, as before", "who took over as ferry chief after Berg quit", "ferry chief"},
		{"no clause", "who took over as interim harbour master", "interim harbour master"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := Parse(tt.q)
			at := -1
			for i, w := range q.Words {
				if w.Fold == "as" {
					at = i + 1
					break
				}
			}
			assert.Equal(t, tt.post, roleSpan(q, at))
		})
	}
}
