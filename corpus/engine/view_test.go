package engine

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestViewKeepsItsCorpusAcrossAReload(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"),
		[]byte("Harbour talks resume\n\nThe mayor, Ada Quist, said: \"We will reopen the quay on Monday.\"\n"), 0o644))
	e, err := OpenDir("", Options{})
	require.NoError(t, err)
	v := e.View()
	seeds := v.Stats()

	require.NoError(t, e.Reload(dir, Options{}))
	tests := []struct {
		name string
		got  Stats
		want string
	}{
		{"the view still reads the corpus it was taken on", v.Stats(), seeds.Name},
		{"the engine serves the new corpus", e.Stats(), dir},
		{"a view taken after the reload reads the new corpus", e.View().Stats(), dir},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, tc.got.Name) })
	}
	assert.Equal(t, seeds.Articles, v.Stats().Articles)
}
