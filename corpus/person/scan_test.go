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

func TestScratchKeep(t *testing.T) {
	var sc scratch
	a := sc.keep([]string{"Donald", "Trump"})
	b := sc.keep([]string{"Witkoff"})
	assert.Equal(t, []string{"Donald", "Trump"}, a)
	assert.Equal(t, []string{"Witkoff"}, b)
	a = append(a, "Jr.") // copies out: b is not overwritten
	assert.Equal(t, []string{"Witkoff"}, b)
	long := make([]string, 5000)
	assert.Len(t, sc.keep(long), 5000)
	assert.Equal(t, []string{"Donald", "Trump", "Jr."}, a)
}
