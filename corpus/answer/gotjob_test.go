package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGotPost: getting a post is read as being appointed to it, with the
// "did" that asks it made the passive's "was"; "got" with another object
// is left as typed.
func TestGotPost(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"who got the harbour master job after Lund", "who was appointed harbour master after Lund"},
		{"when did Berg land the Tarvik job", "when was Berg appointed Tarvik"},
		{"who landed the ferry board post", "who was appointed ferry board"},
		{"will she get the harbour master role", "will she be appointed harbour master"},
		{"when did she get the job", "when was she appointed"},
		{"who got the ferry contract", "who got the ferry contract"},
		{"how many votes did Berg get", "how many votes did Berg get"},
		{"who got the job done on the quay", "who got the job done on the quay"},
	} {
		assert.Equal(t, c.want, gotPost(c.q), c.q)
	}
}

// TestGotPostAnsweredByTheAppointment: "who got the job" is answered by
// the one a sentence says was appointed, and "when did X get the job" by
// the date of X's appointment.
func TestGotPostAnsweredByTheAppointment(t *testing.T) {
	f := newFixture(t)
	hired := "The Tarvik board appointed Ann Berg as its new harbour master on Friday."
	when := "Per Lund was appointed in April 2019 and ran the harbour for five years."
	art := f.article("a.txt", "Coast Wire", "2025-05-02", hired+"\n"+when+"\n")
	berg := f.person("Ann Berg", nil, "harbour master")
	lund := f.person("Per Lund", nil)
	f.fact(art, hired, []int{berg}, rel("on Friday"))
	f.fact(art, when, []int{lund}, date("April 2019", "2019-04"))
	a := f.build()
	got := a.Ask(context.Background(), "who got the harbour master job")
	assert.True(t, strings.HasPrefix(got.Answer, "Ann Berg"), got.Answer)
	got = a.Ask(context.Background(), "when did per lund get the harbour post")
	assert.Equal(t, "April 2019", got.Answer)
}
