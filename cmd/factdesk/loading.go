package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// serveLoading answers on ln while the corpus loads: /healthz says
// "loading" with 503, so a supervisor or load balancer waits, and every
// other path asks to retry. The returned function stops answering and
// leaves ln open for the bot. With no listener it does nothing.
func serveLoading(ln net.Listener, log *slog.Logger) func() {
	if ln == nil {
		return func() {}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Retry-After", "5")
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("loading\n"))
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(keepOpen{ln}); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Warn("loading responder", slog.String("error", err.Error()))
		}
	}()
	return func() {
		// Serve waits in Accept on a listener Shutdown may not close, and
		// Shutdown waits for Serve: a deadline in the past wakes Accept,
		// which retries until it sees the shutdown.
		d, ok := ln.(interface{ SetDeadline(time.Time) error })
		if ok {
			d.SetDeadline(time.Unix(1, 0))
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		if ok {
			<-done
			d.SetDeadline(time.Time{})
		}
	}
}

// keepOpen is a listener that Shutdown cannot close: the bot serves on it
// once the corpus is loaded.
type keepOpen struct{ net.Listener }

func (keepOpen) Close() error { return nil }
