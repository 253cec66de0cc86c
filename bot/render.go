package bot

import (
	"fmt"
	"net/url"
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

// AnswerEmbed renders an answer: the answer as title, the quotation as a
// block quote, every outlet that reported it with its date, the other
// wordings, and the article files in the footer. Everything fits Discord's
// limits and all text is escaped.
func AnswerEmbed(a corpus.Answer) *discordgo.MessageEmbed {
	if !a.Found {
		return NotFoundEmbed(a)
	}
	e := &discordgo.MessageEmbed{Title: Escape(OneLine(a.Answer)), Color: colorFound}
	if e.Title == "" {
		e.Title = "Found"
	}
	var desc []string
	if a.Quote != "" {
		desc = append(desc, BlockQuote(a.Quote))
	}
	if a.Speaker != "" && !strings.EqualFold(a.Speaker, a.Answer) {
		desc = append(desc, "— "+Escape(OneLine(a.Speaker)))
	}
	e.Description = strings.Join(desc, "\n")

	e.Fields = append(e.Fields, listFields("Reported by", sourceLines(a.Sources))...)
	var other []string
	seen := map[string]bool{norm(a.Quote): true}
	for _, s := range a.Sources {
		if s.Wording == "" || seen[norm(s.Wording)] {
			continue
		}
		seen[norm(s.Wording)] = true
		other = append(other, BlockQuote(s.Wording)+"\n— "+outletName(s.Outlet))
	}
	e.Fields = append(e.Fields, listFields("Other wordings", other)...)
	var alts []string
	for _, alt := range a.Alternatives {
		line := "• " + Escape(OneLine(alt.Answer))
		if alt.Quote != "" {
			line += ": “" + Escape(OneLine(alt.Quote)) + "”"
		}
		alts = append(alts, line)
	}
	e.Fields = append(e.Fields, listFields("Did you mean", alts)...)

	var files []string
	if a.File != "" {
		files = append(files, a.File)
	}
	for _, s := range a.Sources {
		if s.File != "" && s.File != a.File {
			files = append(files, s.File)
		}
	}
	if len(files) > 0 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: "Files: " + strings.Join(dedupe(files), ", ")}
	}
	return Fit(e)
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
		if s = OneLine(s); s != "" {
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

// ErrorEmbed tells the user something went wrong, without detail.
func ErrorEmbed(msg string) *discordgo.MessageEmbed {
	return Fit(&discordgo.MessageEmbed{Title: "Sorry, that did not work", Description: Escape(OneLine(msg)), Color: colorError})
}

// QuotesPerPage is how many quotations one /quotes page shows.
const QuotesPerPage = 5

// QuotesEmbed renders one page of a person's quotations, each under the
// outlet and date of its article (from sources, by file; nil is fine).
func QuotesEmbed(speaker, about string, qs []corpus.Quote, page int, sources map[string]corpus.Source) *discordgo.MessageEmbed {
	pages := Pages(len(qs))
	page = clamp(page, 0, pages-1)
	title := "Quotations of " + Escape(OneLine(speaker))
	if about != "" {
		title += " about “" + Escape(OneLine(about)) + "”"
	}
	e := &discordgo.MessageEmbed{Title: title, Color: colorInfo}
	if len(qs) == 0 {
		e.Color = colorNotFound
		e.Description = "No quotation of “" + Escape(OneLine(speaker)) + "” in the corpus."
		if about != "" {
			e.Description = "No quotation of “" + Escape(OneLine(speaker)) + "” about “" + Escape(OneLine(about)) + "” in the corpus."
		}
		return Fit(e)
	}
	from := page * QuotesPerPage
	to := min(from+QuotesPerPage, len(qs))
	for i, q := range qs[from:to] {
		name := fmt.Sprintf("%d. ", from+i+1)
		if src, ok := sources[q.File]; ok {
			name += outletName(src.Outlet)
			if !src.Published.IsZero() {
				name += ", " + src.Published.Long()
			}
		} else {
			name += "unknown outlet"
		}
		if q.Speaker != "" && !strings.EqualFold(q.Speaker, speaker) {
			name += " · " + Escape(OneLine(q.Speaker)) // a listing of everyone names each speaker
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:  Truncate(name, MaxFieldName),
			Value: Truncate(BlockQuote(q.Text), MaxFieldValue-Len(q.File)-4) + "\n`" + q.File + "`",
		})
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d · %d quotations", page+1, pages, len(qs))}
	return Fit(e)
}

// Pages is how many pages n quotations take (at least one).
func Pages(n int) int { return max(1, (n+QuotesPerPage-1)/QuotesPerPage) }

// SourcesEmbed lists the articles of the corpus by outlet, newest first.
func SourcesEmbed(srcs []corpus.Source, page int) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: fmt.Sprintf("%d articles in the corpus", len(srcs)), Color: colorInfo}
	if len(srcs) == 1 {
		e.Title = "1 article in the corpus"
	}
	pages := SourcePages(len(srcs))
	page = clamp(page, 0, pages-1)
	from := page * SourcesPerPage
	to := min(from+SourcesPerPage, len(srcs))
	var outlets []string
	by := map[string][]string{}
	for _, s := range srcs[from:to] {
		o := "Unknown outlet"
		if s.Outlet != nil && *s.Outlet != "" {
			o = *s.Outlet
		}
		if _, ok := by[o]; !ok {
			outlets = append(outlets, o)
		}
		by[o] = append(by[o], "• "+dateOr(s.Published)+" · "+link("`"+s.File+"`", s.URL))
	}
	for _, o := range outlets {
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
		{Name: "Corpus", Value: Escape(fmt.Sprintf("%s: %d articles from %d outlets, %d quotations, %d facts, %d people",
			st.Name, st.Articles, st.Outlets, st.Quotes, st.Facts, st.People))},
		{Name: "Commands", Value: "`/ask` a question · `/whosaid` a quotation · `/quotes` of a person · `/sources` · `/about`\nAdd `private:True` to any command for a reply only you see."},
		{Name: "Adding articles", Value: "Put the articles (one `.txt` per article) and a `sources.yaml` naming each outlet, address and date in a folder, " +
			"point `corpus` in the configuration (or `FACTDESK_CORPUS`) at it, and restart the bot or send it SIGHUP to reload."},
	}
	return Fit(e)
}

func sourceLines(srcs []corpus.Source) []string {
	lines := make([]string, 0, len(srcs))
	for _, s := range srcs {
		line := "• " + link(outletName(s.Outlet), s.URL)
		if !s.Published.IsZero() {
			line += ", " + s.Published.Long()
		}
		if len(s.Cites) > 0 {
			line += " (citing " + Escape(strings.Join(s.Cites, ", ")) + ")"
		}
		lines = append(lines, line)
	}
	return lines
}

func outletName(o *string) string {
	if o == nil || strings.TrimSpace(*o) == "" {
		return "unknown outlet"
	}
	return Escape(OneLine(*o))
}

func dateOr(d corpus.Date) string {
	if d.IsZero() {
		return "undated"
	}
	return d.String()
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

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	out := xs[:0:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func clamp(v, lo, hi int) int {
	if hi < lo {
		hi = lo
	}
	return min(max(v, lo), hi)
}
