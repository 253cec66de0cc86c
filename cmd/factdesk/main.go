// Command factdesk answers questions from a corpus of news articles: who
// said what, when, and every outlet that reported it. It runs on the command
// line and as a Discord bot; both use the same engine.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"factdesk/corpus"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sigs
		cancel(interrupted{s})
		// A second Ctrl-C does not wait for anything.
		s = <-sigs
		os.Exit(signalCode(s))
	}()
	done := make(chan error, 1)
	go func() { done <- run(ctx, os.Args[1:], os.Stdout, os.Stderr) }()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		// Work checks its context between steps; a step that runs on
		// is not waited for beyond the command's grace.
		select {
		case err = <-done:
		case <-time.After(stopGrace(os.Args[1:])):
			err = context.Cause(ctx)
		}
	}
	if err != nil && ctx.Err() != nil {
		err = context.Cause(ctx)
	}
	if err != nil {
		if !errors.Is(err, errUsagePrinted) {
			fmt.Fprintln(os.Stderr, "factdesk: "+oneLine(err))
		}
		os.Exit(exitCode(err))
	}
}

// interrupted is why a command stopped early: a signal.
type interrupted struct{ sig os.Signal }

func (e interrupted) Error() string {
	if e.sig == syscall.SIGTERM {
		return "stopped (SIGTERM)"
	}
	return "interrupted"
}

// signalCode is the shell's exit code for a process ended by s: 130 for
// Ctrl-C, 143 for SIGTERM.
func signalCode(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 130
}

// stopGrace is how long a signalled command may take to stop: a second at
// most for a command, the shutdown grace (in-flight replies finishing) for
// serve.
func stopGrace(args []string) time.Duration {
	if len(args) > 0 && args[0] == "serve" {
		return serveGrace
	}
	return 800 * time.Millisecond
}

// serveGrace bounds serve's shutdown after SIGTERM: the HTTP server's own
// 10 s for in-flight requests, and a little more.
const serveGrace = 12 * time.Second

// errUsagePrinted means the usage text is already on stderr.
var errUsagePrinted = errors.New("usage")

func exitCode(err error) int {
	var sig interrupted
	switch {
	case errors.As(err, &sig):
		return signalCode(sig.sig)
	case errors.Is(err, context.Canceled):
		return 130 // run() in-process with a cancelled context
	}
	if errors.Is(err, errUsagePrinted) || corpus.ErrorCode(err) == corpus.EINVALID {
		return 2
	}
	return 1
}

// oneLine keeps an error to the one line the contract promises.
func oneLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// command is one subcommand: its flags are added to fs, then it runs with
// the positional arguments left.
type command struct {
	summary string
	usage   string
	flags   func(fs *flag.FlagSet) func(ctx context.Context, args []string, out, errw io.Writer) error
}

var commands = map[string]command{}

// order is how `factdesk help` lists the commands.
var order = []string{"ask", "whosaid", "quotes", "people", "facts", "sources", "check", "build", "eval", "register", "serve"}

const usageHead = `factdesk answers questions from a corpus of news articles.

Usage: factdesk COMMAND [flags] [args]

Commands:
`

func usage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	for _, name := range order {
		if c, ok := commands[name]; ok {
			fmt.Fprintf(w, "  %-9s %s\n", name, c.summary)
		}
	}
	fmt.Fprintln(w, "\nEvery command reads the embedded seed corpus unless --corpus DIR names a folder.\nRun 'factdesk COMMAND -h' for a command's flags.")
}

// run is main without the process: tests call it in-process.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return errUsagePrinted
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help":
		usage(stdout)
		return nil
	}
	c, ok := commands[name]
	if !ok {
		return corpus.Errorf(corpus.EINVALID, "unknown command %q (try 'factdesk help')", name)
	}
	// The flag set is named for the command alone: errors read
	// "factdesk: ask needs a question", not "factdesk: factdesk ask …".
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// The flag package prints on its own; a bad flag must be one line on
	// stderr (the contract), and -h the full usage on stdout.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	exec := c.flags(fs)
	pos, err := parseInterleaved(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stdout, "Usage: factdesk %s %s\n\n%s\n\nFlags:\n", name, c.usage, c.summary)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return nil
	}
	if err != nil {
		return corpus.Errorf(corpus.EINVALID, "%s: %v (see 'factdesk %s -h')", name, err, name)
	}
	return exec(ctx, pos, stdout, stderr)
}

// parseInterleaved lets flags come after positional arguments too
// (`factdesk ask "who said it" --json`), as people type them.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
