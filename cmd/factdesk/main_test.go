package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// runCLI runs the command line in-process.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errw bytes.Buffer
	err = run(context.Background(), args, &out, &errw)
	return out.String(), errw.String(), err
}

func TestHelpListsCommands(t *testing.T) {
	out, _, err := runCLI(t, "help")
	require.NoError(t, err)
	for _, c := range []string{"ask", "whosaid", "quotes", "people", "facts", "sources", "check"} {
		assert.Contains(t, out, "  "+c+" ")
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, ""},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"unknown flag", []string{"quotes", "--nope"}, "flag provided but not defined"},
		{"stray argument", []string{"quotes", "Witkoff"}, "did you mean --speaker"},
		{"ask without question", []string{"ask", "--json"}, "needs a question"},
		{"missing corpus folder", []string{"sources", "--corpus", "/does/not/exist"}, "/does/not/exist: no such folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, tt.args...)
			require.Error(t, err)
			assert.Equal(t, 2, exitCode(err), "bad input exits 2")
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, oneLine(err), "\n")
		})
	}
}

func TestBadFlagIsOneLineAndHelpGoesToStdout(t *testing.T) {
	out, errw, err := runCLI(t, "quotes", "--nope")
	require.Error(t, err)
	assert.Empty(t, out)
	assert.Empty(t, errw, "the one line is the error main prints, nothing else")
	assert.Equal(t, "quotes: flag provided but not defined: -nope (see 'factdesk quotes -h')", err.Error())

	out, _, err = runCLI(t, "ask", "-h")
	require.NoError(t, err)
	assert.Contains(t, out, "Usage: factdesk ask")
	assert.Contains(t, out, "-json")
}

func TestFlagsAfterArguments(t *testing.T) {
	// People type the question first and the flag last.
	out, _, err := runCLI(t, "ask", "who said really good call", "--json")
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &v), "stdout is one JSON document")
	assert.Equal(t, "who said really good call", v["question"])
}

func TestSourcesJSON(t *testing.T) {
	out, _, err := runCLI(t, "sources", "--json")
	require.NoError(t, err)
	var srcs []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &srcs))
	require.Len(t, srcs, 5)
	for _, s := range srcs {
		assert.Equal(t, "2025-11-26", s["published"])
		assert.Contains(t, s, "outlet", "outlet is present, null when unknown")
	}
}

func TestExitCodes(t *testing.T) {
	assert.Equal(t, 2, exitCode(corpus.Errorf(corpus.EINVALID, "x")))
	assert.Equal(t, 1, exitCode(errors.New("boom")))
	assert.Equal(t, 2, exitCode(errUsagePrinted))
}
