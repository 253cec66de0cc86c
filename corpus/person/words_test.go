package person

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKey(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Trump", "trump"},
		{"Donald J. Trump", "donald j trump"},
		{"  Donald \t  Trump\n", "donald trump"},
		{"Trump's", "trump"},
		{"TRUMP'S", "trump"},
		{"Trump\u2019s", "trump"},
		{"Trump's.", "trump's"},
		{"Jr.'s", "jr"},
		{"U.S.", "us"},
		{"a . b", "a b"},
		{". a", "a"},
		{"'s", ""},
		{"", ""},
		{"donald trump", "donald trump"},
		{"Zelenskyy\u00a0Volodymyr", "zelenskyy volodymyr"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Key(tt.in))
			assert.Equal(t, tt.want, slowKey(tt.in), "the general path agrees")
		})
	}
}

// FuzzKey checks the one-pass ASCII key against the general one.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Donald J. Trump", "Trump's", " a . b ", "Jr.'s", "x\t\ny's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, ok := asciiKey(s); ok && k != slowKey(s) {
			t.Fatalf("asciiKey(%q) = %q, slowKey = %q", s, k, slowKey(s))
		}
	})
}

// classOf must answer as has does for each word set it joins.
func TestClassOf(t *testing.T) {
	sets := []struct {
		name  string
		words map[string]bool
		cl    class
	}{{"stopCaps", stopCaps, clStopCap}, {"titles", titles, clTitle}, {"orgWords", orgWords, clOrg},
		{"placeFirst", placeFirst, clPlaceFirst}, {"placeWords", placeWords, clPlace}, {"calendar", calendar, clCalendar}}
	probe := []string{"The", "Sen.", "SENATE", "House's", "New", "york", "Monday", "Trump", "O'Brien", "Zelenskyy", "Jan.", "St.", ""}
	for _, set := range sets {
		for w := range set.words {
			probe = append(probe, w)
		}
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			for _, w := range probe {
				assert.Equal(t, has(set.words, w), classOf(w)&set.cl != 0, w)
			}
		})
	}
}

// keyIn, pairIn and keySet read and write a set of keys as m[Key(…)]
// does, for any text, and make no string for an ASCII name looked up.
func TestKeyHelpersAreKeyLookUps(t *testing.T) {
	set := map[string]bool{}
	forms := []string{
		"Brenn", "BRENN", "brenn", "Brenn's", "O'Dwyer", "Dr. Ola Brenn", " Ola  Brenn ",
		"Ola\vBrenn", "Ola\fBrenn", "Åsa", "ÅSA", "Lindqvist’s", "", "a-name-of-more-than-sixty-four-bytes-written-out-in-one-long-run-ok",
	}
	for i, f := range forms {
		if i%2 == 0 {
			keySet(set, f)
		}
	}
	want := map[string]bool{}
	for i, f := range forms {
		if i%2 == 0 {
			want[Key(f)] = true
		}
	}
	assert.Equal(t, want, set)
	for _, a := range forms {
		t.Run(a, func(t *testing.T) {
			assert.Equal(t, set[Key(a)], keyIn(set, a))
			for _, b := range forms[:4] {
				assert.Equal(t, set[Key(a+" "+b)], pairIn(set, a, b), "%q %q", a, b)
			}
		})
	}
	set["ola brenn"] = true
	allocs := testing.AllocsPerRun(100, func() {
		if !pairIn(set, "Ola", "Brenn") || !keyIn(set, "Ola Brenn") {
			t.Fatal("Ola Brenn is in the set")
		}
	})
	assert.Zero(t, allocs)
}
