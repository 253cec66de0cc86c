package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTable(t *testing.T) {
	got := table([]string{"jane", "kelly", "ann-marie"}, []string{"owen", "kelly"})
	assert.Equal(t, "ann-marie f\njane f\nkelly b\nowen m\n", string(got))
}

func TestReadNames(t *testing.T) {
	for _, tc := range []struct {
		name, json string
		want       []string
		err        string
	}{
		{"names lower-cased", `["Jane","Anne-Marie","O'Neil"]`, []string{"jane", "anne-marie", "o'neil"}, ""},
		{"not an array", `{"a":1}`, nil, "not a JSON array"},
		{"empty", `[]`, nil, "0 names"},
		{"a digit", `["Jane2"]`, nil, "is not a given name"},
		{"a space", `["Ann Lee"]`, nil, "is not a given name"},
		{"a leading hyphen", `["-Ann"]`, nil, "is not a given name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "names.json")
			require.NoError(t, os.WriteFile(path, []byte(tc.json), 0o644))
			got, err := readNames(path)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				assert.Contains(t, err.Error(), path)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func FuzzReadNames(f *testing.F) {
	for _, s := range []string{`["Jane"]`, `[]`, `["a b"]`, `[1]`, `"x"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		path := filepath.Join(t.TempDir(), "names.json")
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		names, err := readNames(path)
		if err != nil {
			return
		}
		for _, n := range names {
			if !valid(n) {
				t.Fatalf("readNames kept %q", n)
			}
		}
	})
}
