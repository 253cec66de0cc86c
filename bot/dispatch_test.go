package bot

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

func TestWireMentionsExactlyEmpty(t *testing.T) {
	hostile := Reply{Content: `"allowed_mentions":{"parse":[],"replied_user":false} @everyone`, Embeds: one(ErrorEmbed("@here"))}
	r := NewRequest(loadInteraction(t, "ask.json"), false)
	raw, err := Wire(Response(r, hostile))
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(raw), `"allowed_mentions":{"parse":[]}`), string(raw))
	assert.Contains(t, string(raw), `\"allowed_mentions\":{\"parse\":[],\"replied_user\":false}`, "user text is left as typed")

	edit, err := WireEdit(Edit(hostile))
	require.NoError(t, err)
	assert.Contains(t, string(edit), `"allowed_mentions":{"parse":[]}`)

	ac, err := Wire(Response(NewRequest(loadInteraction(t, "quotes_autocomplete.json"), false), Reply{}))
	require.NoError(t, err)
	assert.JSONEq(t, `{"type":8,"data":{"choices":[]}}`, string(ac), "no match is an empty list, not a missing one")
}

func TestNoMentionsSerialisesEmpty(t *testing.T) {
	raw, err := json.Marshal(NoMentions())
	require.NoError(t, err)
	// discordgo always writes replied_user; what matters is that parse is
	// an empty list (nothing may ping) and no user or role is allowed.
	var got map[string]any
	require.NoError(t, json.Unmarshal(raw, &got))
	assert.Equal(t, []any{}, got["parse"])
	assert.NotContains(t, got, "users")
	assert.NotContains(t, got, "roles")
	assert.Equal(t, false, got["replied_user"])
	assert.True(t, strings.HasPrefix(string(raw), `{"parse":[]`), string(raw))
}

// slowEngine answers after delay, unless the context ends first.
func slowEngine(delay time.Duration) *fakeEngine {
	return &fakeEngine{AskFn: func(ctx context.Context, q string) (corpus.Answer, error) {
		select {
		case <-time.After(delay):
			return witkoffAnswer(q), nil
		case <-ctx.Done():
			return corpus.Answer{}, ctx.Err()
		}
	}}
}

func TestDeferWhenSlow(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		delay     time.Duration
		wantType  discordgo.InteractionResponseType
		ephemeral bool
		followUp  bool
	}{
		{"fast answers go in the first response", "ask.json", 0, discordgo.InteractionResponseChannelMessageWithSource, false, false},
		{"slow answers are deferred, then edited in", "ask.json", 200 * time.Millisecond, discordgo.InteractionResponseDeferredChannelMessageWithSource, false, true},
		{"a private deferral is ephemeral", "ask_private.json", 200 * time.Millisecond, discordgo.InteractionResponseDeferredChannelMessageWithSource, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{edits: make(chan *discordgo.WebhookEdit, 1)}
			b := deferringBot(slowEngine(tc.delay), rec)
			start := time.Now()
			s := dispatch(t, b, loadInteraction(t, tc.file))
			assert.Equal(t, tc.wantType, s.Resp.Type)
			if tc.ephemeral {
				assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral)
			}
			if !tc.followUp {
				assert.Empty(t, rec.edits)
				return
			}
			assert.Less(t, time.Since(start), waitLong)
			select {
			case e := <-rec.edits:
				require.NotNil(t, e.Embeds)
				require.Len(t, *e.Embeds, 1)
				assert.Equal(t, "Steve Witkoff", (*e.Embeds)[0].Title)
				raw, err := WireEdit(e)
				require.NoError(t, err)
				assert.Contains(t, string(raw), `"allowed_mentions":{"parse":[]}`)
			default:
				t.Fatal("no follow-up after the deferral")
			}
		})
	}
}

// deferringBot defers after 50ms and records follow-ups in rec.
func deferringBot(eng Engine, rec *recorder) *Bot {
	cfg := DefaultConfig()
	cfg.RateLimit.PerMinute = 0
	cfg.Replies.DeferAfter = Duration(50 * time.Millisecond)
	b := New(eng, cfg, nil)
	if rec != nil {
		b.Dispatcher().FollowUp = rec
	}
	return b
}

