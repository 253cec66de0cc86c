// Package load reads a folder of articles and its sources.yaml manifest into
// corpus.Articles. The embedded seeds and --corpus DIR take the same path:
// both are an fs.FS.
//
// Article text comes as it was scraped. Load keeps it byte for byte and
// marks what each paragraph is: the title, the article's own body, or
// boilerplate (menus, trending lists, datelines, footers) that later stages
// must not read. It finds the outlet, date and cited sources the text
// states when the manifest does not give them. A folder nobody can use is
// an error; one bad file is a corpus.Problem and the rest loads.
package load

import (
	"bytes"
	"context"
	"errors"
	"factdesk/corpus/internal/pack"
	"factdesk/corpus/internal/par"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"factdesk/corpus"
)

// Options tune loading.
type Options struct {
	// MaxFileSize skips larger articles with a warning; 0 means DefaultMaxFileSize.
	MaxFileSize int64
}

// DefaultMaxFileSize is far above any news article and keeps a stray dump
// from eating memory.
const DefaultMaxFileSize = 4 << 20

// maxManifestSize bounds sources.yaml: thousands of entries fit in it.
const maxManifestSize = 16 << 20

// Ignored is an entry of the folder that is not read, and why.
type Ignored struct {
	Name string `json:"name"`
	Why  string `json:"why"`
}

// Listing is what a corpus folder holds at its top level.
type Listing struct {
	Articles []string  // names of article files (.txt, .md), sorted; symlinks resolved below
	Ignored  []Ignored // sub-folders, other file types, hidden files
	Manifest bool      // sources.yaml is present

	target  map[string]string // article name -> path to read (differs for a symlink)
	skipped corpus.Problems   // article files that cannot be read at all (symlinks out)
}

// IsArticleName reports whether a file name is an article by its extension.
func IsArticleName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".txt" || ext == ".md"
}

// Scan lists the top level of fsys. Sub-folders are not read: a corpus is
// one flat folder, so notes or archives kept below it stay out.
func Scan(fsys fs.FS) (Listing, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return Listing{}, err
	}
	l := Listing{target: map[string]string{}}
	for _, e := range entries {
		name := e.Name()
		p := name
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			q, why := resolve(fsys, name)
			if why != "" {
				if IsArticleName(name) || name == ManifestFile {
					l.skipped.Add(name, "", "skipped: "+why)
				} else {
					l.Ignored = append(l.Ignored, Ignored{name, why})
				}
				continue
			}
			fi, err := fs.Stat(fsys, q)
			if err != nil {
				l.skipped.Add(name, "", "skipped: broken symbolic link")
				continue
			}
			p, typ = q, fi.Mode().Type()
		}
		switch {
		case strings.HasPrefix(name, "."):
			l.Ignored = append(l.Ignored, Ignored{name, "hidden"})
		case typ.IsDir():
			l.Ignored = append(l.Ignored, Ignored{name + "/", "sub-folder: only the top level is read"})
		case name == ManifestFile:
			l.Manifest = true
			l.target[name] = p
		case !typ.IsRegular() && (IsArticleName(name) || name == ManifestFile):
			// A named pipe would block the read: said, not read.
			l.skipped.Add(name, "", "skipped: "+irregular(typ))
		case !typ.IsRegular():
			l.Ignored = append(l.Ignored, Ignored{name, irregular(typ)})
		case IsArticleName(name):
			l.Articles = append(l.Articles, name)
			l.target[name] = p
		default:
			l.Ignored = append(l.Ignored, Ignored{name, "not an article (.txt or .md)"})
		}
	}
	sort.Strings(l.Articles)
	sort.Slice(l.Ignored, func(i, j int) bool { return l.Ignored[i].Name < l.Ignored[j].Name })
	return l, nil
}

