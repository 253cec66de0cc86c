package engine_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
)

// TestSnapshotStorySameReplies starts from a snapshot of the seeds with
// the story's outlets and wants every reply to the story's and the
// held-out questions, and every lookup of a person by name or by the
// words written beside it, byte for byte as the built engine gives them:
// the answerer's tables come from the file, not from the mentions.
func TestSnapshotStorySameReplies(t *testing.T) {
	built, err := engine.Open(storyFS(t), "story", engine.Options{})
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "story.snap")
	require.NoError(t, built.WriteSnapshotFile(path))
	back, err := engine.OpenSnapshot(path)
	require.NoError(t, err)

	ctx := context.Background()
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	var qs []goldQuestion
	qs = append(qs, readQuestions(t, "testdata/questions-story.yaml")...)
	qs = append(qs, readQuestions(t, "testdata/questions-heldout.yaml")...)
	for _, q := range qs {
		t.Run(q.Command+" "+q.Q, func(t *testing.T) {
			do := func(e *engine.Engine) string {
				if q.Command == "whosaid" {
					a, err := e.WhoSaid(ctx, q.Q)
					require.NoError(t, err)
					return js(a)
				}
				a, err := e.Ask(ctx, q.Q)
				require.NoError(t, err)
				return js(a)
			}
			assert.Equal(t, do(built), do(back))
		})
	}
	// People by what articles call them ("the Russian negotiator"): the
	// role phrases and descriptions restored.
	asked := map[string]bool{}
	c := built.Corpus()
	for i := range c.Quotes {
		mention := c.QuoteMention(&c.Quotes[i])
		if !strings.Contains(mention, " ") || asked[mention] {
			continue
		}
		asked[mention] = true
		for _, ask := range []string{"What did " + mention + " say?", "Who is " + mention + "?"} {
			a1, err := built.Ask(ctx, ask)
			require.NoError(t, err)
			a2, err := back.Ask(ctx, ask)
			require.NoError(t, err)
			assert.Equal(t, js(a1), js(a2), ask)
		}
	}
	assert.NotEmpty(t, asked, "descriptions asked about")
}
