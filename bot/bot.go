package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"factdesk/corpus/engine"
)

// Bot is factdesk on Discord: the handlers over an engine, the router and
// its middleware, the dispatcher, and the metrics. Both modes (gateway and
// HTTP interactions) share it.
type Bot struct {
	cfg     Config
	log     *slog.Logger
	eng     Engine
	metrics *Metrics
	router  *Router
	disp    *Dispatcher
	gw      *gatewayState // nil in HTTP mode
	// metricsLn, when set, is metrics.listen bound before the corpus
	// loaded (ServeMetricsOn); runMetrics serves on it instead of binding.
	metricsLn net.Listener
}

// ServeMetricsOn makes the bot serve /healthz and /metrics on ln, bound by
// the caller before the corpus loaded, so that a supervisor saw "loading"
// there meanwhile; the bot closes it when it stops.
func (b *Bot) ServeMetricsOn(ln net.Listener) { b.metricsLn = ln }

// New builds the bot over eng with the configuration's reply and rate
// limit settings. log receives the structured log; it never sees the token.
func New(eng Engine, cfg Config, log *slog.Logger) *Bot {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	b := &Bot{cfg: cfg, log: log, eng: eng, metrics: NewMetrics(eng.Stats)}
	b.router = NewRouter()
	// Recover sits inside DeferWhenSlow, which runs the rest in its own
	// goroutine; Observe is outermost so it sees every outcome and latency.
	b.router.Use(Observe(log, b.metrics), DeferWhenSlow(time.Duration(cfg.Replies.DeferAfter)), Recover(),
		RateLimit(NewLimiter(cfg.RateLimit.PerMinute, cfg.RateLimit.Burst)))
	(&Handlers{Engine: eng, Votes: b.vote}).Register(b.router)
	b.disp = &Dispatcher{Router: b.router, PrivateDefault: cfg.Replies.Private, Log: log, View: viewOf(eng)}
	return b
}

// viewOf gives each request one engine snapshot when the engine can freeze
// one (*engine.Engine's View, or a fake's).
func viewOf(eng Engine) func() Engine {
	switch v := eng.(type) {
	case interface{ View() *engine.Engine }:
		return func() Engine { return v.View() }
	case interface{ View() Engine }:
		return v.View
	}
	return nil
}

// vote logs a 👍/👎 with its question and answer and counts it.
func (b *Bot) vote(r *Request, v Vote) {
	vote := "down"
	if v.Up {
		vote = "up"
	}
	b.log.Info("feedback", slog.String("interaction", interactionID(r)), slog.String("user", r.UserID), slog.String("vote", vote),
		slog.String("command", v.Command), slog.String("question", OneLine(v.Question)), slog.String("answer", OneLine(v.Answer)))
	b.metrics.Vote(v.Command, vote)
}

// Router returns the bot's router, for tests and extra routes.
func (b *Bot) Router() *Router { return b.router }

// Dispatcher returns the bot's dispatcher.
func (b *Bot) Dispatcher() *Dispatcher { return b.disp }

// Metrics returns the bot's metrics.
func (b *Bot) Metrics() *Metrics { return b.metrics }

// HealthHandler serves GET /healthz and GET /metrics.
func (b *Bot) HealthHandler() http.Handler {
	mux := http.NewServeMux()
	b.mountHealth(mux)
	return mux
}

func (b *Bot) mountHealth(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if b.gw != nil {
			st, ok := b.gw.get()
			if !ok {
				w.WriteHeader(http.StatusServiceUnavailable)
				fmt.Fprintf(w, "unavailable: gateway %s\n", st)
				return
			}
			fmt.Fprintf(w, "ok: gateway %s, %d articles\n", st, b.eng.Stats().Articles)
			return
		}
		fmt.Fprintf(w, "ok: %d articles\n", b.eng.Stats().Articles)
	})
	mux.Handle("GET /metrics", b.metrics.Handler())
}

// NewSession makes a discordgo session for token (with or without the
// "Bot " prefix), with discordgo's own log routed into log and the token
// scrubbed from it.
//
// The gateway wants the bare token in IDENTIFY and RESUME, REST wants
// "Bot TOKEN"; discordgo uses one string for both, so the session holds the
// bare token and its HTTP client adds the prefix.
func NewSession(token string, log *slog.Logger) (*discordgo.Session, error) {
	token = strings.TrimPrefix(strings.TrimSpace(token), "Bot ")
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s.Client = &http.Client{Timeout: 20 * time.Second, Transport: botAuth{http.DefaultTransport}}
	s.LogLevel = discordgo.LogWarning
	s.StateEnabled = false // the bot reads nothing from the state cache
	routeDiscordgoLog(log, token, nil)
	return s, nil
}

// botAuth prefixes a bare bot token in the Authorization header with "Bot ".
type botAuth struct{ next http.RoundTripper }

