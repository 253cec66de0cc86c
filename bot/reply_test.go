package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

// renderText draws a response as Discord lays it out, in plain text: the
// message text, the embed (author, title, description, fields, footer)
// and the buttons. The README shows this rendering.
func renderText(resp *discordgo.InteractionResponse) string {
	var b strings.Builder
	d := resp.Data
	if d.Content != "" {
		b.WriteString(d.Content + "\n")
	}
	for _, e := range d.Embeds {
		b.WriteString("┃ ")
		if e.Author != nil {
			b.WriteString(e.Author.Name + "\n┃ ")
		}
		b.WriteString("**" + e.Title + "**\n")
		for _, l := range strings.Split(e.Description, "\n") {
			if l != "" {
				b.WriteString("┃ " + l + "\n")
			}
		}
		for _, f := range e.Fields {
			b.WriteString("┃ **" + f.Name + "**\n")
			for _, l := range strings.Split(f.Value, "\n") {
				b.WriteString("┃ " + l + "\n")
			}
		}
		if e.Footer != nil {
			b.WriteString("┃ " + e.Footer.Text + "\n")
		}
	}
	for _, c := range d.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		var labels []string
		for _, x := range row.Components {
			bt := x.(discordgo.Button)
			l := bt.Label
			if bt.Emoji != nil {
				l = bt.Emoji.Name + l
			}
			if bt.URL != "" {
				l += " ↗"
			}
			labels = append(labels, "["+l+"]")
		}
		b.WriteString(strings.Join(labels, " ") + "\n")
	}
	return b.String()
}

func buttonsOf(resp *discordgo.InteractionResponse) map[string]discordgo.Button {
	out := map[string]discordgo.Button{}
	for _, c := range resp.Data.Components {
		for _, x := range c.(discordgo.ActionsRow).Components {
			bt := x.(discordgo.Button)
			k := bt.Label
			if bt.Emoji != nil {
				k = bt.Emoji.Name
			}
			out[k] = bt
		}
	}
	return out
}

// press builds a button interaction by user on msg (the message the button
// is on, as Discord sends it).
func press(customID, user string, msg *discordgo.Message) *discordgo.Interaction {
	return &discordgo.Interaction{ID: "2" + user, AppID: "4242", Type: discordgo.InteractionMessageComponent, Token: "tok-press",
		Member: &discordgo.Member{User: &discordgo.User{ID: user}}, Message: msg,
		Data: discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}}
}

func messageOf(resp *discordgo.InteractionResponse) *discordgo.Message {
	return &discordgo.Message{ID: "7000", Embeds: resp.Data.Embeds, Flags: resp.Data.Flags}
}

func witkoffEngine() *fakeEngine {
	a := func(ctx context.Context, q string) (corpus.Answer, error) {
		a := manySources()
		a.Question = q
		a.Explain = &corpus.Explanation{Value: 2.5, Message: `score of quote 6 of "000_x.txt"`, Children: []*corpus.Explanation{{Value: 1.5, Message: "words in common"},
			{Value: 1, Message: `fact 3 of "999_gone.txt"`}}}
		return a, nil
	}
	return &fakeEngine{AskFn: a, WhoSaidFn: a}
}

