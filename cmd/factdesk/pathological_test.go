package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPathologicalArticles loads a folder of the malformed texts a
// newsroom's archive holds beside one good article: the commands finish,
// each file that cannot be read is one warning line naming it, and the
// good article's quotation still reaches quotes and ask.
func TestPathologicalArticles(t *testing.T) {
	good := "Varnow council backs bridge\n\n\"We will build the bridge by spring,\" said Mira Tolsen, the mayor of Varnow, on Tuesday.\n"
	var unbalanced strings.Builder
	unbalanced.WriteString("Pell on roads\n")
	for i := range 10000 {
		fmt.Fprintf(&unbalanced, "\n\"Paragraph %d opens a quotation and Anders Pell keeps talking about roads\n", i)
	}
	files := map[string]string{
		"good.txt":        good,
		"empty.txt":       "",
		"blank.txt":       strings.Repeat("\n \t\n", 500),
		"quotes.txt":      strings.Repeat(`"`, 500) + "\n" + strings.Repeat("“”", 300) + "\n" + strings.Repeat("''``", 100) + "\n",
		"nul.txt":         "Heading\n\nTolsen said \x00\"yes\"\x00 today.\n",
		"latin1.txt":      "Heading\n\n\"We are ready \xff\xfe,\" said Anders Pell.\n",
		"longline.txt":    strings.Repeat("the harbour plan of Varnow would cost more ", 1<<18/43) + ".\n",
		"unbalanced.txt":  unbalanced.String(),
		"combining.txt":   "\u0301\u0301 cafÃ© opens\n\n\u0301\"We are here,\" said Anders Pell.\n",
		"nested.txt":      "Nesting\n\n" + strings.Repeat("\"“'‘", 2000) + "word" + strings.Repeat("’'”\"", 2000) + " said Anders Pell.\n",
		"sources.yaml":    "- file: good.txt\n  outlet:\n  published:\n  cites:\n- file: quotes.txt\n  url:\n",
		"unbalanced2.txt": strings.Repeat("“Never closed, said Pell. ", 2000) + "\n",
	}
	dir := t.TempDir()
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	skipped := []string{"empty.txt", "blank.txt", "nul.txt", "latin1.txt"}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"quotes", "--corpus", dir}, "Mira Tolsen: “We will build the bridge by spring,”"},
		{[]string{"ask", "--corpus", dir, "What did Mira Tolsen say about the bridge?"}, "We will build the bridge by spring"},
	} {
		t.Run(tt.args[0], func(t *testing.T) {
			out, errw, err := runCLI(t, tt.args...)
			require.NoError(t, err)
			assert.Contains(t, out, tt.want)
			lines := strings.Split(strings.TrimSuffix(errw, "\n"), "\n")
			assert.Len(t, lines, len(skipped), "one warning per unreadable file:\n%s", errw)
			for _, name := range skipped {
				assert.Regexp(t, `(?m)^warning: `+regexp.QuoteMeta(name)+`(:\d+)?: skipped: `, errw, "%s is named", name)
			}
		})
	}
}
