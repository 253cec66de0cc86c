package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

// common are the flags every corpus command takes.
type common struct {
	json     bool
	corpus   string
	snapshot string
}

func (c *common) add(fs *flag.FlagSet) {
	fs.BoolVar(&c.json, "json", false, "print one JSON document for tools")
	fs.StringVar(&c.corpus, "corpus", "", "load this folder of articles instead of the embedded seeds")
	fs.StringVar(&c.snapshot, "snapshot", "", "start from this snapshot (factdesk build); when it is refused, build from --corpus")
}

func (c *common) open(ctx context.Context, errw io.Writer) (*engine.Engine, error) {
	e, err := openEngine(ctx, c.snapshot, c.corpus, func(err error) { fmt.Fprintln(errw, "warning: "+oneLine(err)+"; building instead") })
	if err != nil {
		return nil, err
	}
	for _, p := range e.Corpus().Problems {
		fmt.Fprintln(errw, "warning: "+p.Error())
	}
	return e, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func init() {
	commands["quotes"] = command{
		summary: "list attributed quotations (--speaker NAME: one person's, misspellings welcome)",
		usage:   "[--json] [--corpus DIR] [--speaker NAME] [--about TOPIC]",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			var c common
			c.add(fs)
			speaker := fs.String("speaker", "", "only this person's quotations (name, surname or misspelling)")
			about := fs.String("about", "", "rank by a topic")
			return func(ctx context.Context, args []string, out, errw io.Writer) error {
				if len(args) > 0 {
					return corpus.Errorf(corpus.EINVALID, "quotes takes no arguments, got %q (did you mean --speaker?)", args[0])
				}
				e, err := c.open(ctx, errw)
				if err != nil {
					return err
				}
				qs := e.Quotes(engine.QuoteFilter{Speaker: *speaker, About: *about})
				if c.json {
					return writeJSON(out, quoteViews(e.Corpus(), qs))
				}
				return renderQuotes(out, e.Corpus(), qs)
			}
		},
	}
	commands["people"] = listing("list the people and organisations, with aliases and roles",
		func(w io.Writer, e *engine.Engine, asJSON bool) error { return renderPeople(w, e.Corpus(), asJSON) })
	commands["facts"] = listing("list dated events, numbers and durations, grouped across outlets",
		func(w io.Writer, e *engine.Engine, asJSON bool) error { return renderFacts(w, e.Corpus(), asJSON) })
	commands["sources"] = listing("list the articles by outlet and date", renderSources)
}

// listing is a command that takes no arguments and prints one view of the
// corpus, for people or as JSON.
func listing(summary string, render func(w io.Writer, e *engine.Engine, asJSON bool) error) command {
	return command{
		summary: summary,
		usage:   "[--json] [--corpus DIR]",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			var c common
			c.add(fs)
			return func(ctx context.Context, args []string, out, errw io.Writer) error {
				if len(args) > 0 {
					return corpus.Errorf(corpus.EINVALID, "%s takes no arguments, got %q", fs.Name(), args[0])
				}
				e, err := c.open(ctx, errw)
				if err != nil {
					return err
				}
				return render(out, e, c.json)
			}
		},
	}
}

func renderSources(w io.Writer, e *engine.Engine, asJSON bool) error {
	srcs := e.Sources()
	if asJSON {
		return writeJSON(w, srcs)
	}
	for _, s := range srcs {
		fmt.Fprintf(w, "%-14s %-10s %s", outletOr(s.Outlet, "(unknown)"), s.Published.String(), s.File)
		if len(s.Cites) > 0 {
			fmt.Fprintf(w, "  cites %s", strings.Join(s.Cites, ", "))
		}
		fmt.Fprintln(w)
	}
	return nil
}

func outletOr(o *string, def string) string {
	if o == nil || *o == "" {
		return def
	}
	return *o
}

