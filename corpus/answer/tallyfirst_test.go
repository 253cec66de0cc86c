package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTallyFirst: a tally noun typed first, a preposition after it, asks
// what the tally was; other questions are left as typed.
func TestTallyFirst(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"score in the cup final", "what was the score in the cup final"},
		{"final score v larvik?", "what was the final score v larvik?"},
		{"the result in her first game as coach", "what was the result in her first game as coach"},
		{"vote tally on the harbour levy", "vote tally on the harbour levy"},
		{"what was the score in the cup final", "what was the score in the cup final"},
		{"score?", "score?"},
		{"cup final - score in it", "cup final - score in it"},
	} {
		assert.Equal(t, c.want, tallyFirst(c.q), c.q)
	}
}

// TestBareScoreAnswered: "score in X's last game v Y", typed with no
// question word, gives the score, as "what was the score …" does.
func TestBareScoreAnswered(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	text := "Berg's last game in charge of Halden ended in a 2-1 defeat to Larvik on Sunday.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(berg, a, "Berg")
	f.fact(a, "Berg's last game in charge of Halden ended in a 2-1 defeat to Larvik on Sunday.", []int{berg},
		counted("2-1", "2-1", "score"))
	checkAsks(t, f.build(), []askCase{
		{"a bare score", "score in bergs last game v larvik", "2-1"},
		{"a bare result", "result in berg's last game?", "2-1"},
		{"asked in full, as before", "what was the score in berg's last game", "2-1"},
	})
}
