package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/bot"
	"factdesk/bot/discordtest"
	"factdesk/corpus/engine"
)

// lockedBuffer collects a running server's log safely.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitFor polls the log for a pattern and returns its first submatch.
func waitFor(t *testing.T, log *lockedBuffer, re *regexp.Regexp) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := re.FindStringSubmatch(log.String()); m != nil {
			return m[len(m)-1]
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("log never matched %s:\n%s", re, log.String())
	return ""
}

// serveEnv isolates a test from the caller's environment and folder.
func serveEnv(t *testing.T, env map[string]string) {
	t.Helper()
	t.Chdir(t.TempDir()) // no stray config.yaml
	for _, k := range []string{"DISCORD_TOKEN", "DISCORD_APP_ID", "DISCORD_PUBLIC_KEY", "DISCORD_BASE_URL", "DISCORD_GUILD_IDS",
		"FACTDESK_METRICS_ADDR", "FACTDESK_CORPUS", "FACTDESK_HTTP_ADDR", "FACTDESK_LOG_LEVEL", "FACTDESK_PRIVATE"} {
		t.Setenv(k, env[k])
	}
}

func TestServeConfigErrors(t *testing.T) {
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name string
		args []string
		env  map[string]string
		file string
		want string
	}{
		{"base url", []string{"serve"}, map[string]string{"DISCORD_TOKEN": "t", "DISCORD_BASE_URL": "ftp://x"}, "",
			`DISCORD_BASE_URL: "ftp://x": want an http(s) URL`},
		{"base url in the file", []string{"serve", "--config", "config.yaml"}, map[string]string{"DISCORD_TOKEN": "t"}, "discord:\n  base_url: \"ftp://x\"\n",
			`config.yaml: discord.base_url: "ftp://x": want an http(s) URL`},
		{"config.yaml is read by default", []string{"serve"}, map[string]string{"DISCORD_TOKEN": "t"}, "log:\n  level: chatty\n",
			`config.yaml: log.level: "chatty": want debug, info, warn or error`},
		{"a token in the file", []string{"serve"}, nil, "discord:\n  token: abc\n", "config.yaml: discord.token: a secret does not belong in the file"},
		{"no token for the gateway", []string{"serve"}, nil, "", "DISCORD_TOKEN: not set"},
		{"no public key for http", []string{"serve", "--http", "127.0.0.1:0"}, map[string]string{"DISCORD_TOKEN": "t"}, "", "DISCORD_PUBLIC_KEY: not set"},
		{"bad listen address", []string{"serve", "--http", "nowhere"}, map[string]string{"DISCORD_PUBLIC_KEY": key}, "", "--http nowhere:"},
		{"missing corpus", []string{"serve", "--corpus", "/no/such/dir"}, map[string]string{"DISCORD_TOKEN": "t"}, "", "/no/such/dir: no such folder"},
		{"register needs an application id", []string{"register"}, map[string]string{"DISCORD_TOKEN": "t"}, "", "DISCORD_APP_ID: not set"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			serveEnv(t, tc.env)
			if tc.file != "" {
				require.NoError(t, os.WriteFile("config.yaml", []byte(tc.file), 0o600))
			}
			var out, errw bytes.Buffer
			err := run(context.Background(), tc.args, &out, &errw)
			require.Error(t, err)
			assert.Contains(t, oneLine(err), tc.want)
			assert.Equal(t, 2, exitCode(err), "a configuration problem is a usage error")
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

// TestServeHTTP runs `factdesk serve --http 127.0.0.1:0`, finds the
// address in the log, and speaks Discord's protocol to it.
func TestServeHTTP(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	serveEnv(t, map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var log lockedBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "--http", "127.0.0.1:0"}, io.Discard, &log) }()
	addr := waitFor(t, &log, regexp.MustCompile(`msg=listening addr=(127\.0\.0\.1:\d+)`))

	post := func(body string) (int, string) {
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/interactions", strings.NewReader(body))
		require.NoError(t, err)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(stamp+body))))
		req.Header.Set("X-Signature-Timestamp", stamp)
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := post(`{"id":"1","application_id":"4242","type":1,"token":"t","version":1}`)
	assert.Equal(t, 200, code)
	assert.JSONEq(t, `{"type":1}`, body)

	code, body = post(`{"id":"2","application_id":"4242","type":2,"token":"t2","version":1,"user":{"id":"9"},"data":{"id":"5","name":"sources","type":1}}`)
	assert.Equal(t, 200, code)
	var resp struct {
		Type int `json:"type"`
		Data struct {
			Embeds []struct {
				Title string `json:"title"`
			} `json:"embeds"`
		} `json:"data"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &resp))
	assert.Equal(t, 4, resp.Type)
	require.Len(t, resp.Data.Embeds, 1)
	assert.Equal(t, "5 articles in the corpus", resp.Data.Embeds[0].Title)

	health, err := http.Get("http://" + addr + "/healthz")
	require.NoError(t, err)
	health.Body.Close()
	assert.Equal(t, 200, health.StatusCode)

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on cancel")
	}
}

// TestServeGatewayKeepsTheTokenOutOfTheLog runs `factdesk serve` against
// a fake Discord with debug logging and greps the whole log for the token.
// serveOnGateway runs serve (until runCtx ends) with env against fake, and
// plays Discord up to READY; it returns the connection, the IDENTIFY
// frame, the log and serve's result.
func serveOnGateway(t *testing.T, ctx, runCtx context.Context, fake *discordtest.Server, env map[string]string) (*discordtest.Conn, discordtest.Frame, *lockedBuffer, <-chan error) {
	t.Helper()
	serveEnv(t, env)
	log := &lockedBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(runCtx, []string{"serve"}, io.Discard, log) }()
	c, err := fake.Accept(ctx)
	require.NoError(t, err)
	require.NoError(t, c.Hello())
	f, err := c.Next(ctx)
	require.NoError(t, err)
	require.Equal(t, 2, f.Op, "IDENTIFY")
	require.NoError(t, c.Dispatch("READY", map[string]any{"v": 9, "session_id": "s-1", "guilds": []any{},
		"user": map[string]any{"id": "4242", "username": "factdesk", "bot": true}}))
	return c, f, log, done
}

func TestServeGatewayKeepsTheTokenOutOfTheLog(t *testing.T) {
	const token = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"
	fake := discordtest.New()
	defer fake.Close()
	t.Cleanup(func() { bot.SetBaseURL("https://discord.com") })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	c, f, log, done := serveOnGateway(t, ctx, runCtx, fake, map[string]string{"DISCORD_TOKEN": token, "DISCORD_BASE_URL": fake.URL(),
		"FACTDESK_LOG_LEVEL": "debug", "FACTDESK_METRICS_ADDR": "127.0.0.1:0"})
	assert.Contains(t, f.Text, token, "IDENTIFY carries the token")
	require.NoError(t, c.DispatchRaw("INTERACTION_CREATE", []byte(
		`{"id":"3","application_id":"4242","type":2,"token":"tok-3","version":1,"user":{"id":"9"},"data":{"id":"5","name":"about","type":1}}`)))
	call, err := fake.NextCall(ctx, "/interactions/3/tok-3/callback")
	require.NoError(t, err)
	assert.Contains(t, string(call.Body), `"title":"About factdesk"`)
	metricsAddr := waitFor(t, log, regexp.MustCompile(`msg="metrics listening" addr=(127\.0\.0\.1:\d+)`))
	m, err := http.Get("http://" + metricsAddr + "/metrics")
	require.NoError(t, err)
	mb, _ := io.ReadAll(m.Body)
	m.Body.Close()
	assert.Contains(t, string(mb), `factdesk_interactions_total{kind="command",command="about",outcome="ok"} 1`)
	assert.Contains(t, string(mb), "factdesk_corpus_articles 5")

	stop()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-ctx.Done():
		t.Fatal("serve did not stop")
	}
	out := log.String()
	assert.Contains(t, out, "gateway ready")
	assert.Contains(t, out, "interaction=3")
	assert.NotContains(t, out, token)
	assert.NotContains(t, out, "ZnCjm1XVW7vRze4b7Cq4se7kKWs", "not even the secret part")
}

// TestServeGatewayFatalClose runs serve against the fake Discord: a
// message command on a message answers privately from the seeds, /healthz
// follows the gateway, and a 4004 close ends serve with a non-zero exit.
func TestServeGatewayFatalClose(t *testing.T) {
	fake := discordtest.New()
	defer fake.Close()
	t.Cleanup(func() { bot.SetBaseURL("https://discord.com") })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, f, log, done := serveOnGateway(t, ctx, ctx, fake, map[string]string{"DISCORD_TOKEN": "tok", "DISCORD_BASE_URL": fake.URL(),
		"FACTDESK_METRICS_ADDR": "127.0.0.1:0"})
	assert.Contains(t, f.Text, `"intents":0`, "no intent asked for")
	addr := waitFor(t, log, regexp.MustCompile(`msg="metrics listening" addr=(127\.0\.0\.1:\d+)`))
	health := func() (int, string) {
		r, err := http.Get("http://" + addr + "/healthz")
		require.NoError(t, err)
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	require.Eventually(t, func() bool { code, _ := health(); return code == http.StatusOK }, 5*time.Second, 20*time.Millisecond)

	require.NoError(t, c.DispatchRaw("INTERACTION_CREATE", []byte(`{"id":"31","application_id":"4242","type":2,"token":"tok-31","version":1,
		"user":{"id":"9"},"context":1,"data":{"id":"6","name":"Who said this?","type":3,"target_id":"77",
		"resolved":{"messages":{"77":{"id":"77","channel_id":"1","content":"a really good call","author":{"id":"8"},"timestamp":"2025-10-30T10:00:00Z"}}}}}`)))
	call, err := fake.NextCall(ctx, "/interactions/31/tok-31/callback")
	require.NoError(t, err)
	var resp struct {
		Type int `json:"type"`
		Data struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
			Embeds  []struct {
				Author struct {
					Name string `json:"name"`
				} `json:"author"`
			} `json:"embeds"`
		} `json:"data"`
	}
	require.NoError(t, call.JSON(&resp))
	assert.Equal(t, 64, resp.Data.Flags, "private")
	assert.Contains(t, resp.Data.Content, "Witkoff", "the message's text was looked up")
	require.NotEmpty(t, resp.Data.Embeds)
	assert.Equal(t, "a really good call", resp.Data.Embeds[0].Author.Name)
	assert.NotContains(t, string(call.Body), ".txt")

	require.NoError(t, c.CloseWith(4004, "Authentication failed."))
	select {
	case err := <-done:
		require.Error(t, err)
		assert.Contains(t, err.Error(), "4004")
		assert.Equal(t, 1, exitCode(err), "a non-zero exit")
	case <-ctx.Done():
		t.Fatal("serve kept reconnecting after 4004")
	}
}

func TestRegister(t *testing.T) {
	fake := discordtest.New()
	defer fake.Close()
	t.Cleanup(func() { bot.SetBaseURL("https://discord.com") })
	tests := []struct {
		name string
		args []string
		path string
	}{
		{"guild", []string{"register", "--guild", "123"}, "/api/v9/applications/4242/guilds/123/commands"},
		{"global", []string{"register"}, "/api/v9/applications/4242/commands"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			serveEnv(t, map[string]string{"DISCORD_TOKEN": "tok", "DISCORD_APP_ID": "4242", "DISCORD_BASE_URL": fake.URL()})
			var errw bytes.Buffer
			require.NoError(t, run(context.Background(), tc.args, io.Discard, &errw))
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			call, err := fake.NextCall(ctx, "/commands")
			require.NoError(t, err)
			assert.Equal(t, http.MethodPut, call.Method, "a bulk overwrite")
			assert.Equal(t, tc.path, call.Path)
			assert.Equal(t, "Bot tok", call.Auth)
			var cmds []struct {
				Name             string `json:"name"`
				Type             int    `json:"type"`
				IntegrationTypes []int  `json:"integration_types"`
				Contexts         []int  `json:"contexts"`
			}
			require.NoError(t, call.JSON(&cmds))
			var names []string
			for _, c := range cmds {
				names = append(names, c.Name)
				assert.Equal(t, []int{0, 1}, c.IntegrationTypes, "%s: installable by a server and by a user", c.Name)
				assert.Equal(t, []int{0, 1, 2}, c.Contexts, "%s: in servers, the bot's DMs and private channels", c.Name)
				if c.Name == bot.WhoSaidThis || c.Name == bot.AskFactdesk {
					assert.Equal(t, 3, c.Type, "%s is a message command", c.Name)
				}
			}
			assert.Equal(t, []string{"ask", "whosaid", "quotes", "sources", "about", "Who said this?", "Ask factdesk"}, names)
			assert.Contains(t, errw.String(), "commands registered")
		})
	}
}

func TestReloadOnHUP(t *testing.T) {
	e, err := engine.OpenDir("", engine.Options{})
	require.NoError(t, err)
	tests := []struct {
		name string
		dir  string
		want string
	}{
		{"a failed reload keeps the old corpus", "/no/such/folder", "reload failed; still serving the old corpus"},
		{"a good reload swaps it in", "", "corpus reloaded"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var log lockedBuffer
			stop := reloadOnHUP(context.Background(), e, tc.dir, slog.New(slog.NewTextHandler(&log, nil)))
			defer stop()
			require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGHUP))
			waitFor(t, &log, regexp.MustCompile(`(`+regexp.QuoteMeta(tc.want)+`)`))
			assert.Equal(t, 5, e.Stats().Articles, "the seeds are still served")
		})
	}
}
