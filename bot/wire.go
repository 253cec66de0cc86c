package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// discordgo writes MessageAllowedMentions with "replied_user":false; the
// wire form is exactly {"parse":[]}: nothing may ping. Quotation marks in
// user text are escaped in JSON, so this byte sequence cannot come from a
// string value.
var (
	gotMentions  = []byte(`"allowed_mentions":{"parse":[],"replied_user":false}`)
	wantMentions = []byte(`"allowed_mentions":{"parse":[]}`)
)

// Wire is the JSON Discord receives for resp: allowed_mentions exactly
// {"parse":[]}, and an autocomplete result as its choices alone (an empty
// list included, which discordgo would leave out).
func Wire(resp *discordgo.InteractionResponse) ([]byte, error) {
	if resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		choices := []*discordgo.ApplicationCommandOptionChoice{}
		if resp.Data != nil && resp.Data.Choices != nil {
			choices = resp.Data.Choices
		}
		return json.Marshal(struct {
			Type discordgo.InteractionResponseType `json:"type"`
			Data struct {
				Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
			} `json:"data"`
		}{Type: resp.Type, Data: struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		}{choices}})
	}
	b, err := json.Marshal(resp)
	if err != nil {
		return nil, err
	}
	return bytes.ReplaceAll(b, gotMentions, wantMentions), nil
}

// WireEdit is the JSON of a follow-up edit, with the same mentions rule.
func WireEdit(e *discordgo.WebhookEdit) ([]byte, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	return bytes.ReplaceAll(b, gotMentions, wantMentions), nil
}

// wireSession sends interaction responses, edits and deletions with a
// discordgo session's HTTP client and base URL, in the wire form above,
// but not through discordgo's REST path: that path keeps a rate-limit
// bucket per callback URL (one per interaction, never freed) and sleeps
// on a 429 past any deadline. Interaction callbacks carry their own token
// and have no shared bucket to respect, so here each request goes out with
// its context, and a 429 is retried only while the wait ends before the
// context's deadline.
type wireSession struct{ s *discordgo.Session }

var (
	_ Responder   = wireSession{}
	_ FollowUpper = wireSession{}
	_ Deleter     = wireSession{}
)

// InitialResponseDeadline is how long Discord waits for an interaction's
// first response.
const InitialResponseDeadline = 3 * time.Second

// maxTries bounds the attempts at one REST call (the first and retries).
const maxTries = 3

func (w wireSession) InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error {
	body, err := Wire(resp)
	if err != nil {
		return err
	}
	_, err = w.do(requestContext(options), "POST", discordgo.EndpointInteractionResponse(i.ID, i.Token), body)
	return err
}

func (w wireSession) InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error) {
	body, err := WireEdit(e)
	if err != nil {
		return nil, err
	}
	resp, err := w.do(requestContext(options), "PATCH", discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original"), body)
	if err != nil {
		return nil, err
	}
	var m discordgo.Message
	if len(resp) > 0 {
		if err := json.Unmarshal(resp, &m); err != nil {
			return nil, err
		}
	}
	return &m, nil
}

func (w wireSession) InteractionResponseDelete(i *discordgo.Interaction, options ...discordgo.RequestOption) error {
	_, err := w.do(requestContext(options), "DELETE", discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original"), nil)
	return err
}

// requestContext reads the context a caller passed with
// discordgo.WithContext; without one, a request still ends within the
// interaction token's life.
func requestContext(options []discordgo.RequestOption) context.Context {
	req, _ := http.NewRequest("GET", "http://localhost/", nil)
	cfg := &discordgo.RequestConfig{Request: req}
	for _, o := range options {
		o(cfg)
	}
	return cfg.Request.Context()
}

// do sends one REST call. It retries a 429 or a 502 at most maxTries
// times, and only when the wait Discord asks for ends before ctx's
// deadline; it never sleeps past ctx.
func (w wireSession) do(ctx context.Context, method, url string, body []byte) ([]byte, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, 15*time.Minute) // an interaction token's life
		defer cancel()
	}
	client := w.s.Client
	if client == nil {
		client = http.DefaultClient
	}
	for try := 1; ; try++ {
		var rd io.Reader
		if body != nil {
			rd = bytes.NewReader(body)
		}
		req, err := http.NewRequestWithContext(ctx, method, url, rd)
		if err != nil {
			return nil, err
		}
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		req.Header.Set("User-Agent", w.s.UserAgent)
		if w.s.Token != "" {
			// Not needed by Discord on interaction callbacks, but it names the
			// bot to a REST proxy; the client's transport adds "Bot ".
			req.Header.Set("Authorization", w.s.Token)
		}
		resp, err := client.Do(req)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", method, endpointName(url), err)
		}
		data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		resp.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", method, endpointName(url), err)
		}
		if resp.StatusCode < 300 {
			return data, nil
		}
		wait := time.Duration(-1)
		switch resp.StatusCode {
		case http.StatusTooManyRequests:
			wait = retryAfter(resp.Header, data)
		case http.StatusBadGateway:
			wait = 100 * time.Millisecond
		}
		dl, _ := ctx.Deadline()
		if wait < 0 || try >= maxTries || time.Now().Add(wait).After(dl) {
			return nil, &StatusError{Code: resp.StatusCode, Msg: fmt.Sprintf("%s %s: HTTP %d (tried %d times; the interaction's deadline allows no more)",
				method, endpointName(url), resp.StatusCode, try)}
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%s %s: %w", method, endpointName(url), ctx.Err())
		case <-t.C:
		}
	}
}

// StatusError is Discord's answer to a REST call that did not succeed.
type StatusError struct {
	Code int // the HTTP status
	Msg  string
}

func (e *StatusError) Error() string { return e.Msg }

// retryAfter is the wait a 429 asks for: the JSON body's retry_after
// (seconds, fractional) or the Retry-After header.
func retryAfter(h http.Header, body []byte) time.Duration {
	var v struct {
		RetryAfter float64 `json:"retry_after"`
	}
	if json.Unmarshal(body, &v) == nil && v.RetryAfter > 0 {
		return time.Duration(v.RetryAfter * float64(time.Second))
	}
	if s, err := strconv.ParseFloat(h.Get("Retry-After"), 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	return time.Second
}

// endpointName is a URL without its interaction token, for errors and logs.
func endpointName(url string) string {
	if i := strings.Index(url, "/interactions/"); i >= 0 {
		return url[:i] + "/interactions/…"
	}
	if i := strings.Index(url, "/webhooks/"); i >= 0 {
		return url[:i] + "/webhooks/…"
	}
	return url
}