// ferryAnswer is an invented story, for the README's picture of a reply:
// seven outlets, one of them twice, one unknown, two wordings.
func ferryAnswer(q string) corpus.Answer {
	d := func(day int) corpus.Date { return corpus.Date{Year: 2026, Month: 3, Day: day} }
	quote := "The new timetable is a disgrace to every commuter on this island. We will fight it in the council and, if we must, in court. Nobody asked us."
	src := func(file, outlet, url string, day int, wording string, cites ...string) corpus.Source {
		s := corpus.Source{File: file, URL: url, Published: d(day), Wording: wording, Cites: cites}
		if outlet != "" {
			s.Outlet = strp(outlet)
		}
		return s
	}
	return corpus.Answer{Found: true, Question: q, Kind: "said", Answer: "Ada Quist", Speaker: "Ada Quist", Quote: quote, File: "f1.txt",
		Sources: []corpus.Source{
			src("f1.txt", "Island Courier", "https://courier.example/ferry-timetable", 3, quote, "Coast Wire"),
			src("f2.txt", "Harbour Post", "https://harbourpost.example/news/ferry", 3, quote, "Coast Wire"),
			src("f3.txt", "", "", 4, "The timetable is a disgrace to every commuter, and we will fight it.", "Coast Wire"),
			src("f4.txt", "Harbour Post", "https://harbourpost.example/news/ferry-2", 4, quote),
			src("f5.txt", "North Sound Radio", "https://nsr.example/a/1", 4, quote),
			src("f6.txt", "Coast Wire", "https://coastwire.example/ferry", 3, quote),
			src("f7.txt", "The Islander", "", 5, quote),
			src("f8.txt", "Ferry Weekly", "https://ferryweekly.example/quist", 6, quote),
		}}
}

func TestAnswerReplyGolden(t *testing.T) {
	b := testBot(&fakeEngine{AskFn: func(ctx context.Context, q string) (corpus.Answer, error) { return ferryAnswer(q), nil }})
	ferry := dispatch(t, b, commandInteraction("61", "ask", map[string]string{"question": "Who called the ferry timetable a disgrace?"}))
	golden(t, "reply_ask", ferry.Resp)
	goldenText(t, "reply_ask", renderText(ferry.Resp))
	fe := embedOf(t, ferry)
	assert.Contains(t, allText(fe), "• [Harbour Post](https://harbourpost.example/news/ferry), published March 3, 2026 and March 4, 2026 (2 articles)")
	assert.Contains(t, allText(fe), "and 2 more (All sources)\nCiting Coast Wire", "five outlets, then the rest, then the cited source once")
	assert.Len(t, buttonsOf(ferry.Resp), 5+5, "five buttons and five links")

	b = testBot(&fakeEngine{AskFn: func(ctx context.Context, q string) (corpus.Answer, error) { return witkoffAnswer(q), nil }})
	s := dispatch(t, b, loadInteraction(t, "ask.json"))

	assert.Equal(t, "**Steve Witkoff** · reported by 3 outlets", s.Resp.Data.Content, "a one-line summary as message text")
	e := embedOf(t, s)
	require.NotNil(t, e.Author)
	assert.Equal(t, "When did Witkoff and Ushakov speak?", e.Author.Name, "the question on top")
	assert.NotContains(t, s.JSON, ".txt", "no file name anywhere in the reply")
	bs := buttonsOf(s.Resp)
	for _, want := range []string{"All sources", "Other wordings", "Why this answer", "👍", "👎"} {
		assert.Contains(t, bs, want)
	}
	assert.Equal(t, "https://www.bloomberg.com/news/1", bs["Read at Bloomberg"].URL, "a link button per known address")
	assert.Equal(t, discordgo.LinkButton, bs["Read at Bloomberg"].Style)
}

func goldenText(t *testing.T, name, text string) {
	t.Helper()
	path := "testdata/" + name + ".golden.txt"
	if *update {
		require.NoError(t, writeFile(path, text))
	}
	want, err := readFile(path)
	require.NoError(t, err)
	assert.Equal(t, want, text)
}

func TestLinkButtonsAtMostFive(t *testing.T) {
	comps := AnswerComponents(manySources(), cmdAsk, "q")
	require.Len(t, comps, 2)
	links := comps[1].(discordgo.ActionsRow).Components
	assert.Len(t, links, maxLinkButtons)
	assert.Equal(t, "Read at Outlet number 0", links[0].(discordgo.Button).Label)
}

