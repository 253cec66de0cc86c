package engine_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
)

// A folder is read through os.OpenRoot: links inside it are followed,
// links out of it are refused with a warning, and reloading many times
// keeps no descriptor open.
func TestFolderReadThroughRoot(t *testing.T) {
	outside := t.TempDir()
	text := []byte("Envoy and aide spoke\n\nThe envoy said the talks went well and that a second call would follow next week.\n")
	require.NoError(t, os.WriteFile(filepath.Join(outside, "secret.txt"), text, 0o600))
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), text, 0o600))
	if err := os.Symlink("a.txt", filepath.Join(dir, "b.txt")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	require.NoError(t, os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "c.txt")))

	e, err := engine.OpenDir(dir, engine.Options{})
	require.NoError(t, err)
	assert.Equal(t, 2, e.Stats().Articles, "a.txt and the link to it inside the folder")
	require.Len(t, e.Corpus().Problems, 1)
	assert.Equal(t, "c.txt: skipped: symbolic link out of the folder", e.Corpus().Problems[0].Error())

	fds := func() int {
		ents, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Skipf("no /proc/self/fd: %v", err)
		}
		return len(ents)
	}
	before := fds()
	for range 20 {
		require.NoError(t, e.Reload(dir, engine.Options{}))
	}
	assert.LessOrEqual(t, fds(), before+2, "reloads leave no descriptors open")
}
