// Command train fits the speaker model of package quote (an averaged
// perceptron that ranks the mentions around a quotation the rules left
// without a cue, against "nobody") on PolNeAR's attributions, and writes
// its weights where the package embeds them:
//
//	go run ./corpus/quote/internal/train            # train on ../shared/polnear-train, score on polnear-dev
//	go run ./corpus/quote/internal/train -h
//
// A quotation's answer is the attribution whose content covers at least
// half of it: the candidate mention inside its source, or "nobody" when
// no attribution covers it (a scare quote, a title) or when its source is
// none of the candidates ("a club statement read:"), since choosing any
// of them would be wrong.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"

	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

func main() {
	train := flag.String("train", "../shared/polnear-train", "PolNeAR split to train on (corpus/ and attributions.json)")
	dev := flag.String("dev", "../shared/polnear-dev", "PolNeAR split to measure on, never trained on (empty: none)")
	out := flag.String("out", "corpus/quote/speaker_weights.json", "where the weights go")
	epochs := flag.Int("epochs", 8, "passes over the training examples")
	flag.IntVar(&tune, "tune", 40, "with -all: passes after those over the quotations without a cue only, the ones the model attributes at run time")
	flag.Float64Var(&margin, "margin", 1, `how much more than "nobody" a mention must score`)
	cv := flag.Int("cv", 0, "instead of training, measure by N-fold cross-validation on the training split's cue-less quotations (each fold held out of training)")
	score := flag.String("score", "", "score these weights (a JSON file the trainer wrote) instead of training")
	all := flag.Bool("all", false, "learn from every quotation's gold source (about 7,000), then -tune passes over the cue-less ones, instead of from the cue-less ones only (about 600)")
	flag.Parse()
	cueless = !*all
	if cueless {
		tune = 0
	}
	if *score != "" {
		if err := scoreOnly(*score, *train, *dev); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	if *cv > 1 {
		if err := crossValidate(*train, *cv, *epochs); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*train, *dev, *out, *epochs); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

var margin float64

// cueless restricts the training examples to the quotations the rules
// leave without a cue, the ones the model attributes at run time (the
// default). With -all the trainer learns from every quotation PolNeAR
// attributes, about ten times as many; measured held out (-cv) and end
// to end it was no better (README), so it is an option.
var cueless bool

// tune is how many passes over the cue-less quotations follow the passes
// over all of them: every gold source teaches what a speaker looks like,
// and the cue-less ones then teach the model the quotations it will see.
var tune int

// onlyCueless keeps the examples the rules left without a cue.
func onlyCueless(exs []labelled) []labelled {
	var out []labelled
	for _, ex := range exs {
		if ex.cueless {
			out = append(out, ex)
		}
	}
	return out
}

func run(trainDir, devDir, out string, epochs int) error {
	tr, err := examples(trainDir)
	if err != nil {
		return err
	}
	w := fit(tr, epochs, tune)
	for _, m := range []float64{0, 1, 2, 3, 4, 6, 8} {
		w["@margin"] = m
		fmt.Printf("margin %v: train: %s\n", m, measure(w, onlyCueless(tr)))
	}
	w["@margin"] = margin
	if !cueless {
		fmt.Printf("train %s, every quotation: %s\n", trainDir, measure(w, tr))
	}
	fmt.Printf("train %s: %s\n", trainDir, measure(w, onlyCueless(tr)))
	if devDir != "" {
		dv, err := examples(devDir)
		if err != nil {
			return err
		}
		if !cueless {
			fmt.Printf("dev   %s, every quotation: %s\n", devDir, measure(w, dv))
		}
		fmt.Printf("dev   %s: %s\n", devDir, measure(w, onlyCueless(dv)))
	}
	return write(out, w)
}

// crossValidate measures the trainer's settings on quotations it never
// saw: the cue-less quotations are split into n folds, and each fold is
// scored by weights trained on everything else (with -cueless, on the
// other folds only).
func crossValidate(dir string, n, epochs int) error {
	exs, err := examples(dir)
	if err != nil {
		return err
	}
	k := 0
	fold := make([]int, len(exs))
	for i, ex := range exs {
		fold[i] = -1
		if ex.cueless {
			fold[i] = k % n
			k++
		}
	}
	margins := []float64{0, 1, 2, 3, 4}
	held := make([][][2]int, len(margins)) // gold, pick
	for f := 0; f < n; f++ {
		var tr, te []labelled
		for i, ex := range exs {
			if fold[i] == f {
				te = append(te, ex)
			} else {
				tr = append(tr, ex)
			}
		}
		w := fit(tr, epochs, tune)
		for j, m := range margins {
			w["@margin"] = m
			for _, ex := range te {
				held[j] = append(held[j], [2]int{ex.gold, best(w, ex.Candidates)})
			}
		}
	}
	for j, m := range margins {
		fmt.Printf("margin %v, held out: %s\n", m, tally(held[j]))
	}
	return nil
}

// scoreOnly measures weights already written, on the examples the
// pipeline gives today: whether retraining is worth it.
func scoreOnly(path, trainDir, devDir string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var w quote.Weights
	if err := json.Unmarshal(raw, &w); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, dir := range []string{trainDir, devDir} {
		if dir == "" {
			continue
		}
		exs, err := examples(dir)
		if err != nil {
			return err
		}
		if !cueless {
			fmt.Printf("%s, every quotation: %s\n", dir, measure(w, exs))
		}
		fmt.Printf("%s: %s\n", dir, measure(w, onlyCueless(exs)))
	}
	return nil
}

// labelled is an example with the index of its right candidate.
type labelled struct {
	quote.Example
	gold int
	// cueless: the rules left this quotation without a cue.
	cueless bool
}

type part struct {
	Spans [][2]int `json:"spans"`
}

type attribution struct {
	Source  *part `json:"source"`
	Content *part `json:"content"`
}

func examples(dir string) ([]labelled, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "attributions.json"))
	if err != nil {
		return nil, err
	}
	var attrs map[string][]attribution
	if err := json.Unmarshal(raw, &attrs); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "attributions.json"), err)
	}
	cdir := filepath.Join(dir, "corpus")
	c, err := load.Load(os.DirFS(cdir), cdir, load.Options{})
	if err != nil {
		return nil, err
	}
	texts := map[string]string{}
	for _, a := range c.Articles {
		texts[a.File] = a.Text
	}
	r := person.Build(c.Articles)
	var out []labelled
	// The quotations the rules leave without a cue are the ones the
	// model attributes at run time.
	type key struct {
		file string
		at   int
	}
	open := map[key]bool{}
	for _, ex := range quote.SpeakerExamples(c.Articles, r) {
		open[key{ex.File, ex.Quote.Start}] = true
	}
	for _, ex := range quote.AllSpeakerExamples(c.Articles, r) {
		cl := open[key{ex.File, ex.Quote.Start}]
		if cueless && !cl {
			continue
		}
		text := texts[ex.File]
		gold, ok := label(text, attrs[ex.File], ex)
		if ok {
			out = append(out, labelled{ex, gold, cl})
		}
	}
	return out, nil
}

