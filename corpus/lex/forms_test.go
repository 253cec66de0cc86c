package lex

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFormsAreTheIrregularOnes(t *testing.T) {
	tests := []struct {
		lemma string
		has   []string
	}{
		{"pay", []string{"paid"}},
		{"sell", []string{"sold"}},
		{"underpay", []string{"underpaid"}},
		{"rise", []string{"rose", "risen"}},
		{"resign", nil}, // regular: the stemmer joins its forms
		{"harbour", nil},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			got := Forms(tt.lemma)
			if tt.has == nil {
				assert.Empty(t, got)
				return
			}
			assert.Subset(t, got, tt.has)
		})
	}
}
