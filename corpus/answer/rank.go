package answer

import (
	"math"
	"strings"

	"factdesk/corpus/index"
)

// The rules leave a list of candidates standing, ordered by their score
// and by the preference rules (credited, cited, kind named, slotted),
// and answer from the first. Would a fitted ranker, choosing among the
// first few by what tells each from the others of its list, choose
// better? The fit measures it (`go run ./corpus/answer/fit -rank N`,
// fit/rank.go) from these features, recorded with the candidates
// (RecordingCandidates) and never computed when nobody records: no
// ranker chooses in the product, since none fitted so far chose better
// than the rules on questions it was not fitted on (docs/answering.md,
// session 27).

// Ranking feature indexes.
const (
	RRel        = iota // the candidate's score over the best score of the list
	RFirst             // 1 for the candidate the rules put first
	RRank              // ln(1 + its place in the list)
	RAgree             // ln(1 + the other articles whose candidates give the same answer)
	RAgreeAll          // the share of the list's score held by candidates giving the same answer
	RCut               // the line is cut from its sentence (a value, a name), not the sentence
	RValue             // the line rests on a value (a date, a count, an amount)
	RKind              // the line names a thing of the kind asked (kindname.go)
	RSlot              // the line is what the sentence writes in the slot asked (slot.go)
	RAbsent            // the share of the question's nouns its article never writes
	ROwn               // the line is the article's own outlet
	RQuote             // the candidate is a quotation
	RWords             // ln(1 + the line's words)
	RAgreeValue        // RAgree when the line rests on a value: outlets agree on a date or a count more than on words
	NRank
)

// RankNames name the ranking features, for the fit's report.
var RankNames = [NRank]string{"relative score", "first", "place", "outlets agreeing", "score agreeing",
	"cut from its sentence", "value", "kind named", "slotted", "absent", "own outlet", "quotation", "words", "outlets agreeing on a value"}

// RankFeatures describe one candidate among those of its list.
type RankFeatures [NRank]float64

// rankFeatures describes the first n candidates of cands that are not
// weak (the ones that may answer by themselves), in their order, each
// compared with every candidate of the list. It reads only what judging
// left on the candidates: no tagging, no search.
func rankFeatures(qu Question, cands []candidate, n int) []RankFeatures {
	best, total := 0.0, 0.0
	for _, c := range cands {
		best = max(best, c.score)
		total += max(c.score, 0)
	}
	var out []RankFeatures
	for j := 0; j < len(cands) && len(out) < n; j++ {
		c := cands[j]
		if c.weak {
			continue
		}
		var f RankFeatures
		if best > 0 {
			f[RRel] = c.score / best
		}
		if len(out) == 0 {
			f[RFirst] = 1
		}
		f[RRank] = math.Log1p(float64(len(out)))
		var arts []int32
		mass := max(c.score, 0)
		for k, o := range cands {
			if k == j || !agrees(qu.Kind, c, o) {
				continue
			}
			mass += max(o.score, 0)
			if o.doc.Article != c.doc.Article && !containsInt32(arts, o.doc.Article) {
				arts = append(arts, o.doc.Article)
			}
		}
		f[RAgree] = math.Log1p(float64(len(arts)))
		if total > 0 {
			f[RAgreeAll] = mass / total
		}
		if n := c.doc.Span.End - c.doc.Span.Start; n > 0 && len(c.line) < n*3/4 {
			f[RCut] = 1
		}
		if c.value != nil {
			f[RValue] = 1
			f[RAgreeValue] = f[RAgree]
		}
		if c.kindNamed {
			f[RKind] = 1
		}
		if c.slotted {
			f[RSlot] = 1
		}
		f[RAbsent] = c.absent
		if c.own {
			f[ROwn] = 1
		}
		if c.doc.Kind == index.KindQuote {
			f[RQuote] = 1
		}
		f[RWords] = math.Log1p(float64(len(strings.Fields(c.line))))
		out = append(out, f)
	}
	return out
}

// agrees reports whether two candidates give the same answer: the same
// value, or, neither resting on one, the same line.
func agrees(kind string, c, o candidate) bool {
	if c.value != nil || o.value != nil {
		return c.value != nil && o.value != nil && sameValue(*c.value, *o.value)
	}
	return sameAnswer(kind, c.line, o.line)
}

func containsInt32(xs []int32, x int32) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
