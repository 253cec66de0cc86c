// Command fit fits the score that decides between an answer and "not
// found" (corpus/answer/calibrate.go): a logistic regression over the
// features of each proposed answer, labelled right or wrong by the gold of
// question sets, on one half of the development stories' questions and on
// the question sets of our own listed in corpus/answer/testdata/train.tsv;
// it reports the figures on the other half of the stories and, with -w,
// writes the weights to corpus/answer/weights.go.
//
//	go run ./corpus/answer/fit [-w] [-v] [-oracle] ../shared/dev-stories
//
// The split is by position: in each story's questions.yaml the questions
// at even positions (0, 2, …) are fitted on, those at odd positions held
// out. corpus/answer/testdata/split.tsv lists it. Every question of the
// sets in train.tsv is fitted on (-train "" leaves them out), or half of
// a set where its line ends in a third column, "even" or "odd"; none of them
// is among the stories' questions, so the held-out half stays unseen. The
// sets in testdata/report.tsv (-report) are only reported on.
package main

import (
	"context"
	"factdesk/internal/goldmatch"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"factdesk/corpus"
	"factdesk/corpus/answer"
	"factdesk/corpus/engine"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/seeds"
)

// item is one gold question, in the shape of ../shared/eval's files.
type item struct {
	Command    string   `yaml:"command"`
	Q          string   `yaml:"q"`
	Speaker    string   `yaml:"speaker"`
	SpeakerAny []string `yaml:"speaker_any"`
	Answer     []string `yaml:"answer"`
	Files      []string `yaml:"files"`
	FilesHalf  []string `yaml:"files_half"`
	Found      *bool    `yaml:"found"`
}

// sample is one question's proposal: its features, whether it is right,
// and whether "not found" would be right instead.
type sample struct {
	story     string
	pos       int
	generated bool // a fragment made by absentQuotes or recalledQuotes
	proposed  bool // something was proposed
	x         answer.Features
	right     bool // the proposal passes the gold
	none      bool // the gold wants "not found"
	p         float64
	q         string // for -v
	answer    string
	kind      string  // the question's kind, for -oracle
	cands     []label // for -oracle: the candidates the proposal was chosen among, the chosen first; nil when it came from no list
	elsewhere bool    // for -oracle: a candidate of another list (another reading of the question) is right
	// For the ranker (rank.go): each candidate's ranking features and
	// the features the fitted probability reads were it chosen, in the
	// order of cands.
	ranked []answer.RankFeatures
	scored []answer.Features
}

