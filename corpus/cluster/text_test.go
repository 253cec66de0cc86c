package cluster

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFirstText(t *testing.T) {
	many := make([]string, 5000)
	for i := range many {
		many[i] = fmt.Sprintf("sentence %d", i%1234)
	}
	tests := []struct {
		name  string
		texts []string
	}{
		{"none", nil},
		{"all different", []string{"a", "b", "c"}},
		{"repeats", []string{"a", "b", "a", "", "b", "a", ""}},
		{"many, repeated", many},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := make([]int32, len(tt.texts))
			seen := map[string]int32{}
			for i, s := range tt.texts {
				if _, ok := seen[s]; !ok {
					seen[s] = int32(i)
				}
				want[i] = seen[s]
			}

			got := firstText(len(tt.texts), func(i int) string { return tt.texts[i] })

			assert.Equal(t, want, got)
		})
	}
}
