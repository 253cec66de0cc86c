// Package bot puts factdesk on Discord: slash commands over the gateway or
// an HTTP interactions endpoint. It is a thin adapter over the engine and
// could be replaced without touching corpus/.
//
// The pieces, in the order a request meets them:
//
//   - NewRequest reads a discordgo.Interaction into a Request.
//   - Router maps "command:ask", "autocomplete:quotes", "component:quotes"
//     to a HandlerFunc, through middleware: Observe (slog and metrics, and
//     errors into short replies), DeferWhenSlow (after 1.5 s, a deferral
//     and later an edit of the original response), Recover (a panic becomes
//     an error reply), RateLimit (a token bucket per user).
//   - Handlers (commands.go) return a Reply; they never send.
//   - Dispatcher injects the way out into the Request (respond once, follow
//     up) and sends the reply unless middleware already has.
//   - render.go turns answers into embeds: escaped, within every limit.
//
// RunGateway and RunHTTP are the two ways in; Register installs the
// commands. Engine is the small interface the bot needs from
// *engine.Engine, so tests use a fake.
package bot
