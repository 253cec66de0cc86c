package index

import "sync"

// Memo keeps the values a function computes for words, for concurrent
// use; past max words it stops growing and computes new ones each time,
// so a stream of words never seen again cannot grow it without bound.
type Memo[V any] struct {
	mu  sync.RWMutex
	m   map[string]V
	max int
	f   func(string) V
}

// NewMemo is a Memo of f holding at most max words.
func NewMemo[V any](max int, f func(string) V) *Memo[V] {
	return &Memo[V]{m: map[string]V{}, max: max, f: f}
}

// Get is f(w), kept from an earlier call when there was one.
func (c *Memo[V]) Get(w string) V {
	c.mu.RLock()
	v, ok := c.m[w]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = c.f(w)
	c.mu.Lock()
	if len(c.m) < c.max {
		c.m[w] = v
	}
	c.mu.Unlock()
	return v
}

// Len is the number of words kept.
func (c *Memo[V]) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
