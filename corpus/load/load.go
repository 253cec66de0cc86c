// Package load reads a folder of articles and its sources.yaml manifest into
// corpus.Articles. The embedded seeds and --corpus DIR take the same path:
// both are an fs.FS.
package load

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// Options tune loading.
type Options struct {
	// MaxFileSize skips larger articles with a warning; 0 means DefaultMaxFileSize.
	MaxFileSize int64
}

// DefaultMaxFileSize is far above any news article and keeps a stray dump
// from eating memory.
const DefaultMaxFileSize = 4 << 20

// Manifest is one entry of sources.yaml.
type Manifest struct {
	File      string   `yaml:"file"`
	Outlet    *string  `yaml:"outlet"`
	URL       string   `yaml:"url"`
	Published string   `yaml:"published"`
	Cites     []string `yaml:"cites"`
}

// Load reads every article of fsys. name is how fsys is shown in errors
// (the folder path, or "embedded seeds"). A folder nobody can use is an
// error; a single bad article is a Problem in the returned corpus.
func Load(fsys fs.FS, name string, opt Options) (*corpus.Corpus, error) {
	// TODO(load helper): boilerplate classifier, outlet and date from text,
	// size limits, binary and UTF-8 checks.
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: cannot read folder", name)
	}
	c := &corpus.Corpus{}
	man := map[string]Manifest{}
	if b, err := fs.ReadFile(fsys, "sources.yaml"); err == nil {
		var list []Manifest
		if err := yaml.Unmarshal(b, &list); err != nil {
			return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", path.Join(name, "sources.yaml"), err)
		}
		for _, m := range list {
			man[m.File] = m
		}
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".txt") || strings.HasSuffix(e.Name(), ".md")) {
			files = append(files, e.Name())
		}
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			c.Problems.Add(f, "", fmt.Sprintf("skipped: %v", err))
			continue
		}
		a := &corpus.Article{ID: len(c.Articles), File: f, Text: string(b)}
		for i, p := range segment.Paragraphs(a.Text) {
			k := corpus.ParaBody
			if i == 0 {
				k = corpus.ParaTitle
			}
			a.Paragraphs = append(a.Paragraphs, corpus.Paragraph{Span: p, Kind: k})
		}
		if m, ok := man[f]; ok {
			if m.Outlet != nil {
				a.Outlet, a.OutletFrom = *m.Outlet, "manifest"
			}
			a.URL, a.Cites = m.URL, m.Cites
			a.Published, _ = corpus.ParseDate(m.Published)
		}
		c.Articles = append(c.Articles, a)
	}
	if len(c.Articles) == 0 {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: no readable article", name)
	}
	return c, nil
}
