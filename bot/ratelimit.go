package bot

import (
	"sync"
	"time"
)

// Limiter is a token bucket per user: Burst requests at once, refilled at
// Rate per second.
type Limiter struct {
	Rate  float64
	Burst float64
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// maxBuckets bounds memory: beyond it, buckets that have refilled are
// forgotten (a full bucket is the same as no bucket).
const maxBuckets = 10000

// NewLimiter allows burst requests at once and perMinute a minute after
// that. perMinute <= 0 disables limiting (nil).
func NewLimiter(perMinute, burst int) *Limiter {
	if perMinute <= 0 {
		return nil
	}
	if burst < 1 {
		burst = 1
	}
	return &Limiter{Rate: float64(perMinute) / 60, Burst: float64(burst), now: time.Now, buckets: map[string]*bucket{}}
}

// Allow takes a token from user's bucket, reporting whether there was one.
func (l *Limiter) Allow(user string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[user]
	if !ok {
		if len(l.buckets) >= maxBuckets {
			l.prune(now)
		}
		b = &bucket{tokens: l.Burst, last: now}
		l.buckets[user] = b
	}
	b.tokens = min(l.Burst, b.tokens+now.Sub(b.last).Seconds()*l.Rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (l *Limiter) prune(now time.Time) {
	for u, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.Rate >= l.Burst {
			delete(l.buckets, u)
		}
	}
}
