package load

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quickCases are manifests the fast path reads or turns down; either way
// ParseManifest must return what the YAML library gives.
var quickCases = []struct {
	name  string
	in    string
	quick bool // the fast path reads it
}{
	{"plain", "- file: a.txt\n  outlet: UNN\n  published: 2025-11-26\n  cites: [Bloomberg, AP]\n", true},
	{"comments and blank lines", "# head\n\n- file: a.txt\n  # note\n  outlet: Daily Ledger\n\n- file: b.txt\n", true},
	{"null outlet", "- file: a.txt\n  outlet: null\n- file: b.txt\n  outlet: ~\n- file: c.txt\n  outlet:\n", true},
	{"one cite as a scalar", "- file: a.txt\n  cites: Reuters\n", true},
	{"null cites", "- file: a.txt\n  cites: null\n- file: b.txt\n  cites:\n", true},
	{"empty list", "- file: a.txt\n  cites: []\n", true},
	{"null in a list", "- file: a.txt\n  cites: [AP, null, ~, Reuters]\n", true},
	{"spaces in a list", "- file: a.txt\n  cites: [ AP ,Reuters ]\n", true},
	{"unknown keys", "- file: a.txt\n  how: the text says so\n  date: 2025-01-01\n", true},
	{"url", "- file: a.txt\n  url: https://example.org/a?b=c\n", true},
	{"words YAML could read as other types", "- file: 123\n  outlet: true\n  url: 0x1F\n  cites: [yes, 1.5, no]\n- file: b.txt\n  outlet: .inf\n  published: 2025-11-26\n", true},
	{"trailing spaces", "- file: a.txt  \n  outlet: UNN   \n", true},
	{"bad date is the checker's", "- file: a.txt\n  published: 2025-13-01\n", true},
	{"missing file is the checker's", "- outlet: UNN\n", true},
	{"the same file twice is the checker's", "- file: a.txt\n- file: a.txt\n", true},
	{"a path is the checker's", "- file: ../etc/passwd\n", true},
	{"empty", "", false},
	{"only comments", "# nothing\n", false},
	{"quoted", "- file: a.txt\n  outlet: \"  \"\n", false},
	{"single quoted", "- file: a.txt\n  outlet: 'UNN'\n", false},
	{"comment after a value", "- file: a.txt\n  outlet: UNN # the agency\n", false},
	{"tab", "- file: a.txt\n\toutlet: UNN\n", false},
	{"CRLF", "- file: a.txt\r\n  outlet: UNN\r\n", false},
	{"BOM", "\ufeff- file: a.txt\n", false},
	{"non-ASCII", "- file: a.txt\n  outlet: Süddeutsche Zeitung\n", false},
	{"block list", "- file: a.txt\n  cites:\n    - AP\n", false},
	{"block list at the key's column", "- file: a.txt\n  cites:\n  - AP\n", false},
	{"nested mapping", "- file: a.txt\n  cites: {AP: 1}\n", false},
	{"a repeated key", "- file: a.txt\n  file: b.txt\n", false},
	{"a mapping, not a list", "file: a.txt\n", false},
	{"a scalar entry", "- file: a.txt\n- b.txt\n", false},
	{"continued value", "- file: a.txt\n  outlet: Daily\n    Ledger\n", false},
	{"document marker", "---\n- file: a.txt\n", false},
	{"colon in a value", "- file: a.txt\n  outlet: UNN: Kyiv\n", false},
	{"value ending in a colon", "- file: a.txt\n  outlet: UNN:\n", false},
	{"list left open", "- file: a.txt\n  cites: [AP\n", false},
	{"empty list item", "- file: a.txt\n  cites: [AP, , Reuters]\n", false},
	{"trailing comma", "- file: a.txt\n  cites: [AP,]\n", false},
	{"nested list", "- file: a.txt\n  cites: [[AP]]\n", false},
	{"anchor", "- file: &x a.txt\n", false},
	{"tag", "- file: !!str a.txt\n", false},
	{"indented list", "  - file: a.txt\n", false},
	{"dash without space", "-file: a.txt\n", false},
	{"key with capitals", "- File: a.txt\n", false},
	{"no space after the colon", "- file:a.txt\n", false},
	{"block scalar", "- file: a.txt\n  outlet: |\n    UNN\n", false},
	{"a key too long to be a plain key", "- file: a.txt\n  d" + strings.Repeat("y", 1100) + "tex: 2025-01-01\n", false},
	{"a long unknown key", "- file: a.txt\n  " + strings.Repeat("y", 100) + ": 1\n", false},
}

func TestQuickManifest(t *testing.T) {
	for _, tt := range quickCases {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := quickManifest([]byte(tt.in))
			assert.Equal(t, tt.quick, ok, "fast path taken")
			want, wantErr := parseManifest([]byte(tt.in), "sources.yaml", false)
			got, gotErr := ParseManifest([]byte(tt.in), "sources.yaml")
			if wantErr != nil {
				require.Error(t, gotErr)
				assert.Equal(t, wantErr.Error(), gotErr.Error())
				return
			}
			require.NoError(t, gotErr)
			assert.Equal(t, want, got)
		})
	}
}

// FuzzQuickManifest checks that the fast path, when it takes a file,
// reads it as the YAML library does.
func FuzzQuickManifest(f *testing.F) {
	for _, tt := range quickCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if _, ok := quickManifest([]byte(in)); !ok {
			return
		}
		want, wantErr := parseManifest([]byte(in), "sources.yaml", false)
		got, gotErr := ParseManifest([]byte(in), "sources.yaml")
		if (wantErr == nil) != (gotErr == nil) || wantErr != nil && wantErr.Error() != gotErr.Error() {
			t.Fatalf("%q: error %v, want %v", in, gotErr, wantErr)
		}
		assert.Equal(t, want, got, "%q", in)
	})
}
