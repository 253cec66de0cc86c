// Package pack moves many small slices into one backing array each, at
// their exact lengths. Slices grown by append one at a time, among a
// stage's garbage, hold heap pages part full for as long as the corpus
// lives; packed, they hold only what they use.
package pack

import "iter"

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
