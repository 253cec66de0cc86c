package web

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/load"
)

const handWritten = `# sources of the harbour story, kept by the desk
- file: 001_old.txt
  outlet: Harbour Gazette
  url: https://harbourgazette.example/old
  published: 2026-01-02
  how: copied by hand   # a note the loader ignores
`

const oldArticle = "Harbour wall repairs delayed again\n\nRepairs to the harbour wall will not start before the summer, the port authority said on Monday, because the contractor has gone out of business.\n"

func testPage(url, text string) Page {
	return Page{Meta: Meta{Title: "Ferry crews vote to strike", Outlet: "Harbour Gazette", Author: "Mira Olsen", Published: day(2026, 3, 4)},
		URL: url, Text: text}
}

const newArticle = "Ferry crews vote to strike\n\nCrews on the island ferry have voted to strike for four days, the union said on Wednesday. \"We had no choice,\" said Tomas Berg, the organiser.\n"

func folderWith(t *testing.T, files map[string]string) *Folder {
	t.Helper()
	dir := t.TempDir()
	for n, s := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644))
	}
	return &Folder{Dir: dir}
}

func TestSaveWritesWhatTheLoaderReadsAndKeepsEveryEntry(t *testing.T) {
	f := folderWith(t, map[string]string{"001_old.txt": oldArticle, "sources.yaml": handWritten})
	file, err := f.Save(testPage("https://harbourgazette.example/ferry", newArticle))
	require.NoError(t, err)
	assert.Regexp(t, `^002_[0-9a-f]{16}\.txt$`, file)

	man, err := os.ReadFile(filepath.Join(f.Dir, "sources.yaml"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(man), handWritten), "the hand-written entries and comments are kept byte for byte")

	c, err := load.Load(os.DirFS(f.Dir), f.Dir, load.Options{})
	require.NoError(t, err)
	require.Len(t, c.Articles, 2)
	a := c.Articles[1]
	assert.Equal(t, file, a.File)
	assert.Equal(t, "Harbour Gazette", a.Outlet)
	assert.Equal(t, "manifest", a.OutletFrom)
	assert.Equal(t, "2026-03-04", a.Published.String())
	assert.Equal(t, "https://harbourgazette.example/ferry", a.URL)
	assert.Equal(t, newArticle, a.Text)
	assert.Equal(t, "https://harbourgazette.example/old", c.Articles[0].URL, "the old entry still applies")

	left, err := filepath.Glob(filepath.Join(f.Dir, ".factdesk-*"))
	require.NoError(t, err)
	assert.Empty(t, left, "no temp file is left behind")
}

func TestSaveRefusesDuplicates(t *testing.T) {
	tests := []struct {
		name, url, text, same string
	}{
		{"the same address", "https://harbourgazette.example/old", newArticle, "address"},
		{"the same address with tracking, www. and a trailing slash", "http://www.HarbourGazette.example/old/?utm_source=feed#top", newArticle, "address"},
		{"the same text at another address", "https://mirror.example/x", oldArticle, "text"},
		{"the same text, spaced and quoted differently", "", strings.ReplaceAll(oldArticle, " ", "  ") + "\n\n", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := folderWith(t, map[string]string{"001_old.txt": oldArticle, "sources.yaml": handWritten})
			_, err := f.Save(testPage(tt.url, tt.text))
			var d *Duplicate
			require.True(t, errors.As(err, &d), "got %v", err)
			assert.Equal(t, "001_old.txt", d.File)
			assert.Equal(t, tt.same, d.Same)
			assert.Equal(t, fmt.Sprintf("already in the corpus as 001_old.txt (same %s)", tt.same), err.Error())
			man, _ := os.ReadFile(filepath.Join(f.Dir, "sources.yaml"))
			assert.Equal(t, handWritten, string(man), "nothing written")
		})
	}
}

func TestSaveNeverWritesOverABrokenManifest(t *testing.T) {
	broken := "- file: 001_old.txt\n  published: 2026-13-01\n"
	f := folderWith(t, map[string]string{"001_old.txt": oldArticle, "sources.yaml": broken})
	_, err := f.Save(testPage("https://x.example/new", newArticle))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `sources.yaml:1: entry 1: published "2026-13-01": want YYYY-MM-DD`)
	man, _ := os.ReadFile(filepath.Join(f.Dir, "sources.yaml"))
	assert.Equal(t, broken, string(man))
	names, _ := articleFiles(f.Dir)
	assert.Equal(t, []string{"001_old.txt"}, names, "no article written either")
}