func TestMessageCommand(t *testing.T) {
	var asked []string
	eng := &fakeEngine{WhoSaidFn: func(ctx context.Context, q string) (corpus.Answer, error) {
		asked = append(asked, q)
		return witkoffAnswer(q), nil
	}}
	b := testBot(eng)
	s := dispatch(t, b, loadInteraction(t, "message_whosaid.json"))
	assert.Equal(t, []string{"did someone really call it a good call?"}, asked, "the text comes from resolved.messages")
	var m strings.Builder
	_, err := b.Metrics().WriteTo(&m)
	require.NoError(t, err)
	assert.Contains(t, m.String(), `factdesk_interactions_total{kind="command",command="who_said_this",outcome="ok"} 1`)
	assert.Equal(t, discordgo.InteractionResponseChannelMessageWithSource, s.Resp.Type)
	assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral, "private by default")
	assert.Equal(t, "did someone really call it a good call?", embedOf(t, s).Author.Name)

	t.Run("a message with no text", func(t *testing.T) {
		i := loadInteraction(t, "message_whosaid.json")
		d := i.Data.(discordgo.ApplicationCommandInteractionData)
		d.Resolved.Messages["6001"].Content = ""
		i.Data = d
		s := dispatch(t, testBot(eng), i)
		assert.Contains(t, embedOf(t, s).Description, "no text to look up")
		assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral)
	})
	t.Run("Ask factdesk asks the text as a question", func(t *testing.T) {
		var q string
		eng := &fakeEngine{AskFn: func(ctx context.Context, s string) (corpus.Answer, error) {
			q = s
			return corpus.Answer{Question: s}, nil
		}}
		i := loadInteraction(t, "message_whosaid.json")
		d := i.Data.(discordgo.ApplicationCommandInteractionData)
		d.Name = AskFactdesk
		i.Data = d
		dispatch(t, testBot(eng), i)
		assert.Equal(t, "did someone really call it a good call?", q)
	})
}

func TestAnswerButtons(t *testing.T) {
	b := testBot(witkoffEngine())
	pub := dispatch(t, b, loadInteraction(t, "ask.json"))
	bs := buttonsOf(pub.Resp)
	msg := messageOf(pub.Resp)

	tests := []struct {
		button   string
		title    string
		contains string
		pages    string
	}{
		{"All sources", "All sources · 60 outlets, 60 articles", "[Outlet number 14](", "Page 1 of 4"},
		{"Other wordings", "Other wordings", "wording 0 of a really good call", "Page 1 of 15"},
		{"Why this answer", "Why this answer", "2.500 score of quote 6 of the Outlet number 0 article\n  1.500 words in common\n  1.000 fact 3 of an article", ""},
	}
	for _, tc := range tests {
		t.Run(tc.button, func(t *testing.T) {
			s := dispatch(t, b, press(bs[tc.button].CustomID, "9001", msg))
			assert.Equal(t, discordgo.InteractionResponseChannelMessageWithSource, s.Resp.Type, "a new message")
			assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral, "private")
			e := embedOf(t, s)
			assert.Equal(t, tc.title, e.Title)
			assert.Contains(t, e.Description, tc.contains)
			assert.Equal(t, "When did Witkoff and Ushakov speak?", e.Author.Name)
			assert.NotContains(t, s.JSON, ".txt", "no file name in a view either")
			assertResponseFits(t, s)
			if tc.pages == "" {
				return
			}
			assert.Equal(t, tc.pages, e.Footer.Text)
			_, next := buttons(t, s.Resp.Data.Components)
			s2 := dispatch(t, b, press(next.CustomID, "9001", messageOf(s.Resp)))
			assert.Equal(t, discordgo.InteractionResponseUpdateMessage, s2.Resp.Type, "Next edits the private view in place")
			assert.Contains(t, embedOf(t, s2).Footer.Text, "Page 2 of")
		})
	}

	t.Run("a long question is read back from the author line", func(t *testing.T) {
		q := strings.Repeat("what did the harbour master say ", 5)
		id := moreID(viewSources, cmdAsk, 0, q)
		assert.Equal(t, "more|src|a|0|", id)
		m := &discordgo.Message{Embeds: []*discordgo.MessageEmbed{{Author: &discordgo.MessageEmbedAuthor{Name: OneLine(q)}}}}
		s := dispatch(t, b, press(id, "9001", m))
		assert.Equal(t, OneLine(q), embedOf(t, s).Author.Name)
	})
}

