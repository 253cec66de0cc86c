package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

func TestCommands(t *testing.T) {
	var asked []string
	eng := &fakeEngine{
		AskFn: func(ctx context.Context, q string) (corpus.Answer, error) {
			asked = append(asked, q)
			return witkoffAnswer(q), nil
		},
		WhoSaidFn: func(ctx context.Context, q string) (corpus.Answer, error) {
			asked = append(asked, q)
			return witkoffAnswer(q), nil
		},
		SourcesFn: func() []corpus.Source { return witkoffAnswer("").Sources },
		StatsFn: func() engine.Stats {
			return engine.Stats{Name: "embedded seeds", Articles: 5, Outlets: 4, Quotes: 40, Facts: 12, People: 9}
		},
	}
	b := testBot(eng)

	tests := []struct {
		file      string
		question  string
		title     string
		ephemeral bool
		contains  []string
	}{
		{file: "ask.json", question: "When did Witkoff and Ushakov speak?", title: "Steve Witkoff",
			contains: []string{"> I think it was a really good call", "[Bloomberg](https://www.bloomberg.com/news/1), published October 29, 2025",
				"Meduza, published October 30, 2025\n• Unknown outlet\nCiting Bloomberg"}},
		{file: "ask_private.json", question: "Who called Ushakov?", title: "Steve Witkoff", ephemeral: true},
		{file: "whosaid.json", question: "really good call", title: "Steve Witkoff",
			contains: []string{"Reported by 3 outlets"}},
		{file: "sources.json", title: "3 articles in the corpus",
			contains: []string{"Bloomberg", "published October 29, 2025 · [article](https://www.bloomberg.com/news/1)", "`002_b.txt`", "Unknown outlet\n• undated · `003_c.txt`"}},
		{file: "about.json", title: "About factdesk", ephemeral: true,
			contains: []string{"5 articles from 4 outlets, 40 quotations", "sources.yaml"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			asked = nil
			s := dispatch(t, b, loadInteraction(t, tc.file))
			assert.Equal(t, discordgo.InteractionResponseChannelMessageWithSource, s.Resp.Type)
			e := embedOf(t, s)
			assert.Equal(t, tc.title, e.Title)
			if tc.question != "" {
				assert.Equal(t, []string{tc.question}, asked, "the engine gets the user's text")
			}
			assert.Equal(t, tc.ephemeral, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0, "ephemeral")
			assert.Contains(t, s.JSON, `"allowed_mentions":{"parse":[]}`)
			for _, want := range tc.contains {
				assert.Contains(t, allText(e), want)
			}
			if tc.file != "sources.json" && tc.file != "about.json" {
				assert.NotContains(t, allText(e), ".txt", "no file name in an answer")
			}
		})
	}
}

func TestPrivateDefaultFromConfig(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Replies.Private = true
	b := New(&fakeEngine{}, cfg, nil)
	s := dispatch(t, b, loadInteraction(t, "whosaid.json"))
	assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral, "private by default")

	i := loadInteraction(t, "whosaid.json")
	d := i.Data.(discordgo.ApplicationCommandInteractionData)
	d.Options = append(d.Options, &discordgo.ApplicationCommandInteractionDataOption{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: false})
	i.Data = d
	s = dispatch(t, b, i)
	assert.Zero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral, "private:false wins over the default")
}

func TestNotFound(t *testing.T) {
	eng := &fakeEngine{WhoSaidFn: func(ctx context.Context, q string) (corpus.Answer, error) {
		return corpus.Answer{Question: q, Kind: "whosaid", Suggestions: []string{"Steve Witkoff: “a really good call”", "*Yuri* Ushakov",
			"The call took place on October 14. (003_9bbf0a362083fbb8.txt)"}}, nil
	}}
	s := dispatch(t, testBot(eng), loadInteraction(t, "whosaid_everyone.json"))
	e := embedOf(t, s)
	assert.Equal(t, "Not found in the corpus", e.Title)
	assert.Zero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral, "a not-found is a normal reply, not an error")
	assert.Contains(t, e.Description, `@everyone \*\*bold\*\* \<@&123\> \[x\](https://evil.example)`, "the question is escaped")
	require.Len(t, e.Fields, 1)
	assert.Equal(t, "Closest things it does know", e.Fields[0].Name)
	assert.Contains(t, e.Fields[0].Value, `\*Yuri\* Ushakov`)
	assert.Contains(t, e.Fields[0].Value, "• The call took place on October 14.", "a suggestion without its file name")
	assert.NotContains(t, s.JSON, ".txt")
	assert.Contains(t, s.JSON, `"allowed_mentions":{"parse":[]}`)
}

