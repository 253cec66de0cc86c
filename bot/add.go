package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"factdesk/corpus"
	"factdesk/corpus/web"
)

// FeedConfig is one feed `serve` polls.
type FeedConfig struct {
	URL   string   `yaml:"url"`
	Every Duration `yaml:"every"` // 0: web.DefaultPollEvery
}

// FetchConfig is how pages and feeds are fetched (see corpus/web.Config).
type FetchConfig struct {
	// AllowPrivate lets fetches reach loopback, private and link-local
	// addresses: tests and intranets only.
	AllowPrivate bool     `yaml:"allow_private"`
	UserAgent    string   `yaml:"user_agent"`
	Timeout      Duration `yaml:"timeout"`
	MaxBytes     int64    `yaml:"max_bytes"`
	PerHost      Duration `yaml:"per_host"`
}

// AddConfig sets who may add articles from Discord, and how often `serve`
// looks at its folder.
type AddConfig struct {
	// Permission is the Discord permission a member needs for /add, by name
	// ("manage_messages") or as a number; "" leaves /add unregistered.
	Permission string `yaml:"permission"`
	// Watch is how often `serve` scans the corpus folder for files added or
	// changed by hand; 0 is 10s, a negative value turns it off.
	Watch Duration `yaml:"watch"`
}

// WebConfig is the fetcher configuration for corpus/web.
func (c FetchConfig) WebConfig() web.Config {
	return web.Config{AllowPrivate: c.AllowPrivate, UserAgent: c.UserAgent, Timeout: time.Duration(c.Timeout),
		MaxBytes: c.MaxBytes, PerHost: time.Duration(c.PerHost)}
}

// permissionNames are the permissions it makes sense to require for /add.
var permissionNames = map[string]int64{
	"administrator":    discordgo.PermissionAdministrator,
	"manage_guild":     discordgo.PermissionManageGuild,
	"manage_channels":  discordgo.PermissionManageChannels,
	"manage_messages":  discordgo.PermissionManageMessages,
	"manage_roles":     discordgo.PermissionManageRoles,
	"manage_webhooks":  discordgo.PermissionManageWebhooks,
	"manage_threads":   discordgo.PermissionManageThreads,
	"moderate_members": discordgo.PermissionModerateMembers,
	"kick_members":     discordgo.PermissionKickMembers,
	"ban_members":      discordgo.PermissionBanMembers,
	"mention_everyone": discordgo.PermissionMentionEveryone,
}

// AddPermission is the permission bit set /add needs; ok is false when
// /add is off.
func (c *Config) AddPermission() (int64, bool) {
	p := strings.ToLower(strings.TrimSpace(c.Add.Permission))
	if p == "" {
		return 0, false
	}
	if v, ok := permissionNames[p]; ok {
		return v, true
	}
	v, err := strconv.ParseInt(p, 10, 64)
	return v, err == nil && v > 0
}

// validateIngest checks feeds:, fetch: and add:.
func (c *Config) validateIngest() error {
	if c.Add.Permission != "" {
		if _, ok := c.AddPermission(); !ok {
			return c.errorf("add.permission", c.Add.Permission, "want a permission name (manage_messages, manage_guild, administrator, …) or its number")
		}
	}
	if c.Fetch.MaxBytes < 0 {
		return c.errorf("fetch.max_bytes", c.Fetch.MaxBytes, "want 0 (default) or more")
	}
	if c.Fetch.Timeout < 0 {
		return c.errorf("fetch.timeout", time.Duration(c.Fetch.Timeout), "want 0 (default) or more")
	}
	f := web.NewFetcher(c.Fetch.WebConfig())
	for i, fd := range c.Feeds {
		if _, err := f.CheckURL(fd.URL); err != nil {
			return c.errorf(fmt.Sprintf("feeds[%d].url", i), fd.URL, "%s", corpus.ErrorMessage(err))
		}
		if d := time.Duration(fd.Every); d != 0 && d < web.MinPollEvery {
			return c.errorf(fmt.Sprintf("feeds[%d].every", i), d, "want at least %s (publishers' servers are not ours)", web.MinPollEvery)
		}
	}
	return nil
}

// AddCommands are the slash commands of adding articles: /add when the
// configuration names a permission, registered with it as
// default_member_permissions so Discord shows it only to those members.
func AddCommands(cfg Config) []*discordgo.ApplicationCommand {
	perm, ok := cfg.AddPermission()
	if !ok {
		return nil
	}
	minLen, guildOnly := 8, []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	return []*discordgo.ApplicationCommand{{
		Name: "add", Description: "Add an article (or a feed's new articles) to the corpus by its address",
		DefaultMemberPermissions: &perm, Contexts: &guildOnly,
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "The article's http(s) address",
				Required: true, MinLength: &minLen, MaxLength: 2000},
		},
	}}
}