func TestFeedbackVotes(t *testing.T) {
	var logs strings.Builder
	eng := &fakeEngine{AskFn: func(ctx context.Context, q string) (corpus.Answer, error) { return witkoffAnswer(q), nil }}
	b := New(eng, DefaultConfig(), newTestLogger(&logs))
	pub := dispatch(t, b, loadInteraction(t, "ask.json"))
	bs := buttonsOf(pub.Resp)
	for _, v := range []string{"👍", "👎", "👎"} {
		s := dispatch(t, b, press(bs[v].CustomID, "9005", messageOf(pub.Resp)))
		assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral, "the thanks is private")
		assert.Contains(t, s.Resp.Data.Content, v)
	}
	assert.Contains(t, logs.String(), `msg=feedback`)
	assert.Contains(t, logs.String(), `vote=down command=ask question="When did Witkoff and Ushakov speak?" answer="Steve Witkoff"`)
	var m strings.Builder
	_, err := b.Metrics().WriteTo(&m)
	require.NoError(t, err)
	assert.Contains(t, m.String(), `factdesk_feedback_total{command="ask",vote="down"} 2`)
	assert.Contains(t, m.String(), `factdesk_feedback_total{command="ask",vote="up"} 1`)
}

// deleteRecorder records deletions.
type deleteRecorder struct{ n atomic.Int32 }

func (d *deleteRecorder) InteractionResponseDelete(i *discordgo.Interaction, _ ...discordgo.RequestOption) error {
	d.n.Add(1)
	return nil
}

func TestQuotesOnlyTheAskerPages(t *testing.T) {
	eng := &fakeEngine{QuotesFn: func(f engine.QuoteFilter) []corpus.Quote { return witkoffQuotes(12) }}
	b := testBot(eng)
	del := &deleteRecorder{}
	b.Dispatcher().Deleter = del
	pub := dispatch(t, b, loadInteraction(t, "quotes.json")) // asked by 9002
	bs := buttonsOf(pub.Resp)

	t.Run("the asker pages in place", func(t *testing.T) {
		s := dispatch(t, b, press(bs["Next"].CustomID, "9002", messageOf(pub.Resp)))
		assert.Equal(t, discordgo.InteractionResponseUpdateMessage, s.Resp.Type)
	})
	t.Run("anyone else gets a private copy to page", func(t *testing.T) {
		s := dispatch(t, b, press(bs["Next"].CustomID, "9999", messageOf(pub.Resp)))
		assert.Equal(t, discordgo.InteractionResponseChannelMessageWithSource, s.Resp.Type, "not an edit of the public reply")
		assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral)
		assert.Equal(t, "Page 2 of 3 · 12 quotations", embedOf(t, s).Footer.Text)
		copyButtons := buttonsOf(s.Resp)
		assert.NotContains(t, copyButtons, "Delete")
		st, err := ParsePageID(copyButtons["Next"].CustomID)
		require.NoError(t, err)
		assert.Equal(t, "9999", st.Owner, "the copy is theirs to page")
	})
	t.Run("only the asker deletes", func(t *testing.T) {
		s := dispatch(t, b, press(bs["Delete"].CustomID, "9999", messageOf(pub.Resp)))
		assert.Contains(t, s.Resp.Data.Content, "Only the person who asked")
		assert.Zero(t, del.n.Load())
		s = dispatch(t, b, press(bs["Delete"].CustomID, "9002", messageOf(pub.Resp)))
		assert.Equal(t, discordgo.InteractionResponseDeferredMessageUpdate, s.Resp.Type)
		assert.Equal(t, int32(1), del.n.Load(), "the reply is deleted")
	})
}

// viewEngine counts the views taken; each view answers alone, and the
// engine itself must not be read by a request.
type viewEngine struct {
	fakeEngine
	views atomic.Int32
}