func TestEngineErrors(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
		hide string
	}{
		{"invalid input shows the engine's message", corpus.Errorf(corpus.EINVALID, "the question is empty"), "the question is empty", ""},
		{"internal errors show no detail", errors.New("index corrupt at /var/lib/secret"), "Something went wrong", "/var/lib/secret"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			eng := &fakeEngine{AskFn: func(ctx context.Context, q string) (corpus.Answer, error) { return corpus.Answer{}, tc.err }}
			s := dispatch(t, testBot(eng), loadInteraction(t, "ask.json"))
			e := embedOf(t, s)
			assert.Contains(t, e.Description, tc.want)
			if tc.hide != "" {
				assert.NotContains(t, s.JSON, tc.hide)
			}
			assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral, "errors only go to the asker")
		})
	}
}

func TestPanicBecomesErrorReply(t *testing.T) {
	eng := &fakeEngine{AskFn: func(ctx context.Context, q string) (corpus.Answer, error) { panic("boom") }}
	var logs strings.Builder
	b := New(eng, DefaultConfig(), newTestLogger(&logs))
	s := dispatch(t, b, loadInteraction(t, "ask.json"))
	assert.Equal(t, "Sorry, that did not work", embedOf(t, s).Title)
	assert.Contains(t, logs.String(), "outcome=panic")
	assert.Contains(t, logs.String(), "panic: boom")
	assert.NotContains(t, s.JSON, "boom")
}

func TestAutocomplete(t *testing.T) {
	long := strings.Repeat("a very long quotation that goes on ", 10)
	var gotTyped []string
	eng := &fakeEngine{
		SuggestQuotesFn: func(fragment string, n int) []corpus.Quote {
			gotTyped = append(gotTyped, fragment)
			var qs []corpus.Quote
			for i := range 40 { // more than Discord allows
				qs = append(qs, corpus.Quote{Text: fmt.Sprintf("%d %s", i, long), Speaker: "Kirill Dmitriev"})
			}
			return qs[:min(n, len(qs))]
		},
		SpeakersFn: func(typed string, n int) []string {
			gotTyped = append(gotTyped, typed)
			return []string{"Yuri Ushakov", strings.Repeat("Z", 150)}
		},
	}
	b := testBot(eng)
	tests := []struct {
		file   string
		typed  string
		first  string
		nWant  int
		prefix string
	}{
		{file: "whosaid_autocomplete.json", typed: "good ca", nWant: MaxChoices, prefix: "“0 a very long quotation"},
		{file: "quotes_autocomplete.json", typed: "ushk", nWant: 2, first: "Yuri Ushakov"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			gotTyped = nil
			s := dispatch(t, b, loadInteraction(t, tc.file))
			assert.Equal(t, discordgo.InteractionApplicationCommandAutocompleteResult, s.Resp.Type)
			assert.Equal(t, []string{tc.typed}, gotTyped)
			ch := s.Resp.Data.Choices
			require.Len(t, ch, tc.nWant)
			for _, c := range ch {
				assert.LessOrEqual(t, Len(c.Name), MaxChoiceName, c.Name)
				assert.NotEmpty(t, c.Name)
				v, ok := c.Value.(string)
				require.True(t, ok)
				assert.LessOrEqual(t, Len(v), MaxChoiceValue, v)
				assert.NotContains(t, v, "…", "the value is read back as the fragment: no ellipsis")
			}
			if tc.first != "" {
				assert.Equal(t, tc.first, ch[0].Name)
			}
			if tc.prefix != "" {
				assert.True(t, strings.HasPrefix(ch[0].Name, tc.prefix), ch[0].Name)
				assert.True(t, strings.HasSuffix(ch[0].Name, "— Kirill Dmitriev"), "the speaker stays visible: %s", ch[0].Name)
			}
		})
	}
}

