package main

import (
	"fmt"
	"io"
	"math"
	"strings"

	"factdesk/corpus/answer"
)

// -rank N measures a ranker that would choose among the first N
// candidates of a list (issue 9): is the right answer, when the rules
// built it and put it lower, told apart by what is known of each
// candidate? It is fitted pairwise: for every list holding a right and
// a wrong candidate among its first N, the difference of their vectors
// is a positive example (a logistic regression with no bias), so that
// the right one scores above the wrong one. A candidate's vector is its
// ranking features (corpus/answer/rank.go: how it compares with the
// others of its list), the features the fitted probability would read
// were it chosen (calibrate.go), and that probability. Nothing of it
// reaches the product: it is fitted and judged here, by halves.

// rankVec is candidate j's vector in s's list, under the score's
// weights w.
func rankVec(s *sample, j int, w []float64) []float64 {
	v := append([]float64(nil), s.ranked[j][:]...)
	v = append(v, s.scored[j][:answer.FWhoLoose]...)
	return append(v, prob(w, s.scored[j]))
}

// rankPairs are the ranker's examples from ss: vector differences,
// right minus wrong, among the first top candidates of each list.
func rankPairs(ss []*sample, top int, w []float64) [][]float64 {
	var out [][]float64
	for _, s := range ss {
		if s.none || len(s.ranked) < 2 {
			continue
		}
		n := min(top, len(s.ranked))
		for i := 0; i < n; i++ {
			if !s.cands[i].right {
				continue
			}
			for j := 0; j < n; j++ {
				if s.cands[j].right {
					continue
				}
				d, o := rankVec(s, i, w), rankVec(s, j, w)
				for k := range d {
					d[k] -= o[k]
				}
				out = append(out, d)
			}
		}
	}
	return out
}

// rankL2 holds the ranker's weights small. The measure was taken at
// 0.01 too (as the score's fit): the ranker then moves fewer choices and
// gains none.
const rankL2 = 0.0005

// fitRanker fits the ranker's weights on the pairs of ss.
func fitRanker(ss []*sample, top int, w []float64) []float64 {
	pairs := rankPairs(ss, top, w)
	if len(pairs) == 0 {
		return nil
	}
	wr := make([]float64, len(pairs[0]))
	const rate, rounds = 0.5, 3000
	n := float64(len(pairs))
	for r := 0; r < rounds; r++ {
		grad := make([]float64, len(wr))
		for _, d := range pairs {
			p := 1 / (1 + math.Exp(-dot(wr, d)))
			for k, x := range d {
				grad[k] += (p - 1) * x
			}
		}
		for k := range wr {
			wr[k] -= rate * (grad[k]/n + rankL2*wr[k])
		}
	}
	return wr
}

func dot(w, x []float64) float64 {
	z := 0.0
	for i, v := range x {
		z += w[i] * v
	}
	return z
}

// ranked is s as the ranker would choose: the proposal made from the
// best of its first top candidates by the ranker's weights wr (the
// score's, w). A list the ranker keeps first, and a question with no
// list, is s itself.
func ranked(s *sample, w, wr []float64, top int) *sample {
	if len(s.ranked) < 2 || wr == nil {
		return s
	}
	best, bs := 0, dot(wr, rankVec(s, 0, w))
	for j := 1; j < min(top, len(s.ranked)); j++ {
		if z := dot(wr, rankVec(s, j, w)); z > bs {
			best, bs = j, z
		}
	}
	if best == 0 {
		return s
	}
	c := *s
	c.x, c.right = s.scored[best], !s.none && s.cands[best].right
	return &c
}

func rankedAll(ss []*sample, w, wr []float64, top int) []*sample {
	out := make([]*sample, len(ss))
	for i, s := range ss {
		out[i] = ranked(s, w, wr, top)
	}
	return out
}

// rankReport writes, for the ranker fitted on fit, what it turns among
// each set of sets: questions passed before and after, right answers
// given, unanswerable questions answered.
func rankReport(out io.Writer, name string, ss []*sample, w, wr []float64, top int, th, thWho float64) {
	after := rankedAll(ss, w, wr, top)
	b, a := outcomes(ss, w, th), outcomes(after, w, th)
	moved, gained, lost := 0, 0, 0
	for i := range ss {
		if after[i] != ss[i] {
			moved++
			pb, pa := passed(ss[i:i+1], w, th, thWho), passed(after[i:i+1], w, th, thWho)
			gained += max(pa-pb, 0)
			lost += max(pb-pa, 0)
		}
	}
	fmt.Fprintf(out, "ranker top %d, %s: passed %d → %d (choice moved %d, gained %d, lost %d); right answers given %d → %d; unanswerable answered %d → %d\n",
		top, name, passed(ss, w, th, thWho), passed(after, w, th, thWho), moved, gained, lost, b.given, a.given, b.answered, a.answered)
}

// byPrefix splits ss into the sets whose names start with prefix and the
// others.
func byPrefix(ss []*sample, prefix string) (in, out []*sample) {
	for _, s := range ss {
		if prefix != "" && strings.HasPrefix(s.story, prefix) {
			in = append(in, s)
		} else {
			out = append(out, s)
		}
	}
	return in, out
}

// byParity splits ss by the parity of the questions' positions.
func byParity(ss []*sample) (even, odd []*sample) {
	for _, s := range ss {
		if s.pos%2 == 0 {
			even = append(even, s)
		} else {
			odd = append(odd, s)
		}
	}
	return even, odd
}

func formatRank(wr []float64) string {
	var b strings.Builder
	names := append(answer.RankNames[:], answer.FeatureNames[:answer.FWhoLoose]...)
	for i, n := range append(names, "probability") {
		if i < len(wr) {
			fmt.Fprintf(&b, "%s %.3f; ", n, wr[i])
		}
	}
	return b.String()
}

// oracleRanked is s with the first right candidate of its first top
// chosen, when the rules' choice is wrong: the most a ranker could turn.
func oracleRanked(s *sample, top int) *sample {
	if len(s.ranked) < 2 || s.right || s.none {
		return s
	}
	for j := 1; j < min(top, len(s.ranked)); j++ {
		if s.cands[j].right {
			c := *s
			c.x, c.right = s.scored[j], true
			return &c
		}
	}
	return s
}

// printRescuable lists, for each wrong proposal with a right candidate
// among the first top, the ranking features of the chosen and the right.
func printRescuable(out io.Writer, ss []*sample, w []float64, top int) {
	for _, s := range ss {
		if len(s.ranked) < 2 || s.right || s.none {
			continue
		}
		for j := 1; j < min(top, len(s.ranked)); j++ {
			if s.cands[j].right {
				fmt.Fprintf(out, "rescuable %-10.10s %2d %s j=%d p %.2f→%.2f\n   chosen %.2f\n   right  %.2f\n", s.story, s.pos, s.kind, j, prob(w, s.x), prob(w, s.scored[j]), s.ranked[0], s.ranked[j])
				break
			}
		}
	}
}
