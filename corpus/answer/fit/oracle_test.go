package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestLabelsReadTheListTheProposalCameFrom: the candidates are labelled
// from the last list whose first answer is the proposal, each by the
// gold; a proposal from no list has no candidates.
func TestLabelsReadTheListTheProposalCameFrom(t *testing.T) {
	at := func(answer, quote, file string, score float64) corpus.Answer {
		return corpus.Answer{Found: true, Answer: answer, Quote: quote, File: file, Score: score,
			Sources: []corpus.Source{{File: file}}}
	}
	gold := item{Command: "ask", Answer: []string{"May 9"}, Files: []string{"b.txt"}}
	lists := [][]corpus.Answer{
		{at("June 2", "Put forward on June 2.", "c.txt", 3)}, // another reading's list
		{at("June 2", "Put forward on June 2.", "c.txt", 3), at("May 9", "Opened on May 9.", "a.txt", 2), at("May 9", "Opened May 9.", "b.txt", 1)},
	}
	tests := []struct {
		name     string
		proposal corpus.Answer
		want     []label
	}{
		{"the last list that starts with it", lists[1][0], []label{{false, false, 3}, {false, true, 2}, {true, true, 1}}},
		{"from no list", at("May 9", "A sentence no list holds.", "a.txt", 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labels(gold, tt.proposal, lists))
		})
	}
}

// TestOracleCountsWhatAChoiceCouldTurn: a wrong proposal with a right
// candidate behind it counts by kind and rank; the unread sets and the
// generated fragments are left out; a right proposal that is the only
// right one of several is one a choice must keep.
func TestOracleCountsWhatAChoiceCouldTurn(t *testing.T) {
	wrong, right, short := label{}, label{right: true, line: true}, label{line: true}
	ss := []*sample{
		{story: "a-x", kind: "when", proposed: true, cands: []label{wrong, wrong, right}},
		{story: "a-x", kind: "when", proposed: true, cands: []label{wrong, right}},
		{story: "a-x", kind: "who", proposed: true, cands: []label{short, wrong}},
		{story: "a-x", kind: "who", proposed: true},
		{story: "a-x", kind: "who", proposed: true, elsewhere: true, cands: []label{wrong}},
		{story: "a-x", kind: "who", proposed: true, right: true, cands: []label{right, wrong}},
		{story: "a-x", kind: "who", proposed: true, right: true, cands: []label{right}},
		{story: "a-x", kind: "who", proposed: true, none: true, cands: []label{wrong, wrong}},
		{story: "a-x", kind: "what", elsewhere: true},
		{story: "q-x", kind: "when", proposed: true, cands: []label{wrong, right}},
		{story: "absent:x", generated: true, kind: "whosaid", proposed: true, cands: []label{wrong, right}},
	}
	o := oracleOf(ss, "q-")
	assert.Equal(t, 9, o.questions)
	assert.Equal(t, 1, o.nothingButRight)
	assert.Equal(t, &kindCount{wrong: 2, listed: 2, rescuable: 2, byRank: map[int]int{1: 1, 2: 1}}, o.kinds["when"])
	assert.Equal(t, &kindCount{wrong: 3, listed: 2, elsewhere: 1, byRank: map[int]int{}}, o.kinds["who"])
	assert.Equal(t, [3]int{1, 1, 1}, [3]int{o.alone, o.several, o.onlyRight})
	assert.Equal(t, 1, o.chosenShort)
	var b strings.Builder
	printOracle(&b, o, false)
	assert.Contains(t, b.String(), "all              wrong   5, chosen from candidates   4, another candidate right   2, one of another reading  1")
	// The two wrong "who" proposals with no right candidate in any list
	// are the ones -v lists as built in no list.
	assert.Len(t, o.unbuilt, 2)
	b.Reset()
	printOracle(&b, o, true)
	assert.Equal(t, 2, strings.Count(b.String(), "  unbuilt a-x "))
	assert.Contains(t, b.String(), "  unbuilt a-x 0 who candidates 2 ")
}
