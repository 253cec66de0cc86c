package load

import (
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
