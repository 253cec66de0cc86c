package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// TestAskJSONShape checks the reply against the contract outside checks
// rely on: found, answer, speaker|null, quote|null, and sources with file,
// outlet|null and published|null.
func TestAskJSONShape(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		found   bool
		speaker bool // speaker is a string, not null
		sources int  // at least this many
	}{
		{"a fact", []string{"ask", "--json", "When did Witkoff and Ushakov speak on the phone?"}, true, false, 2},
		{"a quotation", []string{"whosaid", "--json", "really good call"}, true, true, 2},
		{"flags after the question", []string{"whosaid", "really good call", "--json"}, true, true, 2},
		{"not in the corpus", []string{"whosaid", "--json", "I have a dream"}, false, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errw, err := runCLI(t, tt.args...)
			require.NoError(t, err, errw)
			var raw map[string]json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(out), &raw), "one JSON document on stdout")
			for _, k := range []string{"found", "answer", "speaker", "quote", "sources"} {
				assert.Contains(t, raw, k)
			}
			var v struct {
				Found   bool             `json:"found"`
				Answer  string           `json:"answer"`
				Speaker *string          `json:"speaker"`
				Quote   *string          `json:"quote"`
				Sources []map[string]any `json:"sources"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &v))
			assert.Equal(t, tt.found, v.Found)
			assert.Equal(t, tt.speaker, v.Speaker != nil)
			assert.Equal(t, tt.found, v.Quote != nil, "quote is null exactly when nothing is found")
			assert.GreaterOrEqual(t, len(v.Sources), tt.sources)
			if !tt.found {
				assert.Empty(t, v.Sources)
				assert.Equal(t, "[]", string(raw["sources"]), "an empty list, not null")
			}
			for _, s := range v.Sources {
				for _, k := range []string{"file", "outlet", "published"} {
					assert.Contains(t, s, k)
				}
			}
		})
	}
}

func TestAskUnknownOutletIsNull(t *testing.T) {
	out, _, err := runCLI(t, "whosaid", "--json", "should be fired")
	require.NoError(t, err)
	var v struct {
		Sources []struct {
			File      string  `json:"file"`
			Outlet    *string `json:"outlet"`
			Published *string `json:"published"`
		} `json:"sources"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	require.NotEmpty(t, v.Sources)
	assert.True(t, strings.HasPrefix(v.Sources[0].File, "001_"))
	assert.Nil(t, v.Sources[0].Outlet, "the seeds do not know 001's publisher")
	require.NotNil(t, v.Sources[0].Published)
	assert.Equal(t, "2025-11-26", *v.Sources[0].Published)
}

func TestAskHumanForm(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		first string   // the first line
		has   []string // elsewhere in the reply
	}{
		{"who said", []string{"whosaid", "really good call"}, "Steve Witkoff", []string{"“", "Reported by:", "i24NEWS", "(citing Bloomberg)"}},
		{"a date", []string{"ask", "When did Witkoff and Ushakov speak on the phone?"}, "October 14, 2025", []string{"Reported by:", "Devdiscourse"}},
		{"not found", []string{"ask", "Who won the Champions League final?"}, "Not found in the corpus.", []string{"Closest things it does know:"}},
		{"with the score explained", []string{"whosaid", "--explain", "really good call"}, "Steve Witkoff", []string{"weight(realli)", "idf, computed as"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runCLI(t, tt.args...)
			require.NoError(t, err)
			lines := strings.Split(out, "\n")
			assert.Equal(t, tt.first, lines[0])
			for _, h := range tt.has {
				assert.Contains(t, out, h)
			}
			if !strings.Contains(strings.Join(tt.args, " "), "--explain") {
				assert.NotContains(t, out, "idf, computed as", "no explanation unless asked")
			}
		})
	}
}

func TestAskUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no question", []string{"ask"}},
		{"blank question", []string{"whosaid", "  "}},
		{"missing corpus", []string{"ask", "--corpus", "/nonexistent/factdesk", "who?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runCLI(t, tt.args...)
			require.Error(t, err)
			assert.Equal(t, corpus.EINVALID, corpus.ErrorCode(err))
			assert.Equal(t, 2, exitCode(err))
			assert.Empty(t, out, "nothing on stdout")
			assert.NotContains(t, oneLine(err), "\n")
		})
	}
}