func (b botAuth) RoundTrip(r *http.Request) (*http.Response, error) {
	if v := r.Header.Get("Authorization"); v != "" && !strings.HasPrefix(v, "Bot ") && !strings.HasPrefix(v, "Bearer ") {
		r = r.Clone(r.Context())
		r.Header.Set("Authorization", "Bot "+v)
	}
	return b.next.RoundTrip(r)
}

var logMu sync.Mutex

// routeDiscordgoLog sends discordgo's log lines (a package-level hook) to
// slog, with every occurrence of the token replaced.
//
// discordgo reports a gateway close only in its log ("error reading from
// gateway … websocket: close 4004: Authentication failed.") and then
// reconnects forever; onClose, when set, sees each close code first, on
// discordgo's listening goroutine, before it decides to reconnect.
func routeDiscordgoLog(log *slog.Logger, token string, onClose func(code int)) {
	logMu.Lock()
	defer logMu.Unlock()
	discordgo.Logger = func(level, caller int, format string, a ...any) {
		msg := fmt.Sprintf(format, a...)
		if onClose != nil {
			if m := closeCode.FindStringSubmatch(msg); m != nil {
				if code, err := strconv.Atoi(m[1]); err == nil {
					onClose(code)
				}
			}
		}
		if token != "" {
			msg = strings.ReplaceAll(msg, token, "[redacted]")
		}
		l := slog.LevelDebug
		switch level {
		case discordgo.LogError:
			l = slog.LevelError
		case discordgo.LogWarning:
			l = slog.LevelWarn
		case discordgo.LogInformational:
			l = slog.LevelInfo
		}
		log.Log(context.Background(), l, "discordgo: "+OneLine(msg))
	}
}

var closeCode = regexp.MustCompile(`websocket: close (\d{4})`)

// fatalClose are the gateway close codes after which reconnecting cannot
// help: the process must stop and say why.
var fatalClose = map[int]string{
	4004: "authentication failed (check DISCORD_TOKEN)",
	4010: "invalid shard",
	4011: "sharding required",
	4012: "invalid API version",
	4013: "invalid intents",
	4014: "disallowed intents",
}

// gatewayState is what /healthz reports in gateway mode.
type gatewayState struct {
	mu    sync.Mutex
	state string
	up    bool
}

func (g *gatewayState) set(state string, up bool) {
	g.mu.Lock()
	g.state, g.up = state, up
	g.mu.Unlock()
}

func (g *gatewayState) get() (string, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.state, g.up
}

// RunGateway connects to the gateway with intents 0 (interactions arrive
// whatever the intents; the bot reads no guild or message event) and
// answers interactions until ctx is done, then closes the session and waits
// for follow-ups in flight. A fatal close code (4004, 4014, …) ends it with
// an error, so the process exits non-zero instead of retrying forever.
func (b *Bot) RunGateway(ctx context.Context) error {
	if err := b.cfg.RequireGateway(); err != nil {
		return err
	}
	SetBaseURL(b.cfg.Discord.BaseURL)
	s, err := NewSession(b.cfg.Token, b.log)
	if err != nil {
		return err
	}
	ws := wireSession{s}
	b.disp.FollowUp, b.disp.Deleter = ws, ws
	s.Identify.Intents = discordgo.IntentsNone
	s.ShardID, s.ShardCount = b.cfg.Discord.ShardID, b.cfg.Discord.ShardCount
	b.gw = &gatewayState{state: "connecting"}
	b.metrics.gateway = b.gw.get
	fatal := make(chan int, 1)
	routeDiscordgoLog(b.log, strings.TrimPrefix(strings.TrimSpace(b.cfg.Token), "Bot "), func(code int) {
		b.gw.set(fmt.Sprintf("closed with %d", code), false)
		if _, ok := fatalClose[code]; ok {
			s.ShouldReconnectOnError = false // read next by this same goroutine
			select {
			case fatal <- code:
			default:
			}
		}
	})
	s.AddHandler(func(s *discordgo.Session, r *discordgo.Disconnect) {
		if st, _ := b.gw.get(); !strings.HasPrefix(st, "closed") {
			b.gw.set("disconnected", false)
		}
	})
	s.AddHandler(func(s *discordgo.Session, r *discordgo.Ready) {
		b.gw.set("ready", true)
		b.log.Info("gateway ready", slog.String("session", r.SessionID), slog.Int("shard", b.cfg.Discord.ShardID),
			slog.Int("shards", b.cfg.Discord.ShardCount), slog.Int("guilds", len(r.Guilds)))
	})
	s.AddHandler(func(s *discordgo.Session, r *discordgo.Resumed) {
		b.gw.set("ready", true)
		b.log.Info("gateway resumed")
	})
	s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		if ic.Interaction == nil {
			return
		}
		// Discord wants the first response within 3 s of the interaction;
		// a REST retry after that is wasted, so the deadline bounds it.
		rctx, cancel := context.WithTimeout(ctx, InitialResponseDeadline)
		defer cancel()
		b.disp.Dispatch(ctx, ic.Interaction, func(resp *discordgo.InteractionResponse) error {
			return ws.InteractionRespond(ic.Interaction, resp, discordgo.WithContext(rctx))
		})
	})
	stop := b.runMetrics(ctx)
	defer stop()
	b.log.Info("connecting to the gateway", slog.String("base_url", b.cfg.Discord.BaseURL))
	if err := s.Open(); err != nil {
		return fmt.Errorf("gateway: %s", scrub(err.Error(), b.cfg.Token))
	}
	var code int
	select {
	case <-ctx.Done():
		b.log.Info("shutting down")
		s.ShouldReconnectOnError = false
	case code = <-fatal:
		// The log hook has turned reconnecting off already, on discordgo's
		// goroutine, which reads the flag next: writing it here would race.
		b.log.Error("gateway closed with a fatal code; not reconnecting", slog.Int("code", code), slog.String("reason", fatalClose[code]))
	}
	err = s.Close()
	b.disp.Wait()
	if code != 0 {
		return fmt.Errorf("gateway closed with %d: %s", code, fatalClose[code])
	}
	return err
}

