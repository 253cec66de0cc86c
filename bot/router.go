package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Kind is what sort of interaction a request is.
type Kind uint8

const (
	KindCommand      Kind = iota // a slash command
	KindAutocomplete             // an option being typed
	KindComponent                // a button press
)

func (k Kind) String() string {
	switch k {
	case KindAutocomplete:
		return "autocomplete"
	case KindComponent:
		return "component"
	}
	return "command"
}

// Request is one interaction, reduced to what a handler reads.
type Request struct {
	Interaction *discordgo.Interaction
	Kind        Kind
	// Name is the command name, or for a button the prefix of its custom
	// id before the first '|'.
	Name string
	// Options are a command's string options by name (booleans as "true").
	Options map[string]string
	// Focused names the option being autocompleted.
	Focused string
	// CustomID is a button's full custom id.
	CustomID string
	UserID   string
	// Private asks for a reply only the asker sees.
	Private bool
	// Engine is the one engine view this request reads, set by the
	// dispatcher; nil means the handlers' own engine.
	Engine Engine

	// The way out, injected by the Dispatcher (disgo style): respond sends
	// the initial response once; followUp edits it after a deferral.
	respond  func(*discordgo.InteractionResponse) error
	followUp FollowUpper
	deleter  Deleter
}

// optTarget is the option under which a message command's target message
// text is kept; the name cannot clash with a slash command option's.
const optTarget = "@message"

// Option returns a trimmed string option.
func (r *Request) Option(name string) string { return strings.TrimSpace(r.Options[name]) }

// Reply is what a handler returns; one dispatcher sends it.
type Reply struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	// Choices answer an autocomplete request.
	Choices []*discordgo.ApplicationCommandOptionChoice
	// Ephemeral shows the reply to the asker only.
	Ephemeral bool
	// Update, for a button, edits the message the button is on instead of
	// posting a new one. Commands ignore it.
	Update bool
	// Outcome is for logs and metrics: "ok", "notfound", "ratelimited",
	// "invalid", "error", "panic". It is not sent.
	Outcome string
	// Delete, for a button, deletes the message the button is on.
	Delete bool
	// Sent says middleware has already sent the reply (a deferral and its
	// follow-up); the dispatcher sends nothing more.
	Sent bool
}

// HandlerFunc answers one request with data; it does not send anything.
type HandlerFunc func(ctx context.Context, r *Request) (Reply, error)

// Middleware wraps a handler: recovery, rate limits, logging, metrics.
type Middleware func(next HandlerFunc) HandlerFunc

// Router maps command names (and button prefixes) to handlers.
type Router struct {
	routes   map[string]HandlerFunc
	mw       []Middleware
	notFound HandlerFunc
}

// NewRouter returns an empty router; unknown names get a polite reply.
func NewRouter() *Router {
	return &Router{routes: map[string]HandlerFunc{}, notFound: func(ctx context.Context, r *Request) (Reply, error) {
		return Reply{Content: "factdesk does not know that command; try `/about`.", Ephemeral: true, Outcome: "unknown"}, nil
	}}
}

// Handle routes kind+name to h ("command:ask", "autocomplete:quotes",
// "component:quotes").
func (rt *Router) Handle(kind Kind, name string, h HandlerFunc) {
	rt.routes[kind.String()+":"+name] = h
}

// Use adds middleware; the first added is the outermost.
func (rt *Router) Use(mw ...Middleware) { rt.mw = append(rt.mw, mw...) }

// Serve runs the request through the middleware and its handler.
func (rt *Router) Serve(ctx context.Context, r *Request) (Reply, error) {
	h, ok := rt.routes[r.Kind.String()+":"+r.Name]
	if !ok {
		h = rt.notFound
	}
	for i := len(rt.mw) - 1; i >= 0; i-- {
		h = rt.mw[i](h)
	}
	return h(ctx, r)
}

// NewRequest reads an interaction. privateDefault applies when the user
// did not set the private option.
func NewRequest(i *discordgo.Interaction, privateDefault bool) *Request {
	r := &Request{Interaction: i, Options: map[string]string{}, Private: privateDefault, UserID: userID(i)}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		r.Kind = KindCommand
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			r.Kind = KindAutocomplete
		}
		d, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			break
		}
		r.Name = d.Name
		if d.CommandType == discordgo.MessageApplicationCommand {
			// A message command reads the message it was used on from
			// resolved.messages, and answers privately unless configured
			// otherwise: the channel did not ask.
			if d.Resolved != nil {
				if m := d.Resolved.Messages[d.TargetID]; m != nil {
					r.Options[optTarget] = m.Content
				}
			}
			r.Private = true
			break
		}
		for _, o := range d.Options {
			if o == nil {
				continue
			}
			if o.Focused {
				r.Focused = o.Name
			}
			switch v := o.Value.(type) {
			case string:
				r.Options[o.Name] = v
			case bool:
				if v {
					r.Options[o.Name] = "true"
				} else {
					r.Options[o.Name] = "false"
				}
			}
		}
		if p, ok := r.Options["private"]; ok {
			r.Private = p == "true"
		}
		r.Private = r.Private || alwaysPrivate[r.Name]
	case discordgo.InteractionMessageComponent:
		r.Kind = KindComponent
		d, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			break
		}
		r.CustomID = d.CustomID
		r.Name, _, _ = strings.Cut(d.CustomID, "|")
		// A button edits the message it is on, which keeps its visibility.
		r.Private = i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral != 0
	}
	return r
}

func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}
