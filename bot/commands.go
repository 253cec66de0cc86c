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
// a /quotes page's state, with its owner, fits in a 100-character button id.
const (
	maxQuestionLen = engine.MaxQuestion
	maxSpeakerLen  = 40
	maxAboutLen    = 30
)

// The message commands (type 3): right-click a message, Apps. Their names
// are what Discord shows, so they route by name too.
const (
	WhoSaidThis = "Who said this?"
	AskFactdesk = "Ask factdesk"
)

// Command is one entry of the command registry: what Discord is told
// (Def; installs and contexts are filled in by Commands) and the routes that
// serve it. Another file can add a command by appending to registry in an
// init function.
type Command struct {
	Def    *discordgo.ApplicationCommand
	Routes func(h *Handlers, rt *Router)
}

// registry lists factdesk's commands in the order Discord shows them.
var registry = []Command{
	{Def: &discordgo.ApplicationCommand{Name: "ask", Description: "Ask the news corpus a question: who said, when, how long, how many",
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question: who said what, when, how long, how many, did…",
				Required: true, MinLength: &minLen, MaxLength: maxQuestionLen},
			privateOption()}},
		Routes: func(h *Handlers, rt *Router) { rt.Handle(KindCommand, "ask", h.Ask) }},
	{Def: &discordgo.ApplicationCommand{Name: "whosaid", Description: "Find who said a quotation, remembered loosely",
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "quote", Description: "A few words of the quotation",
				Required: true, Autocomplete: true, MinLength: &minLen, MaxLength: maxQuestionLen},
			privateOption()}},
		Routes: func(h *Handlers, rt *Router) {
			rt.Handle(KindCommand, "whosaid", h.WhoSaid)
			rt.Handle(KindAutocomplete, "whosaid", h.CompleteQuote)
		}},
	{Def: &discordgo.ApplicationCommand{Name: "quotes", Description: "The quotations of a person",
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "speaker", Description: "A name, surname or misspelling",
				Required: true, Autocomplete: true, MinLength: &minLen, MaxLength: maxSpeakerLen},
			{Type: discordgo.ApplicationCommandOptionString, Name: "about", Description: "Only quotations about this topic",
				MaxLength: maxAboutLen},
			privateOption()}},
		Routes: func(h *Handlers, rt *Router) {
			rt.Handle(KindCommand, "quotes", h.Quotes)
			rt.Handle(KindAutocomplete, "quotes", h.CompleteSpeaker)
			rt.Handle(KindComponent, "quotes", h.QuotesPage)
			rt.Handle(KindComponent, "del", h.Delete)
		}},
	{Def: &discordgo.ApplicationCommand{Name: "sources", Description: "The articles in the corpus, by outlet and date",
		Options: []*discordgo.ApplicationCommandOption{privateOption()}},
		Routes: func(h *Handlers, rt *Router) {
			rt.Handle(KindCommand, "sources", h.Sources)
			rt.Handle(KindComponent, "sources", h.SourcesPage)
		}},
	{Def: &discordgo.ApplicationCommand{Name: "about", Description: "What factdesk is, the corpus size, how to add articles",
		Options: []*discordgo.ApplicationCommandOption{privateOption()}},
		Routes: func(h *Handlers, rt *Router) { rt.Handle(KindCommand, "about", h.About) }},
	{Def: &discordgo.ApplicationCommand{Name: WhoSaidThis, Type: discordgo.MessageApplicationCommand},
		Routes: func(h *Handlers, rt *Router) { rt.Handle(KindCommand, WhoSaidThis, h.WhoSaidMessage) }},
	{Def: &discordgo.ApplicationCommand{Name: AskFactdesk, Type: discordgo.MessageApplicationCommand},
		Routes: func(h *Handlers, rt *Router) { rt.Handle(KindCommand, AskFactdesk, h.AskMessage) }},
	// The buttons under answers: the rest of an answer, privately and
	// paged, and the feedback votes.
	{Routes: func(h *Handlers, rt *Router) {
		rt.Handle(KindComponent, "more", h.More)
		rt.Handle(KindComponent, "vote", h.Vote)
	}},
}

