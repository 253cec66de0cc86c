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
