package bot

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

// Embed colours: found, not found, a problem.
const (
	colorFound    = 0x2b8a3e
	colorNotFound = 0x868e96
	colorError    = 0xc92a2a
	colorInfo     = 0x1c7ed6
)

// MaxListed is how many outlets a compact answer lists before "and N
// more"; the All sources button shows the rest.
const MaxListed = 5

// maxQuoteShown bounds the quotation of a compact answer; it is cut at a
// sentence boundary before it.
const maxQuoteShown = 320

// AnswerEmbed renders an answer compactly: the question as the author
// line, the answer as title, the quotation cut at a sentence, at most
// MaxListed outlets with their publication dates, cited sources once, and
// no file name. The rest is behind the buttons of AnswerComponents.
func AnswerEmbed(a corpus.Answer) *discordgo.MessageEmbed {
	if !a.Found {
		e := NotFoundEmbed(a)
		e.Author = questionAuthor(a.Question)
		return Fit(e)
	}
	e := &discordgo.MessageEmbed{Title: Escape(OneLine(a.Answer)), Color: colorFound, Author: questionAuthor(a.Question)}
	if e.Title == "" {
		e.Title = "Found"
	}
	var desc []string
	if a.Kind == "when" && a.Answer != "" {
		// The answer is when it happened; the dates below are when it was reported.
		desc = append(desc, "**Event date:** "+Escape(OneLine(a.Answer)))
	}
	if a.Quote != "" {
		// The comma before a closing quotation mark belongs to the
		// sentence around it, not to the words.
		desc = append(desc, BlockQuote(strings.TrimRight(CutSentence(a.Quote, maxQuoteShown), ",;: ")))
	}
	if a.Speaker != "" && !strings.EqualFold(a.Speaker, a.Answer) {
		desc = append(desc, "— "+Escape(OneLine(a.Speaker)))
	}
	e.Description = strings.Join(desc, "\n")

	srcs := OrderSources(a.Sources)
	lines := outletLines(srcs)
	if n := len(lines) - MaxListed; n > 0 {
		lines = append(lines[:MaxListed], fmt.Sprintf("and %d more (All sources)", n))
	}
	if c := cites(srcs); c != "" {
		lines = append(lines, c)
	}
	if len(lines) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Reported by " + plural(len(outlets(srcs)), "outlet"), Value: strings.Join(lines, "\n")})
	}
	var alts []string
	for _, alt := range a.Alternatives[:min(len(a.Alternatives), 3)] {
		line := "• " + Escape(OneLine(alt.Answer))
		if alt.Quote != "" {
			line += ": “" + Escape(Truncate(OneLine(alt.Quote), 90)) + "”"
		}
		alts = append(alts, line)
	}
	e.Fields = append(e.Fields, listFields("Did you mean", alts)...)
	return Fit(e)
}

// questionAuthor shows the question as asked on top of the reply, so the
// channel sees what was asked. Author names are not markdown: no escaping.
func questionAuthor(q string) *discordgo.MessageEmbedAuthor {
	if q = OneLine(q); q == "" {
		return nil
	}
	return &discordgo.MessageEmbedAuthor{Name: Truncate(q, MaxAuthorName)}
}

// Summary is the message text above an answer: one line a channel can scan,
// "**Ada Quist** · reported by 3 outlets".
func Summary(a corpus.Answer) string {
	if !a.Found {
		return "Not found in the corpus"
	}
	s := "**" + Escape(Truncate(OneLine(a.Answer), 200)) + "**"
	if n := len(outlets(a.Sources)); n > 0 {
		s += " · reported by " + plural(n, "outlet")
	}
	return s
}

// OrderSources puts articles by a known outlet first, in the engine's
// order, and those of an unknown outlet last.
func OrderSources(srcs []corpus.Source) []corpus.Source {
	out := make([]corpus.Source, 0, len(srcs))
	for _, s := range srcs {
		if known(s.Outlet) {
			out = append(out, s)
		}
	}
	for _, s := range srcs {
		if !known(s.Outlet) {
			out = append(out, s)
		}
	}
	return out
}