// buttons returns the Previous and Next buttons of a reply.
func buttons(t *testing.T, comps []discordgo.MessageComponent) (prev, next discordgo.Button) {
	t.Helper()
	require.Len(t, comps, 1)
	row, ok := comps[0].(discordgo.ActionsRow)
	require.True(t, ok)
	require.GreaterOrEqual(t, len(row.Components), 2)
	prev, ok1 := row.Components[0].(discordgo.Button)
	next, ok2 := row.Components[1].(discordgo.Button)
	require.True(t, ok1 && ok2)
	return prev, next
}

func TestQuotesPagination(t *testing.T) {
	var filters []engine.QuoteFilter
	eng := &fakeEngine{QuotesFn: func(f engine.QuoteFilter) []corpus.Quote {
		filters = append(filters, f)
		return witkoffQuotes(12) // three pages of five
	}}
	b := testBot(eng)

	t.Run("first page", func(t *testing.T) {
		s := dispatch(t, b, loadInteraction(t, "quotes.json"))
		assert.Equal(t, discordgo.InteractionResponseChannelMessageWithSource, s.Resp.Type)
		assert.Equal(t, engine.QuoteFilter{Speaker: "witkof"}, filters[len(filters)-1], "the typed name goes to the engine")
		e := embedOf(t, s)
		assert.Equal(t, "Quotations of Steve Witkoff", e.Title)
		require.Len(t, e.Fields, QuotesPerPage)
		assert.Contains(t, e.Fields[0].Value, "Quotation number 1 about")
		assert.Equal(t, "Page 1 of 3 · 12 quotations", e.Footer.Text)
		prev, next := buttons(t, s.Resp.Data.Components)
		assert.True(t, prev.Disabled, "no page before the first")
		assert.False(t, next.Disabled)
		st, err := ParsePageID(next.CustomID)
		require.NoError(t, err)
		assert.Equal(t, PageState{Owner: "9002", Speaker: "Steve Witkoff", Page: 1}, st, "Next carries the asker, the canonical name and page 2")
		assert.Equal(t, "“witkof” matched **Steve Witkoff**.", e.Description, "a fuzzy match is said, not silent")
	})

	t.Run("Next edits the message to page two", func(t *testing.T) {
		s := dispatch(t, b, loadInteraction(t, "quotes_next.json"))
		assert.Equal(t, discordgo.InteractionResponseUpdateMessage, s.Resp.Type, "a button edits its message")
		assert.Equal(t, "Steve Witkoff", filters[len(filters)-1].Speaker, "the state comes from the custom id alone")
		e := embedOf(t, s)
		assert.Contains(t, e.Fields[0].Value, "Quotation number 6 about")
		prev, next := buttons(t, s.Resp.Data.Components)
		assert.False(t, prev.Disabled)
		assert.False(t, next.Disabled)
		assert.NotEqual(t, prev.CustomID, next.CustomID)
	})

	t.Run("last page disables Next", func(t *testing.T) {
		i := loadInteraction(t, "quotes_next.json")
		i.Data = discordgo.MessageComponentInteractionData{CustomID: PageState{Owner: "9002", Speaker: "Steve Witkoff", Page: 2}.ID(), ComponentType: discordgo.ButtonComponent}
		s := dispatch(t, b, i)
		e := embedOf(t, s)
		require.Len(t, e.Fields, 2)
		assert.Contains(t, e.Fields[1].Value, "Quotation number 12 about")
		assert.Equal(t, "Page 3 of 3 · 12 quotations", e.Footer.Text)
		prev, next := buttons(t, s.Resp.Data.Components)
		assert.False(t, prev.Disabled)
		assert.True(t, next.Disabled)
	})

	t.Run("a page past the end shows the last page", func(t *testing.T) {
		i := loadInteraction(t, "quotes_next.json")
		i.Data = discordgo.MessageComponentInteractionData{CustomID: "quotes|99|6y2|Steve Witkoff|", ComponentType: discordgo.ButtonComponent}
		s := dispatch(t, b, i)
		assert.Equal(t, "Page 3 of 3 · 12 quotations", embedOf(t, s).Footer.Text)
	})

	t.Run("a forged custom id gets an error only the clicker sees", func(t *testing.T) {
		i := loadInteraction(t, "quotes_next.json")
		i.Data = discordgo.MessageComponentInteractionData{CustomID: "quotes|x|", ComponentType: discordgo.ButtonComponent}
		s := dispatch(t, b, i)
		assert.Equal(t, discordgo.InteractionResponseChannelMessageWithSource, s.Resp.Type)
		assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral)
		assert.Contains(t, embedOf(t, s).Description, "out of date")
	})
}

