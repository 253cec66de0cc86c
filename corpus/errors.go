package corpus

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with the input: a file skipped, a manifest
// field that does not parse. It names the file and, where it helps, the
// field or line.
type Problem struct {
	File  string `json:"file"`
	Field string `json:"field,omitempty"`
	Line  int    `json:"line,omitempty"`
	Msg   string `json:"message"`
}

// Error is the one-line form: "sources.yaml:12: published: want YYYY-MM-DD".
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	if p.Field != "" {
		b.WriteString(": ")
		b.WriteString(p.Field)
	}
	b.WriteString(": ")
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is a list of problems in the style of go/scanner.ErrorList.
type Problems []Problem

// Add appends a problem.
func (ps *Problems) Add(file, field, msg string) {
	*ps = append(*ps, Problem{File: file, Field: field, Msg: msg})
}

// Sort orders problems by file, then line.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
}

// Error joins the problems, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns nil for an empty list, the list otherwise.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Error codes, in the style of wtf: adapters map them to their transport
// (an exit status, an HTTP status, a Discord reply).
const (
	EINVALID  = "invalid"  // the input cannot be used: a missing folder, a bad flag
	ENOTFOUND = "notfound" // a named thing (a speaker) does not exist
	EINTERNAL = "internal" // a bug; the user sees only "internal error"
)

// Error is an engine error with a code for machines and a message for people.
type Error struct {
	Code    string
	Message string
	Err     error // the cause, for logs
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an *Error with a code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err, EINTERNAL for anything unexpected.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	}
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message meant for people; unexpected errors
// become "internal error" so no detail leaks to users.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	}
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
