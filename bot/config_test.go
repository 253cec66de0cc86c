package bot

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func envOf(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(path, []byte(body), 0o600))
	return path
}

func TestLoadConfig(t *testing.T) {
	path := writeConfig(t, `
discord:
  application_id: "111"
  guild_ids: ["222", "333"]
  base_url: http://127.0.0.1:9999/
  shard_id: 1
  shard_count: 2
corpus: /srv/articles
replies:
  private: true
  defer_after: 1s
rate_limit: {per_minute: 6, burst: 2}
metrics: {listen: "127.0.0.1:0"}
log: {level: debug, format: json}
`)
	c, err := LoadConfig(path, envOf(map[string]string{"DISCORD_TOKEN": "  sekrit  ", "FACTDESK_CORPUS": "/other"}))
	require.NoError(t, err)
	assert.Equal(t, "111", c.Discord.ApplicationID)
	assert.Equal(t, []string{"222", "333"}, c.Discord.GuildIDs)
	assert.Equal(t, "http://127.0.0.1:9999", c.Discord.BaseURL, "trailing slash dropped")
	assert.Equal(t, 1, c.Discord.ShardID)
	assert.Equal(t, "/other", c.Corpus, "the environment overrides the file")
	assert.True(t, c.Replies.Private)
	assert.Equal(t, Duration(time.Second), c.Replies.DeferAfter)
	assert.Equal(t, RateLimitConfig{PerMinute: 6, Burst: 2}, c.RateLimit)
	assert.Equal(t, "sekrit", c.Token)
	assert.Equal(t, "json", c.Log.Format)
}

func TestLoadConfigDefaults(t *testing.T) {
	t.Chdir(t.TempDir()) // no config.yaml here
	c, err := LoadConfig("", envOf(nil))
	require.NoError(t, err)
	assert.Equal(t, "https://discord.com", c.Discord.BaseURL)
	assert.Equal(t, 1, c.Discord.ShardCount)
	assert.Equal(t, Duration(DefaultDeferAfter), c.Replies.DeferAfter)
	assert.False(t, c.Replies.Private)
	assert.Empty(t, c.HTTP.Listen, "gateway mode unless asked")
}

func TestLoadConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string // "" for no file
		env  map[string]string
		want string // the whole one-line error, with FILE for the path
	}{
		{"base url scheme", "discord:\n  base_url: \"ftp://x\"\n", nil, `FILE: discord.base_url: "ftp://x": want an http(s) URL`},
		{"base url from the environment names the variable", "", map[string]string{"DISCORD_BASE_URL": "discord.com"}, `DISCORD_BASE_URL: "discord.com": want an http(s) URL`},
		{"a token in the file", "discord:\n  token: abc\n", nil, "FILE: discord.token: a secret does not belong in the file; set DISCORD_TOKEN in the environment"},
		{"unknown setting", "discord:\n  aplication_id: \"1\"\n", nil, `FILE: line 2: unknown setting "aplication_id"`},
		{"application id", "discord:\n  application_id: abc\n", nil, `FILE: discord.application_id: "abc": want the numeric application id`},
		{"guild id", "discord:\n  guild_ids: [\"12\", \"x\"]\n", nil, `FILE: discord.guild_ids: "x": want numeric guild ids`},
		{"public key", "", map[string]string{"DISCORD_PUBLIC_KEY": "abcd"}, `DISCORD_PUBLIC_KEY: "abcd": want 64 hex digits (the application's public key)`},
		{"shard id out of range", "discord:\n  shard_id: 2\n  shard_count: 2\n", nil, `FILE: discord.shard_id: "2": want 0 to shard_count-1 (1)`},
		{"shard count from env is a number", "", map[string]string{"DISCORD_SHARD_COUNT": "two"}, `DISCORD_SHARD_COUNT: "two": want a number`},
		{"private from env is a boolean", "", map[string]string{"FACTDESK_PRIVATE": "yes please"}, `FACTDESK_PRIVATE: "yes please": want a boolean`},
		{"defer after too long", "replies:\n  defer_after: 3s\n", nil, `FILE: replies.defer_after: "3s": want at most 2.5s (Discord waits 3s)`},
		{"defer after not a duration", "replies:\n  defer_after: soon\n", nil, `FILE: line 2: "soon": want a duration like 1.5s`},
		{"metrics address", "", map[string]string{"FACTDESK_METRICS_ADDR": "9090"}, `FACTDESK_METRICS_ADDR: "9090": want HOST:PORT`},
		{"rate limit", "rate_limit:\n  per_minute: -1\n", nil, `FILE: rate_limit.per_minute: "-1": want 0 (off) or more`},
		{"log level", "log:\n  level: loud\n", nil, `FILE: log.level: "loud": want debug, info, warn or error`},
		{"not yaml", "discord: [\n", nil, "FILE: line 1: did not find expected node content"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := ""
			if tc.yaml != "" {
				path = writeConfig(t, tc.yaml)
			} else {
				t.Chdir(t.TempDir())
			}
			_, err := LoadConfig(path, envOf(tc.env))
			require.Error(t, err)
			assert.Equal(t, strings.ReplaceAll(tc.want, "FILE", path), err.Error())
			assert.NotContains(t, err.Error(), "\n", "one line")
		})
	}
}

func TestLoadConfigMissingExplicitFile(t *testing.T) {
	_, err := LoadConfig(filepath.Join(t.TempDir(), "nope.yaml"), envOf(nil))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nope.yaml: no such file or directory")
}

func TestRequire(t *testing.T) {
	c := DefaultConfig()
	assert.ErrorContains(t, c.RequireGateway(), "DISCORD_TOKEN: not set")
	assert.ErrorContains(t, c.RequireHTTP(), "DISCORD_PUBLIC_KEY: not set")
	assert.ErrorContains(t, c.RequireRegister(), "DISCORD_TOKEN: not set")
	c.Token = "t"
	assert.ErrorContains(t, c.RequireRegister(), "DISCORD_APP_ID: not set")
	c.Discord.ApplicationID = "1"
	assert.NoError(t, c.RequireRegister())
	assert.NoError(t, c.RequireGateway())
}

func TestExampleConfigLoads(t *testing.T) {
	// The documented example must be a valid configuration.
	c, err := LoadConfig(filepath.Join("..", "config.example.yaml"), envOf(nil))
	require.NoError(t, err)
	assert.Equal(t, "https://discord.com", c.Discord.BaseURL)
}
