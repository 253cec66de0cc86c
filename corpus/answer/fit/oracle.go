package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"factdesk/corpus"
)

// The oracle (-oracle) asks how much a learned choice among the
// candidates could gain (issue 9): of the questions given a wrong
// answer, how many had a right one among the candidates the rules left
// standing, and at what rank the rules had put it.

// label is one candidate's rightness by the gold.
type label struct {
	right bool    // its answer passes the gold
	line  bool    // it passes but for the articles the gold asks for
	score float64 // the rules' score
}

// labels labels the candidates of the list proposal was chosen from: the
// last of lists whose first answer is it (propose may run for several
// readings of a question), or nil when none is.
func labels(it item, proposal corpus.Answer, lists [][]corpus.Answer) []label {
	l, _ := labelsAt(it, proposal, lists)
	return l
}

// labelsAt is labels and the index of the list they label (-1 for none).
func labelsAt(it item, proposal corpus.Answer, lists [][]corpus.Answer) ([]label, int) {
	loose := it
	loose.Files, loose.FilesHalf = nil, nil
	unanswerable := it.Found != nil && !*it.Found
	for i := len(lists) - 1; i >= 0; i-- {
		l := lists[i]
		if len(l) == 0 || l[0].Quote != proposal.Quote || l[0].File != proposal.File {
			continue
		}
		out := make([]label, len(l))
		for k, c := range l {
			out[k] = label{right: !unanswerable && passes(it, c), line: !unanswerable && passes(loose, c), score: c.Score}
		}
		return out, i
	}
	return nil, -1
}

// anyPasses reports whether a candidate of any of lists passes gold it:
// propose runs for each reading of a question (the words after a dash, a
// scene set first), and the readings are candidates too.
func anyPasses(it item, lists [][]corpus.Answer) bool {
	for _, l := range lists {
		for _, c := range l {
			if passes(it, c) {
				return true
			}
		}
	}
	return false
}

// kindCount is what the oracle finds for one kind of question.
type kindCount struct {
	wrong     int         // answerable, given a wrong proposal
	listed    int         // of which chosen from a list of candidates
	rescuable int         // of which another candidate was right
	elsewhere int         // of which none, but one of another reading's list was
	byRank    map[int]int // the rank of the first right one
}

// oracleCounts is the oracle's table.
type oracleCounts struct {
	questions int
	kinds     map[string]*kindCount
	// Right proposals chosen alone, among several, and among several the
	// only right one: a learned choice must keep those first.
	alone, several, onlyRight int
	// Wrong, no candidate right: the chosen answer right but for its
	// articles; another candidate's.
	chosenShort, otherShort int
	// Answerable, found nothing, though a candidate recorded was right
	// (a rule after the choice turned it away).
	nothingButRight int
	rescued         []*sample
	// Wrong proposals with no right candidate in any list, for -v: the
	// census of what no choice can turn, taken by the step that lost it.
	unbuilt []*sample
	unread  string // the prefix of the sets left out
}

// oracleOf counts over ss, the generated fragments and the sets whose
// names start with unread (a probe whose failures nobody may read) left
// out.
func oracleOf(ss []*sample, unread string) oracleCounts {
	o := oracleCounts{kinds: map[string]*kindCount{}, unread: unread}
	for _, s := range ss {
		if s.generated || unread != "" && strings.HasPrefix(s.story, unread) {
			continue
		}
		o.questions++
		if s.right {
			switch {
			case len(s.cands) == 1:
				o.alone++
			case len(s.cands) > 1:
				o.several++
				if !slices.ContainsFunc(s.cands[1:], func(l label) bool { return l.right }) {
					o.onlyRight++
				}
			}
			continue
		}
		if !s.proposed && !s.none && s.elsewhere {
			o.nothingButRight++
		}
		if !s.proposed || s.none {
			continue
		}
		k := o.kinds[s.kind]
		if k == nil {
			k = &kindCount{byRank: map[int]int{}}
			o.kinds[s.kind] = k
		}
		k.wrong++
		if s.cands == nil {
			o.unbuilt = append(o.unbuilt, s)
			continue
		}
		k.listed++
		if r := slices.IndexFunc(s.cands, func(l label) bool { return l.right }); r >= 0 {
			k.rescuable++
			k.byRank[r]++
			o.rescued = append(o.rescued, s)
		} else if s.elsewhere {
			k.elsewhere++
		} else if o.unbuilt = append(o.unbuilt, s); s.cands[0].line {
			o.chosenShort++
		} else if slices.ContainsFunc(s.cands, func(l label) bool { return l.line }) {
			o.otherShort++
		}
	}
	return o
}

// printOracle writes the table; verbose lists the questions a choice
// could turn.
func printOracle(w io.Writer, o oracleCounts, verbose bool) {
	fmt.Fprintf(w, "oracle: %d questions (the %s* sets and generated fragments left out)\n", o.questions, o.unread)
	var names []string
	for n := range o.kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	var tot kindCount
	for _, n := range names {
		k := o.kinds[n]
		fmt.Fprintf(w, "  %-16s wrong %3d, chosen from candidates %3d, another candidate right %3d, one of another reading %2d; its rank:", n, k.wrong, k.listed, k.rescuable, k.elsewhere)
		var ranks []int
		for r := range k.byRank {
			ranks = append(ranks, r)
		}
		sort.Ints(ranks)
		for _, r := range ranks {
			fmt.Fprintf(w, " %d×%d", r, k.byRank[r])
		}
		fmt.Fprintln(w)
		tot.wrong, tot.listed, tot.rescuable, tot.elsewhere = tot.wrong+k.wrong, tot.listed+k.listed, tot.rescuable+k.rescuable, tot.elsewhere+k.elsewhere
	}
	fmt.Fprintf(w, "  %-16s wrong %3d, chosen from candidates %3d, another candidate right %3d, one of another reading %2d\n", "all", tot.wrong, tot.listed, tot.rescuable, tot.elsewhere)
	var top2, top5 int
	for _, s := range o.rescued {
		r := slices.IndexFunc(s.cands, func(l label) bool { return l.right })
		if r < 2 {
			top2++
		}
		if r < 5 {
			top5++
		}
	}
	fmt.Fprintf(w, "  the right one among the first 2 %d, the first 5 %d, anywhere %d; built in no list %d\n", top2, top5, tot.rescuable, tot.wrong-tot.rescuable-tot.elsewhere)
	fmt.Fprintf(w, "  no candidate right: the chosen one right but for its articles %d, another %d\n", o.chosenShort, o.otherShort)
	fmt.Fprintf(w, "  found nothing, though a candidate was right %d\n", o.nothingButRight)
	fmt.Fprintf(w, "  right proposals: chosen alone %d, among several %d, the only right one of several %d\n", o.alone, o.several, o.onlyRight)
	if verbose {
		for _, s := range o.rescued {
			r := slices.IndexFunc(s.cands, func(l label) bool { return l.right })
			fmt.Fprintf(w, "  rescuable %-10.10s %2d %-8s rank %d of %d, score %.2f against %.2f: %q → %q\n", s.story, s.pos, s.kind, r, len(s.cands), s.cands[r].score, s.cands[0].score, s.q, s.answer)
		}
		for _, s := range o.unbuilt {
			fmt.Fprintf(w, "  unbuilt %s %d %s candidates %d p=%.2f: %q → %q\n", s.story, s.pos, s.kind, len(s.cands), s.p, s.q, s.answer)
		}
	}
}