func (v *viewEngine) View() Engine {
	v.views.Add(1)
	return &fakeEngine{QuotesFn: func(f engine.QuoteFilter) []corpus.Quote { return witkoffQuotes(12) },
		SourcesFn: func() []corpus.Source { return witkoffAnswer("").Sources }}
}

func TestOneEngineViewPerRequest(t *testing.T) {
	base := &viewEngine{}
	base.QuotesFn = func(engine.QuoteFilter) []corpus.Quote { panic("a request read the live engine") }
	base.SourcesFn = func() []corpus.Source { panic("a request read the live engine") }
	b := testBot(base)
	s := dispatch(t, b, loadInteraction(t, "quotes.json"))
	assert.Equal(t, "Quotations of Steve Witkoff", embedOf(t, s).Title)
	assert.Equal(t, int32(1), base.views.Load(), "one view for the Quotes and Sources calls of one page")
}

func TestSeedAnswersAreCompact(t *testing.T) {
	b := testBot(seedEngine(t))
	qs := seedQuestions(t)
	for n, q := range qs {
		if q.Command != "ask" && q.Command != "whosaid" {
			continue
		}
		t.Run(q.Command+" "+q.Q, func(t *testing.T) {
			opt := map[string]string{"question": q.Q}
			if q.Command == "whosaid" {
				opt = map[string]string{"quote": q.Q}
			}
			s := dispatch(t, b, commandInteraction(fmt.Sprint(n), q.Command, opt))
			e := embedOf(t, s)
			assert.LessOrEqual(t, EmbedLen(e), 1200, "about 1,200 characters of embed text at most")
			assert.NotContains(t, s.JSON, ".txt")
			assert.NotContains(t, allText(e), "unknown outlet", "Unknown outlet is capitalised")
		})
	}
}

// TestNoStateOutlivesInteractions answers 10,000 simulated interactions
// (slash commands and button presses, from a hundred users) through the
// whole bot and its REST path, and checks the heap does not keep them:
// discordgo's own REST path keeps a rate-limit bucket per callback URL.
func TestNoStateOutlivesInteractions(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("10,000 interactions, measured without the race detector")
	}
	s, err := discordgo.New("")
	require.NoError(t, err)
	s.Client = &http.Client{Transport: noContent{}}
	ws := wireSession{s}
	cfg := DefaultConfig()
	cfg.RateLimit.PerMinute, cfg.RateLimit.Burst = 1_000_000, 1_000_000 // on, as served, but every request answered
	b := New(witkoffEngine(), cfg, nil)
	b.Dispatcher().FollowUp, b.Dispatcher().Deleter = ws, ws
	pub := dispatch(t, testBot(witkoffEngine()), loadInteraction(t, "ask.json"))
	more := buttonsOf(pub.Resp)["All sources"].CustomID
	send := func(from, to int) {
		for n := from; n < to; n++ {
			var i *discordgo.Interaction
			if n%2 == 0 {
				i = commandInteraction(fmt.Sprint(1_000_000+n), "ask", map[string]string{"question": "who spoke?"})
			} else {
				i = press(more, "", messageOf(pub.Resp))
				i.ID = fmt.Sprint(1_000_000 + n)
			}
			i.Token = fmt.Sprintf("token-%064d", n)
			i.Member.User.ID = fmt.Sprint(5000 + n%100)
			b.Dispatcher().Dispatch(context.Background(), i, func(r *discordgo.InteractionResponse) error {
				return ws.InteractionRespond(i, r)
			})
		}
		b.Dispatcher().Wait()
	}
	send(0, 200) // warm up pools and the hundred users' buckets
	before := heap()
	send(200, 10_200)
	after := heap()
	growth := int64(after) - int64(before)
	t.Logf("heap after 10,000 interactions: %d bytes (%+d)", after, growth)
	assert.Less(t, growth, int64(512<<10), "no per-interaction state is kept")
}

func heap() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

type noContent struct{}

func (noContent) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		r.Body.Close()
	}
	return &http.Response{StatusCode: http.StatusNoContent, Body: http.NoBody, Header: http.Header{}, Request: r}, nil
}

