package load

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

func TestParseManifest(t *testing.T) {
	in := `# what is known beyond the text
- file: a.txt
  outlet: UNN
  published: 2025-11-26
  cites: [Bloomberg, AP]
  how: the text says so

- file: b.txt
  outlet: null
  url: https://example.org/b
  cites: Reuters

- file: c.md
  outlet: "  "
`
	got, err := ParseManifest([]byte(in), "corpus/sources.yaml")
	require.NoError(t, err)
	require.Len(t, got, 3)

	assert.Equal(t, "a.txt", got[0].File)
	require.NotNil(t, got[0].Outlet)
	assert.Equal(t, "UNN", *got[0].Outlet)
	assert.Equal(t, corpus.Date{Year: 2025, Month: 11, Day: 26}, got[0].Date)
	assert.Equal(t, []string{"Bloomberg", "AP"}, []string(got[0].Cites))
	assert.Equal(t, 2, got[0].Line)

	assert.Nil(t, got[1].Outlet, "null means: not known, look in the text")
	assert.Equal(t, "https://example.org/b", got[1].URL)
	assert.Equal(t, []string{"Reuters"}, []string(got[1].Cites), "a single name is a one-element list")
	assert.True(t, got[1].Date.IsZero())

	assert.Nil(t, got[2].Outlet, "a blank outlet is no outlet")
}

func TestParseManifestEmpty(t *testing.T) {
	for _, in := range []string{"", "# only comments\n", "~\n", "[]\n"} {
		got, err := ParseManifest([]byte(in), "sources.yaml")
		require.NoError(t, err, "%q", in)
		assert.Empty(t, got)
	}
}

func TestParseManifestErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the whole one-line message
	}{
		{"yaml syntax", "- file: a.txt\n  outlet: [UNN\n",
			"corpus/sources.yaml:1: did not find expected ',' or ']'"},
		{"a mapping, not a list", "file: a.txt\n",
			"corpus/sources.yaml:1: want a list of entries (- file: NAME), got a mapping (key: value lines)"},
		{"an entry that is a scalar", "- file: a.txt\n- b.txt\n",
			"corpus/sources.yaml:2: entry 2: want file, outlet, url, published, cites; got a single value"},
		{"an entry without file", "- file: a.txt\n- outlet: UNN\n  published: 2025-11-26\n",
			"corpus/sources.yaml:2: entry 2: no file"},
		{"a month that does not exist", "- file: a.txt\n- file: b.txt\n- file: c.txt\n  published: 2025-13-01\n",
			`corpus/sources.yaml:3: entry 3: published "2025-13-01": want YYYY-MM-DD`},
		{"a day-first date", "- file: a.txt\n  published: 26-11-2025\n",
			`corpus/sources.yaml:1: entry 1: published "26-11-2025": want YYYY-MM-DD`},
		{"a time stamp", "- file: a.txt\n  published: 2025-11-26T10:00:00Z\n",
			`corpus/sources.yaml:1: entry 1: published "2025-11-26T10:00:00Z": want YYYY-MM-DD`},
		{"a path, not a file name", "- file: ../etc/passwd\n",
			`corpus/sources.yaml:1: entry 1: file "../etc/passwd": want a file name in this folder, not a path`},
		{"the same file twice", "- file: a.txt\n- file: a.txt\n",
			`corpus/sources.yaml:2: entry 2: file "a.txt" is already described by entry 1`},
		{"cites as a mapping", "- file: a.txt\n  cites: {AP: 1}\n",
			"corpus/sources.yaml:2: entry 1: want a name or a list of names, got a mapping (key: value lines)"},
		{"an entry that is an alias", "- &x file: a.txt\n- *x\n",
			"corpus/sources.yaml:2: entry 2: want file, outlet, url, published, cites; got an alias (*name): write the entry out in full"},
		{"an alias to no anchor", "- file: *nope\n",
			"corpus/sources.yaml: *nope refers to no &nope above it"},
		{"a tab for indent", "\t- file: a.txt\n",
			"corpus/sources.yaml: a character YAML cannot read here (a tab? indent with spaces)"},
		{"a quotation mark left open", "- file: \"a.txt\n",
			"corpus/sources.yaml:2: the file ends inside a value (a quotation mark or bracket left open?)"},
		{"outlet as a list", "- file: a.txt\n  outlet: [AP, UNN]\n",
			"corpus/sources.yaml:2: entry 1: outlet: want one value, got a list"},
		{"file as a list", "- file: [a.txt]\n",
			"corpus/sources.yaml:1: entry 1: file: want one value, got a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseManifest([]byte(tt.in), "corpus/sources.yaml")
			require.Error(t, err)
			assert.Equal(t, corpus.EINVALID, corpus.ErrorCode(err))
			assert.Equal(t, tt.want, err.Error())
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}