func known(o *string) bool { return o != nil && strings.TrimSpace(*o) != "" }

// outlets are the distinct outlets of srcs; articles of unknown outlets
// count as one.
func outlets(srcs []corpus.Source) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range srcs {
		k := unknownOutlet
		if known(s.Outlet) {
			k = strings.ToLower(OneLine(*s.Outlet))
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// cites says once which sources the reports relay: "Citing Bloomberg".
func cites(srcs []corpus.Source) string {
	var names []string
	seen := map[string]bool{}
	for _, s := range srcs {
		for _, c := range s.Cites {
			if c = OneLine(c); c != "" && !seen[strings.ToLower(c)] {
				seen[strings.ToLower(c)] = true
				names = append(names, c)
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "Citing " + Escape(strings.Join(names, ", "))
}

func people(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}

// plural is "1 outlet", "3 outlets".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") && !strings.HasSuffix(word, "ey") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// CutSentence shortens a quotation to at most max characters, ending at
// the last sentence end that leaves a useful part, else at a word with an
// ellipsis.
func CutSentence(s string, max int) string {
	s = OneLine(s)
	if Len(s) <= max {
		return s
	}
	head := cutRunes(s, max-2)
	best := -1
	for i := 0; i < len(head); i++ {
		switch head[i] {
		case '.', '!', '?':
			j := i + 1
			for j < len(head) && strings.ContainsRune("\"'”’)", rune(head[j])) {
				j++
			}
			if j == len(head) || head[j] == ' ' {
				if Len(head[:j]) >= max/4 {
					best = j
				}
			}
		}
	}
	if best > 0 {
		return head[:best] + " …"
	}
	return Truncate(s, max)
}

// NotFoundEmbed is the friendly reply when the corpus does not answer.
func NotFoundEmbed(a corpus.Answer) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: "Not found in the corpus", Color: colorNotFound}
	q := OneLine(a.Question)
	if q != "" {
		e.Description = "Nothing in the articles answers “" + Escape(q) + "”. factdesk only answers from words the corpus prints, so it will not guess."
	} else {
		e.Description = "Nothing in the articles answers that. factdesk only answers from words the corpus prints, so it will not guess."
	}
	var sug []string
	for _, s := range a.Suggestions {
		if s = OneLine(fileName.ReplaceAllString(s, "")); s != "" {
			sug = append(sug, "• "+Escape(s))
		}
	}
	if len(sug) > 0 {
		e.Fields = append(e.Fields, listFields("Closest things it does know", sug)...)
	} else {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Try",
			Value: "• `/quotes` to browse who said what\n• `/sources` to see which articles are loaded\n• different words: a name, a phrase you remember"})
	}
	return Fit(e)
}

// fileName matches an article's file name as the engine appends it to a
// suggestion (" (003_9bbf0a362083fbb8.txt)"): file names belong to the CLI,
// not to a newsroom's channel.
var fileName = regexp.MustCompile(`\s*[("]?[\w.-]+\.(?:txt|md)\b[)"]?`)

// ErrorEmbed tells the user something went wrong, without detail.
func ErrorEmbed(msg string) *discordgo.MessageEmbed {
	return Fit(&discordgo.MessageEmbed{Title: "Sorry, that did not work", Description: Escape(OneLine(msg)), Color: colorError})
}

// QuotesPerPage is how many quotations one /quotes page shows.
const QuotesPerPage = 5

// QuotesView is one page of /quotes to render.
type QuotesView struct {
	Typed   string // the name as the user typed it
	Speaker string // the person it matched ("" when none)
	About   string
	Quotes  []corpus.Quote
	Page    int
	Sources map[string]corpus.Source // by file; nil is fine
	// Sentence returns the sentence around a quotation of one or two words,
	// which alone says nothing ("hinder"); nil shows the words alone.
	Sentence func(q corpus.Quote) (before, after string)
}

// QuotesEmbed renders one page of a person's quotations, each under the
// outlet (linked when its address is known) and publication date.
func QuotesEmbed(v QuotesView) *discordgo.MessageEmbed {
	qs := v.Quotes
	pages := Pages(len(qs))
	page := clamp(v.Page, 0, pages-1)
	name := v.Speaker
	if name == "" {
		name = v.Typed
	}
	title := "Quotations of " + Escape(OneLine(name))
	if v.About != "" {
		title += " about “" + Escape(OneLine(v.About)) + "”"
	}
	e := &discordgo.MessageEmbed{Title: title, Color: colorInfo}
	if len(qs) == 0 {
		e.Color = colorNotFound
		e.Description = "No quotation of “" + Escape(OneLine(v.Typed)) + "” in the corpus."
		if v.About != "" {
			e.Description = "No quotation of “" + Escape(OneLine(name)) + "” about “" + Escape(OneLine(v.About)) + "” in the corpus."
		}
		return Fit(e)
	}
	if v.Speaker != "" && !strings.EqualFold(OneLine(v.Typed), OneLine(v.Speaker)) {
		// A fuzzy match must not change the person silently.
		e.Description = "“" + Escape(OneLine(v.Typed)) + "” matched **" + Escape(OneLine(v.Speaker)) + "**."
	}
	from := page * QuotesPerPage
	to := min(from+QuotesPerPage, len(qs))
	for i, q := range qs[from:to] {
		title := fmt.Sprintf("%d. ", from+i+1)
		val := ""
		if src, ok := v.Sources[q.File]; ok {
			title += OneLine(outletName(src.Outlet))
			if !src.Published.IsZero() {
				title += ", published " + src.Published.Long()
			}
			if l := link("Read at "+outletName(src.Outlet), src.URL); strings.HasPrefix(l, "[") {
				val = "\n" + l
			}
		} else {
			title += unknownOutlet
		}
		if q.Speaker != "" && !strings.EqualFold(q.Speaker, name) {
			title += " · " + Escape(OneLine(q.Speaker)) // a listing of everyone names each speaker
		}
		body := BlockQuote(CutSentence(q.Text, 700))
		if v.Sentence != nil && len(strings.Fields(q.Text)) <= 2 {
			if before, after := v.Sentence(q); before != "" || after != "" {
				body = "> " + Escape(OneLine(before)) + "**" + Escape(OneLine(q.Text)) + "**" + Escape(OneLine(after))
			}
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:  Truncate(title, MaxFieldName),
			Value: Truncate(body, MaxFieldValue-Len(val)) + val,
		})
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d · %s", page+1, pages, plural(len(qs), "quotation"))}
	return Fit(e)
}

// Pages is how many pages n quotations take (at least one).
func Pages(n int) int { return max(1, (n+QuotesPerPage-1)/QuotesPerPage) }

// SourcesEmbed lists the articles of the corpus by outlet, newest first.
// An article is named by its headline (titles, by file; nil is fine),
// linked when its address is known; only an article with neither is named
// by its file.
func SourcesEmbed(srcs []corpus.Source, page int, titles map[string]string) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: fmt.Sprintf("%d articles in the corpus", len(srcs)), Color: colorInfo}
	if len(srcs) == 1 {
		e.Title = "1 article in the corpus"
	}
	pages := SourcePages(len(srcs))
	page = clamp(page, 0, pages-1)
	from := page * SourcesPerPage
	to := min(from+SourcesPerPage, len(srcs))
	var order []string
	by := map[string][]string{}
	for _, s := range srcs[from:to] {
		o := unknownOutlet
		if s.Outlet != nil && *s.Outlet != "" {
			o = *s.Outlet
		}
		if _, ok := by[o]; !ok {
			order = append(order, o)
		}
		name := "article"
		if t := OneLine(titles[s.File]); t != "" {
			name = "“" + Escape(Truncate(t, 90)) + "”"
		}
		item := link(name, s.URL)
		if item == name && name == "article" {
			item = "`" + s.File + "`" // the only handle a newsroom has on it
		}
		when := "undated"
		if !s.Published.IsZero() {
			when = "published " + s.Published.Long()
		}
		by[o] = append(by[o], "• "+when+" · "+item)
	}
	for _, o := range order {
		e.Fields = append(e.Fields, listFields(Escape(o), by[o])...)
	}
	if pages > 1 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d · articles %d–%d", page+1, pages, from+1, to)}
	}
	return Fit(e)
}

