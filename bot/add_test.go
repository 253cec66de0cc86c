package bot

import (
	"context"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/engine"
	"factdesk/corpus/web"
)

// fakeAdder records what /add asked for (wtf mock style).
type fakeAdder struct {
	AddFn func(ctx context.Context, source string) []web.Result
	asked []string
}

func (f *fakeAdder) Add(ctx context.Context, source string) []web.Result {
	f.asked = append(f.asked, source)
	return f.AddFn(ctx, source)
}

func addInteraction(guild string, member *discordgo.Member, url string) *discordgo.Interaction {
	return &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand, GuildID: guild, Member: member,
		User: &discordgo.User{ID: "9"},
		Data: discordgo.ApplicationCommandInteractionData{Name: "add", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "url", Type: discordgo.ApplicationCommandOptionString, Value: url}}}}
}

func TestAddChecksThePermissionOnEveryInteraction(t *testing.T) {
	added := web.Result{Source: "https://x.example/a", Added: engine.Added{File: "012_ab.txt", Title: "Ferry *crews* strike",
		Outlet: "Harbour Gazette", Published: corpus.Date{Year: 2026, Month: time.March, Day: 4}, Quotes: 2, Speakers: []string{"Tomas Berg", "Helen Vik"}}}
	editor := &discordgo.Member{User: &discordgo.User{ID: "9"}, Permissions: discordgo.PermissionManageMessages | discordgo.PermissionSendMessages}
	reader := &discordgo.Member{User: &discordgo.User{ID: "9"}, Permissions: discordgo.PermissionSendMessages}
	admin := &discordgo.Member{User: &discordgo.User{ID: "9"}, Permissions: discordgo.PermissionAdministrator}
	tests := []struct {
		name    string
		i       *discordgo.Interaction
		want    string
		outcome string
		fetched bool
	}{
		{"a member with the permission", addInteraction("5", editor, "https://x.example/a"),
			`Added "Ferry \*crews\* strike" — Harbour Gazette, 2026-03-04 — 2 quotations (Tomas Berg, Helen Vik) \[012\_ab.txt\]`, "ok", true},
		{"an administrator", addInteraction("5", admin, "https://x.example/a"), "Added", "ok", true},
		{"a member without it", addInteraction("5", reader, "https://x.example/a"), "You need the permission this server set for adding articles", "denied", false},
		{"a direct message", addInteraction("", nil, "https://x.example/a"), "works only in a server", "denied", false},
		{"a path on the bot's machine", addInteraction("5", editor, "/etc/passwd"), "starting with https://", "invalid", false},
		{"a file address", addInteraction("5", editor, "file:///etc/passwd"), "starting with https://", "invalid", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fa := &fakeAdder{AddFn: func(ctx context.Context, s string) []web.Result { return []web.Result{added} }}
			rep, err := AddHandler(fa, discordgo.PermissionManageMessages)(context.Background(), NewRequest(tt.i, false))
			require.NoError(t, err)
			assert.Contains(t, rep.Content, tt.want)
			assert.True(t, rep.Ephemeral, "only the asker sees it")
			assert.Equal(t, tt.outcome, rep.Outcome)
			assert.Equal(t, tt.fetched, len(fa.asked) == 1)
		})
	}
}

func TestAddSaysWhyNot(t *testing.T) {
	editor := &discordgo.Member{User: &discordgo.User{ID: "9"}, Permissions: discordgo.PermissionManageMessages}
	fa := &fakeAdder{AddFn: func(ctx context.Context, s string) []web.Result {
		return []web.Result{
			{Source: s, Err: &web.Duplicate{File: "003_x.txt", Same: "address"}},
			{Source: s, Err: corpus.Errorf(corpus.EINVALID, "%s: the server answered 404 Not Found", s)},
		}
	}}
	rep, err := AddHandler(fa, discordgo.PermissionManageMessages)(context.Background(), NewRequest(addInteraction("5", editor, "https://x.example/feed"), false))
	require.NoError(t, err)
	assert.Equal(t, "Not added: already in the corpus as 003\\_x.txt (same address)\nNot added: https://x.example/feed: the server answered 404 Not Found", rep.Content)
	assert.Equal(t, "invalid", rep.Outcome)

	fa.AddFn = func(ctx context.Context, s string) []web.Result { return nil }
	rep, _ = AddHandler(fa, discordgo.PermissionManageMessages)(context.Background(), NewRequest(addInteraction("5", editor, "https://x.example/feed"), false))
	assert.Contains(t, rep.Content, "Nothing new")
}

func TestAddIsRegisteredOnlyWithAPermission(t *testing.T) {
	tests := []struct {
		name, perm string
		want       *int64
	}{
		{"off by default", "", nil},
		{"by name", "manage_messages", ptr(int64(discordgo.PermissionManageMessages))},
		{"by number", "32", ptr(int64(32))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Add.Permission = tt.perm
			cmds := AddCommands(cfg)
			if tt.want == nil {
				assert.Empty(t, cmds)
				return
			}
			require.Len(t, cmds, 1)
			assert.Equal(t, "add", cmds[0].Name)
			assert.Equal(t, *tt.want, *cmds[0].DefaultMemberPermissions)
			assert.Equal(t, []discordgo.InteractionContextType{discordgo.InteractionContextGuild}, *cmds[0].Contexts)
		})
	}
}

