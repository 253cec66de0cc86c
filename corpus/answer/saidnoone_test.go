package answer

import (
	"testing"

	"factdesk/corpus"
)

// The words before "say" in a what-said question may name no one: a
// document, a kind of source, a clause before a second question. Read
// as a speaker, they found nothing; read by their words, as a bare
// question is, the sentence that holds them answers. A name the corpus
// never writes is still someone it does not quote.
func TestWordsBeforeSayThatNameNoOne(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	art := f.article("a.txt", "Fjord Post", "2026-02-11",
		"Independent audits of the quay levy have estimated it will raise about 40 million kroner over a decade.\n\n"+
			"\"The levy is a tax on every ferry commuter,\" Erik Lund said.\n")
	f.fact(art, "Independent audits of the quay levy have estimated it will raise about 40 million kroner over a decade.", nil, num("40 million kroner", "40000000"))
	f.quote(art, "The levy is a tax on every ferry commuter,", lund)
	a := f.build()
	checkAsks(t, a, []askCase{
		{"a kind of source, no one", "what do independent audits say the quay levy will raise over a decade",
			"Independent audits of the quay levy have estimated it will raise about 40 million kroner over a decade"},
		{"a name the corpus never writes", "what did Dana Quist say about the quay levy", ""},
	})
	checkAsksBy(t, a, []askCase{{"a speaker the corpus quotes", "what did lund say about the quay levy", "Erik Lund"}},
		func(got corpus.Answer) string { return got.Speaker })
}
