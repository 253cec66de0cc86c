package answer

import (
	"testing"

	"factdesk/corpus"
)

// A sentence that goes on from the one before it ("It showed …", "the
// inspector …") is about what that one names.
func TestGoesOnFromTheSentenceBefore(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"}, "harbour inspector")
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"A survey of ferry captains was carried out in February. It showed that 62 percent wanted a second quay.\n\n"+
			"Ann Berg had checked the old pier twice that week. Then the inspector fell from the pier on Sunday.\n")
	f.fact(art, "A survey of ferry captains was carried out in February.", nil, corpus.Value{Kind: corpus.ValueDate, Text: "February", Norm: "2025-02"})
	f.fact(art, "It showed that 62 percent wanted a second quay.", nil, corpus.Value{Kind: corpus.ValuePercent, Text: "62 percent", Norm: "62%"})
	f.fact(art, "Ann Berg had checked the old pier twice that week.", []int{berg})
	f.fact(art, "Then the inspector fell from the pier on Sunday.", nil)
	a := f.build()
	checkAsks(t, a, []askCase{
		{"it: the thing named before", "What did the survey show?", "that 62 percent wanted a second quay"},
		{"the inspector: the person named before", "Who fell from the pier?", "Ann Berg"},
		{"the kind asked, told by the sentence before", "Which inspector fell from the pier?", "Ann Berg"},
	})
}
