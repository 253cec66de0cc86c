package person

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

func TestByWordsDesc(t *testing.T) {
	mk := func(ns ...int) []candidate {
		var cs []candidate
		for _, n := range ns {
			cs = append(cs, candidate{words: make([]string, n)})
		}
		return cs
	}
	tests := []struct {
		name  string
		words []int
		want  []int
	}{
		{"none", nil, []int{}},
		{"one", []int{2}, []int{0}},
		{"longest first", []int{1, 3, 2}, []int{1, 2, 0}},
		{"equals keep their order", []int{2, 1, 2, 0, 1, 2}, []int{0, 2, 5, 1, 4, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, byWordsDesc(mk(tt.words...)))
		})
	}
}

func TestPrefixSuffix(t *testing.T) {
	tests := []struct {
		a, b           string
		n              int
		prefix, suffix bool
	}{
		{"ushakov", "ushkov", 2, true, true},
		{"ushakov", "oshokov", 3, false, true},
		{"witkoff", "witkof", 3, true, false},
		{"a", "ab", 2, false, false},
		{"zelenskyy", "zelensky", 2, true, false},
		{"šefčovič", "šefcovic", 2, true, false},
		{"ćosić", "čosić", 3, false, true},
		{"é", "éa", 1, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.prefix, prefix(tt.a, tt.b, tt.n), "prefix")
			assert.Equal(t, tt.suffix, suffix(tt.a, tt.b, tt.n), "suffix")
		})
	}
}

func TestAddRole(t *testing.T) {
	r := newResolver()
	id := r.add("Steve Witkoff", corpus.KindPerson)
	for _, role := range []string{"US envoy", "US envoy", "U.S. envoy", "special envoy", "Special Envoy", "US Envoy's"} {
		r.addRole(id, role)
	}
	assert.Equal(t, []string{"US envoy", "special envoy"}, r.people[id].Roles)

	// Roles set another way are read before the next is added.
	r.people[id].Roles = append(r.people[id].Roles, "the envoy")
	r.addRole(id, "The Envoy")
	r.addRole(id, "negotiator")
	assert.Equal(t, []string{"US envoy", "special envoy", "the envoy", "negotiator"}, r.people[id].Roles)
}