var minLen = 1

func privateOption() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private",
		Description: "Show the reply only to you"}
}

// Commands are the commands factdesk registers, each installable by a
// server and by a user (integration_types 0 and 1) and usable in servers,
// the bot's DMs and private channels (contexts 0, 1, 2): a reporter can use
// factdesk where the bot was never added.
func Commands() []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range registry {
		if c.Def == nil {
			continue
		}
		d := *c.Def
		installs := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall, discordgo.ApplicationIntegrationUserInstall}
		contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM, discordgo.InteractionContextPrivateChannel}
		d.IntegrationTypes, d.Contexts = &installs, &contexts
		out = append(out, &d)
	}
	return out
}

// Handlers are the command handlers over one engine.
type Handlers struct {
	Engine Engine
	// Votes receives the 👍/👎 feedback; nil drops it.
	Votes func(r *Request, v Vote)
}

// engine is the request's engine view (one snapshot for the whole
// request), or the handlers' engine when the dispatcher set none.
func (h *Handlers) engine(r *Request) Engine {
	if r != nil && r.Engine != nil {
		return r.Engine
	}
	return h.Engine
}

// Register adds every command, autocomplete and button route to rt.
func (h *Handlers) Register(rt *Router) {
	for _, c := range registry {
		if c.Routes != nil {
			c.Routes(h, rt)
		}
	}
}

// Ask answers /ask.
func (h *Handlers) Ask(ctx context.Context, r *Request) (Reply, error) {
	return h.answer(ctx, r, cmdAsk, r.Option("question"))
}

// WhoSaid answers /whosaid.
func (h *Handlers) WhoSaid(ctx context.Context, r *Request) (Reply, error) {
	return h.answer(ctx, r, cmdWhoSaid, r.Option("quote"))
}

// WhoSaidMessage answers the "Who said this?" message command about the
// text of the message it was used on (data.resolved.messages: no Message
// Content intent needed).
func (h *Handlers) WhoSaidMessage(ctx context.Context, r *Request) (Reply, error) {
	return h.messageCommand(ctx, r, cmdWhoSaid)
}

// AskMessage answers "Ask factdesk": the message's text as a question.
func (h *Handlers) AskMessage(ctx context.Context, r *Request) (Reply, error) {
	return h.messageCommand(ctx, r, cmdAsk)
}

func (h *Handlers) messageCommand(ctx context.Context, r *Request, cmd string) (Reply, error) {
	text := r.Option(optTarget)
	if text == "" {
		return Reply{Embeds: one(ErrorEmbed("That message has no text to look up (only attachments or embeds).")),
			Ephemeral: true, Outcome: "invalid"}, nil
	}
	// Engine questions are bounded; a long message is read up to a word.
	return h.answer(ctx, r, cmd, cutBytesAtWord(text, engine.MaxQuestion))
}

// Short names of the two answering commands in button ids.
const (
	cmdAsk     = "a"
	cmdWhoSaid = "w"
)

func (h *Handlers) run(ctx context.Context, r *Request, cmd, q string) (corpus.Answer, error) {
	if cmd == cmdWhoSaid {
		return h.engine(r).WhoSaid(ctx, q)
	}
	return h.engine(r).Ask(ctx, q)
}

func (h *Handlers) answer(ctx context.Context, r *Request, cmd, q string) (Reply, error) {
	a, err := h.run(ctx, r, cmd, q)
	if err != nil {
		return Reply{}, err
	}
	if a.Question == "" {
		a.Question = q
	}
	out := "ok"
	if !a.Found {
		out = "notfound"
	}
	return Reply{Content: Summary(a), Embeds: one(AnswerEmbed(a)), Components: AnswerComponents(a, cmd, q), Outcome: out}, nil
}