// quoteView is the JSON shape of ../shared/eval/CONTRACT.md: speaker and
// outlet are null when unknown.
type quoteView struct {
	Text      string      `json:"text"`
	Speaker   *string     `json:"speaker"`
	File      string      `json:"file"`
	Outlet    *string     `json:"outlet"`
	Published corpus.Date `json:"published"`
	Mention   string      `json:"mention,omitempty"`
	Cue       string      `json:"cue,omitempty"`
	Form      corpus.Form `json:"form"`
	Paragraph int         `json:"paragraph"`
	Span      corpus.Span `json:"span"`
	Cluster   int         `json:"cluster"`
	// Reported lists the files of every article in the quotation's cluster.
	Reported []string `json:"reported_by"`
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func quoteViews(c *corpus.Corpus, qs []corpus.Quote) []quoteView {
	out := make([]quoteView, 0, len(qs))
	for _, q := range qs {
		a := c.Articles[q.Article]
		v := quoteView{Text: q.Text, Speaker: strPtr(q.Speaker), File: q.File, Outlet: strPtr(a.Outlet),
			Published: a.Published, Mention: c.QuoteMention(&q), Cue: q.Cue, Form: q.Form, Paragraph: int(q.Paragraph),
			Span: q.Span(), Cluster: int(q.Cluster), Reported: []string{}}
		if q.Cluster >= 0 && int(q.Cluster) < len(c.QuoteClusters) {
			for _, id := range c.QuoteClusters[q.Cluster].Articles() {
				v.Reported = append(v.Reported, c.Articles[id].File)
			}
		}
		out = append(out, v)
	}
	return out
}

func renderQuotes(w io.Writer, c *corpus.Corpus, qs []corpus.Quote) error {
	if len(qs) == 0 {
		_, err := fmt.Fprintln(w, "No quotations found.")
		return err
	}
	for _, q := range qs {
		a := c.Articles[q.Article]
		fmt.Fprintf(w, "%s: “%s”\n", nameOr(q.Speaker), oneLineText(q.Text))
		fmt.Fprintf(w, "    %s · %s", outletOr(strPtr(a.Outlet), "unknown outlet"), q.File)
		if m := c.QuoteMention(&q); m != "" && !strings.EqualFold(m, q.Speaker) {
			fmt.Fprintf(w, " · as %q", m)
		}
		fmt.Fprintln(w)
	}
	return nil
}

func nameOr(s string) string {
	if s == "" {
		return "(unknown speaker)"
	}
	return s
}

// oneLineText folds white space so a quotation reads on one line.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

func renderPeople(w io.Writer, c *corpus.Corpus, asJSON bool) error {
	if asJSON {
		people := c.People
		if people == nil {
			people = []*corpus.Person{}
		}
		return writeJSON(w, people)
	}
	for _, p := range c.People {
		fmt.Fprintf(w, "%s", p.Name)
		switch {
		case p.Kind == corpus.KindOrg:
			fmt.Fprint(w, " (organisation)")
		case p.Kind != corpus.KindPerson:
			fmt.Fprintf(w, " (%s)", p.Kind) // outlet, place, event, work
		}
		fmt.Fprintln(w)
		if len(p.Aliases) > 0 {
			fmt.Fprintf(w, "    also: %s\n", strings.Join(p.Aliases, ", "))
		}
		if len(p.Roles) > 0 {
			fmt.Fprintf(w, "    role: %s\n", strings.Join(p.Roles, "; "))
		}
	}
	return nil
}

// factView is a fact cluster: one statement with every article that makes it.
type factView struct {
	Text     string          `json:"text"`
	File     string          `json:"file"`
	Values   []corpus.Value  `json:"values"`
	People   []string        `json:"people"`
	Reported []string        `json:"reported_by"`
	Wordings []string        `json:"wordings"`
	Sources  []corpus.Source `json:"sources"`
}

func factViews(c *corpus.Corpus) []factView {
	views := []factView{}
	for _, cl := range c.FactClusters {
		if len(cl.Members()) == 0 {
			continue
		}
		f := c.Facts[cl.Members()[0]]
		v := factView{Text: f.Text(c), File: c.File(int(f.Article)), Values: f.Values(), People: []string{}, Reported: []string{},
			Wordings: []string{}, Sources: []corpus.Source{}}
		if v.Values == nil {
			v.Values = []corpus.Value{}
		}
		for _, id := range f.People() {
			if p := c.Person(int(id)); p != nil {
				v.People = append(v.People, p.Name)
			}
		}
		for _, a := range cl.Articles() {
			v.Reported = append(v.Reported, c.Articles[a].File)
		}
		seen := map[int32]bool{}
		for _, m := range cl.Members() {
			fm := c.Facts[m]
			v.Wordings = append(v.Wordings, fm.Text(c))
			if !seen[fm.Article] {
				seen[fm.Article] = true
				src := c.Articles[fm.Article].Source()
				src.Wording, src.Span = fm.Text(c), fm.Span()
				v.Sources = append(v.Sources, src)
			}
		}
		views = append(views, v)
	}
	return views
}

// renderFacts lists facts for people: those with values and those most
// widely reported first, each with every outlet's wording.
func renderFacts(w io.Writer, c *corpus.Corpus, asJSON bool) error {
	views := factViews(c)
	if asJSON {
		return writeJSON(w, views)
	}
	sort.SliceStable(views, func(i, j int) bool {
		vi, vj := len(views[i].Values) > 0, len(views[j].Values) > 0
		if vi != vj {
			return vi
		}
		return len(views[i].Sources) > len(views[j].Sources)
	})
	for _, v := range views {
		fmt.Fprintln(w, oneLineText(v.Text))
		if len(v.Values) > 0 {
			var vals []string
			for _, x := range v.Values {
				vals = append(vals, fmt.Sprintf("%s %q → %s", x.Kind, x.Text, x.Norm))
			}
			fmt.Fprintf(w, "    %s\n", strings.Join(vals, " · "))
		}
		for _, s := range v.Sources {
			fmt.Fprintf(w, "    - %s · %s", outletOr(s.Outlet, "unknown outlet"), s.File)
			if s.Wording != v.Text {
				fmt.Fprintf(w, ": “%s”", oneLineText(s.Wording))
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}
