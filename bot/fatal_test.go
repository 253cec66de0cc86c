package bot

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/bot/discordtest"
)

func healthz(t *testing.T, b *Bot) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	b.HealthHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	body, _ := io.ReadAll(rec.Body)
	return rec.Code, string(body)
}

func metricsText(t *testing.T, b *Bot) string {
	t.Helper()
	var m strings.Builder
	_, err := b.Metrics().WriteTo(&m)
	require.NoError(t, err)
	return m.String()
}

// gatewayBot is a bot over eng whose gateway and REST are a fake Discord,
// closed with the test.
func gatewayBot(t *testing.T, eng Engine, log *slog.Logger) (*discordtest.Server, *Bot) {
	t.Helper()
	fake := discordtest.New()
	t.Cleanup(fake.Close)
	t.Cleanup(func() { SetBaseURL("https://discord.com") })
	cfg := DefaultConfig()
	cfg.Discord.BaseURL = fake.URL()
	cfg.Token = testToken
	cfg.Log.Level = "debug"
	return fake, New(eng, cfg, log)
}

func TestGatewayFatalCloseEndsTheRun(t *testing.T) {
	for _, tc := range []struct {
		code int
		why  string
	}{{4004, "authentication failed"}, {4014, "disallowed intents"}} {
		t.Run(strings.Fields(tc.why)[0], func(t *testing.T) {
			fake, b := gatewayBot(t, &fakeEngine{}, nil)

			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- b.RunGateway(ctx) }()
			c, err := fake.Accept(ctx)
			require.NoError(t, err)
			require.NoError(t, c.Hello())
			_, err = c.Next(ctx) // IDENTIFY
			require.NoError(t, err)
			require.NoError(t, c.Dispatch("READY", map[string]any{"v": 9, "session_id": "s", "guilds": []any{},
				"user": map[string]any{"id": "4242", "username": "factdesk", "bot": true}, "application": map[string]any{"id": "4242"}}))
			require.Eventually(t, func() bool { code, _ := healthz(t, b); return code == http.StatusOK }, 5*time.Second, 10*time.Millisecond,
				"ready: healthy")
			_, body := healthz(t, b)
			assert.Contains(t, body, "gateway ready")
			assert.Contains(t, metricsText(t, b), "factdesk_gateway_up 1")

			require.NoError(t, c.CloseWith(tc.code, "closed by the test"))
			select {
			case err := <-done:
				require.Error(t, err, "a fatal close ends the run, so the process exits non-zero")
				assert.Contains(t, err.Error(), tc.why)
			case <-ctx.Done():
				t.Fatal("still retrying after a fatal close")
			}
			code, body := healthz(t, b)
			assert.Equal(t, http.StatusServiceUnavailable, code)
			assert.Contains(t, body, "closed with")
			assert.Contains(t, metricsText(t, b), "factdesk_gateway_up 0")
		})
	}
}