// label finds the right candidate of ex: 0 ("nobody") when no
// attribution's content covers half the quotation.
func label(text string, attrs []attribution, ex quote.Example) (int, bool) {
	conv := runeOffsets(text)
	q := ex.Quote
	for _, at := range attrs {
		if at.Content == nil {
			continue
		}
		cov := 0
		for _, sp := range at.Content.Spans {
			s, e := conv(sp[0]), conv(sp[1])
			cov += max(0, min(e, q.End)-max(s, q.Start))
		}
		if 2*cov < q.End-q.Start {
			continue
		}
		if at.Source == nil {
			return 0, false
		}
		for k := 1; k < len(ex.Candidates); k++ {
			c := ex.Candidates[k].Span
			for _, sp := range at.Source.Spans {
				if s, e := conv(sp[0]), conv(sp[1]); c.Start < e && s < c.End {
					return k, true
				}
			}
		}
		return 0, true // a source none of the candidates is ("a club statement read:"): choosing any is wrong
	}
	return 0, true
}

// runeOffsets converts code point offsets of text to byte offsets.
func runeOffsets(text string) func(int) int {
	var at []int
	for i := range text {
		at = append(at, i)
	}
	at = append(at, len(text))
	return func(n int) int { return at[min(max(n, 0), len(at)-1)] }
}

