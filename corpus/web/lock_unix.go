//go:build unix

package web

import (
	"os"
	"path/filepath"
	"syscall"

	"factdesk/corpus"
)

// lockDir takes an exclusive lock on a hidden file of dir, so `factdesk
// add` and a running server do not append to sources.yaml at once.
func lockDir(dir string) (func(), error) {
	lf, err := os.OpenFile(filepath.Join(dir, ".factdesk.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: cannot lock: %v", dir, unwrapPath(err))
	}
	if err := syscall.Flock(int(lf.Fd()), syscall.LOCK_EX); err != nil {
		lf.Close()
		return nil, corpus.Errorf(corpus.EINVALID, "%s: cannot lock: %v", dir, err)
	}
	return func() {
		syscall.Flock(int(lf.Fd()), syscall.LOCK_UN)
		lf.Close()
	}, nil
}