// SourcesPerPage keeps a /sources page well inside an embed's 6000
// characters even with long addresses.
const SourcesPerPage = 20

// SourcePages is how many pages n articles take (at least one).
func SourcePages(n int) int { return max(1, (n+SourcesPerPage-1)/SourcesPerPage) }

// AboutEmbed says what factdesk is, how big the corpus is and how to add
// articles.
func AboutEmbed(st engine.Stats) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: "About factdesk", Color: colorInfo,
		Description: "factdesk answers questions from a corpus of news articles: who said what, when, and every outlet that reported it, in each outlet's wording. " +
			"Every answer rests on words printed in the corpus; when the corpus does not answer, factdesk says so."}
	e.Fields = []*discordgo.MessageEmbedField{
		{Name: "Corpus", Value: Escape(fmt.Sprintf("%s: %s from %s, %s, %s, %s",
			st.Name, plural(st.Articles, "article"), plural(st.Outlets, "outlet"), plural(st.Quotes, "quotation"), plural(st.Facts, "fact"),
			people(st.People)))},
		{Name: "Commands", Value: "`/ask` a question · `/whosaid` a quotation · `/quotes` of a person · `/sources` · `/about`\nAdd `private:True` to any command for a reply only you see."},
		{Name: "Adding articles", Value: "Put the articles (one `.txt` per article) and a `sources.yaml` naming each outlet, address and date in a folder, " +
			"point `corpus` in the configuration (or `FACTDESK_CORPUS`) at it, and restart the bot or send it SIGHUP to reload."},
	}
	return Fit(e)
}

