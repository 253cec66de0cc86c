package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

// openEngine starts from the snapshot when one is named, else builds from
// dir ("" for the embedded seeds); a refused snapshot is reported to warn
// and the corpus is built instead.
func openEngine(ctx context.Context, snapshot, dir string, warn func(error)) (*engine.Engine, error) {
	if snapshot != "" {
		e, err := engine.OpenSnapshot(snapshot)
		if err == nil {
			return e, nil
		}
		warn(err)
	}
	return engine.OpenDirContext(ctx, dir, engine.Options{})
}

func init() {
	commands["build"] = command{
		summary: "build a corpus once and write it as a snapshot that serve and every command start from",
		usage:   "[-o FILE] [DIR]",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			out := fs.String("o", "", "the snapshot file to write (required)")
			return func(ctx context.Context, args []string, stdout, errw io.Writer) error {
				if *out == "" {
					return corpus.Errorf(corpus.EINVALID, "build needs -o FILE, the snapshot to write")
				}
				if len(args) > 1 {
					return corpus.Errorf(corpus.EINVALID, "build takes one folder, got %d arguments", len(args))
				}
				dir := ""
				if len(args) == 1 {
					dir = args[0]
				}
				t0 := time.Now()
				// Written and gone: laid out again it would be read back
				// for nothing (the file holds the same corpus either way).
				e, err := engine.OpenDirContext(ctx, dir, engine.Options{NoCompact: true})
				if err != nil {
					return err
				}
				for _, p := range e.Corpus().Problems {
					fmt.Fprintln(errw, "warning: "+p.Error())
				}
				built := time.Since(t0)
				if err := e.WriteSnapshotFile(*out); err != nil {
					return err
				}
				st := e.Stats()
				size := int64(0)
				if fi, err := os.Stat(*out); err == nil {
					size = fi.Size()
				}
				fmt.Fprintf(stdout, "%s: %d articles, %d quotations, %d people, %.1f MB (built in %.1f s)\n",
					*out, st.Articles, st.Quotes, st.People, float64(size)/1e6, built.Seconds())
				return nil
			}
		},
	}
}