// irregular says what kind of file that is not a regular file typ is.
func irregular(typ fs.FileMode) string {
	switch {
	case typ&fs.ModeNamedPipe != 0:
		return "not a regular file (a named pipe)"
	case typ&fs.ModeSocket != 0:
		return "not a regular file (a socket)"
	case typ&fs.ModeDevice != 0:
		return "not a regular file (a device)"
	}
	return "not a regular file"
}

// resolve follows the symbolic link name within fsys and returns the path it
// leads to, or why it is not followed: a link may point anywhere in the
// folder, never out of it.
func resolve(fsys fs.FS, name string) (string, string) {
	p := name
	for hops := 0; hops < 8; hops++ {
		fi, err := fs.Lstat(fsys, p)
		if err != nil {
			return "", "broken symbolic link"
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, ""
		}
		t, err := fs.ReadLink(fsys, p)
		if err != nil {
			return "", "symbolic link that cannot be checked"
		}
		t = filepath.ToSlash(t)
		if path.IsAbs(t) || filepath.IsAbs(t) {
			return "", "symbolic link out of the folder"
		}
		q := path.Join(path.Dir(p), t)
		if !fs.ValidPath(q) || q == "." {
			return "", "symbolic link out of the folder"
		}
		// A folder on the way could itself be a link out.
		for d := path.Dir(q); d != "."; d = path.Dir(d) {
			if fi, err := fs.Lstat(fsys, d); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
				return "", "symbolic link through a linked folder"
			}
		}
		p = q
	}
	return "", "symbolic link loop"
}

// Load reads every article of fsys. name is how fsys is shown in errors
// (the folder path, or "embedded seeds"). A folder nobody can use is an
// error; a single bad article is a Problem in the returned corpus.
func Load(fsys fs.FS, name string, opt Options) (*corpus.Corpus, error) {
	return LoadContext(context.Background(), fsys, name, opt)
}