func TestSourcesPagination(t *testing.T) {
	var srcs []corpus.Source
	for i := range 50 { // three pages
		srcs = append(srcs, corpus.Source{File: fmt.Sprintf("%03d_x.txt", i), Outlet: strp(fmt.Sprintf("Outlet %02d", i/10)),
			URL: fmt.Sprintf("https://news.example/a-rather-long-address/%d", i), Published: corpus.Date{Year: 2025, Month: 11, Day: 1 + i%28}})
	}
	b := testBot(&fakeEngine{SourcesFn: func() []corpus.Source { return srcs }})
	s := dispatch(t, b, loadInteraction(t, "sources.json"))
	e := embedOf(t, s)
	assert.Equal(t, "50 articles in the corpus", e.Title)
	assert.Equal(t, "Page 1 of 3 · articles 1–20", e.Footer.Text)
	assert.Contains(t, allText(e), "[article](https://news.example/a-rather-long-address/19)")
	assert.NotContains(t, allText(e), "/20)")
	assert.NotContains(t, allText(e), ".txt", "an article with an address is linked, not named by its file")
	prev, next := buttons(t, s.Resp.Data.Components)
	assert.True(t, prev.Disabled)
	assert.Equal(t, "sources|1", next.CustomID)

	i := loadInteraction(t, "quotes_next.json")
	i.Data = discordgo.MessageComponentInteractionData{CustomID: "sources|2", ComponentType: discordgo.ButtonComponent}
	s = dispatch(t, b, i)
	assert.Equal(t, discordgo.InteractionResponseUpdateMessage, s.Resp.Type)
	e = embedOf(t, s)
	assert.Equal(t, "Page 3 of 3 · articles 41–50", e.Footer.Text)
	assert.Contains(t, allText(e), "address/49)")
	assertFits(t, e)
	prev, next = buttons(t, s.Resp.Data.Components)
	assert.False(t, prev.Disabled)
	assert.True(t, next.Disabled)
}

func TestQuotesOnePageHasOnlyDelete(t *testing.T) {
	eng := &fakeEngine{QuotesFn: func(f engine.QuoteFilter) []corpus.Quote { return witkoffQuotes(3) }}
	s := dispatch(t, testBot(eng), loadInteraction(t, "quotes.json"))
	require.Len(t, s.Resp.Data.Components, 1)
	row := s.Resp.Data.Components[0].(discordgo.ActionsRow)
	require.Len(t, row.Components, 1)
	assert.Equal(t, "Delete", row.Components[0].(discordgo.Button).Label)
	assert.Equal(t, "Page 1 of 1 · 3 quotations", embedOf(t, s).Footer.Text)
	assert.Len(t, embedOf(t, s).Fields, 3)
}

