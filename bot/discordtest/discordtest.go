// Package discordtest is a fake Discord on loopback for tests: the REST API
// over httptest (recording every call) and the gateway over a gorilla
// websocket server, so a real discordgo session can connect to it through
// discord.base_url.
package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Call is one REST request the fake received.
type Call struct {
	Method string
	Path   string
	Auth   string // the Authorization header
	Body   []byte
}

// JSON decodes the call's body into v.
func (c Call) JSON(v any) error { return json.Unmarshal(c.Body, v) }

// Server is a fake Discord.
type Server struct {
	srv   *httptest.Server
	calls chan Call
	conns chan *Conn

	mu    sync.Mutex
	open  []*Conn
	close sync.Once
}

// New starts a fake Discord on 127.0.0.1.
func New() *Server {
	s := &Server{calls: make(chan Call, 256), conns: make(chan *Conn, 8)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", s.gatewayURL)
	mux.HandleFunc("GET /api/v9/gateway/bot", s.gatewayURL)
	mux.HandleFunc("/gateway/", s.upgrade)
	mux.HandleFunc("/api/v9/", s.rest)
	s.srv = httptest.NewServer(mux)
	return s
}

// URL is the base URL to give as discord.base_url.
func (s *Server) URL() string { return s.srv.URL }

// Close stops the server and drops every gateway connection.
func (s *Server) Close() {
	s.close.Do(func() {
		s.mu.Lock()
		for _, c := range s.open {
			c.ws.Close()
		}
		s.mu.Unlock()
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
}

func (s *Server) gatewayURL(w http.ResponseWriter, r *http.Request) {
	s.record(r)
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"url":%q,"shards":1,"session_start_limit":{"total":1000,"remaining":1000,"reset_after":0,"max_concurrency":1}}`,
		"ws"+strings.TrimPrefix(s.srv.URL, "http")+"/gateway")
}

// rest records a call and answers like Discord: 204 for interaction
// callbacks, the message for webhook edits, the list for command overwrites.
func (s *Server) rest(w http.ResponseWriter, r *http.Request) {
	body := s.record(r)
	w.Header().Set("Content-Type", "application/json")
	switch {
	case strings.HasSuffix(r.URL.Path, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/commands"):
		w.Write(body)
	case strings.Contains(r.URL.Path, "/webhooks/"):
		fmt.Fprint(w, `{"id":"900","channel_id":"8","content":""}`)
	default:
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"message":"404: Not Found","code":0}`)
	}
}

func (s *Server) record(r *http.Request) []byte {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	select {
	case s.calls <- Call{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Body: body}:
	default: // a test that does not read calls must not block the server
	}
	return body
}

// NextCall waits for the next REST call whose path contains substr.
func (s *Server) NextCall(ctx context.Context, substr string) (Call, error) {
	for {
		select {
		case c := <-s.calls:
			if strings.Contains(c.Path, substr) {
				return c, nil
			}
		case <-ctx.Done():
			return Call{}, fmt.Errorf("waiting for a call to %q: %w", substr, ctx.Err())
		}
	}
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) upgrade(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &Conn{ws: ws, in: make(chan Frame, 64), done: make(chan struct{})}
	s.mu.Lock()
	s.open = append(s.open, c)
	s.mu.Unlock()
	go c.read()
	s.conns <- c
}

// Accept waits for the next gateway connection.
func (s *Server) Accept(ctx context.Context) (*Conn, error) {
	select {
	case c := <-s.conns:
		return c, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for a gateway connection: %w", ctx.Err())
	}
}

// Frame is one gateway payload.
type Frame struct {
	Op   int             `json:"op"`
	D    json.RawMessage `json:"d"`
	S    int64           `json:"s,omitempty"`
	T    string          `json:"t,omitempty"`
	Text string          `json:"-"` // the raw frame, for assertions on secrets
}

// Conn is one gateway connection, seen from Discord's side. Heartbeats are
// acknowledged on their own; other frames wait in Next.
type Conn struct {
	ws   *websocket.Conn
	wmu  sync.Mutex
	in   chan Frame
	done chan struct{}
	seq  int64
}

func (c *Conn) read() {
	defer close(c.done)
	for {
		_, msg, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var f Frame
		if json.Unmarshal(msg, &f) != nil {
			continue
		}
		f.Text = string(msg)
		if f.Op == 1 { // heartbeat
			c.send(Frame{Op: 11})
			continue
		}
		select {
		case c.in <- f:
		default:
		}
	}
}

func (c *Conn) send(f Frame) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(f)
}

// Hello sends op 10 with a long heartbeat interval, so the test decides
// what happens.
func (c *Conn) Hello() error {
	return c.send(Frame{Op: 10, D: json.RawMessage(`{"heartbeat_interval":45000}`)})
}

// Next waits for the next frame that is not a heartbeat.
func (c *Conn) Next(ctx context.Context) (Frame, error) {
	select {
	case f := <-c.in:
		return f, nil
	case <-c.done:
		return Frame{}, errors.New("gateway connection closed")
	case <-ctx.Done():
		return Frame{}, fmt.Errorf("waiting for a gateway frame: %w", ctx.Err())
	}
}

// Dispatch sends an op 0 event with the next sequence number.
func (c *Conn) Dispatch(event string, data any) error {
	b, err := json.Marshal(data)
	if err != nil {
		return err
	}
	c.seq++
	return c.send(Frame{Op: 0, T: event, S: c.seq, D: b})
}

// DispatchRaw sends an op 0 event with a JSON payload as is.
func (c *Conn) DispatchRaw(event string, data []byte) error {
	c.seq++
	return c.send(Frame{Op: 0, T: event, S: c.seq, D: data})
}

// Seq is the last sequence number sent.
func (c *Conn) Seq() int64 { return c.seq }

// SetSeq continues a resumed session's numbering on a new connection.
func (c *Conn) SetSeq(n int64) { c.seq = n }

// Drop closes the socket without a close frame, as a network failure would.
func (c *Conn) Drop() { c.ws.Close() }

// CloseWith closes the socket with a close frame carrying code, as Discord
// does on a fatal error (4004 authentication failed, 4014 disallowed
// intents).
func (c *Conn) CloseWith(code int, text string) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	err := c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(5*time.Second))
	c.ws.Close()
	return err
}
