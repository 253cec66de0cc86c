package load

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/seeds"
)

const goodArticle = "A court in the capital ruled on Tuesday that the new law on public records was valid, and the government said it would publish the first records next month.\n\nThe ruling ends a dispute that began last year, when the law was passed by a narrow vote in parliament after a long and bitter debate.\n"

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func TestLoadBadFolders(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string // the whole one-line message
	}{
		{"empty folder", fstest.MapFS{}, "corpus: empty folder: want article files (.txt or .md)"},
		{"no article files", fstest.MapFS{"notes.pdf": file("%PDF"), "sub/a.txt": file(goodArticle)},
			"corpus: no article files (.txt or .md)"},
		{"no readable article", fstest.MapFS{"a.txt": file("\x00\x01binary"), "b.txt": file("  \n")},
			"corpus: no readable article: 2 skipped (a.txt: skipped: binary file (NUL byte at offset 0))"},
		{"manifest names a missing file", fstest.MapFS{"a.txt": file(goodArticle),
			"sources.yaml": file("- file: a.txt\n- file: gone.txt\n  outlet: UNN\n")},
			`corpus/sources.yaml:2: entry 2: file "gone.txt": no such article in the folder`},
		{"manifest names a file that is not an article", fstest.MapFS{"a.txt": file(goodArticle), "a.html": file("<p>"),
			"sources.yaml": file("- file: a.html\n")},
			`corpus/sources.yaml:1: entry 1: file "a.html": not an article (.txt or .md)`},
		{"malformed manifest", fstest.MapFS{"a.txt": file(goodArticle),
			"sources.yaml": file("- file: a.txt\n  published: 2025-02-30\n")},
			`corpus/sources.yaml:1: entry 1: published "2025-02-30": want YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(tt.fsys, "corpus", Options{})
			require.Error(t, err)
			assert.Nil(t, c)
			assert.Equal(t, corpus.EINVALID, corpus.ErrorCode(err))
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestLoadSkipsBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"good.txt":      file(goodArticle),
		"binary.txt":    file("PK\x03\x04\x00\x00zip"),
		"latin1.txt":    file("line one\nCaf\xe9 au lait\n"),
		"big.txt":       file(strings.Repeat("All work and no play makes a dull article. ", 100)),
		"blank.md":      file("\ufeff \r\n\r\n"),
		"marker.txt":    file(" date 2025-11-26 "),
		"notes.pdf":     file("%PDF-1.4"),
		"archive/x.txt": file(goodArticle),
	}
	c, err := Load(fsys, "corpus", Options{MaxFileSize: 1000})
	require.NoError(t, err)
	require.Len(t, c.Articles, 1)
	assert.Equal(t, "good.txt", c.Articles[0].File)
	assert.Equal(t, 0, c.Articles[0].ID)

	var got []string
	for _, p := range c.Problems {
		got = append(got, p.Error())
	}
	assert.Equal(t, []string{
		"big.txt: skipped: over the size limit (4.2 KB > 1000 bytes)",
		"binary.txt: skipped: binary file (NUL byte at offset 4)",
		"blank.md: skipped: empty",
		"latin1.txt:2: skipped: not UTF-8 text (invalid byte at offset 12)",
		"marker.txt: skipped: no text",
	}, got, "each skipped file is one warning naming it, sorted by file")
}

func TestLoadKeepsTextAsReceived(t *testing.T) {
	// A BOM, CRLF line ends and a date marker: the text stays byte for
	// byte, and the spans skip what is not the article's.
	raw := "\ufeff date 2024-03-05 The mayor said on Monday that the bridge would reopen in June, after two years of repairs that cost far more than planned.\r\n\r\nWork on the north side is finished, and the city expects the south side to be done by the end of May.\r\n"
	c, err := Load(fstest.MapFS{"a.txt": file(raw)}, "corpus", Options{})
	require.NoError(t, err)
	a := c.Articles[0]
	assert.Equal(t, raw, a.Text)
	require.Len(t, a.Paragraphs, 2)
	assert.True(t, strings.HasPrefix(a.Paragraphs[0].Span().Of(a.Text), "The mayor said"), "the marker is not part of the lead")
	assert.True(t, strings.HasSuffix(a.Paragraphs[0].Span().Of(a.Text), "planned."), "no carriage return in the span")
	assert.Equal(t, "2024-03-05", a.Published.String(), "the marker gives the date")
	assert.True(t, a.Title.IsZero(), "a long lead is no title")
}

func TestLoadManifestOverridesText(t *testing.T) {
	text := "Officials met on Monday to discuss the budget, and the talks went on late into the night before a deal was struck, informs UNN.\n\nThe deal still needs a vote, which the speaker said would come before the summer recess at the end of the month.\n"
	fsys := fstest.MapFS{
		"a.txt": file(text),
		"b.txt": file(text),
		"sources.yaml": file(`- file: a.txt
  outlet: Kyiv Daily
  url: https://example.org/a
  published: 2025-01-02
  cites: [Reuters, UNN]
- file: b.txt
  outlet: null
`),
	}
	c, err := Load(fsys, "corpus", Options{})
	require.NoError(t, err)
	require.Len(t, c.Articles, 2)
	a, b := c.Articles[0], c.Articles[1]

	assert.Equal(t, "Kyiv Daily", a.Outlet)
	assert.Equal(t, "manifest", a.OutletFrom)
	assert.Equal(t, "https://example.org/a", a.URL)
	assert.Equal(t, "2025-01-02", a.Published.String())
	assert.Equal(t, []string{"Reuters", "UNN"}, a.Cites, "the manifest's cites, kept even when the text signs as one")

	assert.Equal(t, "UNN", b.Outlet, "outlet: null lets the text say")
	assert.Equal(t, "text", b.OutletFrom)
	assert.Empty(t, b.Cites)
}

func TestLoadIgnoresWhatIsNotAnArticle(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":        file(goodArticle),
		"B.MD":         file(goodArticle),
		"notes.pdf":    file("%PDF"),
		".DS_Store":    file("x"),
		"old/c.txt":    file(goodArticle),
		"sources.yaml": file("[]"),
	}
	l, err := Scan(fsys)
	require.NoError(t, err)
	assert.Equal(t, []string{"B.MD", "a.txt"}, l.Articles)
	assert.True(t, l.Manifest)
	assert.Equal(t, []Ignored{
		{".DS_Store", "hidden"},
		{"notes.pdf", "not an article (.txt or .md)"},
		{"old/", "sub-folder: only the top level is read"},
	}, l.Ignored)

	c, err := Load(fsys, "corpus", Options{})
	require.NoError(t, err)
	assert.Len(t, c.Articles, 2)
	assert.Empty(t, c.Problems, "files that are not articles are no problem")
}

func TestLoadSymlinks(t *testing.T) {
	outside := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(outside, "secret.txt"), []byte(goodArticle), 0o644))
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(goodArticle), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "archive"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "archive", "old.txt"), []byte(goodArticle), 0o644))
	links := map[string]string{
		"inside.txt":  "archive/old.txt",                     // stays in the folder: read
		"abs.txt":     filepath.Join(outside, "secret.txt"),  // absolute: not followed
		"up.txt":      "../" + filepath.Base(outside) + "/x", // climbs out: not followed
		"loop.txt":    "loop.txt",                            // points at itself
		"dangle.txt":  "nowhere.txt",                         // broken
		"linked":      outside,                               // a folder link out
		"through.txt": "linked/secret.txt",                   // through a folder link out
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	c, err := Load(os.DirFS(dir), dir, Options{})
	require.NoError(t, err)
	var files []string
	for _, a := range c.Articles {
		files = append(files, a.File)
	}
	assert.Equal(t, []string{"a.txt", "inside.txt"}, files)
	got := map[string]string{}
	for _, p := range c.Problems {
		got[p.File] = p.Msg
	}
	assert.Equal(t, map[string]string{
		"abs.txt":     "skipped: symbolic link out of the folder",
		"up.txt":      "skipped: symbolic link out of the folder",
		"loop.txt":    "skipped: symbolic link loop",
		"dangle.txt":  "skipped: broken symbolic link",
		"through.txt": "skipped: symbolic link through a linked folder",
	}, got)
}

func TestLoadSeeds(t *testing.T) {
	c, err := Load(seeds.FS, "embedded seeds", Options{})
	require.NoError(t, err)
	require.Len(t, c.Articles, 5)
	assert.Empty(t, c.Problems)
	want := []struct {
		outlet, from string
		cites        []string
	}{
		{"UNN", "manifest", []string{"Bloomberg"}},
		{"", "", []string{"AP", "Bloomberg"}},
		{"UNN", "manifest", []string{"Bloomberg"}},
		{"i24NEWS", "manifest", []string{"Bloomberg"}},
		{"Devdiscourse", "manifest", []string{"Bloomberg"}},
	}
	for i, a := range c.Articles {
		assert.Equal(t, want[i].outlet, a.Outlet, a.File)
		assert.Equal(t, want[i].from, a.OutletFrom, a.File)
		assert.Equal(t, want[i].cites, a.Cites, a.File)
		assert.Equal(t, "2025-11-26", a.Published.String(), a.File)
	}
}

// withoutManifest copies fsys without sources.yaml, so only the text speaks.
func withoutManifest(t *testing.T, fsys fs.FS) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	entries, err := fs.ReadDir(fsys, ".")
	require.NoError(t, err)
	for _, e := range entries {
		if e.Name() == ManifestFile {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		require.NoError(t, err)
		out[e.Name()] = &fstest.MapFile{Data: b}
	}
	return out
}

func TestSeedsWithoutManifest(t *testing.T) {
	c, err := Load(withoutManifest(t, seeds.FS), "seeds", Options{})
	require.NoError(t, err)
	require.Len(t, c.Articles, 5)
	tests := []struct {
		file, outlet string
		cites        []string
	}{
		{"000_981dd985cbecc03a.txt", "UNN", []string{"Bloomberg"}},          // "This is reported by UNN."
		{"001_25263e0e9f502eb7.txt", "", []string{"Bloomberg", "AP"}},       // relays the AP; signs nothing
		{"002_2912ca18f64d4cc1.txt", "UNN", []string{"Bloomberg"}},          // "reported by Bloomberg, …, informs UNN."
		{"003_9bbf0a362083fbb8.txt", "", []string{"Bloomberg"}},             // known only from its address
		{"004_ea041a958015aa0f.txt", "Devdiscourse", []string{"Bloomberg"}}, // "Devdiscourse News Desk | …"; "Bloomberg News" → "Bloomberg"
	}
	for i, tt := range tests {
		t.Run(tt.file[:3], func(t *testing.T) {
			a := c.Articles[i]
			require.Equal(t, tt.file, a.File)
			assert.Equal(t, tt.outlet, a.Outlet, "never guessed")
			if tt.outlet != "" {
				assert.Equal(t, "text", a.OutletFrom)
			} else {
				assert.Empty(t, a.OutletFrom)
			}
			assert.Equal(t, tt.cites, a.Cites)
			assert.Equal(t, "2025-11-26", a.Published.String(), "from the marker, or 004's dateline")
		})
	}
}
