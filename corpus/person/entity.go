package person

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/lex"
)

// notSpeaker reports whether a name nobody in the corpus bears cannot be
// a new speaker as written: a place (a place word ends it: "Lake
// County"), or a name of several words whose first is a sentence's first
// word that the corpus also writes in lower case ("Both Strand"). For the
// latter it returns the rest of the name, which may still be somebody
// ("Strand"); a lone word stays a name.
func (r *Resolver) notSpeaker(a *corpus.Article, name string, at int) (rest string, no bool) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return "", true
	}
	if len(f) > 1 && isPlace(f) {
		return "", true
	}
	if !sentenceInitial(a.Text, at) || has(orgWords, f[len(f)-1]) {
		// An organisation's first word is its own ("Federal Reserve
		// Board", "Harbor Master's Office"), common or not.
		return "", false
	}
	if _, common := r.lower[Key(f[0])]; !common || classOf(f[0])&clTitle != 0 {
		return "", false
	}
	if lex.FirstClass(f[0], lex.Noun).Has(lex.NounPerson) {
		return "", false // "Officials", "Pollsters" describe people
	}
	if len(f) == 1 {
		return "", false // a lone word stays a name
	}
	return strings.Join(f[1:], " "), true
}

// isPlace: a place word ends the name ("Lake County", "Harlow Valley").
// A country or a city alone is no place here: news writes its government
// as a speaker ("Norway said").
func isPlace(f []string) bool {
	return classOf(f[len(f)-1])&clPlace != 0
}

// sentenceInitial reports whether offset at opens a sentence: the text's
// or a line's start, or after end punctuation or a colon and spaces,
// maybe with an opening quotation mark or parenthesis between.
func sentenceInitial(text string, at int) bool {
	i := min(at, len(text))
	for i > 0 && strings.IndexByte(" \t\"'(", text[i-1]) >= 0 {
		i--
	}
	for i > 0 && strings.HasSuffix(text[:i], "\u201c") {
		i -= len("\u201c")
	}
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case '\n', '.', '!', '?', ':':
		return true
	}
	return false
}

// Common reports whether the corpus writes word in lower case somewhere
// ("space", "later"): capitalised, it may only open a sentence.
func (r *Resolver) Common(word string) bool {
	if r == nil {
		return false
	}
	var buf [64]byte // the key of an ASCII word on the stack, as keyIn
	if k, ok := appendKey(buf[:0], word); ok {
		_, ok := r.lower[string(k)]
		return ok
	}
	_, ok := r.lower[Key(word)]
	return ok
}
