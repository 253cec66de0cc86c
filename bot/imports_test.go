package bot

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCorpusDoesNotImportBot keeps data flowing one way: the engine must
// not know it is on Discord.
func TestCorpusDoesNotImportBot(t *testing.T) {
	fset := token.NewFileSet()
	n := 0
	err := filepath.WalkDir(filepath.Join("..", "corpus"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return nil // a file mid-edit elsewhere is not this test's business
		}
		n++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			assert.False(t, p == "factdesk/bot" || strings.HasPrefix(p, "factdesk/bot/"), "%s imports %s", path, p)
		}
		return nil
	})
	require.NoError(t, err)
	assert.NotZero(t, n, "found the corpus sources")
}
