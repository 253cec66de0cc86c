package load

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"factdesk/corpus"
)

// One reads a single article as Load would read it from a folder, with
// its manifest entry m (nil for none): for an article added while the
// corpus is served, without reading the folder again. The error is one
// line naming the file.
func One(file string, b []byte, m *Manifest) (*corpus.Article, error) {
	if !IsArticleName(file) {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: not an article (.txt or .md)", file)
	}
	if int64(len(b)) > DefaultMaxFileSize {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: skipped: %s", file, tooBig{int64(len(b)), DefaultMaxFileSize}.Error())
	}
	if p, bad := checkText(file, b); bad {
		return nil, corpus.Errorf(corpus.EINVALID, "%s", p.Error())
	}
	a := Parse(file, string(b))
	if !hasBody(a) {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: skipped: no text", file)
	}
	if m != nil {
		apply(a, *m)
	}
	return a, nil
}

// ReadManifestFile reads and parses the sources.yaml at path, as Load
// would: the same size bound and errors. A missing file is no error and no
// entries. raw is the file as read, for a writer that appends to it.
func ReadManifestFile(path string) (raw []byte, list []Manifest, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, corpus.Errorf(corpus.EINVALID, "%s: %s", path, errText(err))
	}
	defer f.Close()
	raw, err = io.ReadAll(io.LimitReader(f, maxManifestSize+1))
	if err != nil {
		return nil, nil, corpus.Errorf(corpus.EINVALID, "%s: %s", path, errText(err))
	}
	if len(raw) > maxManifestSize {
		return nil, nil, corpus.Errorf(corpus.EINVALID, "%s: %s", path, tooBig{int64(len(raw)), maxManifestSize}.Error())
	}
	list, err = ParseManifest(raw, path)
	if err != nil {
		return nil, nil, err
	}
	return raw, list, nil
}
