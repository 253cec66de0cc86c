package load

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every file that looks like part of the corpus and is not read is warned
// about: a manifest linked from outside the folder, a named pipe.
func TestSkippedFilesAreWarnedAbout(t *testing.T) {
	outside := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(outside, "sources.yaml"), []byte("- file: a.txt\n  outlet: Elsewhere\n"), 0o644))
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(goodArticle), 0o644))
	if err := os.Symlink(filepath.Join(outside, "sources.yaml"), filepath.Join(dir, "sources.yaml")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("named pipes unavailable: %v", err)
	}
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "notes.pipe"), 0o644))

	for _, tc := range []struct {
		name string
		open func(t *testing.T) fs.FS
	}{
		{"os.DirFS", func(t *testing.T) fs.FS { return os.DirFS(dir) }},
		{"os.Root", func(t *testing.T) fs.FS {
			r, err := os.OpenRoot(dir)
			require.NoError(t, err)
			t.Cleanup(func() { r.Close() })
			return r.FS()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(tc.open(t), dir, Options{})
			require.NoError(t, err)
			require.Len(t, c.Articles, 1)
			assert.Empty(t, c.Articles[0].OutletFrom, "the manifest out of the folder is not read")
			got := map[string]string{}
			for _, p := range c.Problems {
				got[p.File] = p.Msg
			}
			assert.Equal(t, map[string]string{
				"sources.yaml": "skipped: symbolic link out of the folder",
				"pipe.txt":     "skipped: not a regular file (a named pipe)",
			}, got)
			l, err := Scan(tc.open(t))
			require.NoError(t, err)
			assert.Contains(t, l.Ignored, Ignored{"notes.pipe", "not a regular file (a named pipe)"})
		})
	}
}