// LoadContext is Load that gives up when ctx is done, between one file and
// the next, with an error that wraps ctx's.
func LoadContext(ctx context.Context, fsys fs.FS, name string, opt Options) (*corpus.Corpus, error) {
	limit := opt.MaxFileSize
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	l, err := Scan(fsys)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: cannot read folder: %s", name, errText(err))
	}
	// Articles are read before the manifest is parsed: what the manifest
	// holds is garbage once applied, and parsed first it left holes among
	// the articles for as long as the corpus lives. One buffer reads every
	// file: the article keeps a string copy at its exact size.
	c := &corpus.Corpus{Problems: append(corpus.Problems(nil), l.skipped...)}
	var buf []byte
	var arts []*corpus.Article
	// Files are read in turn and parsed on every core a batch at a time:
	// an article's parse depends on its text alone, and the batch is
	// read back in file order, its problems with it.
	var batch []loaded
	weight := 0
	parseBatch := func() {
		rs := par.Runs(len(batch), func(i int) int { return len(batch[i].text) })
		par.Do(rs, func(_ int, run par.Run) {
			for i := run.Lo; i < run.Hi; i++ {
				if batch[i].problem == nil {
					batch[i].a = Parse(batch[i].file, batch[i].text)
				}
			}
		})
		for _, l := range batch {
			switch {
			case l.problem != nil:
				c.Problems = append(c.Problems, *l.problem)
			case !hasBody(l.a):
				c.Problems.Add(l.file, "", "skipped: no text")
			default:
				arts = append(arts, l.a)
			}
		}
		batch, weight = batch[:0], 0
	}
	for _, f := range l.Articles {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("%s: loading stopped: %w", name, err)
		}
		b, err := readLimited(fsys, l.target[f], limit, buf)
		buf = b
		if err != nil {
			batch = append(batch, loaded{file: f, problem: &corpus.Problem{File: f, Msg: "skipped: " + errText(err)}})
			continue
		}
		if p, bad := checkText(f, b); bad {
			batch = append(batch, loaded{file: f, problem: &p})
			continue
		}
		batch = append(batch, loaded{file: f, text: string(b)})
		if weight += len(b); weight >= maxBatch {
			parseBatch()
		}
	}
	parseBatch()
	man := map[string]Manifest{}
	if l.Manifest {
		mpath := path.Join(filepath.ToSlash(name), ManifestFile)
		b, err := readLimited(fsys, l.target[ManifestFile], maxManifestSize, nil)
		if err != nil {
			return nil, corpus.Errorf(corpus.EINVALID, "%s: %s", mpath, errText(err))
		}
		list, err := ParseManifest(b, mpath)
		if err != nil {
			return nil, err
		}
		have := map[string]bool{}
		for _, f := range l.Articles {
			have[f] = true
		}
		for _, p := range l.skipped {
			have[p.File] = true
		}
		for i, m := range list {
			if !have[m.File] {
				why := "no such article in the folder"
				for _, ig := range l.Ignored {
					if ig.Name == m.File || ig.Name == m.File+"/" {
						why = ig.Why
					}
				}
				return nil, corpus.Errorf(corpus.EINVALID, "%s:%d: entry %d: file %q: %s", mpath, m.Line, i+1, m.File, why)
			}
			man[m.File] = m
		}
	}
	if len(l.Articles) == 0 && len(l.skipped) == 0 {
		if len(l.Ignored) == 0 && !l.Manifest {
			return nil, corpus.Errorf(corpus.EINVALID, "%s: empty folder: want article files (.txt or .md)", name)
		}
		return nil, corpus.Errorf(corpus.EINVALID, "%s: no article files (.txt or .md)", name)
	}

	// The manifest names a few outlets and wires thousands of times: one
	// string each, not one per entry. Each is a copy: a part of the
	// manifest's text would keep all of it (0.9 MB at 10,000 articles).
	names := map[string]string{}
	intern := func(s string) string {
		if n, ok := names[s]; ok {
			return n
		}
		s = strings.Clone(s)
		names[s] = s
		return s
	}
	for _, a := range arts {
		if m, ok := man[a.File]; ok {
			apply(a, m)
			a.URL = strings.Clone(a.URL)
			a.Outlet = intern(a.Outlet)
			for i := range a.Cites {
				a.Cites[i] = intern(a.Cites[i])
			}
		}
		a.ID = len(c.Articles)
		c.Articles = append(c.Articles, a)
	}
	packArticles(c.Articles)
	c.Problems.Sort()
	if len(c.Articles) == 0 {
		first := ""
		if len(c.Problems) > 0 {
			first = " (" + c.Problems[0].Error() + ")"
		}
		return nil, corpus.Errorf(corpus.EINVALID, "%s: no readable article: %d skipped%s", name, len(c.Problems), first)
	}
	return c, nil
}

// hasBody is len(a.Body()) > 0, without making the list.
func hasBody(a *corpus.Article) bool {
	for _, p := range a.Paragraphs {
		if p.Kind != corpus.ParaBoilerplate {
			return true
		}
	}
	return false
}

// packArticles moves the articles into one array, with their paragraphs and cites
// in one array each: made one by one among the garbage of parsing, they
// held heap pages part full for as long as the corpus lives. Nobody holds
// an article yet.
func packArticles(arts []*corpus.Article) {
	all := make([]corpus.Article, len(arts))
	for i, a := range arts {
		all[i] = *a
		arts[i] = &all[i]
	}
	// The texts too: each was a string of its own among the parser's
	// garbage of the same sizes, and kept those pages part full. What the
	// parser cut from a text (outlet, address, cites) is cut again from
	// the copy, so the old text is let go.
	n, nn := 0, 0
	for i := range all {
		n += len(all[i].Text)
		nn += len(all[i].File)
	}
	var names pack.Strings
	names.Reserve(nn)
	for i := range all {
		all[i].File = names.Copy(all[i].File)
	}
	buf := make([]byte, 0, n)
	for i := range all {
		buf = append(buf, all[i].Text...)
	}
	text := unsafe.String(unsafe.SliceData(buf), len(buf))
	at := 0
	for i := range all {
		a := &all[i]
		old := a.Text
		a.Text = text[at : at+len(old)]
		at += len(old)
		a.Outlet = rehome(a.Outlet, old, a.Text)
		a.URL = rehome(a.URL, old, a.Text)
		for k := range a.Cites {
			a.Cites[k] = rehome(a.Cites[k], old, a.Text)
		}
	}
	pack.Slices(pack.Fields(all, func(a *corpus.Article) *[]corpus.Paragraph { return &a.Paragraphs }))
	pack.Slices(pack.Fields(all, func(a *corpus.Article) *[]string { return &a.Cites }))
}