func scrub(s, token string) string {
	if token == "" {
		return s
	}
	return strings.ReplaceAll(s, token, "[redacted]")
}

// RunHTTP serves Discord's HTTP interactions endpoint (POST /interactions)
// on ln until ctx is done; every request is verified with the public key.
// Follow-ups after a deferral go through REST. The mode is stateless, so any
// number of replicas can run behind a load balancer.
func (b *Bot) RunHTTP(ctx context.Context, ln net.Listener) error {
	if err := b.cfg.RequireHTTP(); err != nil {
		ln.Close()
		return err
	}
	pub, err := ParsePublicKey(b.cfg.Discord.PublicKey)
	if err != nil {
		ln.Close()
		return fmt.Errorf("discord.public_key: %w", err)
	}
	SetBaseURL(b.cfg.Discord.BaseURL)
	// Follow-ups use the interaction token, so the REST session needs no
	// bot token; one is used when set, for Discord's rate limit buckets.
	s, err := NewSession(b.cfg.Token, b.log)
	if err != nil {
		ln.Close()
		return err
	}
	b.disp.FollowUp, b.disp.Deleter = wireSession{s}, wireSession{s}

	mux := http.NewServeMux()
	mux.Handle("/interactions", b.InteractionsHandler(ctx, pub, b.cfg.HTTP.MaxBody))
	b.mountHealth(mux)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 120 * time.Second,
		ErrorLog: slog.NewLogLogger(b.log.Handler(), slog.LevelWarn)}
	stop := b.runMetrics(ctx)
	defer stop()
	b.log.Info("listening", slog.String("addr", ln.Addr().String()), slog.String("endpoint", "POST /interactions"))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http: %w", err)
	case <-ctx.Done():
	}
	b.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(sctx)
	<-errc
	b.disp.Wait()
	return err
}

// runMetrics serves /healthz and /metrics on metrics.listen when set; the
// returned function stops it.
func (b *Bot) runMetrics(ctx context.Context) func() {
	ln := b.metricsLn
	if ln == nil {
		addr := b.cfg.Metrics.Listen
		if addr == "" {
			return func() {}
		}
		var err error
		if ln, err = net.Listen("tcp", addr); err != nil {
			b.log.Error("metrics listener", slog.String("addr", addr), slog.String("error", err.Error()))
			return func() {}
		}
	}
	srv := &http.Server{Handler: b.HealthHandler(), ReadHeaderTimeout: 10 * time.Second}
	b.log.Info("metrics listening", slog.String("addr", ln.Addr().String()))
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			b.log.Error("metrics server", slog.String("error", err.Error()))
		}
	}()
	return func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		<-done
	}
}

// Register bulk-overwrites factdesk's commands: in each guild of guildIDs
// (instant, for testing), or globally when there is none.
func Register(ctx context.Context, cfg Config, guildIDs []string, log *slog.Logger) error {
	if err := cfg.RequireRegister(); err != nil {
		return err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	SetBaseURL(cfg.Discord.BaseURL)
	s, err := NewSession(cfg.Token, log)
	if err != nil {
		return err
	}
	targets := guildIDs
	if len(targets) == 0 {
		targets = []string{""}
	}
	for _, g := range targets {
		cmds, err := s.ApplicationCommandBulkOverwrite(cfg.Discord.ApplicationID, g, append(Commands(), AddCommands(cfg)...), discordgo.WithContext(ctx))
		if err != nil {
			where := "globally"
			if g != "" {
				where = "in guild " + g
			}
			return fmt.Errorf("register %s: %s", where, scrub(err.Error(), cfg.Token))
		}
		scope := "global"
		if g != "" {
			scope = "guild " + g
		}
		log.Info("commands registered", slog.String("scope", scope), slog.Int("commands", len(cmds)))
	}
	return nil
}
