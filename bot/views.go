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

// The private views behind an answer's buttons, and how many items a page
// of each shows (each page stays well inside one embed).
const (
	viewSources  = "src"
	viewWordings = "wrd"
	viewWhy      = "why"

	sourcesPerView  = 15
	wordingsPerView = 4
	whyLinesPerView = 25
	maxWhyLines     = 400 // an explanation tree is small; this bounds a strange one
	maxLinkButtons  = 5
)

// AnswerComponents are the buttons under an answer: All sources, Other
// wordings and Why this answer (each opens a private, paged view), 👍 and
// 👎, and up to five "Read at <outlet>" links. The question travels in the
// custom id when it fits; otherwise the handler reads it from the embed's
// author line, which shows it.
func AnswerComponents(a corpus.Answer, cmd, q string) []discordgo.MessageComponent {
	var row []discordgo.MessageComponent
	if a.Found {
		if len(a.Sources) > 0 {
			row = append(row, discordgo.Button{Label: "All sources", Style: discordgo.SecondaryButton, CustomID: moreID(viewSources, cmd, 0, q)})
		}
		if len(wordings(a)) > 0 {
			row = append(row, discordgo.Button{Label: "Other wordings", Style: discordgo.SecondaryButton, CustomID: moreID(viewWordings, cmd, 0, q)})
		}
		row = append(row, discordgo.Button{Label: "Why this answer", Style: discordgo.SecondaryButton, CustomID: moreID(viewWhy, cmd, 0, q)})
	}
	row = append(row,
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: voteID("up", cmd, q)},
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: voteID("down", cmd, q)})
	comps := []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
	if links := linkButtons(a.Sources); len(links) > 0 {
		comps = append(comps, discordgo.ActionsRow{Components: links})
	}
	return comps
}

// linkButtons are "Read at <outlet>" for the first outlets with an
// address, one per outlet (its first article).
func linkButtons(srcs []corpus.Source) []discordgo.MessageComponent {
	var out []discordgo.MessageComponent
	seen := map[string]bool{}
	for _, s := range OrderSources(srcs) {
		name := unknownOutlet
		if known(s.Outlet) {
			name = OneLine(*s.Outlet)
		}
		if link("x", s.URL) == "x" || seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		out = append(out, discordgo.Button{Label: Truncate("Read at "+name, 80), Style: discordgo.LinkButton, URL: strings.TrimSpace(s.URL)})
		if len(out) == maxLinkButtons {
			break
		}
	}
	return out
}

// moreID is "more|VIEW|CMD|PAGE|QUESTION", the question left out when the
// whole would pass Discord's 100 characters.
func moreID(view, cmd string, page int, q string) string {
	head := "more|" + view + "|" + cmd + "|" + strconv.Itoa(page) + "|"
	return withQuestion(head, q)
}

// voteID is "vote|up|CMD|QUESTION" or "vote|down|…".
func voteID(vote, cmd, q string) string { return withQuestion("vote|"+vote+"|"+cmd+"|", q) }

func withQuestion(head, q string) string {
	if q = OneLine(q); Len(head+q) <= MaxCustomID {
		return head + q
	}
	return head
}

// questionOf is the question a button is about: from its id, else from the
// author line of the message it is on.
func questionOf(r *Request, fromID string) string {
	if q := strings.TrimSpace(fromID); q != "" {
		return q
	}
	if m := r.Interaction.Message; m != nil {
		for _, e := range m.Embeds {
			if e != nil && e.Author != nil && e.Author.Name != "" {
				return e.Author.Name
			}
		}
	}
	return ""
}

// More answers All sources, Other wordings and Why this answer, and their
// Previous/Next: the answer is asked again (from one engine view) and the
// view's page is shown privately. Pressed on the private view itself, it
// edits that view in place.
func (h *Handlers) More(ctx context.Context, r *Request) (Reply, error) {
	parts := strings.SplitN(r.CustomID, "|", 5)
	if len(parts) != 5 || (parts[2] != cmdAsk && parts[2] != cmdWhoSaid) {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button is out of date; ask again")
	}
	view, cmd := parts[1], parts[2]
	page, err := strconv.Atoi(parts[3])
	if err != nil || page < 0 || page > 10_000 {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button is out of date; ask again")
	}
	q := questionOf(r, parts[4])
	if q == "" {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button lost its question; ask again")
	}
	actx := ctx
	if view == viewWhy {
		actx = engine.WithExplain(ctx)
	}
	a, err := h.run(actx, r, cmd, q)
	if err != nil {
		return Reply{}, err
	}
	var (
		title string
		items []string
		per   int
	)
	switch view {
	case viewSources:
		srcs := OrderSources(a.Sources)
		title, items, per = fmt.Sprintf("All sources · %s, %s", plural(len(outlets(srcs)), "outlet"), plural(len(srcs), "article")), sourceLines(srcs), sourcesPerView
		if c := cites(srcs); c != "" {
			items = append(items, c)
		}
	case viewWordings:
		title, items, per = "Other wordings", wordings(a), wordingsPerView
	case viewWhy:
		title, items, per = "Why this answer", whyLines(a), whyLinesPerView
	default:
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button is out of date; ask again")
	}
	pages := max(1, (len(items)+per-1)/per)
	page = clamp(page, 0, pages-1)
	e := &discordgo.MessageEmbed{Title: title, Color: colorInfo, Author: questionAuthor(q)}
	shown := items[min(len(items), page*per):min(len(items), (page+1)*per)]
	switch {
	case !a.Found:
		e.Description = "The corpus no longer answers this question; ask again."
	case len(shown) == 0:
		e.Description = "Nothing to show."
	case view == viewWhy:
		e.Description = "```\n" + strings.ReplaceAll(strings.Join(shown, "\n"), "```", "'''") + "\n```"
	case view == viewWordings:
		e.Description = strings.Join(shown, "\n\n")
	default:
		e.Description = strings.Join(shown, "\n")
	}
	if pages > 1 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d", page+1, pages)}
	}
	rep := Reply{Embeds: one(Fit(e)), Ephemeral: true, Update: r.Private, Outcome: "ok"}
	if pages > 1 {
		rep.Components = navButtons(moreID(view, cmd, max(0, page-1), q), moreID(view, cmd, min(pages-1, page+1), q), page, pages)
	}
	return rep, nil
}