func TestPanicAfterDeferralIsRecovered(t *testing.T) {
	eng := &fakeEngine{AskFn: func(ctx context.Context, q string) (corpus.Answer, error) {
		time.Sleep(150 * time.Millisecond)
		panic("late boom")
	}}
	rec := &recorder{edits: make(chan *discordgo.WebhookEdit, 1)}
	var logs strings.Builder
	cfg := DefaultConfig()
	cfg.Replies.DeferAfter = Duration(50 * time.Millisecond)
	b := New(eng, cfg, newTestLogger(&logs))
	b.Dispatcher().FollowUp = rec
	s := dispatch(t, b, loadInteraction(t, "ask.json"))
	assert.Equal(t, discordgo.InteractionResponseDeferredChannelMessageWithSource, s.Resp.Type)
	select {
	case e := <-rec.edits:
		require.Len(t, *e.Embeds, 1)
		assert.Equal(t, "Sorry, that did not work", (*e.Embeds)[0].Title, "the follow-up says it failed")
	default:
		t.Fatal("no follow-up")
	}
	assert.Contains(t, logs.String(), "outcome=panic")
	assert.Contains(t, logs.String(), "late boom")
}

func TestDeferredButtonUpdatesSilently(t *testing.T) {
	r := NewRequest(loadInteraction(t, "quotes_next.json"), false)
	assert.Equal(t, discordgo.InteractionResponseDeferredMessageUpdate, Deferral(r).Type)
}

func TestSlowAutocompleteIsNotDeferred(t *testing.T) {
	eng := &fakeEngine{SpeakersFn: func(string, int) []string { time.Sleep(80 * time.Millisecond); return []string{"Yuri Ushakov"} }}
	b := deferringBot(eng, nil)
	s := dispatch(t, b, loadInteraction(t, "quotes_autocomplete.json"))
	assert.Equal(t, discordgo.InteractionApplicationCommandAutocompleteResult, s.Resp.Type, "autocomplete has no deferral")
}

func TestRateLimit(t *testing.T) {
	cfg := DefaultConfig()
	cfg.RateLimit.PerMinute, cfg.RateLimit.Burst = 1, 2
	b := New(&fakeEngine{}, cfg, nil)
	var got []string
	for range 3 {
		s := dispatch(t, b, loadInteraction(t, "ask.json"))
		if strings.HasPrefix(s.Resp.Data.Content, "You are asking faster") {
			got = append(got, "limited")
			assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral, "the polite refusal is private")
		} else {
			got = append(got, "answered")
		}
	}
	assert.Equal(t, []string{"answered", "answered", "limited"}, got)
	ac := dispatch(t, b, loadInteraction(t, "whosaid_autocomplete.json"))
	assert.Equal(t, discordgo.InteractionApplicationCommandAutocompleteResult, ac.Resp.Type, "autocomplete is not limited")
	other := dispatch(t, b, loadInteraction(t, "whosaid.json"))
	assert.NotContains(t, other.Resp.Data.Content, "You are asking faster", "another user has their own bucket")
}

func TestLimiterRefills(t *testing.T) {
	now := time.Unix(1000, 0)
	l := NewLimiter(60, 1) // one a second
	l.now = func() time.Time { return now }
	assert.True(t, l.Allow("u"))
	assert.False(t, l.Allow("u"))
	now = now.Add(500 * time.Millisecond)
	assert.False(t, l.Allow("u"), "half a token is not enough")
	now = now.Add(500 * time.Millisecond)
	assert.True(t, l.Allow("u"))
	assert.Nil(t, NewLimiter(0, 5), "0 per minute turns limiting off")
}

func TestLimiterConcurrent(t *testing.T) {
	l := NewLimiter(1, 10)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if l.Allow("same user") {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 10, allowed, "exactly the burst gets through")
}

func TestObserveLogsAndCounts(t *testing.T) {
	var logs strings.Builder
	eng := &fakeEngine{WhoSaidFn: func(ctx context.Context, q string) (corpus.Answer, error) { return corpus.Answer{Question: q}, nil }}
	b := New(eng, DefaultConfig(), newTestLogger(&logs))
	dispatch(t, b, loadInteraction(t, "whosaid.json"))
	dispatch(t, b, loadInteraction(t, "ask.json"))
	assert.Contains(t, logs.String(), "interaction=1201")
	assert.Contains(t, logs.String(), "command=whosaid")
	assert.Contains(t, logs.String(), "outcome=notfound")
	assert.Contains(t, logs.String(), "latency=")
	var m strings.Builder
	_, err := b.Metrics().WriteTo(&m)
	require.NoError(t, err)
	assert.Contains(t, m.String(), `factdesk_interactions_total{kind="command",command="whosaid",outcome="notfound"} 1`)
	assert.Contains(t, m.String(), `factdesk_interactions_total{kind="command",command="ask",outcome="notfound"} 1`)
}
