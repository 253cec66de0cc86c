package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPersonNoun(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"spokesman", true}, {"native", true}, {"coroner", true}, {"official", true}, {"boss", true},
		{"Argentinian", true}, {"head", true}, {"narrator", true}, {"counsellor", true},
		{"spot", false}, {"election", false}, {"letter", false}, {"statement", false}, {"ministry", false},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			assert.Equal(t, tt.want, personNoun(tt.w))
		})
	}
}
