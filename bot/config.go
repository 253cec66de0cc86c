package bot

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Config is the bot's configuration: config.yaml, then the environment on
// top. Secrets (the bot token) come only from the environment.
type Config struct {
	Discord   DiscordConfig   `yaml:"discord"`
	Corpus    string          `yaml:"corpus"` // a folder of articles; "" for the embedded seeds
	Replies   RepliesConfig   `yaml:"replies"`
	RateLimit RateLimitConfig `yaml:"rate_limit"`
	HTTP      HTTPConfig      `yaml:"http"`
	Metrics   MetricsConfig   `yaml:"metrics"`
	Log       LogConfig       `yaml:"log"`
	Feeds     []FeedConfig    `yaml:"feeds"` // polled by serve (bot/add.go)
	Fetch     FetchConfig     `yaml:"fetch"`
	Add       AddConfig       `yaml:"add"`

	// Token is the bot token, from DISCORD_TOKEN only. It is never logged.
	Token string `yaml:"-"`

	file string            // where the YAML came from, for messages
	from map[string]string // setting → environment variable that set it
}

// DiscordConfig is how to reach Discord.
type DiscordConfig struct {
	ApplicationID string   `yaml:"application_id"`
	PublicKey     string   `yaml:"public_key"` // hex; public, so allowed in the file
	GuildIDs      []string `yaml:"guild_ids"`
	BaseURL       string   `yaml:"base_url"`
	ShardID       int      `yaml:"shard_id"`
	ShardCount    int      `yaml:"shard_count"`
	// Token and ClientSecret exist only to reject them with a clear message.
	Token        *string `yaml:"token"`
	ClientSecret *string `yaml:"client_secret"`
}

// RepliesConfig sets how replies are sent.
type RepliesConfig struct {
	Private    bool     `yaml:"private"`     // default of every command's private option
	DeferAfter Duration `yaml:"defer_after"` // defer when the answer is slower than this
}

// RateLimitConfig is the per-user token bucket.
type RateLimitConfig struct {
	PerMinute int `yaml:"per_minute"` // 0 disables the limit
	Burst     int `yaml:"burst"`
}

// HTTPConfig is the interactions endpoint of `serve --http`.
type HTTPConfig struct {
	// Listen, when set, makes `serve` run the HTTP endpoint there, as
	// --http ADDR does (the flag wins).
	Listen  string `yaml:"listen"`
	MaxBody int64  `yaml:"max_body"` // bytes
}

// MetricsConfig is where /healthz and /metrics are served.
type MetricsConfig struct {
	Listen string `yaml:"listen"`
}

// LogConfig sets the structured log.
type LogConfig struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text or json
}

// Duration reads "1.5s"-style durations from YAML.
type Duration time.Duration

// UnmarshalYAML reads a Go duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %q: want a duration like 1.5s", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// DefaultConfig is the configuration with no file and no environment.
func DefaultConfig() Config {
	return Config{
		Discord:   DiscordConfig{BaseURL: "https://discord.com", ShardCount: 1},
		Replies:   RepliesConfig{DeferAfter: Duration(DefaultDeferAfter)},
		RateLimit: RateLimitConfig{PerMinute: 20, Burst: 5},
		HTTP:      HTTPConfig{MaxBody: 256 << 10},
		Log:       LogConfig{Level: "info", Format: "text"},
		from:      map[string]string{},
	}
}

// DefaultConfigFile is read when --config is not given and it exists.
const DefaultConfigFile = "config.yaml"

// LoadConfig reads path ("" for DefaultConfigFile when present), applies
// the environment (getenv, os.Getenv in main) and validates the result.
// Errors are one line naming the file or variable and the setting.
func LoadConfig(path string, getenv func(string) string) (Config, error) {
	c := DefaultConfig()
	explicit := path != ""
	if !explicit {
		path = DefaultConfigFile
	}
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		c.file = path
		if err := c.decode(b); err != nil {
			return c, err
		}
	case explicit || !errors.Is(err, os.ErrNotExist):
		return c, fmt.Errorf("%s: %v", path, unwrapPath(err))
	}
	if err := c.applyEnv(getenv); err != nil {
		return c, err
	}
	return c, c.validate()
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var yamlUnknown = regexp.MustCompile(`line (\d+): field (\S+) not found in type \S+`)