// rehome returns s as the same bytes of to when s is a part of from,
// which to is a copy of; otherwise s.
func rehome(s, from, to string) string {
	if s == "" || from == "" {
		return s
	}
	p, f := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(from)))
	if p < f || p+uintptr(len(s)) > f+uintptr(len(from)) {
		return s
	}
	off := int(p - f)
	return to[off : off+len(s)]
}

// apply lets the manifest overrule what the text says.
func apply(a *corpus.Article, m Manifest) {
	if m.Outlet != nil {
		a.Outlet, a.OutletFrom = *m.Outlet, "manifest"
	}
	if m.URL != "" {
		a.URL = m.URL
	}
	if !m.Date.IsZero() {
		a.Published = m.Date
	}
	a.Cites = mergeCites(a.Text, m.Cites, a.Cites, a.Outlet)
}

// tooBig is the error of a file over the size limit.
type tooBig struct{ size, max int64 }

func (e tooBig) Error() string {
	return fmt.Sprintf("over the size limit (%s > %s)", HumanSize(e.size), HumanSize(e.max))
}

// HumanSize writes a byte count for people ("4.0 MB"), in every
// size-limit message of loading and fetching alike.
func HumanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// loaded is a file read and waiting for its parse, or the problem that
// kept it from being read.
type loaded struct {
	file, text string
	problem    *corpus.Problem
	a          *corpus.Article
}

// maxBatch bounds the text read ahead of its parse (see LoadContext).
const maxBatch = 4 << 20

// readLimited reads at most max bytes of a file and fails beyond, so a
// huge file costs no more than the limit.
func readLimited(fsys fs.FS, name string, limit int64, buf []byte) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(0)
	if fi, err := f.Stat(); err == nil {
		if fi.Size() > limit {
			return nil, tooBig{fi.Size(), limit}
		}
		size = fi.Size()
	}
	// Sized from Stat, the buffer is allocated once; the limit still holds
	// if the file grows meanwhile or Stat does not know its size.
	b := buf[:0]
	if int64(cap(b)) < size+1 {
		b = make([]byte, 0, size+1)
	}
	r := io.LimitReader(f, limit+1)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(b)) > limit {
		return nil, tooBig{int64(len(b)), limit}
	}
	return b, nil
}

// checkText says why a file cannot be an article: binary, not UTF-8, or
// empty. A BOM and CRLF line ends are fine.
func checkText(f string, b []byte) (corpus.Problem, bool) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return corpus.Problem{File: f, Msg: "skipped: binary file (NUL byte at offset " + itoa(i) + ")"}, true
	}
	if !utf8.Valid(b) {
		i := invalidAt(b)
		return corpus.Problem{File: f, Line: bytes.Count(b[:i], []byte{'\n'}) + 1,
			Msg: "skipped: not UTF-8 text (invalid byte at offset " + itoa(i) + ")"}, true
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))) == 0 {
		return corpus.Problem{File: f, Msg: "skipped: empty"}, true
	}
	return corpus.Problem{}, false
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// errText is an error's message in one line, without the Go-internal
// "open x:" prefix that repeats the file name.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}
