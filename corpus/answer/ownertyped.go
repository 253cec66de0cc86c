package answer

import (
	"strings"

	"factdesk/corpus"
)

// ownerTyped is word w read as a possessive typed without its apostrophe
// ("priests" in "ann priests age"), the word before the "s"; "" when w ends
// otherwise. Only a plural of a noun for a person is read so: typed after
// a name's first word it was taken for a relative asked ("Lund's
// daughters"), whose age or job was then sought. Other plurals
// ("trumps", "tables") stay words, and a word no dictionary holds is
// already found as a slip of the name. It is asked only of the last word
// of a name of two words or more.
func ownerTyped(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.ContainsAny(w, "'’") {
		return ""
	}
	if !personNoun(w) {
		return ""
	}
	return w[:len(w)-1]
}

// ownerTypedName is the person whose name span is when its last word is
// a possessive typed without the apostrophe ("ann priests" for Ann Priest):
// the name without the "s" must be one of the corpus's names as written,
// since the near spellings a lookup tries would find another ("ann
// priests" is a slip of nobody, but near some other name).
func (a *Answerer) ownerTypedName(span []Word) (*corpus.Person, bool) {
	if len(span) < 2 {
		return nil, false
	}
	bare := ownerTyped(span[len(span)-1].Fold)
	if bare == "" {
		return nil, false
	}
	words := make([]string, 0, len(span))
	for _, w := range span[:len(span)-1] {
		words = append(words, w.Fold)
	}
	if ids := a.nm.forms[strings.Join(append(words, bare), " ")]; len(ids) > 0 {
		return a.mostQuoted(ids), true
	}
	return nil, false
}
