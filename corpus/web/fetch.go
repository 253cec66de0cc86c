package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/time/rate"

	"factdesk/corpus"
	"factdesk/corpus/load"
)

// Config bounds what a Fetcher may do. The zero value is safe: public
// addresses only, with the defaults below.
type Config struct {
	// AllowPrivate lets the fetcher reach loopback, private and link-local
	// addresses: for tests and intranets only. A Discord user or a feed
	// chooses the address, so it is off by default.
	AllowPrivate bool
	// UserAgent names the fetcher honestly; "" is DefaultUserAgent.
	UserAgent string
	// Timeout bounds one whole request, body included (slow bodies too).
	Timeout time.Duration
	// MaxBytes caps a body; a larger one is refused, not cut.
	MaxBytes int64
	// PerHost is the least time between two requests to one host.
	PerHost time.Duration
}

// Defaults of Config.
const (
	DefaultUserAgent = "factdesk/1.0 (newsroom article reader; fetches one page when asked)"
	DefaultTimeout   = 20 * time.Second
	DefaultMaxBytes  = 5 << 20
	DefaultPerHost   = time.Second
	MaxRedirects     = 5
	// maxHosts bounds the per-host limiter table; beyond it the table
	// starts afresh (a feed list names far fewer hosts).
	maxHosts = 4096
)

// Fetcher gets pages and feeds under Config's rules. It is safe for
// concurrent use.
type Fetcher struct {
	cfg    Config
	client *http.Client

	mu    sync.Mutex
	hosts map[string]*rate.Limiter

	// allow, when set (tests), decides an address instead of the rule.
	allow func(netip.Addr) bool
}

// NewFetcher returns a Fetcher with cfg's zero fields at their defaults.
func NewFetcher(cfg Config) *Fetcher {
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.PerHost < 0 {
		cfg.PerHost = 0
	}
	f := &Fetcher{cfg: cfg, hosts: map[string]*rate.Limiter{}}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: f.control}
	tr := &http.Transport{
		// No proxy: a proxy would connect on our behalf, past the address check.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          16,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 15 * time.Second,
	}
	f.client = &http.Client{Transport: tr, Timeout: cfg.Timeout, CheckRedirect: f.checkRedirect}
	return f
}

// ErrForbiddenAddress is wrapped by every refusal of an address.
var ErrForbiddenAddress = errors.New("forbidden address")

// control runs after DNS, just before connect: the address here is the one
// the socket will reach, so a name that resolves (or re-resolves) to an
// internal address is refused too.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrForbiddenAddress, address)
	}
	if !f.allowed(ap.Addr()) {
		return fmt.Errorf("%w: %s is %s", ErrForbiddenAddress, ap.Addr(), Why(ap.Addr()))
	}
	return nil
}

func (f *Fetcher) allowed(a netip.Addr) bool {
	if f.allow != nil {
		return f.allow(a)
	}
	return f.cfg.AllowPrivate || Why(a) == ""
}

// Special ranges that are neither public nor named by netip's predicates.
var special = []struct {
	p   netip.Prefix
	why string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "a 'this network' address"},
	{netip.MustParsePrefix("100.64.0.0/10"), "a shared (carrier-grade NAT) address, where some clouds serve metadata"},
	{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol address"},
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved address"},
	{netip.MustParsePrefix("64:ff9b::/96"), "a NAT64 address"},
	{netip.MustParsePrefix("2002::/16"), "a 6to4 address"},
}

// Why says why an address may not be fetched by default, or "" when it is
// a public unicast address.
func Why(a netip.Addr) string {
	a = a.Unmap()
	switch {
	case !a.IsValid():
		return "not an address"
	case a.IsLoopback():
		return "a loopback address"
	case a == netip.MustParseAddr("169.254.169.254") || a == netip.MustParseAddr("fd00:ec2::254"):
		return "a cloud metadata address"
	case a.IsLinkLocalUnicast(), a.IsLinkLocalMulticast():
		return "a link-local address"
	case a.IsPrivate():
		return "a private address"
	case a.IsUnspecified():
		return "an unspecified address"
	case a.IsMulticast(), a.IsInterfaceLocalMulticast():
		return "a multicast address"
	case a.Is4() && a == netip.MustParseAddr("255.255.255.255"):
		return "a broadcast address"
	}
	for _, s := range special {
		if s.p.Contains(a) {
			return s.why
		}
	}
	return ""
}

