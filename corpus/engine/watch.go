package engine

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"factdesk/corpus"
	"factdesk/corpus/load"
)

// settle is how old a new file must be before the watcher reads it: a
// writer (factdesk add) renames the article in, then appends its
// sources.yaml entry; the watcher waits for both.
const settle = 2 * time.Second

// maxWatchFiles bounds one scan of the folder.
const maxWatchFiles = 200_000

// Watcher brings an engine up to date with a folder that changes under it:
// new article files are added one by one (Add); a changed or removed file,
// or a changed entry of an existing file in sources.yaml, reloads it all.
type Watcher struct {
	Engine *Engine
	Dir    string
	// Log reports what each scan did; nil for silence.
	Log func(msg string, args ...any)

	stamps map[string]stamp         // files as last scanned
	man    map[string]load.Manifest // manifest entries as last scanned
	failed map[string]stamp         // new files that would not load, as they were
}

type stamp struct {
	size int64
	mod  time.Time
}

// Run scans every interval until ctx ends.
func (w *Watcher) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			w.Scan()
		}
	}
}

// Scan compares the folder with the served corpus once and brings the
// corpus up to date. It reports what it added, and whether it reloaded.
func (w *Watcher) Scan() (added []Added, reloaded bool, err error) {
	ents, err := os.ReadDir(w.Dir)
	if err != nil {
		return nil, false, corpus.Errorf(corpus.EINVALID, "%s: %v", w.Dir, err)
	}
	now := map[string]stamp{}
	for i, e := range ents {
		if i >= maxWatchFiles {
			break
		}
		n := e.Name()
		if strings.HasPrefix(n, ".") || !(load.IsArticleName(n) || n == load.ManifestFile) {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
			now[n] = stamp{fi.Size(), fi.ModTime()}
		}
	}
	man := map[string]load.Manifest{}
	_, list, err := load.ReadManifestFile(filepath.Join(w.Dir, load.ManifestFile))
	if err != nil {
		return nil, false, err // being edited, or broken: the next scan sees
	}
	for _, m := range list {
		m.Line = 0
		man[m.File] = m
	}
	first := w.stamps == nil
	if first {
		w.failed = map[string]stamp{}
	}
	c := w.Engine.Corpus()
	served := map[string]bool{}
	for _, a := range c.Articles {
		served[a.File] = true
	}
	for _, p := range c.Problems {
		served[p.File] = true // skipped at load: known, not new
	}
	changed := false
	for f := range served {
		st, ok := now[f]
		old, had := w.stamps[f]
		switch {
		case !ok && !first:
			changed = true // removed
		case ok && had && st != old:
			changed = true // rewritten
		}
		if om, ok := w.man[f]; ok && !first && !reflect.DeepEqual(om, man[f]) {
			changed = true // its entry changed
		}
	}
	var fresh []string
	for f, st := range now {
		if f == load.ManifestFile || served[f] || time.Since(st.mod) < settle {
			continue
		}
		if fs, ok := w.failed[f]; ok && fs == st {
			continue
		}
		fresh = append(fresh, f)
	}
	w.stamps, w.man = now, man
	if changed {
		if err := w.reload(); err != nil {
			w.logf("folder changed; reload failed, still serving the old corpus", "error", err.Error())
			return nil, false, err
		}
		w.logf("folder changed; corpus reloaded", "articles", len(w.Engine.Corpus().Articles))
		return nil, true, nil
	}
	if len(fresh) == 0 {
		return nil, false, nil
	}
	added, err = w.Engine.AddFiles(w.Dir, fresh)
	got := map[string]bool{}
	for _, a := range added {
		got[a.File] = true
		w.logf("article added from the folder", "file", a.File, "quotes", a.Quotes)
	}
	for _, f := range fresh {
		if !got[f] && !served[f] {
			w.failed[f] = now[f]
		}
	}
	if err != nil {
		w.logf("a new file was not added", "error", err.Error())
	}
	return added, false, err
}

// reload reloads the folder, a panic in a stage being an error: the old
// corpus keeps serving.
func (w *Watcher) reload() (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = corpus.Errorf(corpus.EINTERNAL, "panic while loading %s: %v", w.Dir, p)
		}
	}()
	return w.Engine.Reload(w.Dir, Options{})
}

func (w *Watcher) logf(msg string, args ...any) {
	if w.Log != nil {
		w.Log(msg, args...)
	}
}