func (c *Config) decode(b []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = strings.ReplaceAll(msg, "unmarshal errors:\n  ", "")
		msg = yamlUnknown.ReplaceAllString(msg, `line $1: unknown setting "$2"`)
		return fmt.Errorf("%s: %s", c.file, strings.Join(strings.Fields(msg), " "))
	}
	if c.Discord.Token != nil {
		return fmt.Errorf("%s: discord.token: a secret does not belong in the file; set DISCORD_TOKEN in the environment", c.file)
	}
	if c.Discord.ClientSecret != nil {
		return fmt.Errorf("%s: discord.client_secret: a secret does not belong in the file, and factdesk does not need it", c.file)
	}
	return nil
}

// Environment variables, and the setting each overrides.
var envVars = []struct{ name, setting string }{
	{"DISCORD_APP_ID", "discord.application_id"},
	{"DISCORD_PUBLIC_KEY", "discord.public_key"},
	{"DISCORD_GUILD_IDS", "discord.guild_ids"},
	{"DISCORD_BASE_URL", "discord.base_url"},
	{"DISCORD_SHARD_ID", "discord.shard_id"},
	{"DISCORD_SHARD_COUNT", "discord.shard_count"},
	{"FACTDESK_CORPUS", "corpus"},
	{"FACTDESK_PRIVATE", "replies.private"},
	{"FACTDESK_HTTP_ADDR", "http.listen"},
	{"FACTDESK_METRICS_ADDR", "metrics.listen"},
	{"FACTDESK_LOG_LEVEL", "log.level"},
}

func (c *Config) applyEnv(getenv func(string) string) error {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	c.Token = strings.TrimSpace(getenv("DISCORD_TOKEN"))
	for _, v := range envVars {
		val, ok := strings.TrimSpace(getenv(v.name)), getenv(v.name) != ""
		if !ok {
			continue
		}
		c.from[v.setting] = v.name
		var err error
		switch v.setting {
		case "discord.application_id":
			c.Discord.ApplicationID = val
		case "discord.public_key":
			c.Discord.PublicKey = val
		case "discord.guild_ids":
			c.Discord.GuildIDs = nil
			for _, g := range strings.Split(val, ",") {
				if g = strings.TrimSpace(g); g != "" {
					c.Discord.GuildIDs = append(c.Discord.GuildIDs, g)
				}
			}
		case "discord.base_url":
			c.Discord.BaseURL = val
		case "discord.shard_id":
			c.Discord.ShardID, err = strconv.Atoi(val)
		case "discord.shard_count":
			c.Discord.ShardCount, err = strconv.Atoi(val)
		case "corpus":
			c.Corpus = val
		case "replies.private":
			c.Replies.Private, err = strconv.ParseBool(val)
		case "http.listen":
			c.HTTP.Listen = val
		case "metrics.listen":
			c.Metrics.Listen = val
		case "log.level":
			c.Log.Level = val
		}
		if err != nil {
			return fmt.Errorf("%s: %q: want a %s", v.name, val, map[bool]string{true: "number", false: "boolean"}[v.setting != "replies.private"])
		}
	}
	return nil
}

// errorf names the setting and where it came from: the environment
// variable that set it, or the file.
func (c *Config) errorf(setting string, val any, format string, args ...any) error {
	where := c.file
	if where == "" {
		where = "configuration"
	}
	if env, ok := c.from[setting]; ok {
		return fmt.Errorf("%s: %q: %s", env, fmt.Sprint(val), fmt.Sprintf(format, args...))
	}
	return fmt.Errorf("%s: %s: %q: %s", where, setting, fmt.Sprint(val), fmt.Sprintf(format, args...))
}

