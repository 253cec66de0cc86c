package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// MaxSkew is how far a request's timestamp may be from the clock: older
// signed requests are refused, so a captured one cannot be replayed later.
const MaxSkew = 5 * time.Minute

// ParsePublicKey reads the application's public key in hex.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("want 64 hex digits")
	}
	return ed25519.PublicKey(b), nil
}

// Verify checks Discord's signature of an interactions request:
// ed25519 over timestamp+body, the timestamp within MaxSkew of now.
func Verify(pub ed25519.PublicKey, sigHex, timestamp string, body []byte, now time.Time) error {
	if sigHex == "" || timestamp == "" {
		return errors.New("missing X-Signature-Ed25519 or X-Signature-Timestamp")
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return errors.New("X-Signature-Ed25519: not a hex signature")
	}
	ts, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil {
		return errors.New("X-Signature-Timestamp: not a unix time")
	}
	if d := now.Sub(time.Unix(ts, 0)); d > MaxSkew || d < -MaxSkew {
		return fmt.Errorf("X-Signature-Timestamp: %s off the clock", d.Round(time.Second))
	}
	msg := make([]byte, 0, len(timestamp)+len(body))
	msg = append(append(msg, timestamp...), body...)
	if !ed25519.Verify(pub, msg, sig) {
		return errors.New("bad signature")
	}
	return nil
}

// InteractionsHandler serves POST /interactions: it verifies the request,
// answers PING with PONG, and otherwise returns the initial response as
// the HTTP response body. ctx is the server's life: follow-ups after a
// deferral outlive the request.
func (b *Bot) InteractionsHandler(ctx context.Context, pub ed25519.PublicKey, maxBody int64) http.Handler {
	if maxBody <= 0 {
		maxBody = 256 << 10
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read body", http.StatusBadRequest)
			return
		}
		if err := Verify(pub, r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp"), body, time.Now()); err != nil {
			b.log.Warn("rejected interaction request", "remote", r.RemoteAddr, "error", err.Error())
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			http.Error(w, "bad interaction", http.StatusBadRequest)
			return
		}
		sent := false // Dispatch calls this at most once, before it returns
		b.disp.Dispatch(ctx, &i, func(resp *discordgo.InteractionResponse) error {
			sent = true
			buf, err := Wire(resp)
			if err != nil {
				http.Error(w, "internal error", http.StatusInternalServerError)
				return err
			}
			w.Header().Set("Content-Type", "application/json")
			_, err = w.Write(buf)
			return err
		})
		if !sent {
			http.Error(w, "no response", http.StatusInternalServerError)
		}
	})
}