// Quotes answers /quotes with the first page.
func (h *Handlers) Quotes(ctx context.Context, r *Request) (Reply, error) {
	rep, err := h.quotesPage(r, PageState{Owner: r.UserID, Speaker: r.Option("speaker"), About: r.Option("about")}, r.Option("speaker"))
	rep.Update = false
	return rep, err
}

// QuotesPage answers a Previous/Next button: the page, the query and the
// asker live in the button's custom id, so it works after a restart and on
// any replica. Only the asker pages a public reply; anyone else gets a
// private copy of the page to page on their own.
func (h *Handlers) QuotesPage(ctx context.Context, r *Request) (Reply, error) {
	st, err := ParsePageID(r.CustomID)
	if err != nil {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button is out of date; run /quotes again")
	}
	if !r.Private && st.Owner != "" && st.Owner != r.UserID {
		st.Owner = r.UserID
		rep, err := h.quotesPage(r, st, st.Speaker)
		rep.Update, rep.Ephemeral = false, true
		rep.Components = stripDelete(rep.Components)
		return rep, err
	}
	return h.quotesPage(r, st, st.Speaker)
}

func (h *Handlers) quotesPage(r *Request, st PageState, typed string) (Reply, error) {
	if st.Speaker == "" {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "name a speaker")
	}
	eng := h.engine(r)
	qs := eng.Quotes(engine.QuoteFilter{Speaker: st.Speaker, About: st.About})
	name := ""
	if len(qs) > 0 && qs[0].Speaker != "" {
		name = qs[0].Speaker // the canonical name, so the buttons need no lookup
	}
	pages := Pages(len(qs))
	st.Page = clamp(st.Page, 0, pages-1)
	srcs := map[string]corpus.Source{}
	for _, s := range eng.Sources() {
		srcs[s.File] = s
	}
	v := QuotesView{Typed: typed, Speaker: name, About: st.About, Quotes: qs, Page: st.Page, Sources: srcs}
	if c, ok := eng.(corpusReader); ok {
		v.Sentence = sentenceAround(c.Corpus())
	}
	rep := Reply{Embeds: one(QuotesEmbed(v)), Outcome: "ok", Update: true}
	if len(qs) == 0 {
		rep.Outcome = "notfound"
		if sug := eng.Speakers(st.Speaker, 5); len(sug) > 0 {
			rep.Embeds[0].Fields = append(rep.Embeds[0].Fields, listFields("Did you mean", bullets(sug))...)
			Fit(rep.Embeds[0])
		}
	}
	var row []discordgo.MessageComponent
	if pages > 1 {
		if name != "" {
			st.Speaker = name
		}
		row = pageButtons(st, pages)
	}
	if !r.Private && st.Owner != "" {
		row = append(row, discordgo.Button{Label: "Delete", Style: discordgo.DangerButton, CustomID: "del|" + st.Owner})
	}
	if len(row) > 0 {
		rep.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
	}
	return rep, nil
}

// corpusReader is the engine's Corpus method, when it has one: the
// sentence around a short quotation comes from the article's text.
type corpusReader interface{ Corpus() *corpus.Corpus }

// maxContext bounds how far the sentence around a quotation is looked for.
const maxContext = 240

