package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"runtime"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/bot/discordtest"
	"factdesk/corpus"
)

const testToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-token-for-tests"

// callback is an interaction callback as the fake Discord received it.
type callback struct {
	Type int `json:"type"`
	Data struct {
		Embeds          []discordgo.MessageEmbed `json:"embeds"`
		Choices         []map[string]any         `json:"choices"`
		Flags           int                      `json:"flags"`
		AllowedMentions map[string]any           `json:"allowed_mentions"`
	} `json:"data"`
}

func nextCallback(t *testing.T, ctx context.Context, fake *discordtest.Server, path string) callback {
	t.Helper()
	call, err := fake.NextCall(ctx, "/callback")
	require.NoError(t, err)
	assert.Equal(t, http.MethodPost, call.Method)
	assert.Equal(t, path, call.Path)
	assert.Equal(t, "Bot "+testToken, call.Auth, "REST calls carry the bot token")
	var cb callback
	require.NoError(t, call.JSON(&cb), string(call.Body))
	if cb.Type == 4 {
		assert.Contains(t, string(call.Body), `"allowed_mentions":{"parse":[]}`, "exactly: nothing may ping")
	}
	return cb
}

// TestGatewayEndToEnd connects a real discordgo session to a fake Discord
// through discord.base_url: HELLO, IDENTIFY, READY, interactions, a dropped
// connection and its RESUME, then shutdown without leaked goroutines.
func TestGatewayEndToEnd(t *testing.T) {
	before := runtime.NumGoroutine()
	eng := &fakeEngine{
		WhoSaidFn: func(ctx context.Context, q string) (corpus.Answer, error) { return witkoffAnswer(q), nil },
		AskFn: func(ctx context.Context, q string) (corpus.Answer, error) {
			return corpus.Answer{Question: q, Suggestions: []string{"Steve Witkoff"}}, nil
		},
		SuggestQuotesFn: func(string, int) []corpus.Quote {
			return []corpus.Quote{{Text: "I think it was a really good call", Speaker: "Steve Witkoff"}}
		},
	}
	var logs bytes.Buffer
	fake, b := gatewayBot(t, eng, newTestLogger(&logs))

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- b.RunGateway(runCtx) }()

	c, err := fake.Accept(ctx)
	require.NoError(t, err)
	require.NoError(t, c.Hello())
	f, err := c.Next(ctx)
	require.NoError(t, err)
	require.Equal(t, 2, f.Op, "IDENTIFY")
	var ident struct {
		Token   string `json:"token"`
		Intents int    `json:"intents"`
		Shard   *[2]int
	}
	require.NoError(t, json.Unmarshal(f.D, &ident))
	assert.Equal(t, testToken, ident.Token, "the gateway gets the bare token")
	assert.Equal(t, 0, ident.Intents, "intents 0: interactions arrive without any")
	require.NoError(t, c.Dispatch("READY", map[string]any{"v": 9, "session_id": "sess-1", "guilds": []any{},
		"user": map[string]any{"id": "4242", "username": "factdesk", "bot": true}, "application": map[string]any{"id": "4242"}}))

	t.Run("whosaid", func(t *testing.T) {
		require.NoError(t, c.DispatchRaw("INTERACTION_CREATE", readTestdata(t, "whosaid.json")))
		cb := nextCallback(t, ctx, fake, "/api/v9/interactions/1201/tok-whosaid/callback")
		assert.Equal(t, 4, cb.Type)
		require.Len(t, cb.Data.Embeds, 1)
		assert.Equal(t, "Steve Witkoff", cb.Data.Embeds[0].Title)
		assert.Equal(t, []any{}, cb.Data.AllowedMentions["parse"])
	})
	t.Run("ask not found", func(t *testing.T) {
		require.NoError(t, c.DispatchRaw("INTERACTION_CREATE", readTestdata(t, "ask.json")))
		cb := nextCallback(t, ctx, fake, "/api/v9/interactions/1101/tok-ask/callback")
		assert.Equal(t, 4, cb.Type)
		require.Len(t, cb.Data.Embeds, 1)
		assert.Equal(t, "Not found in the corpus", cb.Data.Embeds[0].Title)
		assert.Equal(t, []any{}, cb.Data.AllowedMentions["parse"])
	})
	t.Run("autocomplete", func(t *testing.T) {
		require.NoError(t, c.DispatchRaw("INTERACTION_CREATE", readTestdata(t, "whosaid_autocomplete.json")))
		cb := nextCallback(t, ctx, fake, "/api/v9/interactions/1301/tok-ac-whosaid/callback")
		assert.Equal(t, 8, cb.Type)
		require.Len(t, cb.Data.Choices, 1)
		assert.Equal(t, "I think it was a really good call", cb.Data.Choices[0]["value"])
	})

	t.Run("a dropped connection resumes", func(t *testing.T) {
		seq := c.Seq()
		c.Drop()
		c2, err := fake.Accept(ctx)
		require.NoError(t, err)
		require.NoError(t, c2.Hello())
		f, err := c2.Next(ctx)
		require.NoError(t, err)
		require.Equal(t, 6, f.Op, "RESUME, not a new IDENTIFY")
		var res struct {
			Token     string `json:"token"`
			SessionID string `json:"session_id"`
			Seq       int64  `json:"seq"`
		}
		require.NoError(t, json.Unmarshal(f.D, &res))
		assert.Equal(t, "sess-1", res.SessionID)
		assert.Equal(t, seq, res.Seq)
		assert.Equal(t, testToken, res.Token)
		c2.SetSeq(seq)
		require.NoError(t, c2.Dispatch("RESUMED", map[string]any{}))
		require.NoError(t, c2.DispatchRaw("INTERACTION_CREATE", readTestdata(t, "about.json")))
		cb := nextCallback(t, ctx, fake, "/api/v9/interactions/1601/tok-about/callback")
		assert.Equal(t, 4, cb.Type)
		assert.Equal(t, int(discordgo.MessageFlagsEphemeral), cb.Data.Flags)
		require.Len(t, cb.Data.Embeds, 1)
		assert.Equal(t, "About factdesk", cb.Data.Embeds[0].Title)
	})

	stop()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-ctx.Done():
		t.Fatal("RunGateway did not stop")
	}
	assert.NotContains(t, logs.String(), testToken, "the token never reaches the log")
	assert.NotContains(t, logs.String(), "secret-token")
	assert.Contains(t, logs.String(), "gateway ready")

	fake.Close()
	http.DefaultTransport.(*http.Transport).CloseIdleConnections()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines left over (had %d):\n%s", n-before, before, buf[:runtime.Stack(buf, true)])
	}
}
