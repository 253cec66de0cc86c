// Package bot puts factdesk on Discord: slash commands over the gateway or
// an HTTP interactions endpoint. It is a thin adapter over the engine and
// could be replaced without touching corpus/.
//
// The pieces, in the order a request meets them:
//
//   - NewRequest reads a discordgo.Interaction into a Request (a message
//     command's text from data.resolved.messages); the Dispatcher gives it
//     one engine view (engine.View), so a request reads one corpus.
//   - Router maps "command:ask", "autocomplete:quotes", "component:quotes"
//     to a HandlerFunc, through middleware: Observe (slog and metrics, and
//     errors into short replies), DeferWhenSlow (after 1.5 s, a deferral
//     and later an edit of the original response), Recover (a panic becomes
//     an error reply), RateLimit (a token bucket per user).
//   - Handlers (commands.go, views.go) return a Reply; they never send.
//     The command registry in commands.go pairs each command's definition
//     with its routes; the buttons keep their state in their custom ids.
//   - Dispatcher injects the way out into the Request (respond once, follow
//     up) and sends the reply unless middleware already has.
//   - render.go turns answers into compact embeds: escaped, within every
//     limit, no file names.
//   - wire.go sends responses, edits and deletions within the interaction's
//     deadline, keeping nothing per interaction.
//
// RunGateway and RunHTTP are the two ways in; Register installs the
// commands. Engine is the small interface the bot needs from
// *engine.Engine, so tests use a fake.
package bot
