package answer

import (
	"strings"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A question word the corpus writes in no form, as no slip and by no
// synonym weighs the most of all (index.Expand gives it the highest IDF
// there is), so that a question about a thing no article names covers
// little of itself. An action is another matter: the asker words it as
// they speak ("hire", "filling in") where every article writes its own
// verb ("appointed", "assigned the duties"), and the sentence that
// answers then covers too little, however well it matches the rest. A
// verb the corpus never writes weighs unwrittenVerbFactor of that; the
// fitted score reads the coverage it leaves.

// unwrittenVerbFactor is the share of its weight a verb the corpus never
// writes keeps.
const unwrittenVerbFactor = 0.5

// unwrittenVerb is the factor of the weight of g, the group of question
// word i: unwrittenVerbFactor when the corpus has nothing for it and it is
// a verb, as the tagger reads it or as WordNet's counts mostly use it (the
// tagger reads "did the union hire" as a noun compound), else 1.
func unwrittenVerb(qu Question, tags map[int]string, i int, g index.Group) float64 {
	if g.Known() || i < 0 || i >= len(qu.Words) || isNumber(g.Word) {
		return 1
	}
	if strings.HasPrefix(tags[qu.Words[i].Start], "VB") || mostlyVerb(g.Word) {
		return unwrittenVerbFactor
	}
	return 1
}

// mostlyVerb reports whether SemCor tagged folded word f as a verb more
// often than as a noun.
func mostlyVerb(f string) bool {
	uses := func(pos lex.POS) int {
		n := 0
		for _, s := range lex.Senses(lex.Lemma(f, pos), pos) {
			n += s.Count
		}
		return n
	}
	v := uses(lex.Verb)
	return v > 0 && v > uses(lex.Noun)
}
