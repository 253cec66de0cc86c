package person

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// firstField reads a name's first word and whether more follow, as
// strings.Fields would, for the given-name and group-noun checks.
func TestFirstField(t *testing.T) {
	for _, s := range []string{"", "   ", "Lund", " Ann  Berg ", "Harlow\tMutual\nGroup", "Berg \u00a0"} {
		t.Run(s, func(t *testing.T) {
			f := strings.Fields(s)
			first, more := firstField(s)
			if len(f) == 0 {
				assert.Equal(t, "", first)
				assert.False(t, more)
				return
			}
			assert.Equal(t, f[0], first)
			assert.Equal(t, len(f) > 1, more)
		})
	}
}
