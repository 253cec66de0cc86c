package index

import (
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMemoKeepsWhatItComputedUpToItsBound(t *testing.T) {
	calls := 0
	var mu sync.Mutex
	m := NewMemo(2, func(w string) int {
		mu.Lock()
		calls++
		mu.Unlock()
		return len(w)
	})
	tests := []struct {
		word      string
		want      int
		wantCalls int
	}{
		{"harbour", 7, 1},
		{"harbour", 7, 1}, // kept
		{"ferry", 5, 2},
		{"levy", 4, 3}, // past the bound: computed, not kept
		{"levy", 4, 4},
		{"ferry", 5, 4},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, m.Get(tt.word), tt.word)
		assert.Equal(t, tt.wantCalls, calls, tt.word)
	}
	assert.Equal(t, 2, m.Len())
}

func TestMemoIsSafeForConcurrentUse(t *testing.T) {
	m := NewMemo(100, func(w string) string { return w + "!" })
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				w := strconv.Itoa((g * i) % 150)
				assert.Equal(t, w+"!", m.Get(w))
			}
		}(g)
	}
	wg.Wait()
	assert.LessOrEqual(t, m.Len(), 100)
}
