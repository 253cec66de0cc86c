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

func TestSlip(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"ushakov", "ushkov", true},
		{"ushakov", "oshokov", true},
		{"witkoff", "witkof", true},
		{"zelenskyy", "zelensky", true},
		{"merkley", "berkeley", false},
		{"ellis", "ellie", false},
		{"trump", "trump", true},
		{"trump", "tramp", true},
		{"trump", "trumps", false},
		{"putin", "pautin", true},
		{"šefčovič", "šefčovic", false},
		{"šefčovič", "šefčovič", true},
		{"ab", "abcd", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, slip(tt.a, tt.b))
			assert.Equal(t, tt.want, slip(tt.b, tt.a), "either way round")
		})
	}
}

// FuzzSlip holds slip to its first form, which cut the shorter word out.
func FuzzSlip(f *testing.F) {
	f.Add("ushakov", "ushkov")
	f.Add("witkoff", "witkof")
	f.Fuzz(func(t *testing.T, a, b string) {
		ref := func(a, b string) bool {
			ra, rb := []rune(a), []rune(b)
			if len(ra) < len(rb) {
				ra, rb = rb, ra
			}
			switch len(ra) - len(rb) {
			case 0:
				return vowelSwaps(ra, rb) >= 0
			case 1:
				for i := range ra {
					if !vowel(ra[i]) && !(i > 0 && ra[i-1] == ra[i]) && !(i+1 < len(ra) && ra[i+1] == ra[i]) {
						continue
					}
					short := append(append([]rune{}, ra[:i]...), ra[i+1:]...)
					if n := vowelSwaps(short, rb); n >= 0 && n <= 1 {
						return true
					}
				}
			}
			return false
		}
		if got, want := slip(a, b), ref(a, b); got != want {
			t.Fatalf("slip(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

func TestNameKey(t *testing.T) {
	r := newResolver()
	id := r.add("Donald J. Trump", corpus.KindPerson)
	assert.Equal(t, "donald j trump", r.nameKey(id))
	r.people[id].Name = "Donald Trump" // a new canonical name is keyed anew
	assert.Equal(t, "donald trump", r.nameKey(id))
	other := r.add("Steve Witkoff", corpus.KindPerson)
	assert.Equal(t, "steve witkoff", r.nameKey(other))
}