func TestSaveIntoAFolderWithoutManifestAndTitlesThatNeedQuoting(t *testing.T) {
	f := folderWith(t, map[string]string{})
	p := testPage("https://x.example/a", newArticle)
	p.Title, p.Outlet = `"Yes": a vote: #1 - [and more]`, "Outlet: The 'Quoted'"
	file, err := f.Save(p)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(file, "001_"))
	c, err := load.Load(os.DirFS(f.Dir), f.Dir, load.Options{})
	require.NoError(t, err)
	assert.Equal(t, "Outlet: The 'Quoted'", c.Articles[0].Outlet)
}

// Concurrent Saves (feeds, /add and the CLI at once) lose no entry.
func TestConcurrentSavesLoseNoEntry(t *testing.T) {
	f := folderWith(t, map[string]string{"001_old.txt": oldArticle, "sources.yaml": handWritten})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			other := &Folder{Dir: f.Dir} // as another process would: only the file lock is shared
			_, err := other.Save(testPage(fmt.Sprintf("https://x.example/%d", i), fmt.Sprintf("Story %d\n\nThe council met on day %d and said it would decide later.\n", i, i)))
			assert.NoError(t, err)
		}(i)
	}
	wg.Wait()
	b, err := os.ReadFile(filepath.Join(f.Dir, "sources.yaml"))
	require.NoError(t, err)
	list, err := load.ParseManifest(b, "sources.yaml")
	require.NoError(t, err)
	assert.Len(t, list, 9)
	names, _ := articleFiles(f.Dir)
	assert.Len(t, names, 9)
}

func TestURLKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"https://www.x.example/a/", "http://x.example/a"},
		{"https://x.example/a?utm_source=rss&id=3#c", "https://x.example/a?id=3"},
		{"https://X.EXAMPLE/a?fbclid=1", "https://x.example/a"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			assert.Equal(t, URLKey(tt.b), URLKey(tt.a))
		})
	}
	assert.NotEqual(t, URLKey("https://x.example/a?id=3"), URLKey("https://x.example/a?id=4"))
	assert.Empty(t, URLKey("not an address"))
}

// FuzzManifestEntry: whatever a page's metadata says (titles with colons,
// quotes, "null", newlines), the entry written parses back, through the
// loader's fast reader and the YAML library alike, to the same outlet,
// address and date.
func FuzzManifestEntry(f *testing.F) {
	f.Add("Harbour Gazette", "https://x.example/a", `"Yes": a vote: #1`, "A. Writer")
	f.Add("null", "~", "- item", "&anchor")
	f.Add("yes", "", "line\nbreak", "*alias")
	f.Add(" padded ", "https://x.example/a#b c", "'single'", "")
	f.Fuzz(func(t *testing.T, outlet, url, title, author string) {
		if !utf8.ValidString(outlet + url + title + author) {
			return
		}
		p := Page{Meta: Meta{Title: title, Outlet: outlet, Author: author, Published: day(2026, 3, 4)}, URL: url}
		b, err := manifestEntry("001_a.txt", p)
		require.NoError(t, err)
		list, err := load.ParseManifest(b, "sources.yaml")
		require.NoError(t, err, "%s", b)
		require.Len(t, list, 1)
		assert.Equal(t, "001_a.txt", list[0].File)
		assert.Equal(t, "2026-03-04", list[0].Date.String())
		assert.Equal(t, clean(url), list[0].URL)
		if o := clean(outlet); o != "" {
			require.NotNil(t, list[0].Outlet)
			assert.Equal(t, o, *list[0].Outlet)
		}
	})
}

// A long-lived Folder remembers the texts it has read, and reads a file
// again when it changes.
func TestSaveSeesAFileRewrittenSinceItLastLooked(t *testing.T) {
	f := folderWith(t, map[string]string{"001_old.txt": oldArticle, "sources.yaml": handWritten})
	_, err := f.Save(testPage("https://x.example/one", newArticle))
	require.NoError(t, err)
	rewritten := "Council backs the bridge\n\nThe council voted for the bridge on Friday, and the mayor said the work would start in spring.\n"
	require.NoError(t, os.WriteFile(filepath.Join(f.Dir, "001_old.txt"), []byte(rewritten+"\n"), 0o644))
	_, err = f.Save(testPage("https://x.example/two", rewritten))
	var d *Duplicate
	require.True(t, errors.As(err, &d), "got %v", err)
	assert.Equal(t, "001_old.txt", d.File)
}
