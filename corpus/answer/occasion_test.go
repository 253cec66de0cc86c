package answer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// dock13 is an invented article that tells what Lund said in one
// sentence and where he said it in the next, and what Berg said at a
// rally of her own.
func dock13(t *testing.T) (*Answerer, int) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"At a union congress in Halden on Monday, Ann Berg called the levy unfair.\n\n"+
			"The port board did not reply, and Erik Lund described the dock plan as a sound bargain for Tromso. "+
			"“It pays for itself,” Lund told reporters aboard the Nordic Star as he sailed home to Bergen.\n\n"+
			"Berg praised the harbour pilots.\n")
	f.quote(art, "It pays for itself,", lund)
	f.fact(art, "The port board did not reply, and Erik Lund described the dock plan as a sound bargain for Tromso.", []int{lund})
	f.fact(art, "Berg praised the harbour pilots.", []int{berg})
	f.fact(art, "At a union congress in Halden on Monday, Ann Berg called the levy unfair.", []int{berg})
	return f.build(), art
}

func TestOccasionOfTheSpeakerNearTheSentence(t *testing.T) {
	a, _ := dock13(t)
	assertAnswers(t, a, []answerCase{
		{"the next sentence says where the one asked spoke", "where was lund when he described the dock plan as a bargain", "Nordic Star"},
	})
}

func TestOccasionNearIsBoundToTheSpeaker(t *testing.T) {
	a, art := dock13(t)
	text := a.c.Articles[art].Text
	doc := func(s string) index.Doc {
		i := strings.Index(text, s)
		require.GreaterOrEqual(t, i, 0)
		return index.Doc{Kind: index.KindFact, Article: int32(art), Span: corpus.Span{Start: i, End: i + len(s)}}
	}
	lund, _ := a.lookupRun("Erik Lund")
	berg, _ := a.lookupRun("Ann Berg")
	tests := []struct {
		name, sentence string
		who            string
		want           string
	}{
		{"the speaker's telling in the next sentence", "Erik Lund described the dock plan", "lund", "Nordic Star"},
		{"the lede's occasion, named before the verb", "Berg praised the harbour pilots.", "berg", "Halden"},
		{"another's speaking is no setting of the one asked", "Berg praised the harbour pilots.", "lund", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			who := lund
			if tt.who == "berg" {
				who = berg
			}
			assert.Equal(t, tt.want, a.occasionNear(doc(tt.sentence), who))
		})
	}
}
