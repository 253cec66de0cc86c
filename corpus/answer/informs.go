package answer

import (
	"strings"

	"factdesk/corpus/lex"
)

// A question is typed fast, in the asker's own words: "what time did the
// ferry leave actually", "roughly how much snow fell", "seat count lol".
// Its words do not all say as much of what is asked. A word's IDF says
// how rare it is in the corpus, not whether it names the thing asked
// about, so an adverb the corpus happens to write once weighed more than
// the noun that names the event, and the sentence that answers fell
// under MinCoverage for not repeating the asker's filler.
//
// informs scales a question word's weight by what its part of speech
// (the tagger's reading of the question) and WordNet say it can name:
// nouns, verbs, names and numbers keep their weight; an adverb or an
// interjection weighs little (fillerFactor); a word WordNet gives no
// noun or verb sense (an adjective such as "deadly", slang such as
// "lol") weighs less (modifierFactor). The tags come from one lex.Tag
// of the question; no word list is involved.

const (
	// fillerFactor scales the weight of an adverb or interjection.
	fillerFactor = 0.25
	// modifierFactor scales the weight of a word with no noun or verb
	// sense in WordNet.
	modifierFactor = 0.5
)

// questionTags maps each question word's byte offset to the tagger's
// tag for it.
func questionTags(qu Question) map[int]string {
	toks := qu.tags()
	out := make(map[int]string, len(toks))
	for _, t := range toks {
		out[t.Start] = t.Tag
	}
	return out
}

// informs is the factor of question word i's weight: 1 for a word that
// can name a thing or an action, less for one that cannot (see above).
// A number, and a word the tagger reads as a noun or a verb, keep 1.
func informs(qu Question, tags map[int]string, i int) float64 {
	if i < 0 || i >= len(qu.Words) {
		return 1
	}
	w := qu.Words[i]
	if w.Upper && i > 0 || isNumber(w.Fold) {
		return 1
	}
	return tagInforms(w.Fold, tags[w.Start])
}

// tagInforms is informs for folded word f, tagged tag.
func tagInforms(f, tag string) float64 {
	switch {
	case tag == "RB" || tag == "RBR" || tag == "RBS" || tag == "UH":
		return fillerFactor
	case strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "VB") || tag == "CD":
		if nounOrVerb(f) {
			return 1
		}
		if tag == "NNP" || tag == "NNPS" {
			return 1 // a name typed in lower case
		}
	}
	if nounOrVerb(f) {
		return 1
	}
	return modifierFactor
}

// nounOrVerb reports whether WordNet gives folded word f a noun or a
// verb sense, in any of its inflected forms.
func nounOrVerb(f string) bool {
	f = dropPossessive(f)
	if n := lex.Lemma(f, lex.Noun); n != "" && lex.Known(n, lex.Noun) {
		return true
	}
	v := lex.Lemma(f, lex.Verb)
	return v != "" && lex.Known(v, lex.Verb)
}
