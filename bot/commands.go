package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

// Option lengths: Discord caps string options at 6000; ours are shorter so
// a /quotes page's state fits in a 100-character button id.
const (
	maxQuestionLen = engine.MaxQuestion
	maxSpeakerLen  = 55
	maxAboutLen    = 30
)

// Commands are the slash commands factdesk registers.
func Commands() []*discordgo.ApplicationCommand {
	private := &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private",
		Description: "Show the reply only to you"}
	minLen := 1
	return []*discordgo.ApplicationCommand{
		{Name: "ask", Description: "Ask the news corpus a question: who said, when, how long, how many",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question, e.g. When did the strike end?",
					Required: true, MinLength: &minLen, MaxLength: maxQuestionLen},
				private}},
		{Name: "whosaid", Description: "Find who said a quotation, remembered loosely",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "quote", Description: "A few words of the quotation",
					Required: true, Autocomplete: true, MinLength: &minLen, MaxLength: maxQuestionLen},
				private}},
		{Name: "quotes", Description: "The quotations of a person",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "speaker", Description: "A name, surname or misspelling",
					Required: true, Autocomplete: true, MinLength: &minLen, MaxLength: maxSpeakerLen},
				{Type: discordgo.ApplicationCommandOptionString, Name: "about", Description: "Only quotations about this topic",
					MaxLength: maxAboutLen},
				private}},
		{Name: "sources", Description: "The articles in the corpus, by outlet and date",
			Options: []*discordgo.ApplicationCommandOption{private}},
		{Name: "about", Description: "What factdesk is, the corpus size, how to add articles",
			Options: []*discordgo.ApplicationCommandOption{private}},
	}
}

// Handlers are the command handlers over one engine.
type Handlers struct {
	Engine Engine
}

// Register adds every command, autocomplete and button route to rt.
func (h *Handlers) Register(rt *Router) {
	rt.Handle(KindCommand, "ask", h.Ask)
	rt.Handle(KindCommand, "whosaid", h.WhoSaid)
	rt.Handle(KindCommand, "quotes", h.Quotes)
	rt.Handle(KindCommand, "sources", h.Sources)
	rt.Handle(KindCommand, "about", h.About)
	rt.Handle(KindAutocomplete, "whosaid", h.CompleteQuote)
	rt.Handle(KindAutocomplete, "quotes", h.CompleteSpeaker)
	rt.Handle(KindComponent, "quotes", h.QuotesPage)
	rt.Handle(KindComponent, "sources", h.SourcesPage)
}

// Ask answers /ask.
func (h *Handlers) Ask(ctx context.Context, r *Request) (Reply, error) {
	a, err := h.Engine.Ask(ctx, r.Option("question"))
	if err != nil {
		return Reply{}, err
	}
	return answerReply(a), nil
}

// WhoSaid answers /whosaid.
func (h *Handlers) WhoSaid(ctx context.Context, r *Request) (Reply, error) {
	a, err := h.Engine.WhoSaid(ctx, r.Option("quote"))
	if err != nil {
		return Reply{}, err
	}
	return answerReply(a), nil
}

func answerReply(a corpus.Answer) Reply {
	out := "ok"
	if !a.Found {
		out = "notfound"
	}
	return Reply{Embeds: []*discordgo.MessageEmbed{AnswerEmbed(a)}, Outcome: out}
}

// Quotes answers /quotes with the first page.
func (h *Handlers) Quotes(ctx context.Context, r *Request) (Reply, error) {
	return h.quotesPage(r.Option("speaker"), r.Option("about"), 0)
}

// QuotesPage answers a Previous/Next button: the page and the query live
// in the button's custom id, so it works after a restart and on any replica.
func (h *Handlers) QuotesPage(ctx context.Context, r *Request) (Reply, error) {
	st, err := ParsePageID(r.CustomID)
	if err != nil {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button is out of date; run /quotes again")
	}
	return h.quotesPage(st.Speaker, st.About, st.Page)
}

func (h *Handlers) quotesPage(speaker, about string, page int) (Reply, error) {
	if speaker == "" {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "name a speaker")
	}
	qs := h.Engine.Quotes(engine.QuoteFilter{Speaker: speaker, About: about})
	name := speaker
	if len(qs) > 0 && qs[0].Speaker != "" {
		name = qs[0].Speaker // the canonical name, so the buttons need no lookup
	}
	pages := Pages(len(qs))
	page = clamp(page, 0, pages-1)
	srcs := map[string]corpus.Source{}
	for _, s := range h.Engine.Sources() {
		srcs[s.File] = s
	}
	rep := Reply{Embeds: []*discordgo.MessageEmbed{QuotesEmbed(name, about, qs, page, srcs)}, Outcome: "ok", Update: true}
	if len(qs) == 0 {
		rep.Outcome = "notfound"
		if sug := h.Engine.Speakers(speaker, 5); len(sug) > 0 {
			rep.Embeds[0].Fields = append(rep.Embeds[0].Fields, listFields("Did you mean", bullets(sug))...)
			Fit(rep.Embeds[0])
		}
	}
	if pages > 1 {
		rep.Components = pageButtons(PageState{Speaker: name, About: about, Page: page}, pages)
	}
	return rep, nil
}

func bullets(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = "• " + Escape(OneLine(x))
	}
	return out
}

