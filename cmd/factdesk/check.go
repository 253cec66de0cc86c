package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

func init() {
	commands["check"] = command{
		summary: "load a folder and report, per article, what was found and what was skipped",
		usage:   "[--json] DIR",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			asJSON := fs.Bool("json", false, "print one JSON document for tools")
			return func(ctx context.Context, args []string, out, errw io.Writer) error {
				if len(args) != 1 {
					return corpus.Errorf(corpus.EINVALID, "check needs one folder")
				}
				e, err := engine.OpenDir(args[0], engine.Options{})
				if err != nil {
					return err
				}
				return renderCheck(out, e.Corpus(), *asJSON)
			}
		},
	}
}

// TODO(load helper): a fuller report.
func renderCheck(w io.Writer, c *corpus.Corpus, asJSON bool) error {
	for _, a := range c.Articles {
		fmt.Fprintf(w, "%s: %d paragraphs\n", a.File, len(a.Paragraphs))
	}
	for _, p := range c.Problems {
		fmt.Fprintf(w, "skipped %s\n", p.Error())
	}
	return nil
}