func main() {
	write := flag.Bool("w", false, "write corpus/answer/weights.go")
	verbose := flag.Bool("v", false, "list every question's proposal, label and features")
	reportList := flag.String("report", "corpus/answer/testdata/report.tsv", "question sets only reported on, listed as in -train's file (\"\" for none)")
	generated := flag.String("generated", "../shared/polnear-dev/corpus", "a corpus of many articles asked generated whosaid fragments (absentQuotes, recalledQuotes) besides the stories' own (\"\" for none)")
	trainList := flag.String("train", "corpus/answer/testdata/train.tsv", "question sets of our own fitted on whole (\"\" for none)")
	oracle := flag.Bool("oracle", false, "report, of the wrong proposals, those with a right answer among the candidates they were chosen from (oracle.go)")
	unread := flag.String("unread", "x-", "the prefix of the question sets whose failures nobody may read: -oracle leaves them out")
	halves := flag.Bool("halves", false, "also fit with each half (even, odd positions) of the reported sets not unread, and report the other half (halves.go)")
	flag.Float64Var(&l2, "l2", l2, "the weight of the fit's L2 term, for measuring (-halves); the committed weights are fitted at the default")
	alone := flag.String("alone", "", "with -halves, also choose this feature's weight alone, the others held (alone.go)")
	rankTop := flag.Int("rank", 0, "report what a ranker choosing among the first N candidates would turn (rank.go); 0 for none")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: fit [-w] [-v] DEV-STORIES-DIR [REPORT-DIR ...]")
		os.Exit(2)
	}
	stories, err := filepath.Glob(filepath.Join(flag.Arg(0), "*", "questions.yaml"))
	if err != nil || len(stories) == 0 {
		fmt.Fprintf(os.Stderr, "fit: %s: no */questions.yaml\n", flag.Arg(0))
		os.Exit(1)
	}
	samples, err := collect(stories, *generated)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
	// Sets only reported on (polnear-dev): never fitted, so their figure
	// says how the score does on questions it has not seen.
	var extra [][]*sample
	for _, dir := range flag.Args()[1:] {
		ss, err := collect([]string{filepath.Join(dir, "questions.yaml")}, "")
		if err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(1)
		}
		extra = append(extra, ss)
	}
	var train, test []*sample
	for _, s := range samples {
		if s.pos%2 == 0 {
			train = append(train, s)
		} else {
			test = append(test, s)
		}
	}
	own := listed(*trainList, flag.Arg(0))
	train = append(train, own...)
	reported := listed(*reportList, flag.Arg(0))
	w := fitLogistic(train)
	// The threshold is chosen on the questions people wrote: the
	// generated fragments fit the weights of the whosaid features, and
	// their number would otherwise move the point where every other
	// question is given or not.
	thWho := looseWhoThreshold(train, w)
	th := bestThreshold(slices.DeleteFunc(slices.Clone(train), func(s *sample) bool { return s.generated }), w, thWho)
	if *verbose {
		for t := 0.0; t < 0.96; t += 0.05 {
			fmt.Printf("threshold %.2f: fitted half %d, held-out half %d, reported only %d\n", t, passed(train, w, t, thWho), passed(test, w, t, thWho), passed(reported, w, t, thWho))
		}
	}
	fmt.Printf("weights: ")
	for i, n := range answer.FeatureNames {
		fmt.Printf("%s %.3f; ", n, w[i])
	}
	fmt.Printf("bias %.3f; threshold %.2f; loose whosaid threshold %.2f\n", w[answer.NFeatures], th, thWho)
	if *verbose {
		for _, s := range samples {
			fmt.Printf("%-10.10s %2d proposed=%-5v right=%-5v none=%-5v p=%.2f %v %q → %q\n", s.story, s.pos, s.proposed, s.right, s.none, prob(w, s.x), s.x, s.q, s.answer)
		}
	}
	if *verbose {
		for _, s := range append(slices.Clone(own), reported...) {
			fmt.Printf("%-10.10s %2d proposed=%-5v right=%-5v none=%-5v p=%.2f %v %q → %q\n", s.story, s.pos, s.proposed, s.right, s.none, prob(w, s.x), s.x, s.q, s.answer)
		}
	}
	report("fitted on: the stories' fitted half and our own sets", train, w, th, thWho)
	report("held-out half of the stories", test, w, th, thWho)
	if *reportList != "" {
		report("reported only: "+*reportList, reported, w, th, thWho)
	}
	for i, ss := range extra {
		if *verbose {
			for _, s := range ss {
				fmt.Printf("%-10.10s %2d proposed=%-5v right=%-5v none=%-5v p=%.2f %v %q → %q\n", s.story, s.pos, s.proposed, s.right, s.none, prob(w, s.x), s.x, s.q, s.answer)
			}
		}
		report("reported only: "+flag.Arg(i+1), ss, w, th, thWho)
	}
	if *halves {
		var read []*sample
		for _, s := range reported {
			if !s.generated {
				read = append(read, s)
			}
		}
		printHalves(os.Stdout, crossFit(train, read, *unread), *unread, fitted{"the stories' half and train.tsv", w, th, thWho})
		if f := slices.Index(answer.FeatureNames[:], *alone); f >= 0 {
			printAlone(os.Stdout, fitted{"present", w, th, thWho}, f, train, read, *unread)
		}
	}
	if *oracle {
		// Every set but the kept-back ones, whose failures nobody reads.
		printOracle(os.Stdout, oracleOf(append(append(slices.Clone(samples), own...), reported...), *unread), *verbose)
	}
	if *rankTop > 0 {
		var all []*sample
		for _, s := range append(append(slices.Clone(samples), own...), reported...) {
			if !s.generated {
				all = append(all, s)
			}
		}
		unreadSets, traced := byPrefix(all, *unread)
		even, odd := byParity(traced)
		we, wo := fitRanker(even, *rankTop, w), fitRanker(odd, *rankTop, w)
		rankReport(os.Stdout, "fitted on the even half, the odd", odd, w, we, *rankTop, th, thWho)
		rankReport(os.Stdout, "fitted on the odd half, the even", even, w, wo, *rankTop, th, thWho)
		var best []*sample
		for _, s := range traced {
			best = append(best, oracleRanked(s, *rankTop))
		}
		fmt.Printf("ranker top %d, the most a choice could turn among all read: passed %d → %d, right given %d → %d\n", *rankTop, passed(traced, w, th, thWho), passed(best, w, th, thWho), outcomes(traced, w, th).given, outcomes(best, w, th).given)
		if *verbose {
			printRescuable(os.Stdout, traced, w, *rankTop)
		}
		wr := fitRanker(traced, *rankTop, w)
		fmt.Println("ranker weights:", formatRank(wr))
		rankReport(os.Stdout, "fitted on all read, all read", traced, w, wr, *rankTop, th, thWho)
		rankReport(os.Stdout, "fitted on all read, the unread "+*unread+"* sets", unreadSets, w, wr, *rankTop, th, thWho)
	}
	if *write {
		if err := writeWeights("corpus/answer/weights.go", w, th, thWho); err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(1)
		}
		if err := writeSplit("corpus/answer/testdata/split.tsv", samples); err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(1)
		}
	}
}

