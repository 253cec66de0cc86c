package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

// fakeEngine is a function-field fake (wtf's mock/ style): a test sets only
// the functions it needs; the others return nothing.
type fakeEngine struct {
	AskFn           func(ctx context.Context, q string) (corpus.Answer, error)
	WhoSaidFn       func(ctx context.Context, q string) (corpus.Answer, error)
	QuotesFn        func(f engine.QuoteFilter) []corpus.Quote
	SpeakersFn      func(typed string, n int) []string
	SuggestQuotesFn func(fragment string, n int) []corpus.Quote
	SourcesFn       func() []corpus.Source
	StatsFn         func() engine.Stats
}

var _ Engine = (*fakeEngine)(nil)

func (f *fakeEngine) Ask(ctx context.Context, q string) (corpus.Answer, error) {
	if f.AskFn == nil {
		return corpus.Answer{Question: q}, nil
	}
	return f.AskFn(ctx, q)
}

func (f *fakeEngine) WhoSaid(ctx context.Context, q string) (corpus.Answer, error) {
	if f.WhoSaidFn == nil {
		return corpus.Answer{Question: q, Kind: "whosaid"}, nil
	}
	return f.WhoSaidFn(ctx, q)
}

func (f *fakeEngine) Quotes(fl engine.QuoteFilter) []corpus.Quote {
	if f.QuotesFn == nil {
		return nil
	}
	return f.QuotesFn(fl)
}

func (f *fakeEngine) Speakers(typed string, n int) []string {
	if f.SpeakersFn == nil {
		return nil
	}
	return f.SpeakersFn(typed, n)
}

func (f *fakeEngine) SuggestQuotes(fragment string, n int) []corpus.Quote {
	if f.SuggestQuotesFn == nil {
		return nil
	}
	return f.SuggestQuotesFn(fragment, n)
}

func (f *fakeEngine) Sources() []corpus.Source {
	if f.SourcesFn == nil {
		return nil
	}
	return f.SourcesFn()
}

func (f *fakeEngine) Stats() engine.Stats {
	if f.StatsFn == nil {
		return engine.Stats{Name: "fake"}
	}
	return f.StatsFn()
}

func strp(s string) *string { return &s }

// witkoffAnswer is a found answer reported by three outlets, in two
// wordings.
func witkoffAnswer(q string) corpus.Answer {
	return corpus.Answer{Found: true, Question: q, Kind: "whosaid", Answer: "Steve Witkoff", Speaker: "Steve Witkoff",
		Quote: "I think it was a really good call", File: "001_a.txt", QuoteN: 3, FactN: -1,
		Sources: []corpus.Source{
			{File: "001_a.txt", Outlet: strp("Bloomberg"), URL: "https://www.bloomberg.com/news/1", Published: corpus.Date{Year: 2025, Month: 10, Day: 29},
				Wording: "I think it was a really good call"},
			{File: "002_b.txt", Outlet: strp("Meduza"), Published: corpus.Date{Year: 2025, Month: 10, Day: 30},
				Wording: "I think that was a really good call", Cites: []string{"Bloomberg"}},
			{File: "003_c.txt", Outlet: nil, Wording: "I think it was a really good call"},
		}}
}

func witkoffQuotes(n int) []corpus.Quote {
	qs := make([]corpus.Quote, n)
	for i := range qs {
		qs[i] = corpus.Quote{ID: int32(i), File: fmt.Sprintf("00%d_a.txt", i%5), Speaker: "Steve Witkoff",
			Text: fmt.Sprintf("Quotation number %d about the peace plan", i+1)}
	}
	return qs
}

// loadInteraction reads a recorded interaction payload from testdata.
func loadInteraction(t *testing.T, name string) *discordgo.Interaction {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	var i discordgo.Interaction
	require.NoError(t, json.Unmarshal(b, &i))
	return &i
}

// sent is what the dispatcher sent for one interaction.
type sent struct {
	Resp *discordgo.InteractionResponse
	JSON string // the response as it goes over the wire
}

// dispatch runs i through a bot over eng and returns the initial response.
func dispatch(t *testing.T, b *Bot, i *discordgo.Interaction) sent {
	t.Helper()
	var got []sent
	b.Dispatcher().Dispatch(context.Background(), i, func(r *discordgo.InteractionResponse) error {
		raw, err := Wire(r)
		require.NoError(t, err)
		got = append(got, sent{Resp: r, JSON: string(raw)})
		return nil
	})
	b.Dispatcher().Wait()
	require.Len(t, got, 1, "exactly one initial response")
	return got[0]
}

func testBot(eng Engine) *Bot {
	cfg := DefaultConfig()
	cfg.RateLimit.PerMinute = 0
	return New(eng, cfg, nil)
}

func embedOf(t *testing.T, s sent) *discordgo.MessageEmbed {
	t.Helper()
	require.NotNil(t, s.Resp.Data)
	require.Len(t, s.Resp.Data.Embeds, 1)
	return s.Resp.Data.Embeds[0]
}

func allText(e *discordgo.MessageEmbed) string {
	var b strings.Builder
	b.WriteString(e.Title + "\n" + e.Description + "\n")
	for _, f := range e.Fields {
		b.WriteString(f.Name + "\n" + f.Value + "\n")
	}
	if e.Footer != nil {
		b.WriteString(e.Footer.Text)
	}
	return b.String()
}

// recorder is a FollowUpper that records edits.
type recorder struct {
	edits chan *discordgo.WebhookEdit
}

func (r *recorder) InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	r.edits <- e
	return &discordgo.Message{}, nil
}

var _ FollowUpper = (*recorder)(nil)

const waitLong = 5 * time.Second