// fit trains an averaged perceptron that ranks each example's candidates:
// epochs passes over all of exs, then tune over the cue-less ones.
func fit(exs []labelled, epochs, tune int) quote.Weights {
	w, sum := quote.Weights{}, quote.Weights{}
	step := 1.0
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var open []int
	for i, ex := range exs {
		if ex.cueless {
			open = append(open, i)
		}
	}
	for e := 0; e < epochs+tune; e++ {
		if e == epochs {
			order = open
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := exs[i]
			if p := best(w, ex.Candidates); p != ex.gold {
				for _, f := range ex.Candidates[ex.gold].Features {
					w[f]++
					sum[f] += step
				}
				for _, f := range ex.Candidates[p].Features {
					w[f]--
					sum[f] -= step
				}
			}
			step++
		}
	}
	avg := quote.Weights{}
	for f, v := range w {
		if a := v - sum[f]/step; math.Abs(a) > 1e-4 {
			avg[f] = math.Round(a*1e4) / 1e4
		}
	}
	return avg
}

func best(w quote.Weights, cs []quote.Candidate) int {
	b, bs := 0, w.Score(cs[0].Features)+w["@margin"]
	for k := 1; k < len(cs); k++ {
		if s := w.Score(cs[k].Features); s > bs {
			b, bs = k, s
		}
	}
	return b
}

// measure reports how often the model picks the right candidate, for the
// quotations someone said and for those nobody did.
func measure(w quote.Weights, exs []labelled) string {
	picks := make([][2]int, len(exs))
	for i, ex := range exs {
		picks[i] = [2]int{ex.gold, best(w, ex.Candidates)}
	}
	return tally(picks)
}

// tally reports how often the pick is the gold candidate, for the
// quotations someone said and for those nobody did (gold 0).
func tally(picks [][2]int) string {
	var said, saidRight, none, noneRight, wrongSpeaker int
	for _, gp := range picks {
		gold, p := gp[0], gp[1]
		if gold == 0 {
			none++
			if p == 0 {
				noneRight++
			}
			continue
		}
		said++
		switch p {
		case gold:
			saidRight++
		case 0:
		default:
			wrongSpeaker++
		}
	}
	return fmt.Sprintf("%d quotations; someone's: %d, model right %d (%.3f), wrong mention %d; nobody's: %d, kept out %d (%.3f)",
		len(picks), said, saidRight, ratio(saidRight, said), wrongSpeaker, none, noneRight, ratio(noneRight, none))
}

func ratio(a, b int) float64 { return float64(a) / float64(max(1, b)) }

func write(path string, w quote.Weights) error {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	buf := []byte("{\n")
	for i, k := range keys {
		var kb bytes.Buffer
		enc := json.NewEncoder(&kb)
		enc.SetEscapeHTML(false) // "side&opens_para" as written
		if err := enc.Encode(k); err != nil {
			return err
		}
		buf = fmt.Appendf(buf, "  %s: %v", bytes.TrimSpace(kb.Bytes()), w[k])
		if i < len(keys)-1 {
			buf = append(buf, ',')
		}
		buf = append(buf, '\n')
	}
	buf = append(buf, "}\n"...)
	return os.WriteFile(path, buf, 0o644)
}
