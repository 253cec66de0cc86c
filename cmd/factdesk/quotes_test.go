package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quotesJSON runs `factdesk quotes --json` with extra arguments and decodes
// the array as loosely as outside tools do.
func quotesJSON(t *testing.T, args ...string) []map[string]any {
	t.Helper()
	out, errw, err := runCLI(t, append([]string{"quotes", "--json"}, args...)...)
	require.NoError(t, err, errw)
	var got []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got), "stdout is one JSON array")
	return got
}

func TestQuotesJSONContract(t *testing.T) {
	got := quotesJSON(t)
	require.NotEmpty(t, got)
	for _, q := range got {
		for _, key := range []string{"text", "speaker", "file", "outlet"} {
			assert.Contains(t, q, key, "every quotation has %q, null or not", key)
		}
		assert.IsType(t, "", q["text"])
		assert.NotEmpty(t, q["text"])
		assert.IsType(t, "", q["file"])
		if q["speaker"] != nil {
			assert.IsType(t, "", q["speaker"])
			assert.NotEmpty(t, q["speaker"], "a speaker is a name or null, never empty")
		}
		if q["outlet"] != nil {
			assert.IsType(t, "", q["outlet"])
		}
	}
}

func TestQuotesBySpeaker(t *testing.T) {
	for _, tc := range []struct {
		typed, want string
		min         int
	}{
		{"Ushkov", "Yuri Ushakov", 5},
		{"ushakov", "Yuri Ushakov", 5},
		{"Yuri Ushakov", "Yuri Ushakov", 5},
		{"Witkoff", "Steve Witkoff", 9},
		{"witkof", "Steve Witkoff", 9},
	} {
		t.Run(tc.typed, func(t *testing.T) {
			got := quotesJSON(t, "--speaker", tc.typed)
			assert.GreaterOrEqual(t, len(got), tc.min)
			for _, q := range got {
				assert.Equal(t, tc.want, q["speaker"], "%v", q["text"])
			}
		})
	}
	t.Run("nobody of that name", func(t *testing.T) {
		assert.Empty(t, quotesJSON(t, "--speaker", "Nobody Atall"))
	})
}
