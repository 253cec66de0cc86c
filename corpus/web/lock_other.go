//go:build !unix

package web

// lockDir is a no-op where flock does not exist: Folder's mutex still
// orders the saves of one process; run one writer per folder there.
func lockDir(dir string) (func(), error) { return func() {}, nil }
