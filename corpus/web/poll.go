package web

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// FeedSource is one feed to poll.
type FeedSource struct {
	URL   string
	Every time.Duration // 0 is DefaultPollEvery
}

// Polling bounds.
const (
	DefaultPollEvery = 10 * time.Minute
	MinPollEvery     = 30 * time.Second // politeness to publishers
	MaxBackoff       = 6 * time.Hour
	maxSeen          = 4 * MaxItems // item ids remembered per feed
)

// Poller polls feeds and adds their new items. Each feed has its own
// loop: conditional GETs with the ETag and Last-Modified of the last
// answer, and an exponential back-off after errors.
type Poller struct {
	Adder *Adder
	Feeds []FeedSource
	Log   *slog.Logger

	mu    sync.Mutex
	state map[string]*feedState
}

type feedState struct {
	cond     Conditional
	failures int
	seen     map[string]bool // item ids already tried, so a refused item is not fetched each poll
}

// Run polls until ctx ends.
func (p *Poller) Run(ctx context.Context) {
	var wg sync.WaitGroup
	for _, f := range p.Feeds {
		wg.Add(1)
		go func(f FeedSource) {
			defer wg.Done()
			every := f.Every
			if every <= 0 {
				every = DefaultPollEvery
			}
			for {
				_, err := p.Poll(ctx, f.URL)
				wait := p.delay(f.URL, every, err)
				t := time.NewTimer(wait)
				select {
				case <-ctx.Done():
					t.Stop()
					return
				case <-t.C:
				}
			}
		}(f)
	}
	wg.Wait()
}

// delay is the time to the next poll: the interval, doubled for each
// error in a row up to MaxBackoff.
func (p *Poller) delay(url string, every time.Duration, err error) time.Duration {
	if err == nil {
		return every
	}
	st := p.stateOf(url)
	p.mu.Lock()
	n := st.failures
	p.mu.Unlock()
	d := every
	for i := 0; i < n && d < MaxBackoff; i++ {
		d *= 2
	}
	return min(d, MaxBackoff)
}

func (p *Poller) stateOf(url string) *feedState {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state == nil {
		p.state = map[string]*feedState{}
	}
	st, ok := p.state[url]
	if !ok {
		st = &feedState{seen: map[string]bool{}}
		p.state[url] = st
	}
	return st
}

// Poll fetches one feed once and adds its new items. The error is the
// feed's own (unreachable, broken XML); an item that fails is in its
// Result and logged.
func (p *Poller) Poll(ctx context.Context, url string) ([]Result, error) {
	st := p.stateOf(url)
	p.mu.Lock()
	cond := st.cond
	p.mu.Unlock()
	log := p.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	fail := func(err error) ([]Result, error) {
		p.mu.Lock()
		st.failures++
		p.mu.Unlock()
		log.Warn("feed poll failed", slog.String("feed", url), slog.String("error", err.Error()))
		return nil, err
	}
	resp, err := p.Adder.Fetcher.Get(ctx, url, cond)
	if err != nil {
		return fail(err)
	}
	if resp.NotModified {
		p.mu.Lock()
		st.failures = 0
		p.mu.Unlock()
		return nil, nil
	}
	f, err := ParseFeed(resp.Body, resp.ContentType)
	if err != nil {
		return fail(err)
	}
	var fresh []Item
	p.mu.Lock()
	for _, it := range f.Items {
		if !st.seen[it.ID] {
			fresh = append(fresh, it)
		}
	}
	p.mu.Unlock()
	res := p.Adder.AddItems(ctx, fresh)
	p.mu.Lock()
	defer p.mu.Unlock()
	st.failures = 0
	if len(st.seen) > maxSeen {
		st.seen = map[string]bool{}
	}
	tried := map[string]bool{}
	for _, r := range res {
		tried[r.Source] = true
	}
	for _, it := range fresh {
		if tried[it.Link] {
			st.seen[it.ID] = true
		}
	}
	// Items left for later (the per-call cap) must come back next time:
	// a 304 would hide them, so the validators are kept only when every
	// new item was tried.
	if len(res) < maxFeedAdds {
		st.cond = Conditional{ETag: resp.ETag, LastModified: resp.LastModified}
	} else {
		st.cond = Conditional{}
	}
	for _, r := range res {
		if r.Err != nil {
			log.Info("feed item not added", slog.String("feed", url), slog.String("item", r.Source), slog.String("why", r.Err.Error()))
		} else {
			log.Info("feed item added", slog.String("feed", url), slog.String("file", r.File), slog.String("outlet", r.Outlet), slog.Int("quotes", r.Quotes))
		}
	}
	return res, nil
}