// collect asks every question of every story and labels the proposals.
func collect(stories []string, generated string) ([]*sample, error) {
	sort.Strings(stories)
	var out []*sample
	var engines []*engine.Engine
	for _, path := range stories {
		story := filepath.Dir(path)
		e, err := engine.OpenDir(filepath.Join(story, "corpus"), engine.Options{})
		if err != nil {
			return nil, err
		}
		ss, err := ask(e, path, filepath.Base(story))
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
		engines = append(engines, e)
	}
	if len(engines) > 1 {
		for i, e := range engines {
			other := engines[(i+1)%len(engines)]
			name := filepath.Base(filepath.Dir(stories[i]))
			out = append(out, absentQuotes(e, other, "absent:"+name)...)
			out = append(out, recalledQuotes(e, "recalled:"+name)...)
		}
	}
	if generated != "" && len(engines) > 0 {
		// A large corpus holds many quotations sharing a few words with
		// any fragment: chance matches as the stories' ten articles
		// seldom give them.
		g, err := engine.OpenDir(generated, engine.Options{})
		if err != nil {
			return nil, err
		}
		name := filepath.Base(filepath.Dir(generated))
		for _, e := range engines {
			out = append(out, absentQuotes(g, e, "absent:"+name)...)
		}
		out = append(out, recalledQuotes(g, "recalled:"+name)...)
	}
	return out, nil
}

// absentPerStory is how many quotations of another story each story is
// asked whosaid about.
const absentPerStory = 24

// absentQuotes asks e whosaid about the opening words of quotations of
// another story, other, whose corpus does not hold them: each answer
// found is wrong. The gold questions seldom ask about a quotation the
// corpus lacks, and a whosaid fragment matches some quotation by a few of
// its words nearly always; these samples teach the score what a chance
// match looks like.
func absentQuotes(e, other *engine.Engine, story string) []*sample {
	var out []*sample
	seen := map[int32]bool{}
	quotes := other.Corpus().Quotes
	step := max(1, len(quotes)/(3*absentPerStory))
	for k := 0; k < len(quotes) && len(out) < absentPerStory; k += step {
		q := quotes[k]
		words := strings.Fields(q.Text)
		if len(words) < 6 || q.Cluster >= 0 && seen[q.Cluster] {
			continue
		}
		seen[q.Cluster] = true
		frag := strings.Join(words[:min(len(words), 12)], " ")
		var rec answer.Record
		if _, err := e.WhoSaid(answer.Recording(context.Background(), &rec), frag); err != nil {
			continue
		}
		out = append(out, &sample{story: story, pos: len(out), generated: true, proposed: rec.Proposed.Found, x: rec.Features,
			none: true, q: frag, answer: rec.Proposed.Answer})
	}
	return out
}

