package answer

import "factdesk/corpus/lex"

// strandedAt reports whether the question is "which X <auxiliary> … at",
// with X at word i a noun that is neither a person nor a time: the "at"
// left at the end stands for the place X names, so the question asks
// where ("which lodge were the walkers sheltering at", "which hotel did
// they meet at"). Read as a who question, its answer had to be the party
// doing the action, and the sentence that names the place ("were
// sheltering at Vale Lodge") was turned away for naming none.
func strandedAt(qu Question, i int) bool {
	n := len(qu.Words)
	if i+3 >= n || qu.Words[n-1].Fold != "at" || !auxiliaries[qu.Words[i+1].Fold] {
		return false
	}
	x := lex.Lemma(qu.Words[i].Fold, lex.Noun)
	if !lex.Known(x, lex.Noun) {
		return false
	}
	c := lex.FirstClass(x, lex.Noun)
	return !c.Has(lex.NounPerson) && !c.Has(lex.NounTime) && !c.Has(lex.NounGroup)
}
