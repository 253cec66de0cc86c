package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

func init() {
	commands["ask"] = command{
		summary: "answer a question: who said, when, how long, how many, did",
		usage:   "[--json] [--corpus DIR] QUESTION",
		flags:   askFlags(func(e *engine.Engine, ctx context.Context, q string) (corpus.Answer, error) { return e.Ask(ctx, q) }),
	}
	commands["whosaid"] = command{
		summary: "find who said a quotation, remembered loosely",
		usage:   "[--json] [--corpus DIR] QUOTE_FRAGMENT",
		flags:   askFlags(func(e *engine.Engine, ctx context.Context, q string) (corpus.Answer, error) { return e.WhoSaid(ctx, q) }),
	}
}

func askFlags(do func(*engine.Engine, context.Context, string) (corpus.Answer, error)) func(*flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
	return func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
		var c common
		c.add(fs)
		explain := fs.Bool("explain", false, "show how the answer was scored")
		return func(ctx context.Context, args []string, out, errw io.Writer) error {
			q := strings.TrimSpace(strings.Join(args, " "))
			if q == "" {
				return corpus.Errorf(corpus.EINVALID, "%s needs a question", fs.Name())
			}
			e, err := c.open(ctx, errw)
			if err != nil {
				return err
			}
			if *explain {
				ctx = engine.WithExplain(ctx)
			}
			a, err := do(e, ctx, q)
			if err != nil {
				return err
			}
			if c.json {
				return writeJSON(out, answerViewOf(a))
			}
			return renderAnswer(out, a)
		}
	}
}

// answerView is the JSON shape of ../shared/eval/CONTRACT.md: speaker and
// quote are null when the reply does not rest on them.
type answerView struct {
	Found        bool                 `json:"found"`
	Question     string               `json:"question"`
	Kind         string               `json:"kind"`
	Answer       string               `json:"answer"`
	Speaker      *string              `json:"speaker"`
	Quote        *string              `json:"quote"`
	File         *string              `json:"file"`
	Sources      []corpus.Source      `json:"sources"`
	Alternatives []corpus.Alternative `json:"alternatives"`
	Suggestions  []string             `json:"suggestions"`
	Score        float64              `json:"score"`
	Explain      *corpus.Explanation  `json:"explain,omitempty"`
}

func answerViewOf(a corpus.Answer) answerView {
	v := answerView{Found: a.Found, Question: a.Question, Kind: a.Kind, Answer: a.Answer,
		Speaker: strPtr(a.Speaker), Quote: strPtr(a.Quote), File: strPtr(a.File),
		Sources: a.Sources, Alternatives: a.Alternatives, Suggestions: a.Suggestions,
		Score: a.Score, Explain: a.Explain}
	if !a.Found {
		v.Speaker, v.Quote, v.File = nil, nil, nil
	}
	if v.Sources == nil {
		v.Sources = []corpus.Source{}
	}
	if v.Alternatives == nil {
		v.Alternatives = []corpus.Alternative{}
	}
	if v.Suggestions == nil {
		v.Suggestions = []string{}
	}
	return v
}

// renderAnswer prints the reply for people: the answer first, then the
// words, then who reported them.
func renderAnswer(w io.Writer, a corpus.Answer) error {
	if !a.Found {
		fmt.Fprintln(w, "Not found in the corpus.")
		if len(a.Suggestions) > 0 {
			fmt.Fprintln(w, "Closest things it does know:")
			for _, s := range a.Suggestions {
				fmt.Fprintf(w, "  - %s\n", oneLineText(s))
			}
		}
		if a.Explain != nil {
			// --explain: why each candidate was turned away.
			printExplain(w, a.Explain, 0)
		}
		return nil
	}
	fmt.Fprintln(w, a.Answer)
	if a.Quote != "" {
		if a.Speaker != "" && a.Speaker != a.Answer {
			fmt.Fprintf(w, "  %s: “%s”\n", a.Speaker, oneLineText(a.Quote))
		} else {
			fmt.Fprintf(w, "  “%s”\n", oneLineText(a.Quote))
		}
	}
	if len(a.Sources) > 0 {
		fmt.Fprintln(w, "Reported by:")
		for _, s := range a.Sources {
			fmt.Fprintf(w, "  - %s", outletOr(s.Outlet, "unknown outlet"))
			if !s.Published.IsZero() {
				fmt.Fprintf(w, ", %s", s.Published.Long())
			}
			if len(s.Cites) > 0 {
				fmt.Fprintf(w, " (citing %s)", strings.Join(s.Cites, ", "))
			}
			fmt.Fprintf(w, " · %s", s.File)
			if s.URL != "" {
				fmt.Fprintf(w, " · %s", s.URL)
			}
			fmt.Fprintln(w)
			if s.Wording != "" && s.Wording != a.Quote {
				fmt.Fprintf(w, "      “%s”\n", oneLineText(s.Wording))
			}
		}
	}
	if len(a.Alternatives) > 0 {
		fmt.Fprintln(w, "Did you mean:")
		for _, alt := range a.Alternatives {
			line := alt.Answer
			if alt.Quote != "" {
				line += ": “" + oneLineText(alt.Quote) + "”"
			}
			fmt.Fprintf(w, "  - %s\n", line)
		}
	}
	if a.Explain != nil {
		printExplain(w, a.Explain, 0)
	}
	return nil
}

func printExplain(w io.Writer, e *corpus.Explanation, depth int) {
	fmt.Fprintf(w, "%s%.3f %s\n", strings.Repeat("  ", depth), e.Value, e.Message)
	for _, c := range e.Children {
		printExplain(w, c, depth+1)
	}
}