func TestRESTRetriesStopAtTheDeadline(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`)
	}))
	defer srv.Close()
	s, err := discordgo.New("")
	require.NoError(t, err)
	ws := wireSession{s}

	tests := []struct {
		name      string
		retry     string
		timeout   time.Duration
		wantCalls int32
	}{
		{"a short wait within the deadline is retried, a bounded number of times", "0.05", time.Minute, maxTries},
		{"a wait past the deadline is not slept", "30", 200 * time.Millisecond, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			calls.Store(0)
			srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				w.WriteHeader(http.StatusTooManyRequests)
				fmt.Fprintf(w, `{"message":"You are being rate limited.","retry_after":%s}`, tc.retry)
			})
			ctx, cancel := context.WithTimeout(context.Background(), tc.timeout)
			defer cancel()
			_, err := ws.do(ctx, "POST", srv.URL+"/api/v9/interactions/1/tok/callback", []byte(`{}`))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "HTTP 429")
			assert.NotContains(t, err.Error(), "tok", "the interaction token stays out of errors")
			assert.Equal(t, tc.wantCalls, calls.Load())
		})
	}
}

func TestSlowButtonDefersTheRightMessage(t *testing.T) {
	slow := witkoffEngine()
	ask := slow.AskFn
	slow.AskFn = func(ctx context.Context, q string) (corpus.Answer, error) {
		time.Sleep(150 * time.Millisecond)
		return ask(ctx, q)
	}
	pub := dispatch(t, testBot(witkoffEngine()), loadInteraction(t, "ask.json"))
	bs := buttonsOf(pub.Resp)
	rec := &recorder{edits: make(chan *discordgo.WebhookEdit, 1)}
	b := deferringBot(slow, rec)

	s := dispatch(t, b, press(bs["All sources"].CustomID, "9001", messageOf(pub.Resp)))
	assert.Equal(t, discordgo.InteractionResponseDeferredChannelMessageWithSource, s.Resp.Type,
		"a view of a public answer is deferred as a new message, so the edit cannot replace the answer")
	assert.NotZero(t, s.Resp.Data.Flags&discordgo.MessageFlagsEphemeral)
	select {
	case e := <-rec.edits:
		require.Len(t, *e.Embeds, 1)
		assert.Contains(t, (*e.Embeds)[0].Title, "All sources")
	case <-time.After(waitLong):
		t.Fatal("no follow-up")
	}

	view := &discordgo.Message{Embeds: pub.Resp.Data.Embeds, Flags: discordgo.MessageFlagsEphemeral}
	s = dispatch(t, b, press(moreID(viewSources, cmdAsk, 1, "When did Witkoff and Ushakov speak?"), "9001", view))
	assert.Equal(t, discordgo.InteractionResponseDeferredMessageUpdate, s.Resp.Type, "paging the private view edits it")
	<-rec.edits
}

// lateDeleter answers 404 until the acknowledgement "arrives".
type lateDeleter struct{ n atomic.Int32 }

func (d *lateDeleter) InteractionResponseDelete(*discordgo.Interaction, ...discordgo.RequestOption) error {
	if d.n.Add(1) == 1 {
		return &StatusError{Code: http.StatusNotFound, Msg: "DELETE …: HTTP 404"}
	}
	return nil
}

func TestDeleteRetriesOnceWhenDiscordHasNotSeenTheAck(t *testing.T) {
	eng := &fakeEngine{QuotesFn: func(f engine.QuoteFilter) []corpus.Quote { return witkoffQuotes(3) }}
	b := testBot(eng)
	del := &lateDeleter{}
	b.Dispatcher().Deleter = del
	pub := dispatch(t, b, loadInteraction(t, "quotes.json"))
	dispatch(t, b, press(buttonsOf(pub.Resp)["Delete"].CustomID, "9002", messageOf(pub.Resp)))
	assert.Equal(t, int32(2), del.n.Load())
}
