package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOneReadsAnArticleAsLoadWould(t *testing.T) {
	text := "Ferry crews vote to strike\n\nCrews on the island ferry have voted to strike for four days, the union said on Wednesday.\n"
	outlet := "Harbour Gazette"
	tests := []struct {
		name, file, text string
		m                *Manifest
		want             string // error, or "" for an article
	}{
		{"an article with its entry", "002_a.txt", text, &Manifest{File: "002_a.txt", Outlet: &outlet, URL: "https://x.example/a"}, ""},
		{"an article without one", "002_a.txt", text, nil, ""},
		{"not an article name", "002_a.html", text, nil, "002_a.html: not an article (.txt or .md)"},
		{"binary", "002_a.txt", "\x00\x01", nil, "002_a.txt: skipped: binary file (NUL byte at offset 0)"},
		{"empty", "002_a.txt", " \n", nil, "002_a.txt: skipped: empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := One(tt.file, []byte(tt.text), tt.m)
			if tt.want != "" {
				assert.EqualError(t, err, tt.want)
				return
			}
			require.NoError(t, err)
			folder := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(folder, tt.file), []byte(tt.text), 0o644))
			c, err := Load(os.DirFS(folder), folder, Options{})
			require.NoError(t, err)
			loaded := c.Articles[0]
			assert.Equal(t, loaded.Paragraphs, a.Paragraphs, "the same paragraphs as Load")
			if tt.m != nil {
				assert.Equal(t, outlet, a.Outlet)
				assert.Equal(t, "manifest", a.OutletFrom)
				assert.Equal(t, "https://x.example/a", a.URL)
			}
		})
	}
}

func TestReadManifestFile(t *testing.T) {
	dir := t.TempDir()
	raw, list, err := ReadManifestFile(filepath.Join(dir, "sources.yaml"))
	require.NoError(t, err, "a missing manifest is none")
	assert.Nil(t, raw)
	assert.Nil(t, list)

	p := filepath.Join(dir, "sources.yaml")
	require.NoError(t, os.WriteFile(p, []byte("# desk\n- file: a.txt\n  outlet: Ledger\n"), 0o644))
	raw, list, err = ReadManifestFile(p)
	require.NoError(t, err)
	assert.Equal(t, "# desk\n- file: a.txt\n  outlet: Ledger\n", string(raw))
	require.Len(t, list, 1)
	assert.Equal(t, "Ledger", *list[0].Outlet)

	require.NoError(t, os.WriteFile(p, []byte("- file: a.txt\n  published: tomorrow\n"), 0o644))
	_, _, err = ReadManifestFile(p)
	assert.EqualError(t, err, p+`:1: entry 1: published "tomorrow": want YYYY-MM-DD`)
}
