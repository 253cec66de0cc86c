package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/engine"
	"factdesk/corpus/load"
)

func init() {
	commands["check"] = command{
		summary: "load a folder and report, per article, what was found and what was skipped",
		usage:   "[--json] DIR",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			asJSON := fs.Bool("json", false, "print one JSON document for tools")
			return func(ctx context.Context, args []string, out, errw io.Writer) error {
				if len(args) != 1 {
					return corpus.Errorf(corpus.EINVALID, "check needs one folder (factdesk check DIR)")
				}
				e, err := engine.OpenDirContext(ctx, args[0], engine.Options{})
				if err != nil {
					return err
				}
				for _, p := range e.Corpus().Problems {
					fmt.Fprintln(errw, "warning: "+p.Error())
				}
				// The engine loaded the folder; listing it again only adds
				// what loading leaves out on purpose (sub-folders, other files).
				var ignored []load.Ignored
				if l, err := load.Scan(os.DirFS(args[0])); err == nil {
					ignored = l.Ignored
				}
				r := checkReportOf(e.Name(), e.Corpus(), ignored)
				if *asJSON {
					return writeJSON(out, r)
				}
				return renderCheck(out, r)
			}
		},
	}
}

// checkReport is what `factdesk check` prints, and its JSON shape.
type checkReport struct {
	Folder   string          `json:"folder"`
	Articles []checkArticle  `json:"articles"`
	Ignored  []load.Ignored  `json:"ignored"`  // entries not read: sub-folders, other file types
	Problems corpus.Problems `json:"problems"` // article files skipped, with why
}

type checkArticle struct {
	File       string      `json:"file"`
	Title      *string     `json:"title"`
	Outlet     *string     `json:"outlet"`
	OutletFrom string      `json:"outlet_from,omitempty"` // "manifest" or "text"
	Published  corpus.Date `json:"published"`
	URL        string      `json:"url,omitempty"`
	Cites      []string    `json:"cites"`
	Kept       int         `json:"kept"`    // title and body paragraphs
	Dropped    int         `json:"dropped"` // boilerplate paragraphs
	Paragraphs []checkPara `json:"paragraphs"`
	Quotes     int         `json:"quotes"`
	Facts      int         `json:"facts"`
}

type checkPara struct {
	Kind corpus.ParaKind `json:"kind"`
	Line int             `json:"line"`
	Span corpus.Span     `json:"span"`
	Why  string          `json:"why,omitempty"`
	Text string          `json:"text"` // the first words, on one line
}

// excerptLen is how much of a paragraph the report shows: enough to
// recognise it at a glance.
const excerptLen = 70

func checkReportOf(name string, c *corpus.Corpus, ignored []load.Ignored) checkReport {
	r := checkReport{Folder: name, Articles: []checkArticle{}, Ignored: ignored, Problems: c.Problems}
	if r.Ignored == nil {
		r.Ignored = []load.Ignored{}
	}
	if r.Problems == nil {
		r.Problems = corpus.Problems{}
	}
	quotes := make([]int, len(c.Articles))
	facts := make([]int, len(c.Articles))
	for _, q := range c.Quotes {
		if q.Article >= 0 && int(q.Article) < len(quotes) {
			quotes[q.Article]++
		}
	}
	for _, f := range c.Facts {
		if f.Article >= 0 && int(f.Article) < len(facts) {
			facts[f.Article]++
		}
	}
	for i, a := range c.Articles {
		v := checkArticle{File: a.File, Outlet: strPtr(a.Outlet), Published: a.Published, URL: a.URL,
			Cites: a.Cites, Paragraphs: []checkPara{}, Quotes: quotes[i], Facts: facts[i]}
		if a.OutletFrom != "" && a.Outlet != "" {
			v.OutletFrom = a.OutletFrom
		}
		if v.Cites == nil {
			v.Cites = []string{}
		}
		if !a.Title.IsZero() {
			v.Title = strPtr(oneLineText(a.Title.Of(a.Text)))
		}
		for _, p := range a.Paragraphs {
			line, _ := a.Position(p.Span().Start)
			v.Paragraphs = append(v.Paragraphs, checkPara{Kind: p.Kind, Line: line, Span: p.Span(), Why: p.Why(),
				Text: excerpt(p.Span().Of(a.Text), excerptLen)})
			if p.Kind == corpus.ParaBoilerplate {
				v.Dropped++
			} else {
				v.Kept++
			}
		}
		r.Articles = append(r.Articles, v)
	}
	return r
}

