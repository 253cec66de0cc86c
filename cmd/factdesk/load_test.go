package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const article = "The council voted on Friday to build a new bridge across the harbour, ending years of argument over the old ferry route.\n\n\"This is the most important decision we have taken in a generation,\" the mayor said after the vote.\n"

// TestBadCorpusFolders runs every corpus command on folders nobody can use:
// each must exit 2 with one line that names the path and the problem.
func TestBadCorpusFolders(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // nil: the folder does not exist
		want  string            // after "<dir>"
	}{
		{"missing folder", nil, ": no such folder"},
		{"empty folder", map[string]string{}, ": empty folder: want article files (.txt or .md)"},
		{"no article files", map[string]string{"notes.pdf": "%PDF"}, ": no article files (.txt or .md)"},
		{"no readable article", map[string]string{"a.txt": "\x00\x00", "b.txt": "\xff\xfe"},
			": no readable article: 2 skipped (a.txt: skipped: binary file (NUL byte at offset 0))"},
		{"yaml error", map[string]string{"a.txt": article, "sources.yaml": "- file: a.txt\n  cites: [AP\n"},
			"/sources.yaml:1: did not find expected ',' or ']'"},
		{"bad published", map[string]string{"a.txt": article, "b.txt": article, "c.txt": article,
			"sources.yaml": "- file: a.txt\n- file: b.txt\n- file: c.txt\n  published: 2025-13-01\n"},
			`/sources.yaml:3: entry 3: published "2025-13-01": want YYYY-MM-DD`},
		{"entry without file", map[string]string{"a.txt": article, "sources.yaml": "- outlet: UNN\n"},
			"/sources.yaml:1: entry 1: no file"},
		{"entry naming a missing file", map[string]string{"a.txt": article, "sources.yaml": "- file: a.txt\n- file: b.txt\n"},
			`/sources.yaml:2: entry 2: file "b.txt": no such article in the folder`},
	}
	commands := [][]string{{"check"}, {"quotes", "--json", "--corpus"}, {"sources", "--corpus"}, {"ask", "who said it", "--corpus"}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			if tt.files != nil {
				require.NoError(t, os.Mkdir(dir, 0o755))
				for name, text := range tt.files {
					require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
				}
			}
			for _, cmd := range commands {
				out, _, err := runCLI(t, append(cmd, dir)...)
				require.Error(t, err, "%v", cmd)
				assert.Equal(t, 2, exitCode(err), "%v exits 2", cmd)
				assert.Equal(t, dir+tt.want, oneLine(err), "%v", cmd)
				assert.Equal(t, err.Error(), oneLine(err), "%v: one line", cmd)
				assert.Empty(t, out, "%v: nothing on stdout", cmd)
			}
		})
	}
}

func TestWarningsGoToStderr(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("bin\x00ary"), 0o644))
	out, errw, err := runCLI(t, "sources", "--json", "--corpus", dir)
	require.NoError(t, err)
	assert.Equal(t, "warning: b.txt: skipped: binary file (NUL byte at offset 3)\n", errw)
	assert.Contains(t, out, `"file": "a.txt"`)
	assert.NotContains(t, out, "b.txt", "stdout stays one clean JSON document")
}
