package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every test server listens on loopback; the fetcher under test is told
// to allow exactly that address (allowLoopback), or nothing internal.

func allowOnly(addrs ...string) func(netip.Addr) bool {
	return func(a netip.Addr) bool {
		for _, s := range addrs {
			if a.Unmap() == netip.MustParseAddr(s) {
				return true
			}
		}
		return false
	}
}

func testFetcher(cfg Config, allow func(netip.Addr) bool) *Fetcher {
	f := NewFetcher(cfg)
	f.allow = allow
	return f
}

// serveOn starts h on a loopback address of our choosing (127.0.0.2 is
// loopback on Linux too), so one test can have an allowed and a refused
// server.
func serveOn(t *testing.T, ip string, h http.Handler) *httptest.Server {
	t.Helper()
	ln, err := net.Listen("tcp", ip+":0")
	if err != nil {
		t.Skipf("cannot listen on %s: %v", ip, err)
	}
	s := httptest.NewUnstartedServer(h)
	s.Listener.Close()
	s.Listener = ln
	s.Start()
	t.Cleanup(s.Close)
	return s
}

func pageBytes(t testing.TB, name string) []byte {
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return b
}

func TestFetchGetsAPageAndSaysWhoItIs(t *testing.T) {
	var ua atomic.Value
	s := serveOn(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(pageBytes(t, "amp.html"))
	}))
	f := testFetcher(Config{}, allowOnly("127.0.0.1"))
	resp, err := f.Get(context.Background(), s.URL+"/rail", Conditional{})
	require.NoError(t, err)
	assert.Equal(t, `"v1"`, resp.ETag)
	assert.Contains(t, string(resp.Body), "Rail line to reopen")
	assert.Equal(t, DefaultUserAgent, ua.Load())

	again, err := f.Get(context.Background(), s.URL+"/rail", Conditional{ETag: resp.ETag})
	require.NoError(t, err)
	assert.True(t, again.NotModified)
	assert.Empty(t, again.Body)
}

