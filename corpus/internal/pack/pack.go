// Package pack moves many small slices into one backing array each, at
// their exact lengths. Slices grown by append one at a time, among a
// stage's garbage, hold heap pages part full for as long as the corpus
// lives; packed, they hold only what they use.
package pack

import (
	"iter"
	"unsafe"
)

// Slices re-homes every slice that all yields into one shared array. Each
// is capped at its length, so a later append copies it out instead of
// overwriting its neighbour; nil slices stay nil. all is walked twice.
func Slices[T any](all iter.Seq[*[]T]) {
	n := 0
	for s := range all {
		n += len(*s)
	}
	buf := make([]T, 0, n)
	for s := range all {
		if *s == nil {
			continue
		}
		at := len(buf)
		buf = append(buf, *s...)
		*s = buf[at:len(buf):len(buf)]
	}
}

// Fields yields, for each element of xs, the slice field that field
// picks: pack.Slices(pack.Fields(facts, func(f *Fact) *[]Value { return &f.Values })).
func Fields[E, T any](xs []E, field func(*E) *[]T) iter.Seq[*[]T] {
	return func(yield func(*[]T) bool) {
		for i := range xs {
			if !yield(field(&xs[i])) {
				return
			}
		}
	}
}

// Map re-homes the slices of m as Slices does (map values cannot be
// pointed to, so they are stored back).
func Map[K comparable, T any](m map[K][]T) {
	n := 0
	for _, s := range m {
		n += len(s)
	}
	buf := make([]T, 0, n)
	for k, s := range m {
		if s == nil {
			continue
		}
		at := len(buf)
		buf = append(buf, s...)
		m[k] = buf[at:len(buf):len(buf)]
	}
}

// Strings copies strings into shared chunks. Small strings kept for as
// long as the corpus lives (names, keys), made one by one among a stage's
// garbage of the same size, each held a page of that garbage in use;
// copied, they fill pages of their own. The zero value is ready to use;
// Reserve sizes the next chunk exactly, so that a small corpus does not
// keep a chunk's unused end.
type Strings struct{ chunk []byte }

// chunkSize is the size of a chunk nobody reserved.
const chunkSize = 16 << 10

// Reserve makes room for n more bytes of copies in one chunk.
func (a *Strings) Reserve(n int) {
	if n > cap(a.chunk)-len(a.chunk) {
		a.chunk = make([]byte, 0, n)
	}
}

// Copy returns s as bytes of a's chunks.
func (a *Strings) Copy(s string) string {
	if s == "" {
		return ""
	}
	if len(s) > cap(a.chunk)-len(a.chunk) {
		a.chunk = make([]byte, 0, max(chunkSize, len(s)))
	}
	at := len(a.chunk)
	a.chunk = append(a.chunk, s...)
	return unsafe.String(&a.chunk[at], len(s))
}

// Keys returns m made again at its size, its keys copied by a (room
// reserved for all of them).
func Keys[V any](m map[string]V, a *Strings) map[string]V {
	if m == nil {
		return nil
	}
	n := 0
	for k := range m {
		n += len(k)
	}
	a.Reserve(n)
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[a.Copy(k)] = v
	}
	return out
}

// Lists is Keys for a map of lists, which it also re-homes as Map does.
func Lists[T any](m map[string][]T, a *Strings) map[string][]T {
	out := Keys(m, a)
	Map(out)
	return out
}