// PageState is what a /quotes button remembers.
type PageState struct {
	Speaker string
	About   string
	Page    int
}

// ID encodes the state as a custom id of at most 100 characters:
// "quotes|PAGE|SPEAKER|ABOUT". '|' in names becomes '/', and a topic too
// long to fit is shortened (it only ranks).
func (s PageState) ID() string {
	clean := func(x string) string { return strings.ReplaceAll(OneLine(x), "|", "/") }
	head := "quotes|" + strconv.Itoa(s.Page) + "|"
	sp := cutRunes(clean(s.Speaker), MaxCustomID-Len(head)-1)
	id := head + sp + "|"
	return id + cutRunes(clean(s.About), MaxCustomID-Len(id))
}

// ParsePageID reads what PageState.ID writes.
func ParsePageID(id string) (PageState, error) {
	parts := strings.SplitN(id, "|", 4)
	if len(parts) != 4 || parts[0] != "quotes" {
		return PageState{}, fmt.Errorf("custom id %q: want quotes|PAGE|SPEAKER|ABOUT", id)
	}
	p, err := strconv.Atoi(parts[1])
	if err != nil || p < 0 || p > 1_000_000 {
		return PageState{}, fmt.Errorf("custom id %q: bad page", id)
	}
	if strings.TrimSpace(parts[2]) == "" {
		return PageState{}, fmt.Errorf("custom id %q: no speaker", id)
	}
	return PageState{Page: p, Speaker: parts[2], About: parts[3]}, nil
}

// pageButtons are Previous and Next for /quotes, disabled at the ends.
func pageButtons(s PageState, pages int) []discordgo.MessageComponent {
	prev, next := s, s
	prev.Page, next.Page = max(0, s.Page-1), min(pages-1, s.Page+1)
	return navButtons(prev.ID(), next.ID(), s.Page, pages)
}

// navButtons is one row of Previous and Next. With two pages or more the
// two targets differ, so the ids do too, as Discord requires in a message.
func navButtons(prevID, nextID string, page, pages int) []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Previous", Style: discordgo.SecondaryButton, CustomID: prevID, Disabled: page <= 0},
		discordgo.Button{Label: "Next", Style: discordgo.SecondaryButton, CustomID: nextID, Disabled: page >= pages-1},
	}}}
}

// Sources answers /sources.
func (h *Handlers) Sources(ctx context.Context, r *Request) (Reply, error) {
	return h.sourcesPage(0), nil
}

// SourcesPage answers the Previous/Next buttons of /sources; the page is in
// the custom id ("sources|PAGE").
func (h *Handlers) SourcesPage(ctx context.Context, r *Request) (Reply, error) {
	_, p, _ := strings.Cut(r.CustomID, "|")
	page, err := strconv.Atoi(p)
	if err != nil || page < 0 {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button is out of date; run /sources again")
	}
	return h.sourcesPage(page), nil
}

func (h *Handlers) sourcesPage(page int) Reply {
	srcs := h.Engine.Sources()
	pages := SourcePages(len(srcs))
	page = clamp(page, 0, pages-1)
	rep := Reply{Embeds: one(SourcesEmbed(srcs, page)), Outcome: "ok", Update: true}
	if pages > 1 {
		id := func(p int) string { return "sources|" + strconv.Itoa(clamp(p, 0, pages-1)) }
		rep.Components = navButtons(id(page-1), id(page+1), page, pages)
	}
	return rep
}

// About answers /about.
func (h *Handlers) About(ctx context.Context, r *Request) (Reply, error) {
	return Reply{Embeds: []*discordgo.MessageEmbed{AboutEmbed(h.Engine.Stats())}, Outcome: "ok"}, nil
}

// CompleteQuote offers quotations matching what is typed in /whosaid.
func (h *Handlers) CompleteQuote(ctx context.Context, r *Request) (Reply, error) {
	typed := r.Option(r.Focused)
	var choices []*discordgo.ApplicationCommandOptionChoice
	seen := map[string]bool{}
	for _, q := range h.Engine.SuggestQuotes(typed, MaxChoices) {
		// The value is what /whosaid receives: whole words, no ellipsis.
		val := cutWords(OneLine(q.Text), MaxChoiceValue)
		if val == "" || seen[val] {
			continue
		}
		seen[val] = true
		name := "“" + OneLine(q.Text) + "”"
		if q.Speaker != "" {
			name = Truncate(name, MaxChoiceName-Len(q.Speaker)-3) + " — " + q.Speaker
		}
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: Truncate(name, MaxChoiceName), Value: val})
		if len(choices) == MaxChoices {
			break
		}
	}
	return Reply{Choices: choices, Outcome: "ok"}, nil
}

// CompleteSpeaker offers speaker names for /quotes (sahilm/fuzzy, through
// the engine).
func (h *Handlers) CompleteSpeaker(ctx context.Context, r *Request) (Reply, error) {
	if r.Focused != "speaker" {
		return Reply{Choices: []*discordgo.ApplicationCommandOptionChoice{}, Outcome: "ok"}, nil
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	for _, n := range h.Engine.Speakers(r.Option("speaker"), MaxChoices) {
		n = OneLine(n)
		if n == "" {
			continue
		}
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: Truncate(n, MaxChoiceName), Value: cutWords(n, MaxChoiceValue)})
	}
	return Reply{Choices: choices, Outcome: "ok"}, nil
}
