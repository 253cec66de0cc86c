package lex

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// polnearTrain is the development set's folder, beside the repository.
const polnearTrain = "../../../shared/polnear-train"

// TestCueDetector measures IsCommunication as a reporting-verb detector on
// PolNeAR's attributions: over every token the tagger calls a verb (be, have
// and do aside), a cue
// word is one inside an annotated cue span, and the rule should say yes to
// those and no to the others. It prints precision and recall for three
// readings of the rule (the first sense only, the first two, any sense), from
// which commSenses was chosen. It reads 840 articles, so it runs only when
// asked: LEX_MEASURE=1 go test -run TestCueDetector -v ./corpus/lex/
func TestCueDetector(t *testing.T) {
	if os.Getenv("LEX_MEASURE") == "" {
		t.Skip("set LEX_MEASURE=1 to measure on ../shared/polnear-train")
	}
	raw, err := os.ReadFile(filepath.Join(polnearTrain, "attributions.json"))
	if err != nil {
		t.Skip("no PolNeAR train set: " + err.Error())
	}
	var gold map[string][]struct {
		Cue *struct {
			Spans [][2]int `json:"spans"`
		} `json:"cue"`
	}
	require.NoError(t, json.Unmarshal(raw, &gold))
	files := make([]string, 0, len(gold))
	for f := range gold {
		files = append(files, f)
	}
	sort.Strings(files)

	type count struct{ tp, fp, fn int }
	rules := []struct {
		name string
		k    int
	}{{"first sense", 1}, {"first two senses", 2}, {"any sense", 0}}
	counts := make([]count, len(rules))
	missed := map[string]int{}
	wrong := map[string]int{}
	start, size := time.Now(), 0
	cues, verbCues, commCues := 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(polnearTrain, "corpus", f))
		require.NoError(t, err, f)
		text := string(b)
		size += len(text)
		// Gold spans count characters; Tag counts bytes.
		byteAt := make([]int, 0, len(text)+1)
		for i := range text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(text))
		inCue := make([]bool, len(text)+1)
		toks := Tag(text)
		for _, a := range gold[f] {
			if a.Cue == nil {
				continue
			}
			hasVerb, hasComm := false, false
			for _, s := range a.Cue.Spans {
				if s[0] < 0 || s[1] >= len(byteAt) || s[0] > s[1] {
					t.Fatalf("%s: cue span %v outside the text", f, s)
				}
				for i := byteAt[s[0]]; i < byteAt[s[1]]; i++ {
					inCue[i] = true
				}
				from := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= byteAt[s[0]] })
				for _, tk := range toks[from:] {
					if tk.End > byteAt[s[1]] {
						break
					}
					if strings.HasPrefix(tk.Tag, "VB") {
						hasVerb = true
						hasComm = hasComm || IsCommunication(tk.Text)
					}
				}
			}
			cues++
			if hasVerb {
				verbCues++
				if hasComm {
					commCues++
				}
			}
		}
		for _, tk := range toks {
			// Auxiliaries ("has said", "did not say") sit inside cue spans
			// but are never the reporting verb; neither side counts them.
			if !strings.HasPrefix(tk.Tag, "VB") || tk.Lemma == "be" || tk.Lemma == "have" || tk.Lemma == "do" {
				continue
			}
			cue := inCue[tk.Start]
			for i, r := range rules {
				got := isCommunication(tk.Text, r.k)
				switch {
				case got && cue:
					counts[i].tp++
				case got:
					counts[i].fp++
					if r.k == commSenses {
						wrong[tk.Lemma]++
					}
				case cue:
					counts[i].fn++
					if r.k == commSenses {
						missed[tk.Lemma]++
					}
				}
			}
		}
	}
	fmt.Printf("read, tagged and looked up %.1f MB in %v\n", float64(size)/1e6, time.Since(start).Round(time.Millisecond))
	fmt.Println("| rule | precision | recall | F1 | cue verbs found | other verbs taken |")
	fmt.Println("|---|---|---|---|---|---|")
	for i, r := range rules {
		c := counts[i]
		p := float64(c.tp) / float64(c.tp+c.fp)
		rc := float64(c.tp) / float64(c.tp+c.fn)
		fmt.Printf("| %s | %.3f | %.3f | %.3f | %d of %d | %d |\n", r.name, p, rc, 2*p*rc/(p+rc), c.tp, c.tp+c.fn, c.fp)
	}
	fmt.Printf("cues: %d, with a verb %d, with a verb IsCommunication accepts %d (%.3f of those with a verb)\n",
		cues, verbCues, commCues, float64(commCues)/float64(verbCues))
	fmt.Println("most missed cue verbs:", top(missed, 25))
	fmt.Println("most frequent non-cue verbs taken:", top(wrong, 25))
}

func top(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	var parts []string
	for i := 0; i < n && i < len(all); i++ {
		parts = append(parts, fmt.Sprintf("%s %d", all[i].k, all[i].v))
	}
	return strings.Join(parts, ", ")
}