func (c *Config) validate() error {
	u, err := url.Parse(c.Discord.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return c.errorf("discord.base_url", c.Discord.BaseURL, "want an http(s) URL")
	}
	c.Discord.BaseURL = strings.TrimRight(c.Discord.BaseURL, "/")
	if id := c.Discord.ApplicationID; id != "" && !isSnowflake(id) {
		return c.errorf("discord.application_id", id, "want the numeric application id")
	}
	for _, g := range c.Discord.GuildIDs {
		if !isSnowflake(g) {
			return c.errorf("discord.guild_ids", g, "want numeric guild ids")
		}
	}
	if k := c.Discord.PublicKey; k != "" {
		if b, err := hex.DecodeString(k); err != nil || len(b) != 32 {
			return c.errorf("discord.public_key", k, "want 64 hex digits (the application's public key)")
		}
	}
	if c.Discord.ShardCount < 1 {
		return c.errorf("discord.shard_count", c.Discord.ShardCount, "want 1 or more")
	}
	if c.Discord.ShardID < 0 || c.Discord.ShardID >= c.Discord.ShardCount {
		return c.errorf("discord.shard_id", c.Discord.ShardID, "want 0 to shard_count-1 (%d)", c.Discord.ShardCount-1)
	}
	if d := time.Duration(c.Replies.DeferAfter); d < 0 || d > 2500*time.Millisecond {
		return c.errorf("replies.defer_after", d, "want at most 2.5s (Discord waits 3s)")
	}
	if c.RateLimit.PerMinute < 0 {
		return c.errorf("rate_limit.per_minute", c.RateLimit.PerMinute, "want 0 (off) or more")
	}
	if c.RateLimit.Burst < 0 {
		return c.errorf("rate_limit.burst", c.RateLimit.Burst, "want 0 or more")
	}
	if c.HTTP.Listen != "" {
		if err := checkAddr(c.HTTP.Listen); err != nil {
			return c.errorf("http.listen", c.HTTP.Listen, "want HOST:PORT")
		}
	}
	if c.Metrics.Listen != "" {
		if err := checkAddr(c.Metrics.Listen); err != nil {
			return c.errorf("metrics.listen", c.Metrics.Listen, "want HOST:PORT")
		}
	}
	if c.HTTP.MaxBody < 1024 {
		return c.errorf("http.max_body", c.HTTP.MaxBody, "want at least 1024 bytes")
	}
	if _, ok := logLevels[strings.ToLower(c.Log.Level)]; !ok {
		return c.errorf("log.level", c.Log.Level, "want debug, info, warn or error")
	}
	if f := strings.ToLower(c.Log.Format); f != "text" && f != "json" {
		return c.errorf("log.format", c.Log.Format, "want text or json")
	}
	return c.validateIngest()
}

// RequireGateway checks what `serve` needs beyond a valid file.
func (c *Config) RequireGateway() error {
	if c.Token == "" {
		return errors.New("DISCORD_TOKEN: not set: the gateway needs the bot token (developer portal → Bot → Reset Token)")
	}
	return nil
}

// RequireHTTP checks what `serve --http` needs.
func (c *Config) RequireHTTP() error {
	if c.Discord.PublicKey == "" {
		return errors.New("DISCORD_PUBLIC_KEY: not set: the interactions endpoint must verify requests with the application's public key")
	}
	return nil
}

// RequireRegister checks what `register` needs.
func (c *Config) RequireRegister() error {
	if c.Token == "" {
		return errors.New("DISCORD_TOKEN: not set: registering commands needs the bot token")
	}
	if c.Discord.ApplicationID == "" {
		return errors.New("DISCORD_APP_ID: not set (or discord.application_id): registering commands needs the application id")
	}
	return nil
}

var logLevels = map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError}

// Logger builds the structured logger the configuration asks for.
func (c *Config) Logger(w io.Writer) *slog.Logger {
	opt := &slog.HandlerOptions{Level: logLevels[strings.ToLower(c.Log.Level)]}
	if strings.ToLower(c.Log.Format) == "json" {
		return slog.New(slog.NewJSONHandler(w, opt))
	}
	return slog.New(slog.NewTextHandler(w, opt))
}

func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func checkAddr(a string) error {
	_, port, err := net.SplitHostPort(a)
	if err != nil {
		return err
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		if _, lerr := net.LookupPort("tcp", port); lerr != nil {
			return err
		}
	}
	return nil
}
