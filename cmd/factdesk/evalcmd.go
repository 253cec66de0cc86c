package main

import (
	"context"
	"encoding/json"
	"factdesk/internal/goldmatch"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"go.yaml.in/yaml/v3"

	"factdesk/corpus"
	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

func init() {
	commands["eval"] = command{
		summary: "measure each attribution sieve against gold quotations (eval sieves --corpus DIR --gold FILE)",
		usage:   "sieves --corpus DIR --gold FILE [--json]",
		flags: func(fs *flag.FlagSet) func(context.Context, []string, io.Writer, io.Writer) error {
			dir := fs.String("corpus", "", "the folder of articles the gold is about")
			goldPath := fs.String("gold", "", "gold quotations: a dev story's quotes.yaml or a PolNeAR gold.json")
			asJSON := fs.Bool("json", false, "print one JSON document for tools")
			wrong := fs.String("wrong", "", "also list the quotations this sieve got wrong ('all' for every sieve)")
			return func(ctx context.Context, args []string, out, errw io.Writer) error {
				if len(args) != 1 || args[0] != "sieves" {
					return corpus.Errorf(corpus.EINVALID, "eval: want 'eval sieves --corpus DIR --gold FILE'")
				}
				if *dir == "" || *goldPath == "" {
					return corpus.Errorf(corpus.EINVALID, "eval sieves needs --corpus DIR and --gold FILE")
				}
				g, err := readGold(*goldPath)
				if err != nil {
					return err
				}
				c, err := load.Load(os.DirFS(*dir), *dir, load.Options{})
				if err != nil {
					return err
				}
				for _, p := range c.Problems {
					fmt.Fprintln(errw, "warning: "+p.Error())
				}
				r := person.Build(c.Articles)
				qs, by := quote.ExtractTrace(c.Articles, r)
				rep := sieveReport(g, qs, by)
				if *wrong != "" {
					rep.Wrong = wrongOf(rep.right, qs, by, *wrong)
				}
				if *asJSON {
					return writeJSON(out, rep)
				}
				return renderSieveReport(out, rep)
			}
		},
	}
}

// gold is a set of gold quotations in one of the two formats
// ../shared/eval/score.py reads, matched the way it matches them.
type gold struct {
	// story: a dev story's quotes.yaml, one key (a run of the quotation's
	// words) per quotation.
	story []storyGold
	// polnear: PolNeAR's gold.json, the whole quotation's text.
	polnear []polnearGold
}

type storyGold struct {
	File     string `yaml:"file"`
	Key      string `yaml:"key"`
	Speaker  string `yaml:"speaker"`
	Optional bool   `yaml:"optional"`
}

type polnearGold struct {
	File    string  `json:"file"`
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Kind    string  `json:"kind"`
	Surname *string `json:"surname"`
}

// maxGold bounds a gold file's size, so a wrong path cannot eat memory.
const maxGold = 64 << 20

func readGold(path string) (*gold, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	if st.Size() > maxGold {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %d bytes, more than a gold file holds", path, st.Size())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	g, err := parseGold(filepath.Ext(path), b)
	if err != nil {
		return nil, corpus.Errorf(corpus.EINVALID, "%s: %v", path, err)
	}
	return g, nil
}

// parseGold reads gold.json (ext ".json") or quotes.yaml (anything else).
func parseGold(ext string, b []byte) (*gold, error) {
	g := &gold{}
	if strings.EqualFold(ext, ".json") {
		var doc struct {
			Quotes []polnearGold `json:"quotes"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			return nil, fmt.Errorf("not PolNeAR gold JSON: %v", err)
		}
		for i, q := range doc.Quotes {
			if q.File == "" {
				return nil, fmt.Errorf("quotes[%d]: no file", i)
			}
		}
		g.polnear = doc.Quotes
		return g, nil
	}
	if err := yaml.Unmarshal(b, &g.story); err != nil {
		return nil, fmt.Errorf("not a quotes.yaml list: %s", strings.Join(strings.Fields(err.Error()), " "))
	}
	for i, q := range g.story {
		if q.File == "" || strings.TrimSpace(q.Key) == "" {
			return nil, fmt.Errorf("entry %d: want file and key", i+1)
		}
	}
	return g, nil
}

// sieveRow is one sieve's figures: how many quotations it attributed, how
// many of those gold holds with the right speaker, and how many it holds
// whoever the speaker (score.py's quotation precision counts those).
type sieveRow struct {
	Sieve     string  `json:"sieve"`
	Attrib    int     `json:"attributed"`
	Right     int     `json:"right"`
	Precision float64 `json:"precision"`
	Held      int     `json:"held"`
	HeldShare float64 `json:"held_precision"`
}

type sieveEval struct {
	Rows      []sieveRow `json:"sieves"`
	Total     sieveRow   `json:"total"`
	Gold      int        `json:"gold"`       // gold quotations that count for recall
	GoldFound int        `json:"gold_found"` // of them, held by an extraction
	Recall    float64    `json:"recall"`
	// Wrong lists, when asked, the quotations a sieve got wrong.
	Wrong []wrongQuote `json:"wrong,omitempty"`
	right []bool
}

type wrongQuote struct {
	Sieve   string `json:"sieve"`
	File    string `json:"file"`
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

func wrongOf(right []bool, qs []corpus.Quote, by []string, sieve string) []wrongQuote {
	var out []wrongQuote
	for i, q := range qs {
		if !right[i] && (sieve == "all" || by[i] == sieve) {
			out = append(out, wrongQuote{Sieve: by[i], File: q.File, Speaker: q.Speaker, Text: q.Text})
		}
	}
	return out
}

func sieveReport(g *gold, qs []corpus.Quote, by []string) sieveEval {
	var right, held []bool
	var rep sieveEval
	if g.polnear != nil {
		right, held, rep.Gold, rep.GoldFound = matchPolnear(g.polnear, qs)
	} else {
		right, held, rep.Gold, rep.GoldFound = matchStory(g.story, qs)
	}
	rows := map[string]*sieveRow{}
	for _, name := range quote.Sieves() {
		rep.Rows = append(rep.Rows, sieveRow{Sieve: name})
	}
	for i := range rep.Rows {
		rows[rep.Rows[i].Sieve] = &rep.Rows[i]
	}
	rep.Total.Sieve = "all"
	for i := range qs {
		row := rows[by[i]]
		if row == nil { // a sieve Sieves does not list: still counted
			rep.Rows = append(rep.Rows, sieveRow{Sieve: by[i]})
			row = &rep.Rows[len(rep.Rows)-1]
			rows = reindex(rep.Rows)
		}
		row.Attrib++
		rep.Total.Attrib++
		if right[i] {
			row.Right++
			rep.Total.Right++
		}
		if held[i] {
			row.Held++
			rep.Total.Held++
		}
	}
	for i := range rep.Rows {
		rep.Rows[i].Precision = ratio(rep.Rows[i].Right, rep.Rows[i].Attrib)
		rep.Rows[i].HeldShare = ratio(rep.Rows[i].Held, rep.Rows[i].Attrib)
	}
	rep.Total.Precision = ratio(rep.Total.Right, rep.Total.Attrib)
	rep.Total.HeldShare = ratio(rep.Total.Held, rep.Total.Attrib)
	rep.Recall = ratio(rep.GoldFound, rep.Gold)
	rep.right = right
	return rep
}

func reindex(rows []sieveRow) map[string]*sieveRow {
	m := map[string]*sieveRow{}
	for i := range rows {
		m[rows[i].Sieve] = &rows[i]
	}
	return m
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func renderSieveReport(w io.Writer, rep sieveEval) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	// held: gold holds the words, whoever it names (score.py's precision)
	fmt.Fprintln(tw, "sieve\tattributed\tright\tprecision\theld\twords precision\t")
	for _, r := range append(rep.Rows, rep.Total) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%d\t%.3f\t\n", r.Sieve, r.Attrib, r.Right, r.Precision, r.Held, r.HeldShare)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "gold quotations found: %d of %d (recall %.3f)\n", rep.GoldFound, rep.Gold, rep.Recall)
	for _, q := range rep.Wrong {
		text := q.Text
		if len(text) > 90 {
			text = text[:90] + "…"
		}
		_, err = fmt.Fprintf(w, "  wrong %s: %s: %q (%s)\n", q.Sieve, q.File, strings.Join(strings.Fields(text), " "), q.Speaker)
	}
	return err
}

// The matching below is score.py's, so that a sieve's figures add up to
// the figures the project is judged by.

func matchStory(g []storyGold, qs []corpus.Quote) (right, held []bool, required, found int) {
	right = make([]bool, len(qs))
	held = make([]bool, len(qs))
	byFile := map[string][]int{}
	for i, q := range g {
		byFile[q.File] = append(byFile[q.File], i)
	}
	keys := make([]string, len(g))
	for i, q := range g {
		keys[i] = goldmatch.Norm(q.Key)
	}
	matched := map[int]bool{}
	for qi, q := range qs {
		text := goldmatch.Norm(q.Text)
		// The gold quotation whose key it holds: one whose speaker agrees
		// first, then a required one, then the longest key.
		best := -1
		better := func(i, j int) bool {
			ai, aj := q.Speaker != "" && goldmatch.SameSurname(q.Speaker, g[i].Speaker), q.Speaker != "" && goldmatch.SameSurname(q.Speaker, g[j].Speaker)
			if ai != aj {
				return ai
			}
			if g[i].Optional != g[j].Optional {
				return !g[i].Optional
			}
			return len(g[i].Key) > len(g[j].Key)
		}
		for _, i := range byFile[q.File] {
			if strings.Contains(text, keys[i]) && (best < 0 || better(i, best)) {
				best = i
			}
		}
		held[qi] = best >= 0
		if best >= 0 && q.Speaker != "" && goldmatch.SameSurname(q.Speaker, g[best].Speaker) {
			right[qi] = true
			matched[best] = true
		}
	}
	for i, q := range g {
		if !q.Optional {
			required++
			if matched[i] {
				found++
			}
		}
	}
	return right, held, required, found
}

func matchPolnear(g []polnearGold, qs []corpus.Quote) (right, held []bool, total, found int) {
	x := goldmatch.NewQuotes()
	for i, q := range qs {
		x.Add(i, q.File, q.Text)
	}
	used := make([]int, len(qs))
	speakerOK := make([]int, len(qs)) // +1 a named gold it holds names its speaker, -1 names another
	for _, q := range g {
		gw := goldmatch.Words(q.Text)
		if len(gw) == 0 {
			continue
		}
		total++
		hit := x.Best(q.File, gw)
		if hit < 0 {
			continue
		}
		found++
		used[hit] += len(gw)
		if q.Kind == "name" && q.Surname != nil {
			if goldmatch.HasWord(qs[hit].Speaker, *q.Surname) {
				speakerOK[hit] = 1
			} else if speakerOK[hit] == 0 {
				speakerOK[hit] = -1
			}
		}
	}
	right = make([]bool, len(qs))
	held = make([]bool, len(qs))
	for i := range qs {
		// score.py's rule: it holds gold quotations and is not much longer
		// than them; and, where the gold names the speaker, it is theirs.
		held[i] = x.Held(i, used[i])
		right[i] = held[i] && speakerOK[i] >= 0
	}
	return right, held, total, found
}