// Adder takes an address in; *web.Adder satisfies it.
type Adder interface {
	Add(ctx context.Context, source string) []web.Result
}

var _ Adder = (*web.Adder)(nil)

// alwaysPrivate are commands whose replies only the asker sees, whatever
// the private default: what /add did is the editor's business.
var alwaysPrivate = map[string]bool{"add": true}

// EnableAdd routes /add to a, for members with the configured permission.
// Discord hides the command from others (default_member_permissions), but
// a server admin can override that per channel, so the permission is
// checked again on every interaction.
//
// a nil: the bot serves the embedded corpus, which cannot grow; /add says so.
func (b *Bot) EnableAdd(a Adder) {
	perm, ok := b.cfg.AddPermission()
	if !ok {
		return
	}
	if a == nil {
		b.router.Handle(KindCommand, "add", func(ctx context.Context, r *Request) (Reply, error) {
			return Reply{Content: "This factdesk serves its built-in corpus, which cannot grow: its operator must set `corpus:` to a folder for `/add`.",
				Ephemeral: true, Outcome: "invalid"}, nil
		})
		return
	}
	b.router.Handle(KindCommand, "add", AddHandler(a, perm))
}

// AddHandler answers /add: the member must hold perm (or be an
// administrator) in the guild; the address must be http(s) — never a file
// on the bot's machine.
func AddHandler(a Adder, perm int64) HandlerFunc {
	return func(ctx context.Context, r *Request) (Reply, error) {
		private := func(s, outcome string) (Reply, error) {
			return Reply{Content: Truncate(s, 1900), Ephemeral: true, Outcome: outcome}, nil
		}
		i := r.Interaction
		if i == nil || i.Member == nil || i.GuildID == "" {
			return private("`/add` works only in a server, for members allowed to add articles.", "denied")
		}
		have := i.Member.Permissions
		if have&perm != perm && have&discordgo.PermissionAdministrator == 0 {
			return private("You need the permission this server set for adding articles; ask an editor.", "denied")
		}
		u := r.Option("url")
		if l := strings.ToLower(u); !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
			return private("Give the article's address, starting with https://", "invalid")
		}
		res := a.Add(ctx, u)
		return private(addSummary(res), addOutcome(res))
	}
}

func addOutcome(res []web.Result) string {
	if len(res) == 0 {
		return "ok"
	}
	for _, r := range res {
		if r.Err == nil {
			return "ok"
		}
	}
	return "invalid"
}

// addSummary is one line per article: what was added, or why not.
func addSummary(res []web.Result) string {
	if len(res) == 0 {
		return "Nothing new: the feed lists no article the corpus does not already have."
	}
	var lines []string
	for i, r := range res {
		if i == 10 {
			lines = append(lines, fmt.Sprintf("… and %d more", len(res)-i))
			break
		}
		if r.Err != nil {
			lines = append(lines, "Not added: "+Escape(OneLine(web.Reason(r.Err))))
			continue
		}
		lines = append(lines, "Added "+Escape(AddedLine(r)))
	}
	return strings.Join(lines, "\n")
}

// AddedLine is one line about an added article: title, outlet, date,
// quotations and speakers. The CLI prints the same.
func AddedLine(r web.Result) string {
	var b strings.Builder
	if r.Title != "" {
		fmt.Fprintf(&b, "%q", Truncate(OneLine(r.Title), 120))
	} else {
		b.WriteString(r.File)
	}
	outlet := r.Outlet
	if outlet == "" {
		outlet = "outlet unknown"
	}
	date := r.Published.String()
	if date == "" {
		date = "date unknown"
	}
	fmt.Fprintf(&b, " — %s, %s — %d quotation", outlet, date, r.Quotes)
	if r.Quotes != 1 {
		b.WriteString("s")
	}
	if len(r.Speakers) > 0 {
		sp := r.Speakers
		more := ""
		if len(sp) > 8 {
			sp, more = sp[:8], fmt.Sprintf(" and %d more", len(r.Speakers)-8)
		}
		fmt.Fprintf(&b, " (%s%s)", strings.Join(sp, ", "), more)
	}
	fmt.Fprintf(&b, " [%s]", r.File)
	return b.String()
}