// excerpt is the start of s on one line, cut at a word when it is long.
func excerpt(s string, n int) string {
	s = oneLineText(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if cut == n {
			cut = i
			break
		}
		cut++
	}
	s = s[:cut]
	if i := strings.LastIndexByte(s, ' '); i > n/2 {
		s = s[:i]
	}
	return s + "…"
}

func renderCheck(w io.Writer, r checkReport) error {
	fmt.Fprintf(w, "%s: %s loaded", r.Folder, plural(len(r.Articles), "article"))
	if len(r.Problems) > 0 {
		fmt.Fprintf(w, ", %s skipped", plural(len(r.Problems), "file"))
	}
	if len(r.Ignored) > 0 {
		fmt.Fprintf(w, ", %d not read", len(r.Ignored))
	}
	fmt.Fprintln(w)
	for _, a := range r.Articles {
		fmt.Fprintf(w, "\n%s\n", a.File)
		title := "(none: the text opens with its lead)"
		if a.Title != nil {
			title = *a.Title
		}
		fmt.Fprintf(w, "  title       %s\n", title)
		switch {
		case a.Outlet == nil:
			fmt.Fprintln(w, "  outlet      unknown (neither the manifest nor the text names it)")
		case a.OutletFrom == "text":
			fmt.Fprintf(w, "  outlet      %s (from the text)\n", *a.Outlet)
		default:
			fmt.Fprintf(w, "  outlet      %s (from sources.yaml)\n", *a.Outlet)
		}
		published := "unknown"
		if !a.Published.IsZero() {
			published = a.Published.String()
		}
		fmt.Fprintf(w, "  published   %s\n", published)
		if a.URL != "" {
			fmt.Fprintf(w, "  url         %s\n", a.URL)
		}
		cites := "none found"
		if len(a.Cites) > 0 {
			cites = strings.Join(a.Cites, ", ")
		}
		fmt.Fprintf(w, "  cites       %s\n", cites)
		fmt.Fprintf(w, "  paragraphs  %d kept, %d dropped as boilerplate\n", a.Kept, a.Dropped)
		for _, p := range a.Paragraphs {
			mark := "+"
			switch p.Kind {
			case corpus.ParaTitle:
				mark = "T"
			case corpus.ParaBoilerplate:
				mark = "-"
			}
			fmt.Fprintf(w, "    %s %4d  %s", mark, p.Line, p.Text)
			if p.Why != "" {
				fmt.Fprintf(w, "  [%s]", p.Why)
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "  found       %s, %s\n", plural(a.Quotes, "quotation"), plural(a.Facts, "fact"))
	}
	if len(r.Problems) > 0 {
		fmt.Fprintln(w, "\nSkipped files:")
		for _, p := range r.Problems {
			fmt.Fprintf(w, "  %s\n", p.Error())
		}
	}
	if len(r.Ignored) > 0 {
		fmt.Fprintln(w, "\nNot read (a corpus is the .txt and .md files at the top of the folder):")
		for _, ig := range r.Ignored {
			fmt.Fprintf(w, "  %s: %s\n", ig.Name, ig.Why)
		}
	}
	_, err := fmt.Fprintln(w, "\nKey: T title, + kept, - dropped [why]; numbers are line numbers.")
	return err
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
