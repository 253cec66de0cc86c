package bot

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Responder sends an interaction's initial response; *discordgo.Session
// satisfies it (v0.29.0 signature). The bot itself sends through
// wireSession, the same call with allowed_mentions written exactly.
type Responder interface {
	InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
}

// FollowUpper edits the original response after a deferral (PATCH
// /webhooks/{app}/{token}/messages/@original); *discordgo.Session
// satisfies it.
type FollowUpper interface {
	InteractionResponseEdit(i *discordgo.Interaction, edit *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
}

// Deleter deletes the message a button is on (DELETE
// /webhooks/{app}/{token}/messages/@original); *discordgo.Session
// satisfies it.
type Deleter interface {
	InteractionResponseDelete(i *discordgo.Interaction, options ...discordgo.RequestOption) error
}

var (
	_ Responder   = (*discordgo.Session)(nil)
	_ FollowUpper = (*discordgo.Session)(nil)
	_ Deleter     = (*discordgo.Session)(nil)
)

// NoMentions is the AllowedMentions of every reply: quoting "@everyone"
// must never ping anybody.
func NoMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// Defaults for the timing: Discord wants the first response within 3 s,
// and an interaction token lives 15 minutes.
const (
	DefaultDeferAfter = 1500 * time.Millisecond
	DefaultTimeout    = 60 * time.Second
)

// Dispatcher turns interactions into requests, runs them through the
// router, and sends the reply the router returns, unless middleware has
// already sent it (DeferWhenSlow).
type Dispatcher struct {
	Router         *Router
	PrivateDefault bool
	Timeout        time.Duration // a handler's whole budget
	FollowUp       FollowUpper
	Deleter        Deleter
	Log            *slog.Logger
	// View returns the engine view one request reads from start to end
	// (engine.View: one snapshot); nil leaves handlers on their engine.
	View func() Engine

	wg sync.WaitGroup
}

// Wait blocks until every request in flight, follow-ups included, is done.
func (d *Dispatcher) Wait() { d.wg.Wait() }

// Dispatch answers i and returns once the initial response is sent (in
// HTTP mode respond writes the HTTP response body, which must go out at
// once even when a follow-up comes later). ctx bounds the server's life,
// not the request's: a follow-up outlives the request.
func (d *Dispatcher) Dispatch(ctx context.Context, i *discordgo.Interaction, respond func(*discordgo.InteractionResponse) error) {
	if i.Type == discordgo.InteractionPing {
		d.send(i, respond, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	r := NewRequest(i, d.PrivateDefault)
	first := make(chan struct{})
	var once sync.Once
	r.respond = func(resp *discordgo.InteractionResponse) error {
		err := errors.New("initial response already sent")
		once.Do(func() {
			err = respond(resp)
			close(first)
		})
		return err
	}
	r.followUp, r.deleter = d.FollowUp, d.Deleter
	if d.View != nil {
		r.Engine = d.View()
	}
	timeout := d.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		defer cancel()
		rep, _ := d.Router.Serve(hctx, r)
		if !rep.Sent {
			ok := d.send(i, r.respond, Response(r, rep))
			if ok && rep.Delete && r.Kind == KindComponent {
				d.delete(hctx, i)
			}
		}
		once.Do(func() { close(first) }) // nothing could be sent: do not wait forever
	}()
	<-first
}

func (d *Dispatcher) send(i *discordgo.Interaction, respond func(*discordgo.InteractionResponse) error, resp *discordgo.InteractionResponse) bool {
	if err := respond(resp); err != nil {
		d.log().Error("response failed", slog.String("interaction", i.ID), slog.Int("type", int(resp.Type)), slog.String("error", err.Error()))
		return false
	}
	return true
}

// delete removes the message a button is on, after the button's
// interaction was acknowledged; the deadline is the request's.
func (d *Dispatcher) delete(ctx context.Context, i *discordgo.Interaction) {
	if d.Deleter == nil {
		d.log().Error("delete failed", slog.String("interaction", i.ID), slog.String("error", "no sender"))
		return
	}
	err := d.Deleter.InteractionResponseDelete(i, discordgo.WithContext(ctx))
	// In HTTP mode the acknowledgement is the HTTP response, which may reach
	// Discord after this call: a 404 is tried once more, a second later.
	var st *StatusError
	if errors.As(err, &st) && st.Code == http.StatusNotFound {
		t := time.NewTimer(time.Second)
		select {
		case <-ctx.Done():
			t.Stop()
		case <-t.C:
			err = d.Deleter.InteractionResponseDelete(i, discordgo.WithContext(ctx))
		}
	}
	if err != nil {
		d.log().Error("delete failed", slog.String("interaction", i.ID), slog.String("error", err.Error()))
	}
}

func (d *Dispatcher) log() *slog.Logger {
	if d.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return d.Log
}

// Response is the initial response that carries rep.
func Response(r *Request, rep Reply) *discordgo.InteractionResponse {
	if r.Kind == KindAutocomplete {
		ch := rep.Choices
		if len(ch) > MaxChoices {
			ch = ch[:MaxChoices]
		}
		return &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: ch}}
	}
	if r.Kind == KindComponent && rep.Delete {
		// Acknowledged silently; the dispatcher then deletes the message.
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	data := &discordgo.InteractionResponseData{
		Content:         Truncate(rep.Content, MaxContent),
		Embeds:          rep.Embeds,
		Components:      rep.Components,
		AllowedMentions: NoMentions(),
	}
	if r.Kind == KindComponent && rep.Update {
		if data.Components == nil {
			data.Components = []discordgo.MessageComponent{}
		}
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: data}
	}
	if r.Private || rep.Ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data}
}

// Deferral acknowledges r when the reply is not ready: "thinking…" for a
// command (ephemeral when private), a silent acknowledgement for a button.
//
// A button whose reply is a new private message (an answer's views and
// votes pressed on a public answer, another user's page of a public
// /quotes) is deferred as a new private message, so the follow-up edits
// that message and not the public one the button is on.
func Deferral(r *Request) *discordgo.InteractionResponse {
	if r.Kind == KindComponent && !opensPrivately(r) {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: NoMentions()}}
	if r.Private || r.Kind == KindComponent {
		resp.Data.Flags = discordgo.MessageFlagsEphemeral
	}
	return resp
}

// opensPrivately says whether a button's reply is a new private message
// rather than an edit of the message it is on (see More, Vote, QuotesPage).
func opensPrivately(r *Request) bool {
	switch r.Name {
	case "vote":
		return true
	case "more":
		return !r.Private
	case "quotes":
		st, err := ParsePageID(r.CustomID)
		return err == nil && !r.Private && st.Owner != "" && st.Owner != r.UserID
	}
	return false
}

// Edit is the follow-up that replaces a deferred response with rep.
func Edit(rep Reply) *discordgo.WebhookEdit {
	content := Truncate(rep.Content, MaxContent)
	embeds := rep.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	comps := rep.Components
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &comps, AllowedMentions: NoMentions()}
}

func one(e *discordgo.MessageEmbed) []*discordgo.MessageEmbed { return []*discordgo.MessageEmbed{e} }
