package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPositionCountsLines(t *testing.T) {
	a := &Article{Text: "Title\n\nFirst line of the body.\nSecond."}
	for _, tc := range []struct {
		name           string
		off, line, col int
	}{
		{"start", 0, 1, 1},
		{"in the first line", 3, 1, 4},
		{"on a newline", 5, 1, 6},
		{"after a blank line", 7, 3, 1},
		{"last line", 33, 4, 3},
		{"past the end", 40, 4, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			line, col := a.Position(tc.off)
			assert.Equal(t, []int{tc.line, tc.col}, []int{line, col})
		})
	}
}