// sentenceAround returns the text before and after a quotation within its
// sentence, at most maxContext bytes each way.
func sentenceAround(c *corpus.Corpus) func(q corpus.Quote) (string, string) {
	return func(q corpus.Quote) (string, string) {
		if c == nil || q.Article < 0 || int(q.Article) >= len(c.Articles) {
			return "", ""
		}
		text := c.Articles[q.Article].Text
		st, en := q.Span().Start, q.Span().End
		if st < 0 || en > len(text) || st >= en {
			return "", ""
		}
		from := max(0, st-maxContext)
		for i := st - 1; i >= from; i-- {
			if text[i] == '\n' || (i+1 < st && strings.IndexByte(".!?", text[i]) >= 0 && text[i+1] == ' ') {
				from = i + 1
				break
			}
		}
		to := min(len(text), en+maxContext)
		for i := en; i < to; i++ {
			if text[i] == '\n' || (strings.IndexByte(".!?", text[i]) >= 0 && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n')) {
				to = i + 1
				if text[i] == '\n' {
					to = i
				}
				break
			}
		}
		before, after := strings.ToValidUTF8(text[from:st], ""), strings.ToValidUTF8(text[en:to], "")
		if from > 0 && text[from-1] != '\n' && !strings.ContainsAny(text[from-1:from], ".!?") {
			before = "…" + strings.TrimLeft(before, " ")
		}
		return strings.TrimLeft(before, " "), after
	}
}

// articleTitles are the articles' headlines by file.
func articleTitles(c *corpus.Corpus) map[string]string {
	if c == nil {
		return nil
	}
	out := make(map[string]string, len(c.Articles))
	for _, a := range c.Articles {
		if t := a.Title; t.Start >= 0 && t.End > t.Start && t.End <= len(a.Text) {
			out[a.File] = a.Text[t.Start:t.End]
		}
	}
	return out
}

// Delete removes a public /quotes reply; only its asker may.
func (h *Handlers) Delete(ctx context.Context, r *Request) (Reply, error) {
	_, owner, _ := strings.Cut(r.CustomID, "|")
	if owner == "" || owner != r.UserID {
		return Reply{Content: "Only the person who asked can delete this reply.", Ephemeral: true, Outcome: "invalid"}, nil
	}
	return Reply{Delete: true, Outcome: "ok"}, nil
}

func stripDelete(comps []discordgo.MessageComponent) []discordgo.MessageComponent {
	var out []discordgo.MessageComponent
	for _, c := range comps {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			out = append(out, c)
			continue
		}
		var keep []discordgo.MessageComponent
		for _, b := range row.Components {
			if bt, ok := b.(discordgo.Button); ok && strings.HasPrefix(bt.CustomID, "del|") {
				continue
			}
			keep = append(keep, b)
		}
		if len(keep) > 0 {
			out = append(out, discordgo.ActionsRow{Components: keep})
		}
	}
	return out
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
	Owner   string // the user who asked; "" for anyone
	Speaker string
	About   string
	Page    int
}

// ID encodes the state as a custom id of at most 100 characters:
// "quotes|PAGE|OWNER|SPEAKER|ABOUT", the owner's snowflake in base 36.
// '|' in names becomes '/', and a topic too long to fit is shortened (it
// only ranks).
func (s PageState) ID() string {
	clean := func(x string) string { return strings.ReplaceAll(OneLine(x), "|", "/") }
	head := "quotes|" + strconv.Itoa(s.Page) + "|" + packID(s.Owner) + "|"
	sp := cutRunes(clean(s.Speaker), MaxCustomID-Len(head)-1)
	id := head + sp + "|"
	return id + cutRunes(clean(s.About), MaxCustomID-Len(id))
}

// ParsePageID reads what PageState.ID writes.
func ParsePageID(id string) (PageState, error) {
	parts := strings.SplitN(id, "|", 5)
	if len(parts) != 5 || parts[0] != "quotes" {
		return PageState{}, fmt.Errorf("custom id %q: want quotes|PAGE|OWNER|SPEAKER|ABOUT", id)
	}
	p, err := strconv.Atoi(parts[1])
	if err != nil || p < 0 || p > 1_000_000 {
		return PageState{}, fmt.Errorf("custom id %q: bad page", id)
	}
	owner, ok := unpackID(parts[2])
	if !ok {
		return PageState{}, fmt.Errorf("custom id %q: bad owner", id)
	}
	if strings.TrimSpace(parts[3]) == "" {
		return PageState{}, fmt.Errorf("custom id %q: no speaker", id)
	}
	return PageState{Page: p, Owner: owner, Speaker: parts[3], About: parts[4]}, nil
}