// collectListed asks the questions of the sets listed in file list, one
// a line: the set's path, a tab, and its corpus: "seeds" (the embedded
// ones), a folder, or several joined by "+" read as one (the seeds with
// invented outlets beside them). A path that starts with "dev-stories/"
// is under the stories' folder, stories; the others are from the
// repository's root.
// listed reads the question sets a list file names ("" for none), or
// exits with the reason.
func listed(list, stories string) []*sample {
	if list == "" {
		return nil
	}
	ss, err := collectListed(list, stories)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
	return ss
}

func collectListed(list, stories string) ([]*sample, error) {
	raw, err := os.ReadFile(list)
	if err != nil {
		return nil, err
	}
	var out []*sample
	for n, line := range strings.Split(string(raw), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set, corp, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want a set, a tab and its corpus", list, n+1)
		}
		corp, half, _ := strings.Cut(corp, "\t")
		keep, err := halfOf(strings.TrimSpace(half))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", list, n+1, err)
		}
		e, err := opened(strings.TrimSpace(corp), stories)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", list, n+1, err)
		}
		ss, err := ask(e, set, strings.TrimSuffix(filepath.Base(set), ".yaml"))
		if err != nil {
			return nil, err
		}
		for _, s := range ss {
			if keep(s.pos) {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// halfOf reads a list line's third column: "" takes every question of
// the set, "even" those at even positions (0, 2, …), "odd" the others,
// so that one set can be split between train.tsv and report.tsv.
func halfOf(half string) (func(pos int) bool, error) {
	switch half {
	case "":
		return func(int) bool { return true }, nil
	case "even":
		return func(pos int) bool { return pos%2 == 0 }, nil
	case "odd":
		return func(pos int) bool { return pos%2 == 1 }, nil
	}
	return nil, fmt.Errorf("half %q: want even, odd or nothing", half)
}

// engines holds the corpora the listed sets are asked on, by their
// list's name for them: several sets (and both halves of one) share a
// corpus, which is built once.
var engines = map[string]*engine.Engine{}

// opened is the engine of corpus corp as a list line names it.
func opened(corp, stories string) (*engine.Engine, error) {
	if e := engines[corp]; e != nil {
		return e, nil
	}
	var parts []fs.FS
	for _, c := range strings.Split(corp, "+") {
		switch {
		case c == "seeds":
			parts = append(parts, seeds.FS)
		case strings.HasPrefix(c, "dev-stories/"):
			parts = append(parts, os.DirFS(filepath.Join(stories, strings.TrimPrefix(c, "dev-stories/"))))
		default:
			parts = append(parts, os.DirFS(c))
		}
	}
	fsys, err := merged(parts)
	if err != nil {
		return nil, err
	}
	e, err := engine.Open(fsys, corp, engine.Options{})
	if err != nil {
		return nil, err
	}
	engines[corp] = e
	return e, nil
}

// merged is the folders' articles as one folder, their sources.yaml
// joined.
func merged(parts []fs.FS) (fs.FS, error) {
	if len(parts) == 1 {
		return parts[0], nil
	}
	m := fstest.MapFS{}
	var manifest []byte
	for _, fsys := range parts {
		names, err := fs.Glob(fsys, "*")
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			b, err := fs.ReadFile(fsys, n)
			if err != nil {
				return nil, err
			}
			if n == "sources.yaml" {
				manifest = append(append(manifest, b...), '\n')
				continue
			}
			m[n] = &fstest.MapFile{Data: b}
		}
	}
	m["sources.yaml"] = &fstest.MapFile{Data: manifest}
	return m, nil
}

// ask asks e the questions of set path and labels the proposals.
func ask(e *engine.Engine, path, story string) ([]*sample, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var items []item
	if err := yaml.Unmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []*sample
	for pos, it := range items {
		if it.Command != "ask" && it.Command != "whosaid" {
			continue
		}
		var rec answer.Record
		var cs answer.Candidates
		ctx := answer.RecordingCandidates(answer.Recording(context.Background(), &rec), &cs)
		if it.Command == "ask" {
			_, err = e.Ask(ctx, it.Q)
		} else {
			_, err = e.WhoSaid(ctx, it.Q)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", path, it.Q, err)
		}
		s := &sample{story: story, pos: pos, proposed: rec.Proposed.Found, x: rec.Features,
			none: it.Found != nil && !*it.Found, q: it.Q, answer: rec.Proposed.Answer}
		s.right = s.proposed && !s.none && passes(it, rec.Proposed)
		s.kind = answer.Parse(it.Q).Kind
		if it.Command == "whosaid" {
			s.kind = "whosaid command"
		}
		if s.proposed {
			var at int
			s.cands, at = labelsAt(it, rec.Proposed, cs.Lists)
			if at >= 0 && len(cs.Ranked[at]) == len(s.cands) {
				s.ranked, s.scored = cs.Ranked[at], cs.Scored[at]
			}
		}
		s.elsewhere = !s.none && anyPasses(it, cs.Lists)
		out = append(out, s)
	}
	return out, nil
}

// fitLogistic fits weights (then the bias) on the proposals of train by
// gradient descent on the log loss, with a little L2 so that a feature
// that separates a few questions does not run off.
// l2 is the weight of the fit's L2 term (-l2). Held small, it lets
// the fitted sets' few wrong proposals set large weights; 0.01, as
// committed, judges the read probe sets best when fitted on
// train.tsv alone (docs/answering.md, session 30, fitdata30).
var l2 = 0.01

func fitLogistic(train []*sample) []float64 {
	w := make([]float64, answer.NFeatures+1)
	var xs []answer.Features
	var ys []float64
	for _, s := range train {
		if s.generated && s.x[answer.FWhoLoose] == 0 {
			// A generated fragment fits the loose tier's features only:
			// the strict gates' proposals are scored with the questions'
			// features, fitted on questions people wrote.
			continue
		}
		if s.proposed {
			xs = append(xs, s.x)
			ys = append(ys, b2f(s.right))
		}
	}
	const rate, rounds = 0.5, 20000
	// The loose whosaid tier's features are 0 on every other proposal
	// and the others' on it: two fits in one, each averaged over its own
	// proposals, so that neither moves the other's weights.
	var nWho, nRight float64
	for k, x := range xs {
		if x[answer.FWhoLoose] != 0 {
			nWho++
			nRight += ys[k]
		}
	}
	// Most generated fragments the loose tier proposes for are of
	// quotations the corpus lacks, while a reporter asks about what was
	// said: its right and wrong proposals weigh half each.
	cw := [2]float64{1, 1}
	if nRight > 0 && nRight < nWho {
		cw = [2]float64{nWho / (2 * (nWho - nRight)), nWho / (2 * nRight)}
	}
	n, nWho := float64(len(xs))-nWho, max(nWho, 1)
	for r := 0; r < rounds && n > 0; r++ {
		grad := make([]float64, len(w))
		for k, x := range xs {
			d := prob(w, x) - ys[k]
			if x[answer.FWhoLoose] != 0 {
				d *= cw[int(ys[k])]
			}
			for i, v := range x {
				grad[i] += d * v
			}
			if x[answer.FWhoLoose] == 0 {
				grad[answer.NFeatures] += d // the loose whosaid tier has its own intercept
			}
		}
		for i := range w {
			g := grad[i] / n
			if i >= answer.FWhoLoose && i < answer.NFeatures {
				g = grad[i] / nWho
			}
			if i < answer.NFeatures && i != answer.FWhoLoose {
				g += l2 * w[i] // intercepts are not held small
			}
			w[i] -= rate * g
		}
	}
	return w
}

func prob(w []float64, x answer.Features) float64 {
	return answer.ProbabilityWith(w, x)
}

// passed counts the questions that pass when proposals under th are
// withheld, loose whosaid ones under thWho, as the product decides: a
// withheld one passes when the gold wants "not found".
func passed(ss []*sample, w []float64, th, thWho float64) int {
	n := 0
	for _, s := range ss {
		t := th
		if s.x[answer.FWhoLoose] != 0 {
			t = thWho
		}
		give := s.proposed && prob(w, s.x) >= t
		if give && s.right || !give && s.none {
			n++
		}
	}
	return n
}

// bestThreshold is the threshold that passes most of ss: the middle of
// the first run of thresholds that pass most, so that a proposal scored
// near either end of the run is not decided by where the search began.
// Withholding must gain at least two questions over giving every
// proposal: a threshold that turns one question around was fitted to it.
func bestThreshold(ss []*sample, w []float64, thWho float64) float64 {
	best, end, bn := 0, 0, passed(ss, w, 0, thWho)+1
	for t := 1; t <= 95; t++ {
		n := passed(ss, w, float64(t)/100, thWho)
		switch {
		case n > bn:
			best, end, bn = t, t, n
		case n == bn && best > 0 && end == t-1:
			end = t
		}
	}
	return math.Round(float64(best+end)/2) / 100
}

func report(name string, ss []*sample, w []float64, th, thWho float64) {
	fmt.Printf("%s: %d questions; passed %d with the fitted score, %d giving every proposal\n",
		name, len(ss), passed(ss, w, th, thWho), passed(ss, w, 0, 0))
	k := outcomes(ss, w, th)
	fmt.Printf("  right answers given %d, withheld %d; unanswerable answered %d; loose proposals right %d, to unanswerable questions %d\n",
		k.given, k.withheld, k.answered, k.looseRight, k.looseNone)
	by := perSet(ss, w, th, thWho)
	var names []string
	for k := range by {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("  %-40s %d/%d", k, by[k].passed, by[k].asked)
		if by[k].answered > 0 {
			fmt.Printf("  unanswerable answered %d", by[k].answered)
		}
		fmt.Println()
	}
}

// setCount is one question set's figures: questions passed, asked,
// and unanswerable questions answered.
type setCount struct{ passed, asked, answered int }

// perSet counts ss by set. The unanswerable questions answered are
// counted apart, so that a set whose failures nobody may read (a
// kept-back probe) still tells how many of them are those.
func perSet(ss []*sample, w []float64, th, thWho float64) map[string]setCount {
	by := map[string]setCount{}
	for _, s := range ss {
		c := by[s.story]
		c.asked++
		c.passed += passed([]*sample{s}, w, th, thWho)
		c.answered += outcomes([]*sample{s}, w, th).answered
		by[s.story] = c
	}
	return by
}

// counts are what the score does with a set's proposals to questions
// people wrote (generated fragments aside), the loose whosaid tier's
// aside (it has a threshold of its own).
type counts struct {
	given, withheld, answered int // right given, right withheld, unanswerable given
	looseRight, looseNone     int // loose ask proposals: right, to an unanswerable question
}

// outcomes counts, among ss, the right answers the score gives and
// withholds at th and the unanswerable questions it answers; and the
// loose tier's ask proposals, right and to unanswerable questions: the
// few the fit has of them set the weights of loose proposals.
func outcomes(ss []*sample, w []float64, th float64) counts {
	var k counts
	for _, s := range ss {
		if s.generated || !s.proposed || s.x[answer.FWhoLoose] != 0 {
			continue
		}
		give := prob(w, s.x) >= th
		switch {
		case s.right && give:
			k.given++
		case s.right:
			k.withheld++
		case s.none && give:
			k.answered++
		}
		if s.x[answer.FLoose] != 0 {
			if s.right {
				k.looseRight++
			}
			if s.none {
				k.looseNone++
			}
		}
	}
	return k
}

func writeWeights(path string, w []float64, th, thWho float64) error {
	var b strings.Builder
	b.WriteString("// Code generated by go run ./corpus/answer/fit -w ../shared/dev-stories; DO NOT EDIT.\n\npackage answer\n\n")
	b.WriteString("// Weights are the fitted weights of the features, then the bias.\n")
	b.WriteString("var Weights = [NFeatures + 1]float64{")
	for i, x := range w {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.4f", x)
	}
	b.WriteString("}\n\n// Threshold is the fitted probability below which a proposal is not given.\n")
	fmt.Fprintf(&b, "const Threshold = %.2f\n", th)
	b.WriteString("\n// ThresholdWhoLoose is Threshold for a whosaid quotation proposed by the\n// loose tier (FWhoLoose): chosen on the generated fragments.\n")
	fmt.Fprintf(&b, "const ThresholdWhoLoose = %.2f\n", thWho)
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writeSplit lists which half each question is in, by story and
// position (no question text: that stays in the stories' files).
func writeSplit(path string, ss []*sample) error {
	var b strings.Builder
	b.WriteString("story\tposition\thalf\n")
	for _, s := range ss {
		if s.generated {
			continue // made again by every run
		}
		half := "fit"
		if s.pos%2 == 1 {
			half = "held-out"
		}
		fmt.Fprintf(&b, "%s\t%d\t%s\n", s.story, s.pos, half)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// The gold check, as ../shared/eval/score.py makes it.

// passes reports whether found answer r passes gold it.
func passes(it item, r corpus.Answer) bool {
	want := it.SpeakerAny
	if len(want) == 0 && it.Speaker != "" {
		want = []string{it.Speaker}
	}
	if len(want) > 0 {
		ok := false
		for _, w := range want {
			if goldmatch.SameSurname(r.Speaker, w) || r.Speaker == "" && goldmatch.HasWord(r.Answer, goldmatch.Surname(w)) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if len(it.Answer) > 0 {
		text := goldmatch.Norm(r.Answer) + " " + goldmatch.Norm(r.Quote)
		ok := false
		for _, a := range it.Answer {
			if strings.Contains(text, goldmatch.Norm(a)) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	files := map[string]bool{}
	for _, s := range r.Sources {
		files[s.File] = true
	}
	for _, f := range it.Files {
		if !files[f] {
			return false
		}
	}
	have := 0
	for _, f := range it.FilesHalf {
		if files[f] {
			have++
		}
	}
	return 2*have >= len(it.FilesHalf)
}

// recalledQuotes asks e whosaid about its own quotations as a reporter
// recalls them: the opening words, some of them left out, some said with
// a WordNet synonym, apostrophes and every third small word dropped. An
// answer is right when it names the quotation's speaker. With the absent
// quotations (absentQuotes) they teach the score what a quotation
// remembered in other words looks like beside a chance match.
func recalledQuotes(e *engine.Engine, story string) []*sample {
	var out []*sample
	c := e.Corpus()
	seen := map[int32]bool{}
	step := max(1, len(c.Quotes)/(3*absentPerStory))
	for k := step / 2; k < len(c.Quotes) && len(out) < absentPerStory; k += step {
		q := c.Quotes[k]
		who := q.Speaker
		if p := c.Person(int(q.SpeakerID)); who == "" && p != nil {
			who = p.Name
		}
		words := strings.Fields(q.Text)
		if who == "" || len(words) < 6 || q.Cluster >= 0 && seen[q.Cluster] {
			continue
		}
		seen[q.Cluster] = true
		frag := recall(words[:min(len(words), 14)])
		var rec answer.Record
		if _, err := e.WhoSaid(answer.Recording(context.Background(), &rec), frag); err != nil {
			continue
		}
		s := &sample{story: story, pos: len(out), generated: true, proposed: rec.Proposed.Found, x: rec.Features, q: frag, answer: rec.Proposed.Answer}
		s.right = s.proposed && goldmatch.SameSurname(rec.Proposed.Speaker, who)
		out = append(out, s)
	}
	return out
}

// recall words a quotation's words as a reporter remembers them, loosely:
// of the words that carry meaning, a quarter left out, half said with
// a WordNet synonym (left out when WordNet has none) and a sixth in a form
// WordNet derives from it (kept when it has none); every third small
// word dropped, apostrophes too; and the last third of the words told
// first.
func recall(words []string) string {
	var out []string
	content, small := 0, 0
	for _, w := range words {
		f := strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()[]—-"))
		f = strings.NewReplacer("'", "", "’", "").Replace(f)
		if f == "" {
			continue
		}
		if index.IsStop(f) {
			small++
			if small%3 != 0 {
				out = append(out, f)
			}
			continue
		}
		content++
		switch {
		case content%4 == 1 && content > 1:
			continue // left out
		case content%2 == 0:
			if f = otherWord(f); f == "" {
				continue
			}
		case content%3 == 0:
			if d := derivedWord(f); d != "" {
				f = d
			}
		}
		out = append(out, f)
	}
	cut := len(out) - len(out)/3
	return strings.Join(append(out[cut:], out[:cut]...), " ")
}

// derivedWord is a one-word lemma WordNet derives from f's, in another
// form ("suspended" for "suspension", "investigate" for "investigation"),
// or "".
func derivedWord(f string) string {
	for _, pos := range []lex.POS{lex.Verb, lex.Noun, lex.Adj} {
		lemma := lex.Lemma(f, pos)
		if lemma == "" || !lex.Known(lemma, pos) {
			continue
		}
		for _, r := range lex.Related(lemma) {
			if !strings.Contains(r, " ") && index.Stem(r) != index.Stem(f) {
				return r
			}
		}
	}
	return ""
}

// otherWord is a one-word WordNet synonym of f, or "".
func otherWord(f string) string {
	for _, pos := range []lex.POS{lex.Adj, lex.Verb, lex.Noun} {
		lemma := lex.Lemma(f, pos)
		if lemma == "" {
			continue
		}
		for _, s := range lex.Synonyms(lemma, pos) {
			if !strings.Contains(s, " ") && s != lemma && s != f {
				return s
			}
		}
	}
	return ""
}

// looseWhoThreshold is the threshold for the loose whosaid tier's
// proposals among ss: the middle of the run of thresholds that pass the
// largest share of them, right and wrong proposals weighing half each,
// as in the fit (a reporter asks about what was said; most generated
// fragments are of quotations the corpus lacks).
func looseWhoThreshold(ss []*sample, w []float64) float64 {
	var right, wrong []float64
	for _, s := range ss {
		if !s.proposed || s.x[answer.FWhoLoose] == 0 {
			continue
		}
		if s.right {
			right = append(right, prob(w, s.x))
		} else {
			wrong = append(wrong, prob(w, s.x))
		}
	}
	if len(right) == 0 || len(wrong) == 0 {
		return 0.5
	}
	score := func(t float64) float64 {
		r, g := 0, 0
		for _, p := range right {
			if p >= t {
				r++
			}
		}
		for _, p := range wrong {
			if p < t {
				g++
			}
		}
		return float64(r)/float64(len(right)) + float64(g)/float64(len(wrong))
	}
	best, end, bs := 1, 1, score(0.01)
	for t := 2; t <= 95; t++ {
		switch sc := score(float64(t) / 100); {
		case sc > bs+1e-9:
			best, end, bs = t, t, sc
		case math.Abs(sc-bs) <= 1e-9 && end == t-1:
			end = t
		}
	}
	return math.Round(float64(best+end)/2) / 100
}
