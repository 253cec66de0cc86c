package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSupportVerb: a verb that only carries the act of the noun after it
// ("give the interview") is no word to match; one that gives something
// to someone is.
func TestSupportVerb(t *testing.T) {
	for _, c := range []struct {
		name, q, verb string
		light         bool
	}{
		{"give an interview", "who did Holm give the long radio interview to", "give", true},
		{"holding a rally", "where was Holm holding his rally on Friday", "holding", true},
		{"give someone something", "how many days off does the port give new staff", "give", false},
		{"give a thing", "who did Holm give the boat to", "give", false},
		{"any form of the verb", "which paper does Holm say he gives the interview to", "gives", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			qu := Parse(c.q)
			for i, w := range qu.Words {
				if w.Fold == c.verb {
					assert.Equal(t, c.light, qu.Light(i))
				}
			}
		})
	}
}

// TestInterviewGivenTo: "who did X give the interview to" is answered by
// the sentence that writes "in an interview with" the person, though it
// has no "give".
func TestInterviewGivenTo(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Per Holm", []string{"Holm"})
	berg := f.person("Ann Berg", []string{"Berg"})
	sentence := "In a long interview with the harbour paper's political editor, Ann Berg, Holm admitted the ferry deal was rushed."
	other := "The port will give each ferry crew a bonus in June."
	art := f.article("a.txt", "Fjord Wire", "2025-02-02", sentence+"\n"+other+"\n")
	f.mentionAll(holm, art, "Holm")
	f.mentionAll(berg, art, "Ann Berg")
	f.fact(art, sentence, []int{holm, berg})
	f.fact(art, other, nil)
	got := f.build().Ask(context.Background(), "who did holm give the long interview to")
	assert.True(t, got.Found)
	assert.Equal(t, "Ann Berg", got.Answer)
}
