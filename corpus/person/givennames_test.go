package person

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGivenGender(t *testing.T) {
	for _, tc := range []struct {
		name string
		want int
	}{
		{"Owen", 1},
		{"owen", 1},
		{"OWEN", 1},
		{"Jane", -1},
		{"Anne-Marie", -1},
		{"José", 1}, // accents off: "jose"
		{"Zoë", -1},
		{"Kelly", 0},   // in both lists
		{"Vell", 0},    // in neither
		{"J.", 0},      // an initial
		{"", 0},        // nothing
		{"O'", 0},      // no table line
		{"Ann Lee", 0}, // a full name is no given name
		{strings.Repeat("a", 100), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, GivenGender(tc.name))
		})
	}
}

func TestIsGivenName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Kelly", true}, // of both genders
		{"Owen", true},
		{"Reprising", false},
		{"Contrast", false},
		{"", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, IsGivenName(tc.name))
		})
	}
}

// TestGivenLookup searches small invented tables, the first and last
// line and names that fall between lines included.
func TestGivenLookup(t *testing.T) {
	table := "abe m\nada f\nal b\nalan m\nzed m\n"
	for _, tc := range []struct {
		table, key string
		want       byte
	}{
		{table, "abe", 'm'},
		{table, "ada", 'f'},
		{table, "al", 'b'},
		{table, "alan", 'm'},
		{table, "zed", 'm'},
		{table, "aa", 0},    // before the first line
		{table, "ab", 0},    // a prefix of a name
		{table, "ala", 0},   // between two lines
		{table, "zz", 0},    // after the last line
		{"", "abe", 0},      // an empty table
		{"abe m", "abe", 0}, // no final newline: not a line
		{"abe\nada f\n", "abe", 0},
		{"abe mm\n", "abe", 0},
	} {
		t.Run(tc.key+"/"+strings.ReplaceAll(tc.table, "\n", "|"), func(t *testing.T) {
			assert.Equal(t, tc.want, givenLookup(tc.table, []byte(tc.key)))
		})
	}
}

// TestGivenTable checks the embedded table's shape: sorted, one "name g"
// per line, every name found by the search.
func TestGivenTable(t *testing.T) {
	require.True(t, strings.HasSuffix(givenNames, "\n"))
	lines := strings.Split(strings.TrimSuffix(givenNames, "\n"), "\n")
	require.Greater(t, len(lines), 5000)
	prev := ""
	for _, l := range lines {
		name, g, ok := strings.Cut(l, " ")
		require.True(t, ok, l)
		require.Contains(t, []string{"f", "m", "b"}, g, l)
		require.Less(t, prev, name, "not sorted at %q", l)
		require.Equal(t, g[0], givenLookup(givenNames, []byte(name)), l)
		prev = name
	}
}

func FuzzGivenGender(f *testing.F) {
	for _, s := range []string{"Owen", "José", "Anne-Marie", "", "O'", "\xff", "a\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		g := GivenGender(name)
		if g < -1 || g > 1 {
			t.Fatalf("GivenGender(%q) = %d", name, g)
		}
		if g != 0 && GivenGender(strings.ToUpper(name)) != g && strings.ToLower(strings.ToUpper(name)) == strings.ToLower(name) {
			t.Fatalf("GivenGender(%q) = %d but not in upper case", name, g)
		}
	})
}

func BenchmarkGivenGender(b *testing.B) {
	names := []string{"Owen", "Jane", "Vell", "Kelly", "José"}
	for i := 0; b.Loop(); i++ {
		GivenGender(names[i%len(names)])
	}
}