// sourceLines are "• [Bloomberg](url), published October 29, 2025": the
// publication date is labelled, so it is never read as the event's date.
func sourceLines(srcs []corpus.Source) []string {
	lines := make([]string, 0, len(srcs))
	for _, s := range srcs {
		line := "• " + link(outletName(s.Outlet), s.URL)
		if !s.Published.IsZero() {
			line += ", published " + s.Published.Long()
		}
		lines = append(lines, line)
	}
	return lines
}

// outletLines are one line per outlet, in the order of srcs: the outlet
// linked to its first known address, its publication dates, and how many
// of its articles report it when more than one.
func outletLines(srcs []corpus.Source) []string {
	type group struct {
		name, url string
		dates     []string
		n         int
	}
	var order []*group
	by := map[string]*group{}
	for _, s := range srcs {
		k := unknownOutlet
		if known(s.Outlet) {
			k = strings.ToLower(OneLine(*s.Outlet))
		}
		g := by[k]
		if g == nil {
			g = &group{name: outletName(s.Outlet)}
			by[k] = g
			order = append(order, g)
		}
		g.n++
		if g.url == "" && link("x", s.URL) != "x" {
			g.url = s.URL
		}
		if d := s.Published.Long(); d != "" && !contains(g.dates, d) {
			g.dates = append(g.dates, d)
		}
	}
	lines := make([]string, 0, len(order))
	for _, g := range order {
		line := "• " + link(g.name, g.url)
		if len(g.dates) > 0 {
			line += ", published " + strings.Join(g.dates[:min(len(g.dates), 2)], " and ")
			if len(g.dates) > 2 {
				line += " …"
			}
		}
		if g.n > 1 {
			line += fmt.Sprintf(" (%s)", plural(g.n, "article"))
		}
		lines = append(lines, line)
	}
	return lines
}

// unknownOutlet is how an article of no known publisher is named
// everywhere; such articles are listed last.
const unknownOutlet = "Unknown outlet"

func outletName(o *string) string {
	if !known(o) {
		return unknownOutlet
	}
	return Escape(OneLine(*o))
}

