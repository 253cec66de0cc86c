package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"factdesk/bot"
	"factdesk/corpus"
	"factdesk/corpus/engine"
	"factdesk/corpus/web"
)

func init() {
	commands["add"] = command{
		summary: "add articles to a corpus folder: http(s) addresses, saved .html pages or feed addresses",
		usage:   "[--corpus DIR] [--config PATH] [--json] SOURCE...",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			dir := fs.String("corpus", "", "the folder to add to (default: the configuration's corpus)")
			cfgPath := fs.String("config", "", "configuration file, for its fetch: settings (default: config.yaml when present)")
			asJSON := fs.Bool("json", false, "print one JSON document")
			return func(ctx context.Context, args []string, out, errw io.Writer) error {
				if len(args) == 0 {
					return corpus.Errorf(corpus.EINVALID, "add needs a SOURCE: an http(s) address, a saved .html page or a feed address")
				}
				cfg, err := loadConfig(*cfgPath)
				if err != nil {
					return err
				}
				if *dir == "" {
					*dir = cfg.Corpus
				}
				if *dir == "" {
					return corpus.Errorf(corpus.EINVALID, "add needs --corpus DIR: the embedded seeds cannot grow")
				}
				a := &web.Adder{Fetcher: web.NewFetcher(cfg.Fetch.WebConfig()), Folder: &web.Folder{Dir: *dir}}
				return runAdd(ctx, a, args, *asJSON, out, errw)
			}
		},
	}
	order = append(order[:len(order):len(order)], "add")
}

// addJSON is one result of `add --json`.
type addJSON struct {
	Source string `json:"source"`
	engine.Added
	Error string `json:"error,omitempty"`
}

// runAdd adds every source and prints a line for each article: what was
// added, or why not. It fails when nothing at all was added.
func runAdd(ctx context.Context, a *web.Adder, sources []string, asJSON bool, out, errw io.Writer) error {
	var all []web.Result
	for _, s := range sources {
		all = append(all, a.Add(ctx, s)...)
	}
	added := 0
	var docs []addJSON
	for _, r := range all {
		if r.Err == nil {
			added++
		}
		if asJSON {
			d := addJSON{Source: r.Source, Added: r.Added}
			if r.Err != nil {
				d.Error = web.Reason(r.Err)
				d.Added = engine.Added{Speakers: []string{}}
			}
			docs = append(docs, d)
			continue
		}
		if r.Err != nil {
			msg := web.Reason(r.Err)
			if msg == "internal error" {
				msg = oneLine(r.Err) // the CLI's user is the operator: the detail helps
			}
			if !strings.HasPrefix(msg, r.Source) {
				msg = r.Source + ": " + msg
			}
			fmt.Fprintf(errw, "not added: %s\n", msg)
			continue
		}
		fmt.Fprintf(out, "added %s\n", bot.AddedLine(r))
	}
	if asJSON {
		if docs == nil {
			docs = []addJSON{}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(docs); err != nil {
			return err
		}
	}
	switch {
	case len(all) == 0:
		fmt.Fprintln(out, "nothing new")
	case added == 0:
		return corpus.Errorf(corpus.EINVALID, "add: nothing added (%d refused)", len(all))
	}
	return nil
}

// startIngest runs, for `serve`, what brings articles in while it runs:
// the feeds of the configuration and a watch on the corpus folder. It
// returns the Adder /add uses (nil for the embedded seeds, which cannot
// grow) and a stop function that waits for both to end.
func startIngest(ctx context.Context, e *engine.Engine, cfg bot.Config, log *slog.Logger) (*web.Adder, func()) {
	if cfg.Corpus == "" {
		if len(cfg.Feeds) > 0 {
			log.Warn("feeds: ignored: the embedded corpus cannot grow; set corpus: to a folder")
		}
		return nil, func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	a := &web.Adder{Fetcher: web.NewFetcher(cfg.Fetch.WebConfig()), Folder: &web.Folder{Dir: cfg.Corpus}, Engine: e}
	done := make(chan struct{}, 2)
	n := 0
	if len(cfg.Feeds) > 0 {
		p := &web.Poller{Adder: a, Log: log}
		for _, f := range cfg.Feeds {
			p.Feeds = append(p.Feeds, web.FeedSource{URL: f.URL, Every: time.Duration(f.Every)})
		}
		n++
		go func() { p.Run(ctx); done <- struct{}{} }()
	}
	if every := time.Duration(cfg.Add.Watch); every >= 0 {
		if every == 0 {
			every = 10 * time.Second
		}
		w := &engine.Watcher{Engine: e, Dir: cfg.Corpus, Log: log.Info}
		w.Scan() // the folder as loaded, so later scans see what changes
		n++
		go func() { w.Run(ctx, every); done <- struct{}{} }()
	}
	return a, func() {
		cancel()
		for ; n > 0; n-- {
			<-done
		}
	}
}
