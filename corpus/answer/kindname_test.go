package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKindName: the name a sentence gives a thing of the kind asked ends
// with the kind, in any form, and holds a word the question does not.
func TestKindName(t *testing.T) {
	qu := Parse("what airline did Holm fly for out of Tarvik")
	for _, c := range []struct{ name, text, kind, want string }{
		{"the kind ends the name", "Holm flew for Trans Fjord Airlines for a decade.", "airline", "Trans Fjord Airlines"},
		{"an article before the name", "She prayed at The Brekke Free Church on Sundays.", "church", "Brekke Free Church"},
		{"the kind alone", "Holm, an airline pilot, retired early.", "airline", ""},
		{"only the question's own words", "Holm left Tarvik Airline after the merger.", "airline", ""},
		{"an adjective opening the sentence", "Local airline staff met Holm at dawn.", "airline", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, kindName(c.text, c.kind, qu))
		})
	}
}

// TestWhatKindAnsweredByItsName: "what airline" is answered by the
// airline's name, not by the words after the question's last word.
func TestWhatKindAnsweredByItsName(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Per Holm", []string{"Holm"})
	text := "Per Holm, a cheerful airline pilot with a knack for card tricks, joked with the crew.\n" +
		"Holm later left the family shipyard to work as a pilot for Trans Fjord Airlines.\n"
	art := f.article("a.txt", "Fjord Wire", "2025-02-02", text)
	f.mentionAll(holm, art, "Holm")
	f.fact(art, "Per Holm, a cheerful airline pilot with a knack for card tricks, joked with the crew.", []int{holm})
	f.fact(art, "Holm later left the family shipyard to work as a pilot for Trans Fjord Airlines.", []int{holm})
	got := f.build().Ask(context.Background(), "what airline did per holm work for")
	assert.True(t, got.Found)
	assert.Equal(t, "Trans Fjord Airlines", got.Answer)
}

// TestPreferKindNamed: a candidate that names the thing asked goes first
// when it matched about as well as the first; not when it matched much
// worse, nor when it cannot answer by itself.
func TestPreferKindNamed(t *testing.T) {
	for _, c := range []struct {
		name  string
		cands []candidate
		want  string
	}{
		{"about as well", []candidate{{line: "with a knack", score: 10}, {line: "Trans Fjord Airlines", score: 9, kindNamed: true}}, "Trans Fjord Airlines"},
		{"much worse", []candidate{{line: "with a knack", score: 10}, {line: "Trans Fjord Airlines", score: 5, kindNamed: true}}, "with a knack"},
		{"weak", []candidate{{line: "with a knack", score: 10}, {line: "Trans Fjord Airlines", score: 9, kindNamed: true, weak: true}}, "with a knack"},
	} {
		t.Run(c.name, func(t *testing.T) {
			preferKindNamed(c.cands)
			assert.Equal(t, c.want, c.cands[0].line)
		})
	}
}
