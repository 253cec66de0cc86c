package person

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOneLine(t *testing.T) {
	for _, s := range []string{"", "Trump", "Donald J. Trump", " Trump", "Trump ", "Donald  Trump", "Donald\nTrump", "Donald\u00a0Trump", "Zelenskyy Volodymyr"} {
		t.Run(s, func(t *testing.T) {
			if oneLine(s) {
				assert.Equal(t, strings.Join(strings.Fields(s), " "), s)
			}
		})
	}
	assert.True(t, oneLine("Donald J. Trump"))
	assert.False(t, oneLine("Donald  Trump"))
}
