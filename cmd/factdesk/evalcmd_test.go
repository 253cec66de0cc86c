package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

// evalCorpus writes a one-article corpus and a gold file beside it.
func evalCorpus(t *testing.T, goldName, goldText string) (dir, goldPath string) {
	t.Helper()
	dir = t.TempDir()
	art := "Polish envoy Anna Kowalska met German minister Karl Weber in Vienna on Monday.\n\n" +
		"\"We will not sign this paper,\" Weber said. \"Not now, not ever.\"\n\n" +
		"Kowalska added: \"The door stays open for another round of talks.\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(art), 0o644))
	goldPath = filepath.Join(t.TempDir(), goldName)
	require.NoError(t, os.WriteFile(goldPath, []byte(goldText), 0o644))
	return dir, goldPath
}

func TestEvalSieves(t *testing.T) {
	story := `- file: a.txt
  key: We will not sign this paper
  speaker: Karl Weber
- file: a.txt
  key: Not now, not ever
  speaker: Karl Weber
- file: a.txt
  key: The door stays open
  speaker: Anna Kowalska
- file: a.txt
  key: A quotation nobody extracts
  speaker: Somebody Else
`
	polnear := `{"quotes": [
 {"file": "a.txt", "text": "We will not sign this paper,", "speaker": "Weber", "kind": "name", "surname": "Weber"},
 {"file": "a.txt", "text": "Not now, not ever.", "speaker": "he", "kind": "pronoun", "surname": null},
 {"file": "a.txt", "text": "The door stays open for another round of talks.", "speaker": "Weber", "kind": "name", "surname": "Weber"}
], "negatives": []}`
	for _, tc := range []struct {
		name, file, gold string
		want             map[string][3]int // sieve -> attributed, right, held whoever speaks
		found, total     int
	}{
		{"a dev story's quotes.yaml", "quotes.yaml", story,
			map[string][3]int{"after": {1, 1, 1}, "continued": {1, 1, 1}, "before": {1, 1, 1}}, 3, 4},
		{"PolNeAR gold.json, the last speaker wrong", "gold.json", polnear,
			map[string][3]int{"after": {1, 1, 1}, "continued": {1, 1, 1}, "before": {1, 0, 1}}, 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, gold := evalCorpus(t, tc.file, tc.gold)
			out, errw, err := runCLI(t, "eval", "sieves", "--json", "--corpus", dir, "--gold", gold)
			require.NoError(t, err, errw)
			var rep sieveEval
			require.NoError(t, json.Unmarshal([]byte(out), &rep))
			got := map[string][3]int{}
			for _, r := range rep.Rows {
				if r.Attrib > 0 {
					got[r.Sieve] = [3]int{r.Attrib, r.Right, r.Held}
				}
			}
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.found, rep.GoldFound)
			assert.Equal(t, tc.total, rep.Gold)

			text, _, err := runCLI(t, "eval", "sieves", "--corpus", dir, "--gold", gold)
			require.NoError(t, err)
			assert.Contains(t, text, "precision")
			assert.Contains(t, text, "recall")
		})
	}
}

func TestEvalSievesBadInput(t *testing.T) {
	dir, _ := evalCorpus(t, "quotes.yaml", "[]")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no subcommand", []string{"eval", "--corpus", dir, "--gold", "x"}, "eval sieves"},
		{"no gold", []string{"eval", "sieves", "--corpus", dir}, "--gold"},
		{"a missing gold file", []string{"eval", "sieves", "--corpus", dir, "--gold", filepath.Join(dir, "nope.yaml")}, "nope.yaml"},
		{"gold that is no list", []string{"eval", "sieves", "--corpus", dir, "--gold", filepath.Join(dir, "a.txt")}, "a.txt: not a quotes.yaml list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runCLI(t, tc.args...)
			require.Error(t, err)
			assert.Equal(t, corpus.EINVALID, corpus.ErrorCode(err))
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestParseGold(t *testing.T) {
	for _, tc := range []struct {
		name, ext, text, err string
		story, polnear       int
	}{
		{"yaml list", ".yaml", "- file: a.txt\n  key: some words\n  speaker: X\n", "", 1, 0},
		{"yaml entry without key", ".yaml", "- file: a.txt\n  speaker: X\n", "entry 1: want file and key", 0, 0},
		{"json quotes", ".json", `{"quotes":[{"file":"a.txt","text":"x","kind":"name","surname":"Y"}]}`, "", 0, 1},
		{"json quote without file", ".json", `{"quotes":[{"text":"x"}]}`, "quotes[0]: no file", 0, 0},
		{"broken json", ".json", `{"quotes":`, "not PolNeAR gold JSON", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := parseGold(tc.ext, []byte(tc.text))
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Len(t, g.story, tc.story)
			assert.Len(t, g.polnear, tc.polnear)
		})
	}
}

func FuzzParseGold(f *testing.F) {
	f.Add(".yaml", []byte("- file: a.txt\n  key: words\n  speaker: X\n"))
	f.Add(".json", []byte(`{"quotes":[{"file":"a.txt","text":"x","surname":null}]}`))
	f.Add(".yaml", []byte("{"))
	f.Fuzz(func(t *testing.T, ext string, b []byte) {
		g, err := parseGold(ext, b)
		if err != nil {
			return
		}
		// Whatever parses can be matched without a panic.
		qs := []corpus.Quote{{File: "a.txt", Text: "words x", Speaker: "X"}}
		r := sieveReport(g, qs, []string{"after"})
		if r.Total.Attrib != 1 || r.GoldFound > r.Gold {
			t.Fatalf("report %+v", r)
		}
	})
}