// CheckURL says why an address is not fetched, before any connection: an
// http(s) address with a host, no user:password, and no literal internal IP.
// Names are checked again on their resolved IP when connecting.
func (f *Fetcher) CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%q: not an address", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: only http and https addresses are fetched", shorten(raw))
	}
	if u.Hostname() == "" {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: no host", shorten(raw))
	}
	if u.User != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: an address with a user name or password is not fetched", shorten(raw))
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if a, err := netip.ParseAddr(host); err == nil && !f.allowed(a) {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %s is %s", shorten(raw), a, Why(a))
	}
	if (host == "localhost" || strings.HasSuffix(host, ".localhost")) && !f.cfg.AllowPrivate && f.allow == nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: localhost is a loopback address", shorten(raw))
	}
	return u, nil
}

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("more than %d redirects", MaxRedirects)
	}
	if _, err := f.CheckURL(req.URL.String()); err != nil {
		return fmt.Errorf("redirect to %s", corpus.ErrorMessage(err))
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	return f.wait(req.Context(), req.URL.Host)
}

// wait honours the per-host rate limit.
func (f *Fetcher) wait(ctx context.Context, host string) error {
	if f.cfg.PerHost == 0 {
		return nil
	}
	host = strings.ToLower(host)
	f.mu.Lock()
	l, ok := f.hosts[host]
	if !ok {
		if len(f.hosts) >= maxHosts {
			f.hosts = map[string]*rate.Limiter{}
		}
		l = rate.NewLimiter(rate.Every(f.cfg.PerHost), 1)
		f.hosts[host] = l
	}
	f.mu.Unlock()
	return l.Wait(ctx)
}

// Conditional carries the validators of an earlier response, for a GET
// that may answer 304 Not Modified.
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is a fetched body and what the server said about it.
type Response struct {
	URL          *url.URL // after redirects
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	NotModified  bool // 304: Body is empty, nothing changed
}

// Content types fetched: pages and feeds.
var fetchable = map[string]bool{
	"text/html": true, "application/xhtml+xml": true,
	"application/rss+xml": true, "application/atom+xml": true, "application/rdf+xml": true,
	"application/xml": true, "text/xml": true,
	"application/feed+json": true, "application/json": true,
}

// Get fetches raw under the rules. Every error is one line naming the
// address and the reason.
func (f *Fetcher) Get(ctx context.Context, raw string, cond Conditional) (*Response, error) {
	u, err := f.CheckURL(raw)
	if err != nil {
		return nil, err
	}
	name := shorten(u.String())
	if err := f.wait(ctx, u.Host); err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", name, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", name, err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,*/*;q=0.1")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %s", name, netReason(err))
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: the server answered %s", name, resp.Status)
	}
	out.ContentType = resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(out.ContentType)
	if mt == "" {
		mt = "unknown"
	}
	if !fetchable[mt] {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: content type %s: want a web page (text/html) or a feed", name, mt)
	}
	if resp.ContentLength > f.cfg.MaxBytes {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %s is over the %s limit", name, load.HumanSize(resp.ContentLength), load.HumanSize(f.cfg.MaxBytes))
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxBytes+1))
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: reading the body: %s", name, netReason(err))
	}
	if int64(len(b)) > f.cfg.MaxBytes {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: the body is over the %s limit", name, load.HumanSize(f.cfg.MaxBytes))
	}
	out.Body = b
	return out, nil
}

// netReason turns a transport error into a short reason for people.
func netReason(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	switch {
	case errors.Is(err, ErrForbiddenAddress):
		var oe *net.OpError
		if errors.As(err, &oe) && oe.Err != nil {
			return "refused: " + strings.TrimPrefix(oe.Err.Error(), ErrForbiddenAddress.Error()+": ")
		}
		return "refused: " + err.Error()
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return "timed out"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return "no such host " + dnsErr.Name
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// shorten keeps an address readable in a one-line message.
func shorten(s string) string {
	if len(s) > 120 {
		return s[:117] + "..."
	}
	return s
}
