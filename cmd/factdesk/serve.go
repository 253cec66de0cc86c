package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"factdesk/bot"
	"factdesk/corpus"
	"factdesk/corpus/engine"
)

func init() {
	commands["register"] = command{
		summary: "register the Discord slash commands (bulk overwrite; --guild for one test server)",
		usage:   "[--config PATH] [--guild ID[,ID]] [--global]",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			cfgPath := fs.String("config", "", "configuration file (default: config.yaml when present)")
			guild := fs.String("guild", "", "register in these guilds only (comma-separated ids): instant, for testing")
			global := fs.Bool("global", false, "register globally even when the configuration names guilds")
			return func(ctx context.Context, args []string, out, errw io.Writer) error {
				if len(args) > 0 {
					return corpus.Errorf(corpus.EINVALID, "register takes no arguments, got %q", args[0])
				}
				cfg, err := loadConfig(*cfgPath)
				if err != nil {
					return err
				}
				guilds := cfg.Discord.GuildIDs
				if *guild != "" {
					guilds = nil
					for _, g := range strings.Split(*guild, ",") {
						if g = strings.TrimSpace(g); g != "" {
							guilds = append(guilds, g)
						}
					}
				}
				if *global {
					guilds = nil
				}
				if err := cfg.RequireRegister(); err != nil {
					return corpus.Errorf(corpus.EINVALID, "%v", err)
				}
				return bot.Register(ctx, cfg, guilds, cfg.Logger(errw))
			}
		},
	}
	commands["serve"] = command{
		summary: "run the Discord bot: the gateway, or with --http ADDR the HTTP interactions endpoint",
		usage:   "[--config PATH] [--corpus DIR] [--snapshot FILE] [--http ADDR]",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			cfgPath := fs.String("config", "", "configuration file (default: config.yaml when present)")
			httpAddr := fs.String("http", "", "serve Discord's HTTP interactions endpoint on ADDR (e.g. 127.0.0.1:8080) instead of the gateway")
			dir := fs.String("corpus", "", "load this folder of articles (default: the configuration's corpus, else the embedded seeds)")
			snap := fs.String("snapshot", "", "start from this snapshot (factdesk build); when it is refused, build from the corpus")
			return func(ctx context.Context, args []string, out, errw io.Writer) error {
				if len(args) > 0 {
					return corpus.Errorf(corpus.EINVALID, "serve takes no arguments, got %q (did you mean --http %s?)", args[0], args[0])
				}
				cfg, err := loadConfig(*cfgPath)
				if err != nil {
					return err
				}
				if *dir != "" {
					cfg.Corpus = *dir
				}
				if *httpAddr == "" {
					*httpAddr = cfg.HTTP.Listen
				}
				mode := cfg.RequireGateway
				if *httpAddr != "" {
					mode = cfg.RequireHTTP
				}
				if err := mode(); err != nil {
					return corpus.Errorf(corpus.EINVALID, "%v", err)
				}
				log := cfg.Logger(errw)
				// The address is bound before the corpus loads: a bad
				// --http fails at once, and /healthz says "loading" meanwhile.
				var ln net.Listener
				if *httpAddr != "" {
					if ln, err = net.Listen("tcp", *httpAddr); err != nil {
						return corpus.Errorf(corpus.EINVALID, "--http %s: %v", *httpAddr, err)
					}
					// Said whatever the log level: with port 0 it is the
					// only way to learn the port.
					fmt.Fprintf(errw, "factdesk: listening on %s\n", ln.Addr())
				}
				// metrics.listen too, in either mode: /healthz answers
				// "loading" there while the corpus loads.
				var mln net.Listener
				if cfg.Metrics.Listen != "" {
					if mln, err = net.Listen("tcp", cfg.Metrics.Listen); err != nil {
						if ln != nil {
							ln.Close()
						}
						return corpus.Errorf(corpus.EINVALID, "metrics.listen %s: %v", cfg.Metrics.Listen, err)
					}
				}
				stopLoading, stopMetricsLoading := serveLoading(ln, log), serveLoading(mln, log)
				e, err := openEngine(ctx, *snap, cfg.Corpus, func(err error) { log.Warn(oneLine(err) + "; building instead") })
				stopLoading()
				stopMetricsLoading()
				if err != nil {
					for _, l := range []net.Listener{ln, mln} {
						if l != nil {
							l.Close()
						}
					}
					return err
				}
				for _, p := range e.Corpus().Problems {
					log.Warn("corpus: " + p.Error())
				}
				st := e.Stats()
				log.Info("corpus loaded", slog.String("name", st.Name), slog.Int("articles", st.Articles), slog.Int("quotes", st.Quotes))
				stopHUP := reloadOnHUP(ctx, e, cfg.Corpus, log)
				defer stopHUP()
				adder, stopIngest := startIngest(ctx, e, cfg, log)
				defer stopIngest()

				b := bot.New(e, cfg, log)
				if mln != nil {
					b.ServeMetricsOn(mln)
				}
				if adder != nil {
					b.EnableAdd(adder)
				} else {
					b.EnableAdd(nil) // an untyped nil: /add explains
				}
				if *httpAddr == "" {
					return b.RunGateway(ctx)
				}
				return b.RunHTTP(ctx, ln)
			}
		},
	}
}

// loadConfig reads the configuration with the environment on top; a bad
// setting is a usage error, one line naming it.
func loadConfig(path string) (bot.Config, error) {
	cfg, err := bot.LoadConfig(path, os.Getenv)
	if err != nil {
		return cfg, corpus.Errorf(corpus.EINVALID, "%v", err)
	}
	return cfg, nil
}

// reloadOnHUP reloads the corpus on SIGHUP; engine.Reload keeps the old
// corpus serving when the new one fails to load.
func reloadOnHUP(ctx context.Context, e *engine.Engine, dir string, log *slog.Logger) func() {
	ctx, cancel := context.WithCancel(ctx)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				if err := safeReload(ctx, e, dir); err != nil {
					if ctx.Err() != nil {
						log.Warn("reload abandoned at shutdown; the old corpus was kept")
						return
					}
					log.Error("reload failed; still serving the old corpus", slog.String("error", err.Error()))
					continue
				}
				st := e.Stats()
				log.Info("corpus reloaded", slog.String("name", st.Name), slog.Int("articles", st.Articles), slog.Int("quotes", st.Quotes))
			}
		}
	}()
	return func() {
		signal.Stop(hup)
		cancel()
		// A reload stops at its next stage; one that runs on is left
		// behind rather than holding the shutdown past its grace.
		select {
		case <-done:
		case <-time.After(reloadStopWait):
			log.Warn("reload still running at shutdown; left behind")
		}
	}
}

// reloadStopWait bounds how long shutdown waits for an abandoned reload.
const reloadStopWait = 2 * time.Second

// safeReload reloads, turning a panic in a stage into an error: a strange
// new article must not take down a bot that is serving the old corpus.
func safeReload(ctx context.Context, e *engine.Engine, dir string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic while loading %s: %v", dir, p)
		}
	}()
	return e.ReloadContext(ctx, dir, engine.Options{})
}
