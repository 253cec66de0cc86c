package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runBuildCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errw bytes.Buffer
	err := run(context.Background(), args, &out, &errw)
	return out.String(), errw.String(), err
}

// TestBuildSnapshot builds the seeds into a snapshot and checks that the
// read commands answer from it as they do from a build, and that a
// damaged snapshot is refused with a warning and the corpus built instead.
func TestBuildSnapshot(t *testing.T) {
	dir := t.TempDir()
	snap := filepath.Join(dir, "seeds.snap")
	out, _, err := runBuildCLI(t, "build", "-o", snap)
	require.NoError(t, err)
	assert.Contains(t, out, "5 articles")
	bad := filepath.Join(dir, "bad.snap")
	b, err := os.ReadFile(snap)
	require.NoError(t, err)
	b[len(b)/2] ^= 1
	require.NoError(t, os.WriteFile(bad, b, 0o644))

	for _, args := range [][]string{
		{"ask", "--json", "When did the call happen?"},
		{"whosaid", "--json", "relly gud call"},
		{"quotes", "--json", "--speaker", "Ushkov"},
		{"people", "--json"},
		{"facts", "--json"},
		{"sources", "--json"},
	} {
		t.Run(args[0], func(t *testing.T) {
			want, _, err := runBuildCLI(t, args...)
			require.NoError(t, err)
			got, warn, err := runBuildCLI(t, append([]string{args[0], "--snapshot", snap}, args[1:]...)...)
			require.NoError(t, err)
			assert.Equal(t, want, got, "from the snapshot")
			assert.Empty(t, warn)
			got, warn, err = runBuildCLI(t, append([]string{args[0], "--snapshot", bad}, args[1:]...)...)
			require.NoError(t, err)
			assert.Equal(t, want, got, "built after the damaged snapshot was refused")
			assert.Contains(t, warn, "bad.snap: snapshot corrupt: checksum does not match; building instead")
		})
	}
	t.Run("no output file", func(t *testing.T) {
		_, _, err := runBuildCLI(t, "build")
		require.Error(t, err)
		assert.Contains(t, err.Error(), "-o FILE")
	})
	t.Run("a missing folder", func(t *testing.T) {
		_, _, err := runBuildCLI(t, "build", "-o", snap, filepath.Join(dir, "none"))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "none: no such folder")
	})
}
