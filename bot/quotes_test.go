package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

func TestSentenceAroundAShortFragment(t *testing.T) {
	text := "Talks resumed on Monday. The harbour master called the plan \"useless\" and left. Nobody followed.\nA new paragraph"
	c := &corpus.Corpus{Articles: []*corpus.Article{{File: "a.txt", Text: text}}}
	at := strings.Index(text, "useless")
	around := sentenceAround(c)
	tests := []struct {
		name          string
		q             corpus.Quote
		before, after string
	}{
		{"inside its sentence", corpus.Quote{Text: "useless"}.WithSpan(corpus.Span{Start: at, End: at + 7}),
			"The harbour master called the plan \"", "\" and left."},
		{"a span out of range gives nothing", corpus.Quote{Text: "x"}.WithSpan(corpus.Span{Start: 5, End: 500}), "", ""},
		{"an unknown article gives nothing", corpus.Quote{Article: 3, Text: "x"}.WithSpan(corpus.Span{Start: 0, End: 1}), "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, a := around(tc.q)
			assert.Equal(t, tc.before, b)
			assert.Equal(t, tc.after, a)
		})
	}
	e := QuotesEmbed(QuotesView{Typed: "Quist", Speaker: "Ada Quist", Quotes: []corpus.Quote{corpus.Quote{Text: "useless", Speaker: "Ada Quist"}.WithSpan(corpus.Span{Start: at, End: at + 7})},
		Sentence: around})
	assert.Equal(t, "> The harbour master called the plan \"**useless**\" and left.", e.Fields[0].Value, "the fragment is shown in bold inside its sentence")
}

func FuzzSentenceAround(f *testing.F) {
	f.Add("One. Two words here. Three.", 5, 9)
	f.Add("é\n\"x\"", 1, 3)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		c := &corpus.Corpus{Articles: []*corpus.Article{{Text: text}}}
		b, a := sentenceAround(c)(corpus.Quote{}.WithSpan(corpus.Span{Start: start, End: end}))
		if len(b) > maxContext+len("…") || len(a) > maxContext+1 {
			t.Fatalf("context past its bound: %d, %d", len(b), len(a))
		}
	})
}

func FuzzParsePageID(f *testing.F) {
	f.Add("quotes|1|6y2|Steve Witkoff|peace")
	f.Add("quotes|0||A|")
	f.Add("quotes|99|!!|x|y")
	f.Fuzz(func(t *testing.T, id string) {
		st, err := ParsePageID(id)
		if err != nil {
			return
		}
		again, err := ParsePageID(st.ID())
		if err != nil || Len(st.ID()) > MaxCustomID {
			t.Fatalf("%q parsed to %+v, whose id %q does not read back: %v", id, st, st.ID(), err)
		}
		if again.Owner != st.Owner || again.Page != st.Page {
			t.Fatalf("%q: %+v became %+v", id, st, again)
		}
	})
}

// FuzzButtonIDs presses buttons with forged custom ids: every one gets a
// reply within Discord's limits, and none panics.
func FuzzButtonIDs(f *testing.F) {
	for _, id := range []string{"more|src|a|0|who spoke?", "more|why|w|3|", "vote|up|a|q", "vote|down|w|", "del|9002",
		"quotes|1|6y2|Steve Witkoff|", "sources|2", "more|x|a|-1|q", "vote|sideways|a|q"} {
		f.Add(id, "9001")
	}
	b := New(witkoffEngine(), DefaultConfig(), nil)
	b.Dispatcher().Deleter = &deleteRecorder{}
	f.Fuzz(func(t *testing.T, id, user string) {
		var got int
		b.Dispatcher().Dispatch(context.Background(), press(id, user, nil), func(r *discordgo.InteractionResponse) error {
			got++
			if r.Data != nil {
				for _, e := range r.Data.Embeds {
					fits(t, e)
				}
			}
			_, err := Wire(r)
			return err
		})
		b.Dispatcher().Wait()
		if got != 1 {
			t.Fatalf("%q: %d responses", id, got)
		}
	})
}
