package answer

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// A possessive typed fast loses its apostrophe: "bergs deputy", "the
// tribunes editor". The word is then no name the tables hold, and the
// parser takes it for the question's verb or a noun of its own ("whos
// ola bergs deputy" read with "bergs" as the predicate), so the person
// whose deputy is asked is not found. typedPossessives writes the
// apostrophe back where the word is a name the corpus holds with an "s"
// added, and no name or word of its own.

// typedPossessives is q with each word that is a name of the corpus
// plus "s" ("bergs"), followed by another word that is no small word,
// written as the name's possessive ("berg's"). A word after "the" is a
// family or a team ("the bergs"), and a word that is itself a name or an
// English noun as typed ("williams", "politics") is left alone; WordNet
// holds many surnames ("sullivan"), so a plural of one is no sign.
func (a *Answerer) typedPossessives(q string) string {
	toks := index.Words.Tokenize(q)
	var b strings.Builder
	last := 0
	for i := 0; i+1 < len(toks); i++ {
		f := index.Fold(toks[i].Term)
		stem, ok := strings.CutSuffix(f, "s")
		if !ok || len(stem) < 3 || strings.HasSuffix(stem, "s") || !allLetters(f) {
			continue
		}
		if i > 0 && index.Fold(toks[i-1].Term) == "the" {
			continue
		}
		if next := index.Fold(toks[i+1].Term); index.IsStop(next) || auxiliaries[next] {
			continue
		}
		if strings.TrimSpace(q[toks[i].End:toks[i+1].Start]) != "" {
			continue // "bergs, the deputy": no possessive across a comma
		}
		if contractedIs[f] || len(a.nm.forms[stem]) == 0 || len(a.nm.forms[f]) > 0 || lex.Lemma(f, lex.Noun) == f && lex.Known(f, lex.Noun) {
			continue
		}
		b.WriteString(q[last:toks[i].Start])
		b.WriteString(q[toks[i].Start : toks[i].End-1])
		b.WriteString("'s")
		last = toks[i].End
	}
	if last == 0 {
		return q
	}
	b.WriteString(q[last:])
	return b.String()
}

// sameGround reports whether two answers rest on the same fact or the
// same quotation of the same article.
func sameGround(x, y corpus.Answer) bool {
	return x.File == y.File && x.FactN == y.FactN && x.QuoteN == y.QuoteN
}
