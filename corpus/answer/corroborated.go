package answer

import (
	"factdesk/corpus"
	"factdesk/corpus/index"
)

// corroboratedCoverage is the share of topic's weight the answer's text
// covers, or the wording of another article among the answer's sources
// (its cluster's members, the outlets holding its value): outlets that
// report one fact in their own words are evidence that their words mean
// the same there. FCorroborated is what it adds to the text's coverage.
func (a *Answerer) corroboratedCoverage(topic []index.Group, ans corpus.Answer) float64 {
	text := a.stemSet(ans.Quote)
	others := map[string]bool{}
	for _, s := range ans.Sources {
		if s.File != ans.File && s.Wording != "" {
			a.addStems(others, s.Wording)
		}
	}
	var total, got float64
	low := lowWeight(topic)
	for _, g := range topic {
		w := g.Weight
		if !g.Known() {
			w = low
		}
		total += w
		best := 0.0
		for _, alt := range g.Alts {
			switch {
			case text[alt.Term]:
				best = max(best, alt.Factor)
			case others[alt.Term]:
				best = max(best, alt.Factor)
			}
		}
		got += w * best
	}
	if total == 0 {
		return 0
	}
	return got / total
}
