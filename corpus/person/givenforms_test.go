package person

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSameGiven(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"jim", "james", true},
		{"bill", "william", true},
		{"bob", "robert", true},
		{"kate", "catherine", true},
		{"kate", "katherine", true},
		{"katie", "kathryn", true},
		{"alex", "alexandra", true},
		{"jim", "julie", false},
		{"bob", "william", false},
		{"jo", "john", false},
		{"", "james", false},
	} {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, SameGiven(tt.a, tt.b))
			assert.Equal(t, tt.want, SameGiven(tt.b, tt.a))
		})
	}
}
