package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// mentionAll records every place the article writes text as a mention of
// person id, as the person stage would.
func (f *fixture) mentionAll(id, art int, text string) {
	t := f.c.Articles[art].Text
	for at := 0; ; {
		i := indexFrom(t, text, at)
		if i < 0 {
			return
		}
		f.c.People[id].Mentions = append(f.c.People[id].Mentions, corpus.NewMention(art, corpus.Span{Start: i, End: i + len(text)}))
		at = i + len(text)
	}
}

func indexFrom(s, sub string, at int) int {
	for i := at; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestAWordUsedMostlyOtherwiseNamesNoOne(t *testing.T) {
	f := newFixture(t)
	pike := f.person("Ola Pike", []string{"Pike"})
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"Ola Pike signed the ferry deal on Monday.\n"+
			"Ann Berg said the deal was good for the port.\n"+
			"The deal runs for ten years.\n"+
			"A second deal covers the night crossings.\n"+
			"Union members voted on the deal in June.\n"+
			"Berg will review the deal next year.\n"+
			"Critics called the deal rushed.\n"+
			"The council backed the deal.\n"+
			"Nobody has seen the deal in full.\n")
	f.mentionAll(pike, art, "Ola Pike")
	f.mentionAll(berg, art, "Ann Berg")
	f.mentionAll(berg, art, "Berg")
	f.fact(art, "Ola Pike signed the ferry deal on Monday.", []int{pike})
	f.fact(art, "Ann Berg said the deal was good for the port.", []int{berg})
	f.fact(art, "The deal runs for ten years.", nil)
	f.fact(art, "A second deal covers the night crossings.", nil)
	f.fact(art, "Union members voted on the deal in June.", nil)
	f.fact(art, "Berg will review the deal next year.", []int{berg})
	f.fact(art, "Critics called the deal rushed.", nil)
	f.fact(art, "The council backed the deal.", nil)
	f.fact(art, "Nobody has seen the deal in full.", nil)
	// A Mr Deal the articles name once, as a large corpus holds many.
	deal := f.person("Tor Deal", []string{"Deal"})
	f.c.People[deal].Mentions = append(f.c.People[deal].Mentions, corpus.NewMention(art, corpus.Span{Start: 0, End: 3}))
	a := f.build()
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a common word, far more often written than the one it might name", "who signed the ferry deal", nil},
		{"with an article too", "how long does the deal run", nil},
		{"a name is kept", "did berg sign the deal", []string{"Ann Berg"}},
		{"a name written as often as its bearer is mentioned", "when will pike sign", []string{"Ola Pike"}},
	}
	assertPeopleFound(t, a, tests)
	got := a.Ask(context.Background(), "who signed the ferry deal")
	if foundAsWanted(t, got, true) {
		assert.Equal(t, "Ola Pike", got.Answer, "the sentence need not name a Mr Deal")
	}
}