func TestQuotesUnknownSpeaker(t *testing.T) {
	eng := &fakeEngine{SpeakersFn: func(typed string, n int) []string { return []string{"Steve Witkoff"} }}
	s := dispatch(t, testBot(eng), loadInteraction(t, "quotes.json"))
	e := embedOf(t, s)
	assert.Contains(t, e.Description, "No quotation of “witkof”")
	require.NotEmpty(t, e.Fields)
	assert.Equal(t, "Did you mean", e.Fields[0].Name)
	assert.Contains(t, e.Fields[0].Value, "Steve Witkoff")
}

func TestPageID(t *testing.T) {
	tests := []struct {
		name string
		in   PageState
		want PageState
	}{
		{"plain", PageState{Speaker: "Yuri Ushakov", About: "the call", Page: 3}, PageState{Speaker: "Yuri Ushakov", About: "the call", Page: 3}},
		{"with its asker", PageState{Owner: "18446744073709551615", Speaker: "Yuri Ushakov", Page: 1}, PageState{Owner: "18446744073709551615", Speaker: "Yuri Ushakov", Page: 1}},
		{"bars are replaced", PageState{Speaker: "A|B", About: "x|y", Page: 0}, PageState{Speaker: "A/B", About: "x/y"}},
		{"long topic is shortened to fit", PageState{Speaker: "Steve Witkoff", About: strings.Repeat("ü", 200), Page: 12},
			PageState{Speaker: "Steve Witkoff", About: strings.Repeat("ü", 100-len("quotes|12||Steve Witkoff|")), Page: 12}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id := tc.in.ID()
			assert.LessOrEqual(t, Len(id), MaxCustomID)
			got, err := ParsePageID(id)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	for _, bad := range []string{"", "quotes", "quotes|1|", "quotes|1||A", "quotes|-1||A|", "quotes|a||A|", "quotes|1|!!|A|", "other|1||A|"} {
		_, err := ParsePageID(bad)
		assert.Error(t, err, bad)
	}
}

func TestUnknownCommand(t *testing.T) {
	i := loadInteraction(t, "ask.json")
	d := i.Data.(discordgo.ApplicationCommandInteractionData)
	d.Name = "frobnicate"
	i.Data = d
	s := dispatch(t, testBot(&fakeEngine{}), i)
	assert.Contains(t, s.Resp.Data.Content, "does not know that command")
	assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral)
}

func TestCommandDefinitions(t *testing.T) {
	cmds := Commands()
	names := map[string]*discordgo.ApplicationCommand{}
	for _, c := range cmds {
		names[c.Name] = c
		assert.Equal(t, []discordgo.ApplicationIntegrationType{0, 1}, *c.IntegrationTypes, "%s: installable by a server and a user", c.Name)
		assert.Equal(t, []discordgo.InteractionContextType{0, 1, 2}, *c.Contexts, "%s: in servers, DMs and private channels", c.Name)
		if c.Type == discordgo.MessageApplicationCommand {
			assert.Empty(t, c.Description, "a message command has no description")
			assert.Empty(t, c.Options)
			continue
		}
		assert.LessOrEqual(t, len(c.Description), 100, c.Name)
		var hasPrivate bool
		for _, o := range c.Options {
			assert.LessOrEqual(t, len(o.Description), 100, o.Name)
			if o.Name == "private" {
				hasPrivate = o.Type == discordgo.ApplicationCommandOptionBoolean && !o.Required
			}
		}
		assert.True(t, hasPrivate, "%s takes an optional private flag", c.Name)
	}
	assert.ElementsMatch(t, []string{"ask", "whosaid", "quotes", "sources", "about", WhoSaidThis, AskFactdesk}, keys(names))
	assert.True(t, names["whosaid"].Options[0].Autocomplete)
	assert.True(t, names["quotes"].Options[0].Autocomplete)
	// The state of a /quotes page must fit in a button id even at the
	// longest speaker and topic the options accept.
	long := PageState{Owner: "18446744073709551615", Speaker: strings.Repeat("x", maxSpeakerLen), About: strings.Repeat("y", maxAboutLen), Page: 99999}
	got, err := ParsePageID(long.ID())
	require.NoError(t, err)
	assert.Equal(t, long, got)
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