func TestAddRepliesArePrivateWhateverTheDefault(t *testing.T) {
	r := NewRequest(addInteraction("5", &discordgo.Member{}, "https://x.example/a"), false)
	assert.True(t, r.Private, "a deferral of /add is ephemeral too")
}

func TestEnableAddRoutesOnlyWhenConfigured(t *testing.T) {
	fa := &fakeAdder{AddFn: func(ctx context.Context, s string) []web.Result { return nil }}
	cfg := DefaultConfig()
	b := New(&fakeEngine{}, cfg, nil)
	b.EnableAdd(fa)
	rep, err := b.Router().Serve(context.Background(), NewRequest(addInteraction("5", &discordgo.Member{Permissions: discordgo.PermissionAdministrator}, "https://x.example/a"), false))
	require.NoError(t, err)
	assert.Equal(t, "unknown", rep.Outcome)

	cfg.Add.Permission = "manage_guild"
	b = New(&fakeEngine{}, cfg, nil)
	b.EnableAdd(fa)
	rep, err = b.Router().Serve(context.Background(), NewRequest(addInteraction("5", &discordgo.Member{Permissions: discordgo.PermissionManageGuild}, "https://x.example/a"), false))
	require.NoError(t, err)
	assert.Equal(t, "ok", rep.Outcome)
	assert.Equal(t, []string{"https://x.example/a"}, fa.asked)

	b = New(&fakeEngine{}, cfg, nil)
	b.EnableAdd(nil)
	rep, err = b.Router().Serve(context.Background(), NewRequest(addInteraction("5", &discordgo.Member{Permissions: discordgo.PermissionManageGuild}, "https://x.example/a"), false))
	require.NoError(t, err)
	assert.Contains(t, rep.Content, "built-in corpus, which cannot grow")
	assert.True(t, rep.Ephemeral)
}

func TestIngestConfig(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"feeds, fetch and add", `
feeds:
  - url: https://harbourgazette.example/feed
    every: 15m
  - url: https://valleycourier.example/rss
fetch: {user_agent: "factdesk (desk@example.org)", timeout: 10s, max_bytes: 1000000, per_host: 2s}
add: {permission: manage_messages, watch: 30s}
`, ""},
		{"a feed that is no http(s) address", "feeds:\n  - url: ftp://x.example/feed\n", `feeds[0].url: "ftp://x.example/feed": ftp://x.example/feed: only http and https addresses are fetched`},
		{"a feed on a private address", "feeds:\n  - url: http://192.168.1.5/feed\n", "192.168.1.5 is a private address"},
		{"a private feed allowed by the switch", "fetch: {allow_private: true}\nfeeds:\n  - url: http://192.168.1.5/feed\n", ""},
		{"polling too often", "feeds:\n  - url: https://x.example/feed\n    every: 5s\n", "feeds[0].every: \"5s\": want at least 30s"},
		{"an unknown permission", "add: {permission: be_nice}\n", `add.permission: "be_nice": want a permission name`},
		{"an unknown setting", "feeds:\n  - url: https://x.example/feed\n    often: yes\n", `unknown setting "often"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := LoadConfig(writeConfig(t, tt.body), envOf(nil))
			if tt.want == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			_ = c
		})
	}
	c, err := LoadConfig(writeConfig(t, "feeds:\n  - url: https://x.example/feed\n    every: 15m\nadd: {permission: manage_guild}\n"), envOf(nil))
	require.NoError(t, err)
	assert.Equal(t, Duration(15*time.Minute), c.Feeds[0].Every)
	p, ok := c.AddPermission()
	assert.True(t, ok)
	assert.Equal(t, int64(discordgo.PermissionManageGuild), p)
}

func ptr[T any](v T) *T { return &v }

// Recorded /add interactions through the whole dispatcher: the reply goes
// out ephemeral (flags 64) whether added or refused.
func TestAddRecordedInteractions(t *testing.T) {
	tests := []struct {
		file, want string
		fetched    bool
	}{
		{"add.json", `Added \"Ferry crews vote to strike\" — Harbour Gazette, 2026-03-04 — 1 quotation (Tomas Berg) \\[005\\_af.txt\\]`, true},
		{"add_denied.json", "You need the permission this server set for adding articles", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			fa := &fakeAdder{AddFn: func(ctx context.Context, s string) []web.Result {
				return []web.Result{{Source: s, Added: engine.Added{File: "005_af.txt", Title: "Ferry crews vote to strike", Outlet: "Harbour Gazette",
					Published: corpus.Date{Year: 2026, Month: time.March, Day: 4}, Quotes: 1, Speakers: []string{"Tomas Berg"}}}}
			}}
			cfg := DefaultConfig()
			cfg.RateLimit.PerMinute = 0
			cfg.Add.Permission = "manage_messages"
			b := New(&fakeEngine{}, cfg, nil)
			b.EnableAdd(fa)
			got := dispatch(t, b, loadInteraction(t, tt.file))
			assert.Contains(t, got.JSON, tt.want)
			assert.Contains(t, got.JSON, `"flags":64`)
			assert.Equal(t, tt.fetched, len(fa.asked) == 1)
		})
	}
}
