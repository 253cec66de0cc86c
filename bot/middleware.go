package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"

	"factdesk/corpus"
)

// Recover turns a handler panic into an error, so the user gets a reply
// and the process keeps serving.
func Recover() Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, r *Request) (rep Reply, err error) {
			defer func() {
				if p := recover(); p != nil {
					rep, err = Reply{Outcome: "panic"}, &panicError{val: p, stack: debug.Stack()}
				}
			}()
			return next(ctx, r)
		}
	}
}

type panicError struct {
	val   any
	stack []byte
}

func (p *panicError) Error() string { return fmt.Sprintf("panic: %v", p.val) }

// Observe logs every request (interaction id, command, latency, outcome)
// and counts it in m; an error becomes a short reply for the user while the
// detail goes to the log only.
func Observe(log *slog.Logger, m *Metrics) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, r *Request) (Reply, error) {
			start := time.Now()
			rep, err := next(ctx, r)
			lat := time.Since(start)
			if err != nil && !rep.Sent {
				out := rep.Outcome
				rep = ErrorReply(err)
				if out == "panic" {
					rep.Outcome = out
				}
			}
			if rep.Outcome == "" {
				rep.Outcome = "ok"
			}
			attrs := []slog.Attr{
				slog.String("interaction", interactionID(r)),
				slog.String("kind", r.Kind.String()),
				slog.String("command", r.Name),
				slog.String("user", r.UserID),
				slog.Duration("latency", lat),
				slog.String("outcome", rep.Outcome),
			}
			switch {
			case err != nil && rep.Outcome != "invalid":
				log.LogAttrs(ctx, slog.LevelError, "interaction failed", append(attrs, slog.String("error", err.Error()))...)
				if p, ok := err.(*panicError); ok {
					log.Debug("panic stack", slog.String("interaction", interactionID(r)), slog.String("stack", string(p.stack)))
				}
			case r.Kind == KindAutocomplete:
				log.LogAttrs(ctx, slog.LevelDebug, "interaction", attrs...)
			default:
				log.LogAttrs(ctx, slog.LevelInfo, "interaction", attrs...)
			}
			if m != nil {
				m.Observe(r.Kind, r.Name, rep.Outcome, lat)
			}
			return rep, nil
		}
	}
}

func interactionID(r *Request) string {
	if r.Interaction == nil {
		return ""
	}
	return r.Interaction.ID
}

// ErrorReply is what the user sees for an error: the engine's message for
// bad input, "internal error" for anything else. It is ephemeral: nobody
// else needs to see it.
func ErrorReply(err error) Reply {
	if corpus.ErrorCode(err) == corpus.EINVALID {
		return Reply{Embeds: one(ErrorEmbed(corpus.ErrorMessage(err))), Ephemeral: true, Outcome: "invalid"}
	}
	return Reply{Embeds: one(ErrorEmbed("Something went wrong on factdesk's side; it has been logged. Please try again.")), Ephemeral: true, Outcome: "error"}
}

// RateLimit answers politely, and only to the asker, when a user sends
// commands faster than the bucket allows. Autocomplete is not limited: it
// fires on every keystroke and is cheap.
func RateLimit(l *Limiter) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, r *Request) (Reply, error) {
			if l == nil || r.Kind == KindAutocomplete || l.Allow(r.UserID) {
				return next(ctx, r)
			}
			return Reply{Content: "You are asking faster than factdesk can answer. Please wait a few seconds and try again.",
				Ephemeral: true, Outcome: "ratelimited"}, nil
		}
	}
}

// DeferWhenSlow sends a deferral ("thinking…", ephemeral when private; a
// silent acknowledgement for a button) when the reply is not ready after
// after, then edits the reply in through the request's FollowUpper. It
// must sit outside Recover: the handler runs in its own goroutine, and a
// panic there must be recovered there. Autocomplete has no deferral.
func DeferWhenSlow(after time.Duration) Middleware {
	if after <= 0 {
		after = DefaultDeferAfter
	}
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, r *Request) (Reply, error) {
			if r.Kind == KindAutocomplete || r.respond == nil {
				return next(ctx, r)
			}
			type result struct {
				rep Reply
				err error
			}
			done := make(chan result, 1)
			go func() {
				rep, err := next(ctx, r)
				done <- result{rep, err}
			}()
			t := time.NewTimer(after)
			defer t.Stop()
			select {
			case res := <-done:
				return res.rep, res.err
			case <-t.C:
			}
			if err := r.respond(Deferral(r)); err != nil {
				return Reply{Sent: true, Outcome: "error"}, fmt.Errorf("deferral: %w", err)
			}
			res := <-done
			rep := res.rep
			if res.err != nil {
				out := rep.Outcome
				rep = ErrorReply(res.err)
				if out == "panic" {
					rep.Outcome = out
				}
			}
			rep.Sent = true
			if rep.Delete && r.Kind == KindComponent && r.deleter != nil {
				if err := r.deleter.InteractionResponseDelete(r.Interaction, discordgo.WithContext(ctx)); err != nil {
					return rep, errors.Join(res.err, fmt.Errorf("delete: %w", err))
				}
				return rep, res.err
			}
			if r.followUp == nil {
				return rep, errors.Join(res.err, errors.New("follow-up: no sender"))
			}
			if _, err := r.followUp.InteractionResponseEdit(r.Interaction, Edit(rep), discordgo.WithContext(ctx)); err != nil {
				return rep, errors.Join(res.err, fmt.Errorf("follow-up: %w", err))
			}
			return rep, res.err
		}
	}
}
