package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"factdesk/corpus"
	"factdesk/corpus/load"
)

// Folder is a corpus folder that articles are added to. The folder stays
// the one source of truth: what Save writes is what Load reads.
type Folder struct {
	Dir string
	mu  sync.Mutex // one Save at a time in this process; flock across processes

	// keys caches each article file's TextKey by name, size and time, so
	// a long-lived Folder (serve) reads only new or changed files to find
	// a duplicate text, not the whole folder on every Save.
	keys map[string]fileKey
}

type fileKey struct {
	size int64
	mod  time.Time
	key  string
}

// textKeyOf is the TextKey of the article file name, from the cache when
// the file is unchanged; "" when it cannot be read or is over the size
// limit (the loader skips it too).
func (f *Folder) textKeyOf(name string) string {
	path := filepath.Join(f.Dir, name)
	fi, err := os.Stat(path)
	if err != nil || fi.Size() > load.DefaultMaxFileSize {
		return ""
	}
	if k, ok := f.keys[name]; ok && k.size == fi.Size() && k.mod.Equal(fi.ModTime()) {
		return k.key
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	if f.keys == nil {
		f.keys = map[string]fileKey{}
	}
	k := fileKey{fi.Size(), fi.ModTime(), TextKey(string(b))}
	f.keys[name] = k
	return k.key
}

// Duplicate is the refusal of an article the folder already has.
type Duplicate struct {
	File string // the article already there
	Same string // "address" or "text"
}

func (d *Duplicate) Error() string {
	return fmt.Sprintf("already in the corpus as %s (same %s)", d.File, d.Same)
}

// Save writes p as a new article: its text as NNN_hash.txt and its entry
// in sources.yaml (outlet, url, published, and title and author, which the
// loader ignores but people read). Both are written to a hidden temp file
// and renamed into place, so a reader never sees half a file, and the
// manifest is appended to byte for byte, so no entry or comment is lost.
// A page whose canonical address or text the folder already has is
// refused with *Duplicate.
func (f *Folder) Save(p Page) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, err := os.Stat(f.Dir)
	if err != nil || !st.IsDir() {
		return "", corpus.Errorf(corpus.EINVALID, "%s: not a folder", f.Dir)
	}
	unlock, err := lockDir(f.Dir)
	if err != nil {
		return "", err
	}
	defer unlock()

	mpath := filepath.Join(f.Dir, load.ManifestFile)
	old, entries, err := load.ReadManifestFile(mpath)
	if err != nil {
		// Never write over a manifest we cannot read: it holds the
		// newsroom's own entries.
		return "", err
	}
	if key := URLKey(p.URL); key != "" {
		for _, m := range entries {
			if URLKey(m.URL) == key {
				return "", &Duplicate{File: m.File, Same: "address"}
			}
		}
	}
	sum := TextKey(p.Text)
	names, err := articleFiles(f.Dir)
	if err != nil {
		return "", err
	}
	next := 1
	for _, n := range names {
		if f.textKeyOf(n) == sum {
			return "", &Duplicate{File: n, Same: "text"}
		}
		if i := strings.IndexByte(n, '_'); i > 0 {
			if k, err := strconv.Atoi(n[:i]); err == nil && k >= next {
				next = k + 1
			}
		}
	}
	file := fmt.Sprintf("%03d_%s.txt", next, sum[:16])
	if err := writeAtomic(filepath.Join(f.Dir, file), []byte(p.Text)); err != nil {
		return "", err
	}
	entry, err := manifestEntry(file, p)
	if err != nil {
		os.Remove(filepath.Join(f.Dir, file))
		return "", err
	}
	buf := append([]byte(nil), old...)
	if len(buf) > 0 && buf[len(buf)-1] != '\n' {
		buf = append(buf, '\n')
	}
	buf = append(buf, entry...)
	// Check what will be written before it replaces the manifest.
	if _, err := load.ParseManifest(buf, mpath); err != nil {
		os.Remove(filepath.Join(f.Dir, file))
		return "", corpus.Errorf(corpus.EINTERNAL, "the new entry would break %s: %v", mpath, err)
	}
	if err := writeAtomic(mpath, buf); err != nil {
		os.Remove(filepath.Join(f.Dir, file))
		return "", err
	}
	return file, nil
}

// entryYAML is the order fields are written in; the loader reads file,
// outlet, url and published and ignores the rest.
type entryYAML struct {
	File      string `yaml:"file"`
	Outlet    string `yaml:"outlet,omitempty"`
	URL       string `yaml:"url,omitempty"`
	Published string `yaml:"published,omitempty"`
	Title     string `yaml:"title,omitempty"`
	Author    string `yaml:"author,omitempty"`
	How       string `yaml:"how"`
}

func manifestEntry(file string, p Page) ([]byte, error) {
	// One line each: the YAML library writes a value that starts with a
	// line break as a block scalar it cannot read back (found by fuzzing).
	e := []entryYAML{{File: file, Outlet: clean(p.Outlet), URL: clean(p.URL), Published: p.Published.String(), Title: clean(p.Title), Author: clean(p.Author),
		How: "added by factdesk add"}}
	b, err := yaml.Marshal(e)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINTERNAL, "sources.yaml entry for %s: %v", file, err)
	}
	return b, nil
}

// writeAtomic writes b to a hidden temp file beside path (the loader
// ignores hidden files), syncs it and renames it over path.
func writeAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".factdesk-*.tmp")
	if err != nil {
		return corpus.Errorf(corpus.EINVALID, "%s: %v", filepath.Dir(path), unwrapPath(err))
	}
	name := tmp.Name()
	_, werr := tmp.Write(b)
	if werr == nil {
		werr = tmp.Sync()
	}
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(name, 0o644)
	}
	if werr == nil {
		werr = os.Rename(name, path)
	}
	if werr != nil {
		os.Remove(name)
		return corpus.Errorf(corpus.EINVALID, "%s: %v", path, unwrapPath(werr))
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// articleFiles lists the article files at the top of dir, sorted.
func articleFiles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", dir, unwrapPath(err))
	}
	var out []string
	for _, e := range ents {
		if n := e.Name(); !strings.HasPrefix(n, ".") && e.Type().IsRegular() && load.IsArticleName(n) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out, nil
}

// TextKey identifies an article's text regardless of spacing, case and
// quotation mark style, so the same story saved twice is one.
func TextKey(text string) string {
	var b bytes.Buffer
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'").Replace(w)
		b.WriteString(w)
		b.WriteByte(' ')
	}
	h := sha256.Sum256(b.Bytes())
	return hex.EncodeToString(h[:])
}

// trackingParams are query parameters that name a campaign, not a page.
var trackingParams = []string{"utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "smid"}

// URLKey identifies an address regardless of scheme, case of the host,
// "www.", a trailing slash, the fragment and tracking parameters; "" for
// no address.
func URLKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	q := u.Query()
	for k := range q {
		for _, t := range trackingParams {
			if strings.HasPrefix(strings.ToLower(k), t) {
				q.Del(k)
			}
		}
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	p := strings.TrimRight(u.EscapedPath(), "/")
	key := host + p
	if enc := q.Encode(); enc != "" {
		key += "?" + enc
	}
	return key
}
