// Package bot puts factdesk on Discord: slash commands over the gateway or
// an HTTP interactions endpoint. It is a thin adapter over the engine and
// could be replaced without touching corpus/.
package bot
