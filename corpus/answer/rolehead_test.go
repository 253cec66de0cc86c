package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// A lower-case description names someone only by the noun their role
// is: the head before what qualifies it.
func TestRoleHead(t *testing.T) {
	for _, c := range []struct{ role, head string }{
		{"harbour board candidate", "candidate"},
		{"a pilot who flew the ferry", "pilot"},
		{"Minister of Fisheries", "minister"},
		{"chief executive, Marlow Tiles", "executive"},
		{"the Velmont mayor's spokesman", "spokesman"},
	} {
		assert.Equal(t, index.Stem(c.head), roleHead(c.role), c.role)
	}
}
