package engine_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
	"factdesk/internal/goldmatch"
)

// reportedSpeech is a sentence of reported speech ending in its speaker:
// "the levy is unfair to island families, harbour chief Erik Lund said."
var reportedSpeech = regexp.MustCompile(`([^"“”\n.!?]{40,240}), ((?:[A-Z][\w.'-]+ ){0,3}([A-Z][a-z]{2,})) (?:said|says)\.`)

var letters = regexp.MustCompile(`[A-Za-z]+`)

// reportedStop are words no topic is made of.
var reportedStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an of to in on for and or but that this with as at by from is was are were be been has
have had it its their his her they he she we you not will would could should about after before over into than more most
said says also who which what when`) {
		reportedStop[w] = true
	}
}

// TestSaidFromReportedSpeech measures a class of question on
// polnear-train: "what did X say about Y", where X's words on Y are
// reported ("…, X said.") rather than quoted. For each article in name
// order, the first such sentence gives a question: X's surname and the two
// longest lower-case words of what X said. The reply must come from that
// sentence. No text is kept: the questions are made from the articles.
func TestSaidFromReportedSpeech(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: reads all of polnear-train")
	}
	dir := filepath.Join(goldmatch.SharedDir(), "polnear-train", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipped: polnear-train is not at %s (set FACTDESK_SHARED): %v", dir, err)
	}
	fsys := os.DirFS(dir)
	names, err := fs.Glob(fsys, "*.txt")
	require.NoError(t, err)
	sort.Strings(names)
	type probe struct{ file, q, want string }
	var probes []probe
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		require.NoError(t, err)
		for _, m := range reportedSpeech.FindAllStringSubmatch(string(b), -1) {
			if surname := m[3]; surname == "He" || surname == "She" || surname == "They" || surname == "The" || surname == "It" {
				continue
			}
			var words []string
			for _, w := range letters.FindAllString(m[1], -1) {
				if len(w) > 4 && !reportedStop[strings.ToLower(w)] && w[0] >= 'a' && w[0] <= 'z' {
					words = append(words, w)
				}
			}
			if len(words) < 3 {
				continue
			}
			sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
			probes = append(probes, probe{name, fmt.Sprintf("what did %s say about %s %s", strings.ToLower(m[3]), words[0], words[1]), strings.TrimSpace(m[1])[:30]})
			break
		}
	}
	require.GreaterOrEqual(t, len(probes), 25, "questions made")
	e, err := engine.Open(fsys, dir, engine.Options{})
	require.NoError(t, err)
	right := 0
	for _, p := range probes {
		a, err := e.Ask(context.Background(), p.q)
		require.NoError(t, err)
		if a.File == p.file && strings.Contains(a.Quote+a.Answer, p.want) {
			right++
		}
	}
	share := float64(right) / float64(len(probes))
	t.Logf("what X said, reported: %d of %d (%.2f)", right, len(probes), share)
	assert.GreaterOrEqual(t, share, 0.45, "share answered from the reported sentence")
}
