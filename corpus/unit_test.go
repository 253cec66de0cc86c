package corpus

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Facts are extracted on several goroutines, and answers read units while
// a corpus grows: codes must stay stable and readable meanwhile.
func TestUnitOfConcurrent(t *testing.T) {
	tests := []struct {
		name    string
		workers int
		words   int
	}{
		{"one worker", 1, 50},
		{"four workers on the same words", 4, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codes := make([][]Unit, tt.workers)
			var wg sync.WaitGroup
			for w := range tt.workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range tt.words {
						s := fmt.Sprintf("%s unit %d", tt.name, i)
						u := UnitOf(s)
						assert.Equal(t, s, u.String())
						codes[w] = append(codes[w], u)
					}
				}()
			}
			wg.Wait()
			for w := 1; w < tt.workers; w++ {
				assert.Equal(t, codes[0], codes[w], "the same word, the same code")
			}
		})
	}
}