// wordings are the distinct wordings other than the answer's, each with
// the outlets that printed it.
func wordings(a corpus.Answer) []string {
	var order []string
	by := map[string][]string{}
	text := map[string]string{}
	for _, s := range OrderSources(a.Sources) {
		k := norm(s.Wording)
		if s.Wording == "" || k == norm(a.Quote) {
			continue
		}
		if _, ok := text[k]; !ok {
			order = append(order, k)
			text[k] = s.Wording
		}
		if o := outletName(s.Outlet); !contains(by[k], o) {
			by[k] = append(by[k], o)
		}
	}
	out := make([]string, 0, len(order))
	for _, k := range order {
		out = append(out, BlockQuote(CutSentence(text[k], 600))+"\n— "+strings.Join(by[k], ", "))
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// whyLines flattens the answer's score explanation, one indented line per
// part.
func whyLines(a corpus.Answer) []string {
	if a.Explain == nil {
		return []string{"No explanation was recorded for this answer."}
	}
	// The explanation names articles by file; a channel knows them by outlet.
	var pairs []string
	for _, s := range a.Sources {
		if s.File != "" {
			name := unknownOutlet + "'s"
			if known(s.Outlet) {
				name = "the " + OneLine(*s.Outlet)
			}
			pairs = append(pairs, `"`+s.File+`"`, name+" article", s.File, name+" article")
		}
	}
	files := strings.NewReplacer(pairs...)
	var out []string
	var walk func(e *corpus.Explanation, depth int)
	walk = func(e *corpus.Explanation, depth int) {
		if e == nil || len(out) >= maxWhyLines {
			return
		}
		msg := fileName.ReplaceAllString(files.Replace(OneLine(e.Message)), " an article")
		out = append(out, Truncate(fmt.Sprintf("%s%.3f %s", strings.Repeat("  ", min(depth, 8)), e.Value, msg), 150))
		for _, c := range e.Children {
			walk(c, depth+1)
		}
	}
	walk(a.Explain, 0)
	return out
}

// Vote is one 👍 or 👎 under an answer.
type Vote struct {
	Up       bool
	Command  string // "ask" or "whosaid"
	Question string
	Answer   string
}

// Vote records a 👍/👎 with the question and the answer it is about, and
// thanks the voter privately.
func (h *Handlers) Vote(ctx context.Context, r *Request) (Reply, error) {
	parts := strings.SplitN(r.CustomID, "|", 4)
	if len(parts) != 4 || (parts[1] != "up" && parts[1] != "down") {
		return Reply{}, corpus.Errorf(corpus.EINVALID, "this button is out of date")
	}
	v := Vote{Up: parts[1] == "up", Command: "ask", Question: questionOf(r, parts[3])}
	if parts[2] == cmdWhoSaid {
		v.Command = "whosaid"
	}
	if m := r.Interaction.Message; m != nil && len(m.Embeds) > 0 && m.Embeds[0] != nil {
		v.Answer = m.Embeds[0].Title
	}
	if h.Votes != nil {
		h.Votes(r, v)
	}
	thumb := "👍"
	if !v.Up {
		thumb = "👎"
	}
	return Reply{Content: "Thanks: your " + thumb + " is recorded with the question and the answer, so the newsroom can see what worked and what failed.",
		Ephemeral: true, Outcome: "ok"}, nil
}

// cutBytesAtWord shortens s to at most n bytes, at a space when there is
// one, never inside a rune.
func cutBytesAtWord(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.ToValidUTF8(s[:n], "")
	for len(cut) > 0 && cut[len(cut)-1]&0xC0 == 0x80 {
		cut = cut[:len(cut)-1]
	}
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimSpace(cut)
}
