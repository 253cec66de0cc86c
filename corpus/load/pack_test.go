package load

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// inside reports whether s's bytes lie within t's.
func inside(s, t string) bool {
	if s == "" || t == "" {
		return false
	}
	p, q := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(t)))
	return p >= q && p+uintptr(len(s)) <= q+uintptr(len(t))
}

func TestRehomeCutsTheSameBytesFromTheCopy(t *testing.T) {
	from := "Harbour Gazette reports on the port"
	to := string([]byte(from)) // a copy at another address
	for _, tc := range []struct {
		name, s string
		moved   bool
	}{
		{"a part of the text", from[0:15], true},
		{"its end", from[len(from)-4:], true},
		{"another string", string([]byte("Harbour Gazette")), false},
		{"empty", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rehome(tc.s, from, to)
			assert.Equal(t, tc.s, got)
			assert.Equal(t, tc.moved, inside(got, to))
		})
	}
}

func TestPackArticlesKeepsTextsInOneArray(t *testing.T) {
	a := Parse("001_port.txt", "Port talks stall\n\nThe harbour board said on Monday that talks had stalled.\n")
	b := Parse("002_port.txt", "Second day\n\nTalks resumed.\n")
	texts := []string{a.Text, b.Text}
	arts := []*corpus.Article{a, b}
	packArticles(arts)
	for i, art := range arts {
		assert.Equal(t, texts[i], art.Text)
		assert.False(t, inside(art.Text, texts[i]), "a copy, not the parsed string")
	}
	end := uintptr(unsafe.Pointer(unsafe.StringData(arts[0].Text))) + uintptr(len(arts[0].Text))
	assert.Equal(t, end, uintptr(unsafe.Pointer(unsafe.StringData(arts[1].Text))), "one array, in order")
	assert.Equal(t, []string{"001_port.txt", "002_port.txt"}, []string{arts[0].File, arts[1].File})
}
