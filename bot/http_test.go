package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/bot/discordtest"
	"factdesk/corpus"
)

type signer struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newSigner(t *testing.T) signer {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	return signer{pub, priv}
}

// request builds a signed interactions request the way Discord does.
func (s signer) request(t *testing.T, url string, body []byte, ts time.Time) *http.Request {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(s.priv, append([]byte(stamp), body...))
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", stamp)
	return req
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

func TestInteractionsEndpoint(t *testing.T) {
	key := newSigner(t)
	other := newSigner(t)
	eng := &fakeEngine{WhoSaidFn: func(ctx context.Context, q string) (corpus.Answer, error) { return witkoffAnswer(q), nil }}
	b := testBot(eng)
	srv := httptest.NewServer(b.InteractionsHandler(context.Background(), key.pub, 64<<10))
	defer srv.Close()
	ping := readTestdata(t, "ping.json")
	whosaid := readTestdata(t, "whosaid.json")
	now := time.Now()

	tests := []struct {
		name   string
		req    func() *http.Request
		status int
		body   string // a substring of the response body
	}{
		{"PING gets PONG", func() *http.Request { return key.request(t, srv.URL, ping, now) }, 200, `{"type":1}`},
		{"a command gets its reply in the response body", func() *http.Request { return key.request(t, srv.URL, whosaid, now) }, 200, `"title":"Steve Witkoff"`},
		{"replies allow no mentions", func() *http.Request { return key.request(t, srv.URL, whosaid, now) }, 200, `"allowed_mentions":{"parse":[]}`},
		{"a message command reads resolved.messages and answers privately", func() *http.Request {
			return key.request(t, srv.URL, readTestdata(t, "message_whosaid.json"), now)
		}, 200, `"author":{"name":"did someone really call it a good call?"}`},
		{"a reply names its question and links its outlet", func() *http.Request { return key.request(t, srv.URL, whosaid, now) }, 200,
			`"label":"Read at Bloomberg","style":5`},
		{"tampered body", func() *http.Request {
			r := key.request(t, srv.URL, whosaid, now)
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(whosaid, []byte("really"), []byte("REALLY"), 1)))
			return r
		}, 401, "invalid request signature"},
		{"signed with another key", func() *http.Request { return other.request(t, srv.URL, ping, now) }, 401, ""},
		{"stale timestamp", func() *http.Request { return key.request(t, srv.URL, ping, now.Add(-6*time.Minute)) }, 401, ""},
		{"timestamp from the future", func() *http.Request { return key.request(t, srv.URL, ping, now.Add(6*time.Minute)) }, 401, ""},
		{"missing signature", func() *http.Request {
			r := key.request(t, srv.URL, ping, now)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401, ""},
		{"missing timestamp", func() *http.Request {
			r := key.request(t, srv.URL, ping, now)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401, ""},
		{"signature not hex", func() *http.Request {
			r := key.request(t, srv.URL, ping, now)
			r.Header.Set("X-Signature-Ed25519", "zz")
			return r
		}, 401, ""},
		{"body too large", func() *http.Request { return key.request(t, srv.URL, bytes.Repeat([]byte(" "), 65<<10), now) }, 413, ""},
		{"GET is not allowed", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, srv.URL, nil)
			return r
		}, 405, ""},
		{"signed garbage is a bad request", func() *http.Request { return key.request(t, srv.URL, []byte("{not json"), now) }, 400, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := srv.Client().Do(tc.req())
			require.NoError(t, err)
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			assert.Equal(t, tc.status, resp.StatusCode, string(body))
			assert.Contains(t, string(body), tc.body)
			if tc.status == 200 {
				assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			}
		})
	}
}

func TestVerify(t *testing.T) {
	key := newSigner(t)
	now := time.Unix(1_760_000_000, 0)
	stamp := strconv.FormatInt(now.Unix(), 10)
	body := []byte(`{"type":1}`)
	sig := hex.EncodeToString(ed25519.Sign(key.priv, append([]byte(stamp), body...)))
	assert.NoError(t, Verify(key.pub, sig, stamp, body, now))
	assert.NoError(t, Verify(key.pub, sig, stamp, body, now.Add(4*time.Minute)), "within five minutes")
	assert.ErrorContains(t, Verify(key.pub, sig, stamp, body, now.Add(5*time.Minute+time.Second)), "off the clock")
	assert.ErrorContains(t, Verify(key.pub, sig, "x", body, now), "not a unix time")
	assert.ErrorContains(t, Verify(key.pub, sig, stamp, []byte(`{"type":2}`), now), "bad signature")
}

// TestRunHTTP runs the HTTP mode on 127.0.0.1:0 with a slow answer: the
// HTTP response is the deferral, and the answer follows through REST to
// the fake Discord at discord.base_url.
func TestRunHTTP(t *testing.T) {
	fake := discordtest.New()
	defer fake.Close()
	t.Cleanup(func() { SetBaseURL("https://discord.com") })
	key := newSigner(t)
	cfg := DefaultConfig()
	cfg.Discord.BaseURL = fake.URL()
	cfg.Discord.PublicKey = hex.EncodeToString(key.pub)
	cfg.Replies.DeferAfter = Duration(50 * time.Millisecond)
	var logs bytes.Buffer
	eng := slowEngine(300 * time.Millisecond)
	b := New(eng, cfg, newTestLogger(&logs))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.RunHTTP(ctx, ln) }()
	url := "http://" + ln.Addr().String()

	resp, err := http.DefaultClient.Do(key.request(t, url+"/interactions", readTestdata(t, "ask.json"), time.Now()))
	require.NoError(t, err)
	var got discordgo.InteractionResponse
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&got))
	resp.Body.Close()
	assert.Equal(t, discordgo.InteractionResponseDeferredChannelMessageWithSource, got.Type)

	wctx, wcancel := context.WithTimeout(context.Background(), waitLong)
	defer wcancel()
	call, err := fake.NextCall(wctx, "/webhooks/")
	require.NoError(t, err)
	assert.Equal(t, http.MethodPatch, call.Method)
	assert.Equal(t, "/api/v9/webhooks/4242/tok-ask/messages/@original", call.Path)
	var edit struct {
		Embeds          []discordgo.MessageEmbed `json:"embeds"`
		AllowedMentions map[string]any           `json:"allowed_mentions"`
	}
	require.NoError(t, call.JSON(&edit))
	require.Len(t, edit.Embeds, 1)
	assert.Equal(t, "Steve Witkoff", edit.Embeds[0].Title)
	assert.Equal(t, map[string]any{"parse": []any{}}, edit.AllowedMentions)

	health, err := http.Get(url + "/healthz")
	require.NoError(t, err)
	health.Body.Close()
	assert.Equal(t, 200, health.StatusCode)
	// The interaction is counted once its follow-up call returns, which may
	// be just after the fake Discord has seen it.
	want := `factdesk_interactions_total{kind="command",command="ask",outcome="ok"} 1`
	var mb []byte
	for end := time.Now().Add(waitLong); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		metrics, err := http.Get(url + "/metrics")
		require.NoError(t, err)
		mb, _ = io.ReadAll(metrics.Body)
		metrics.Body.Close()
		if strings.Contains(string(mb), want) {
			break
		}
	}
	assert.Contains(t, string(mb), want)

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(waitLong):
		t.Fatal("RunHTTP did not stop")
	}
	assert.Contains(t, logs.String(), "msg=listening addr="+ln.Addr().String())
	assert.True(t, strings.Contains(logs.String(), "shutting down"))
}