// link masks text with an address when the address is a plain http(s) URL;
// other addresses are left out rather than risk broken markdown.
func link(text, addr string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return text
	}
	s := u.String()
	if strings.ContainsAny(s, " ()<>") || Len(s) > 512 {
		return text
	}
	return "[" + text + "](" + s + ")"
}

// listFields packs lines into fields named name (then "name (cont.)"), each
// within the field value limit; a line too long on its own is truncated.
func listFields(name string, lines []string) []*discordgo.MessageEmbedField {
	var out []*discordgo.MessageEmbedField
	var cur []string
	n := 0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		fn := name
		if len(out) > 0 {
			fn = name + " (cont.)"
		}
		out = append(out, &discordgo.MessageEmbedField{Name: Truncate(fn, MaxFieldName), Value: strings.Join(cur, "\n")})
		cur, n = nil, 0
	}
	for _, l := range lines {
		l = Truncate(l, MaxFieldValue)
		if n > 0 && n+1+Len(l) > MaxFieldValue {
			flush()
		}
		if n > 0 {
			n++
		}
		cur = append(cur, l)
		n += Len(l)
	}
	flush()
	return out
}

// Fit enforces every embed limit: each part is truncated, fields beyond 25
// are dropped, and while the whole is over 6000 characters the last fields
// go first (a note says how many), then the description shrinks.
func Fit(e *discordgo.MessageEmbed) *discordgo.MessageEmbed {
	e.Title = Truncate(e.Title, MaxTitle)
	e.Description = Truncate(e.Description, MaxDescription)
	if e.Footer != nil {
		e.Footer.Text = Truncate(e.Footer.Text, MaxFooter)
	}
	if e.Author != nil {
		e.Author.Name = Truncate(e.Author.Name, MaxAuthorName)
	}
	for _, f := range e.Fields {
		f.Name = Truncate(f.Name, MaxFieldName)
		f.Value = Truncate(f.Value, MaxFieldValue)
		if strings.TrimSpace(f.Name) == "" {
			f.Name = "\u200b" // Discord rejects empty field names
		}
		if strings.TrimSpace(f.Value) == "" {
			f.Value = "\u200b"
		}
	}
	dropped := 0
	if len(e.Fields) > MaxFields {
		dropped = len(e.Fields) - (MaxFields - 1)
		e.Fields = e.Fields[:MaxFields-1]
	}
	note := func() *discordgo.MessageEmbedField {
		return &discordgo.MessageEmbedField{Name: "More", Value: fmt.Sprintf("%d more sections did not fit in one Discord message.", dropped)}
	}
	for {
		fields := e.Fields
		if dropped > 0 {
			fields = append(fields[:len(fields):len(fields)], note())
		}
		over := embedLen(e.Title, e.Description, e.Footer, e.Author, fields) - MaxEmbedTotal
		if over <= 0 {
			e.Fields = fields
			return e
		}
		if len(e.Fields) > 0 {
			e.Fields = e.Fields[:len(e.Fields)-1]
			dropped++
			continue
		}
		// No field left: the note and the rest must fit by shortening the description.
		e.Fields = fields
		e.Description = Truncate(e.Description, max(0, Len(e.Description)-over))
		return e
	}
}

// EmbedLen is an embed's size as Discord counts it against the 6000 limit.
func EmbedLen(e *discordgo.MessageEmbed) int {
	return embedLen(e.Title, e.Description, e.Footer, e.Author, e.Fields)
}

func embedLen(title, desc string, footer *discordgo.MessageEmbedFooter, author *discordgo.MessageEmbedAuthor, fields []*discordgo.MessageEmbedField) int {
	n := Len(title) + Len(desc)
	if footer != nil {
		n += Len(footer.Text)
	}
	if author != nil {
		n += Len(author.Name)
	}
	for _, f := range fields {
		n += Len(f.Name) + Len(f.Value)
	}
	return n
}

func norm(s string) string { return strings.ToLower(OneLine(s)) }

func clamp(v, lo, hi int) int {
	if hi < lo {
		hi = lo
	}
	return min(max(v, lo), hi)
}