func TestFetchRefusals(t *testing.T) {
	huge := strings.Repeat("a", 10<<20)
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(len(huge)))
		fmt.Fprint(w, huge) // refused on its length, before reading
	})
	mux.HandleFunc("/huge-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 10; i++ {
			fmt.Fprint(w, huge[:1<<20])
			w.(http.Flusher).Flush() // no Content-Length: cut while reading
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/loop/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
	})
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	s := serveOn(t, "127.0.0.1", mux)
	// A generous timeout for the size checks (the race detector is slow),
	// a short one for the slow body.
	f := testFetcher(Config{Timeout: 30 * time.Second, MaxBytes: 5 << 20}, allowOnly("127.0.0.1"))
	quick := testFetcher(Config{Timeout: 300 * time.Millisecond, MaxBytes: 5 << 20}, allowOnly("127.0.0.1"))
	tests := []struct{ name, url, want string }{
		{"a 404", s.URL + "/missing", "the server answered 404 Not Found"},
		{"an image", s.URL + "/image", "content type image/png: want a web page (text/html) or a feed"},
		{"a 10 MB page with its length", s.URL + "/huge", "10.0 MB is over the 5.0 MB limit"},
		{"a 10 MB page without its length", s.URL + "/huge-chunked", "the body is over the 5.0 MB limit"},
		{"a slow body", s.URL + "/slow", "timed out"},
		{"more than 5 redirects", s.URL + "/loop/", "more than 5 redirects"},
		{"a redirect to the metadata address", s.URL + "/to-metadata", "redirect to http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a cloud metadata address"},
		{"a redirect to a file", s.URL + "/to-file", "only http and https addresses are fetched"},
		{"an ftp address", "ftp://example.org/a", "only http and https addresses are fetched"},
		{"a private address", "http://10.1.2.3/a", "10.1.2.3 is a private address"},
		{"an IPv6 loopback address", "http://[::1]:80/a", "::1 is a loopback address"},
		{"an IPv4-mapped IPv6 private address", "http://[::ffff:192.168.0.1]/", "is a private address"},
		{"a user and password", "http://user:pw@example.org/", "user name or password"},
		{"no host", "http:///a", "no host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fetch := f
			if strings.HasSuffix(tt.url, "/slow") {
				fetch = quick
			}
			_, err := fetch.Get(context.Background(), tt.url, Conditional{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

// The address is checked on the IP the name resolves to, at connect time:
// a page on an allowed server that redirects to a name resolving to a
// refused address is stopped before the connection, so DNS rebinding
// (a name that changes to an internal IP) gets nowhere.
func TestFetchChecksTheResolvedAddressAfterRedirects(t *testing.T) {
	var inside atomic.Int32
	internal := serveOn(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inside.Add(1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("secret"))
	}))
	_, port, _ := net.SplitHostPort(internal.Listener.Addr().String())
	public := serveOn(t, "127.0.0.2", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://localhost:"+port+"/admin", http.StatusFound)
	}))
	f := testFetcher(Config{}, allowOnly("127.0.0.2"))
	_, err := f.Get(context.Background(), public.URL+"/story", Conditional{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "refused:")
	assert.Contains(t, err.Error(), "is a loopback address")
	assert.Zero(t, inside.Load(), "the internal server was never reached")

	// A name fetched directly is checked the same way.
	_, err = testFetcher(Config{}, allowOnly("127.0.0.2")).Get(context.Background(), "http://localhost:"+port+"/", Conditional{})
	require.Error(t, err)
	assert.Zero(t, inside.Load())
}

func TestFetchWithoutTheTestHookRefusesLoopbackAndTheSwitchAllowsIt(t *testing.T) {
	s := serveOn(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("ok"))
	}))
	_, err := NewFetcher(Config{}).Get(context.Background(), s.URL, Conditional{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "127.0.0.1 is a loopback address")
	_, err = NewFetcher(Config{}).Get(context.Background(), strings.Replace(s.URL, "127.0.0.1", "localhost", 1), Conditional{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "loopback")

	resp, err := NewFetcher(Config{AllowPrivate: true}).Get(context.Background(), s.URL, Conditional{})
	require.NoError(t, err)
	assert.Equal(t, "ok", string(resp.Body))
}

func TestFetchRateLimitsPerHost(t *testing.T) {
	var hits atomic.Int32
	s := serveOn(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
	}))
	f := testFetcher(Config{PerHost: time.Hour}, allowOnly("127.0.0.1"))
	_, err := f.Get(context.Background(), s.URL, Conditional{})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = f.Get(ctx, s.URL, Conditional{})
	require.Error(t, err, "the second request to the host waits for its turn, past the deadline")
	assert.Equal(t, int32(1), hits.Load())
}

func TestWhy(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"93.184.216.34", ""},
		{"2606:2800:220:1:248:1893:25c8:1946", ""},
		{"127.0.0.1", "a loopback address"},
		{"127.8.9.10", "a loopback address"},
		{"::1", "a loopback address"},
		{"10.0.0.1", "a private address"},
		{"172.16.5.4", "a private address"},
		{"192.168.1.1", "a private address"},
		{"fd12::1", "a private address"},
		{"169.254.169.254", "a cloud metadata address"},
		{"fd00:ec2::254", "a cloud metadata address"},
		{"169.254.1.1", "a link-local address"},
		{"fe80::1", "a link-local address"},
		{"100.100.100.200", "a shared (carrier-grade NAT) address, where some clouds serve metadata"},
		{"0.0.0.0", "an unspecified address"},
		{"::", "an unspecified address"},
		{"239.1.2.3", "a multicast address"},
		{"255.255.255.255", "a broadcast address"},
		{"::ffff:10.0.0.1", "a private address"},
		{"64:ff9b::a00:1", "a NAT64 address"},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			assert.Equal(t, tt.want, Why(netip.MustParseAddr(tt.addr)))
		})
	}
}