// packID writes a snowflake in base 36 (13 characters at most instead of
// 20); anything that is not a snowflake is left out.
func packID(id string) string {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return ""
	}
	return strconv.FormatUint(n, 36)
}

func unpackID(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	n, err := strconv.ParseUint(s, 36, 64)
	if err != nil {
		return "", false
	}
	return strconv.FormatUint(n, 10), true
}

// pageButtons are Previous and Next for /quotes, disabled at the ends.
func pageButtons(s PageState, pages int) []discordgo.MessageComponent {
	prev, next := s, s
	prev.Page, next.Page = max(0, s.Page-1), min(pages-1, s.Page+1)
	return navRow(prev.ID(), next.ID(), s.Page, pages)
}

// navButtons is one row of Previous and Next. With two pages or more the
// two targets differ, so the ids do too, as Discord requires in a message.
func navButtons(prevID, nextID string, page, pages int) []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: navRow(prevID, nextID, page, pages)}}
}

func navRow(prevID, nextID string, page, pages int) []discordgo.MessageComponent {
	return []discordgo.MessageComponent{
		discordgo.Button{Label: "Previous", Style: discordgo.SecondaryButton, CustomID: prevID, Disabled: page <= 0},
		discordgo.Button{Label: "Next", Style: discordgo.SecondaryButton, CustomID: nextID, Disabled: page >= pages-1},
	}
}

// Sources answers /sources.
func (h *Handlers) Sources(ctx context.Context, r *Request) (Reply, error) {
	return h.sourcesPage(r, 0), nil
}

// SourcesPage answers the Previous/Next buttons of /sources; the page is in
// the custom id ("sources|PAGE").
func (h *Handlers) SourcesPage(ctx context.Context, r *Request) (Reply, error) {
	_, p, _ := strings.Cut(r.CustomID, "|")
	page, err := strconv.Atoi(p)
	if err != nil || page < 0 {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button is out of date; run /sources again")
	}
	return h.sourcesPage(r, page), nil
}

func (h *Handlers) sourcesPage(r *Request, page int) Reply {
	eng := h.engine(r)
	srcs := eng.Sources()
	pages := SourcePages(len(srcs))
	page = clamp(page, 0, pages-1)
	var titles map[string]string
	if c, ok := eng.(corpusReader); ok {
		titles = articleTitles(c.Corpus())
	}
	rep := Reply{Embeds: one(SourcesEmbed(srcs, page, titles)), Outcome: "ok", Update: true}
	if pages > 1 {
		id := func(p int) string { return "sources|" + strconv.Itoa(clamp(p, 0, pages-1)) }
		rep.Components = navButtons(id(page-1), id(page+1), page, pages)
	}
	return rep
}

// About answers /about.
func (h *Handlers) About(ctx context.Context, r *Request) (Reply, error) {
	return Reply{Embeds: []*discordgo.MessageEmbed{AboutEmbed(h.engine(r).Stats())}, Outcome: "ok"}, nil
}

// CompleteQuote offers quotations matching what is typed in /whosaid.
func (h *Handlers) CompleteQuote(ctx context.Context, r *Request) (Reply, error) {
	typed := r.Option(r.Focused)
	var choices []*discordgo.ApplicationCommandOptionChoice
	seen := map[string]bool{}
	for _, q := range h.engine(r).SuggestQuotes(typed, MaxChoices) {
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
	for _, n := range h.engine(r).Speakers(r.Option("speaker"), MaxChoices) {
		n = OneLine(n)
		if n == "" {
			continue
		}
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: Truncate(n, MaxChoiceName), Value: cutWords(n, MaxChoiceValue)})
	}
	return Reply{Choices: choices, Outcome: "ok"}, nil
}
